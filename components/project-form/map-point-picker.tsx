"use client";

import { useEffect, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { PointPickerMap } from "@/components/maps/lazy-maps";
import { formatCoordinate, parseCoordinate, type MapPoint } from "@/lib/maps/map-point";
import type { MapTiles } from "@/lib/maps/map-tiles";
import type { ProjectFormInput } from "@/lib/projects/project-form-schema";

const asText = (value: unknown) => (typeof value === "number" ? String(value) : typeof value === "string" ? value : "");

/**
 * Step 4's map under the two coordinate inputs: opened on request (Leaflet loads then, not with the
 * form), a click or a dragged pin fills both inputs, and what is typed moves the pin. Typing stays
 * the way to enter a point without a mouse.
 */
export function MapPointPicker({ tiles }: { tiles: MapTiles }) {
  const {
    setValue,
    control,
    trigger,
    formState: { errors },
  } = useFormContext<ProjectFormInput>();
  const [latitude, longitude] = useWatch({ control, name: ["latitude", "longitude"] });
  // "Both or neither" stands on one half and is mended by typing the other: once either half shows
  // an error, both are checked again as the unit types, so a mended point stops saying it is wrong.
  const marked = Boolean(errors.latitude || errors.longitude);
  useEffect(() => {
    if (marked) void trigger(["latitude", "longitude"]);
  }, [latitude, longitude, marked, trigger]);
  const [open, setOpen] = useState(false);
  const lat = parseCoordinate(asText(latitude));
  const lng = parseCoordinate(asText(longitude));
  const point = lat !== null && lng !== null ? { latitude: lat, longitude: lng } : null;
  const hasValue = asText(latitude).trim() !== "" || asText(longitude).trim() !== "";

  function place(next: MapPoint | null) {
    const options = { shouldDirty: true, shouldValidate: true } as const;
    setValue("latitude", next ? formatCoordinate(next.latitude) : "", options);
    setValue("longitude", next ? formatCoordinate(next.longitude) : "", options);
  }

  return (
    <div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="chon-vi-tri"
          onClick={() => setOpen((was) => !was)}
          className="rounded-md border border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          {open ? "Ẩn bản đồ" : "Chọn vị trí trên bản đồ"}
        </button>
        {hasValue ? (
          <button type="button" onClick={() => place(null)} className="text-sm text-brand-700 underline">
            Xóa vị trí
          </button>
        ) : null}
      </div>
      <div id="chon-vi-tri" hidden={!open} className="mt-3">
        {open ? (
          <>
            <p className="mb-2 text-sm text-slate-600">
              Bấm vào bản đồ để đặt vị trí dự án, hoặc kéo ghim để sửa; vĩ độ và kinh độ ở trên được điền theo.
            </p>
            <PointPickerMap point={point} onPick={place} label="Bản đồ chọn vị trí dự án" tiles={tiles} />
          </>
        ) : null}
      </div>
    </div>
  );
}
