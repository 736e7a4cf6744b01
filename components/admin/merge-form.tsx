"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { describedBy, Field, FormNotice, inputClass, secondaryButtonClass } from "@/components/forms/field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useHydrated } from "@/components/forms/use-hydrated";
import { slugify } from "@/lib/projects/slug";
import { mergeReferenceAction } from "@/lib/reference/reference-actions";
import type { ReferenceKind } from "@/lib/reference/reference-kinds";
import { mergeReferenceSchema, type MergeReferenceInput } from "@/lib/reference/reference-schema";

type Errors = Record<string, string | undefined>;

/**
 * Where the chosen entries go: an entry in use, or a new one (the new commune after a reorganisation).
 * The admin confirms once more before anything moves: a merge is not undone by a button.
 */
export function MergeForm({
  kind,
  sourceIds,
  targets,
}: {
  kind: ReferenceKind;
  sourceIds: string[];
  targets: { id: string; name: string; code: string }[];
}) {
  const router = useRouter();
  const [type, setType] = useState<"existing" | "new">(targets.length > 0 ? "existing" : "new");
  const [targetId, setTargetId] = useState(targets[0]?.id ?? "");
  const [name, setName] = useState("");
  const [code, setCode] = useState("");
  const [codeTouched, setCodeTouched] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [confirming, setConfirming] = useState<MergeReferenceInput>();
  const { notice, busy, submit } = useActionSubmit();
  const hydrated = useHydrated();

  function check() {
    const input: MergeReferenceInput = {
      kind,
      sourceIds,
      target: type === "existing" ? { type, id: targetId } : { type, code, name },
    };
    const parsed = mergeReferenceSchema.safeParse(input);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) next[issue.path.join(".")] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    setConfirming(input);
  }

  async function merge() {
    if (!confirming) return;
    const result = await submit(() => mergeReferenceAction(confirming));
    if (result) {
      router.push(`/admin/reference?kind=${kind}&merged=${result.data.targetCode}`);
      return;
    }
    setConfirming(undefined);
  }

  const targetName = type === "existing" ? targets.find((target) => target.id === targetId)?.name : name;
  return (
    <div className="mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <FormNotice notice={notice} />
      <fieldset disabled={!hydrated || busy || confirming !== undefined}>
        <legend className="font-semibold text-brand-900">Gộp vào</legend>
        <div className="mt-2 space-y-2">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="target-type"
              checked={type === "existing"}
              disabled={targets.length === 0}
              onChange={() => setType("existing")}
              className="h-4 w-4"
            />
            Một mục đang dùng
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="target-type" checked={type === "new"} onChange={() => setType("new")} className="h-4 w-4" />
            Một mục mới
          </label>
        </div>
        {type === "existing" ? (
          <div className="mt-3">
            <Field id="merge-target" label="Mục đích" error={errors["target.id"] ?? errors.target}>
              <select
                id="merge-target"
                value={targetId}
                onChange={(event) => setTargetId(event.target.value)}
                aria-describedby={describedBy("merge-target", { error: errors["target.id"] ?? errors.target })}
                className={inputClass}
              >
                {targets.map((target) => (
                  <option key={target.id} value={target.id}>
                    {target.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        ) : (
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <Field id="merge-name" label="Tên mục mới" error={errors["target.name"]}>
              <input
                id="merge-name"
                value={name}
                maxLength={150}
                onChange={(event) => setName(event.target.value)}
                onBlur={() => !codeTouched && setCode(slugify(name))}
                aria-invalid={errors["target.name"] ? true : undefined}
                aria-describedby={describedBy("merge-name", { error: errors["target.name"] })}
                className={inputClass}
              />
            </Field>
            <Field id="merge-code" label="Mã mục mới" error={errors["target.code"]}>
              <input
                id="merge-code"
                value={code}
                maxLength={64}
                onChange={(event) => {
                  setCodeTouched(true);
                  setCode(event.target.value);
                }}
                aria-invalid={errors["target.code"] ? true : undefined}
                aria-describedby={describedBy("merge-code", { error: errors["target.code"] })}
                className={inputClass}
              />
            </Field>
          </div>
        )}
      </fieldset>
      {confirming ? (
        <div role="alertdialog" aria-label="Xác nhận gộp" className="rounded-md border border-amber-400 bg-amber-50 p-3">
          <p className="font-semibold text-amber-950">
            Gộp {sourceIds.length} mục vào “{targetName}”? Việc gộp không hoàn tác được bằng một nút bấm.
          </p>
          <div className="mt-3 flex flex-col gap-2 sm:flex-row">
            <button
              type="button"
              autoFocus
              disabled={busy}
              onClick={merge}
              className="rounded-md bg-amber-700 px-4 py-2.5 font-semibold text-white hover:bg-amber-800 disabled:opacity-60"
            >
              {busy ? "Đang gộp…" : "Xác nhận gộp"}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(undefined)} className={secondaryButtonClass}>
              Quay lại
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          disabled={!hydrated}
          onClick={check}
          className="rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Gộp…
        </button>
      )}
    </div>
  );
}
