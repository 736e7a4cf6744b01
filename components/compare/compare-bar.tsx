"use client";

import { useEffect, useState } from "react";
import { COMPARE_FORM_ID, COMPARE_PARAM, MAX_COMPARED } from "@/lib/compare/compare-names";

function compareBoxes(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[form="${COMPARE_FORM_ID}"][name="${COMPARE_PARAM}"]`)];
}

/**
 * Sends the ticked projects to /so-sanh as a plain GET form, so it works before and without
 * JavaScript. With it, the bar counts the choice, stays in view once something is ticked, and stops
 * a fourth box from being ticked.
 */
export function CompareBar() {
  const [chosen, setChosen] = useState(0);

  useEffect(() => {
    const update = () => {
      const boxes = compareBoxes();
      const count = boxes.filter((box) => box.checked).length;
      for (const box of boxes) box.disabled = !box.checked && count >= MAX_COMPARED;
      setChosen(count);
    };
    // The browser may have restored ticks on a back navigation.
    update();
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.form?.id === COMPARE_FORM_ID) update();
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, []);

  return (
    <form
      id={COMPARE_FORM_ID}
      action="/so-sanh"
      method="get"
      className={`${chosen > 0 ? "sticky bottom-0 z-20 shadow-lg" : ""} mt-4 flex flex-col gap-2 rounded-lg border border-brand-100 bg-brand-50 p-3 sm:flex-row sm:items-center sm:justify-between print:hidden`}
    >
      <p aria-live="polite" className="text-sm text-slate-800">
        {chosen === 0
          ? `Đánh dấu “So sánh” ở tối đa ${MAX_COMPARED} dự án để xem cạnh nhau.`
          : `Đã chọn ${chosen}/${MAX_COMPARED} dự án để so sánh${chosen >= MAX_COMPARED ? " (đã đủ)" : ""}.`}
      </p>
      <button
        type="submit"
        className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60"
      >
        So sánh các dự án đã chọn
      </button>
    </form>
  );
}
