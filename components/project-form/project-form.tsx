"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { ConfirmDialog } from "@/components/confirm-dialog";
import type { ActionResult } from "@/lib/actions/action-result";
import { autosaveDraft, type AutosaveDraft } from "@/lib/projects/autosave-draft";
import {
  saveProjectDraftAction,
  saveRevisionDraftAction,
  submitProjectAction,
  submitRevisionAction,
} from "@/lib/projects/project-form-actions";
import {
  PROJECT_FORM_STEPS,
  STEP_FIELDS,
  projectFormSchema,
  type ProjectFormInput,
  type ProjectFormValues,
} from "@/lib/projects/project-form-schema";
import { AttachmentList, type AttachmentItem } from "./attachment-list";
import { ReviewStep } from "./review-step";
import { createSerialQueue } from "./serial-queue";
import type { MapTiles } from "@/lib/maps/map-tiles";
import { TemplateStep, type ReferenceOptions } from "./template-step";
import { useLeaveGuard, type StoppedLink } from "./use-leave-guard";

type DataStepKey = keyof typeof STEP_FIELDS;
const DATA_STEPS = Object.keys(STEP_FIELDS) as DataStepKey[];
const LAST_STEP = PROJECT_FORM_STEPS.length;
/** A pause in the typing this long saves the draft. */
const AUTOSAVE_DELAY_MS = 3_000;
const OFFLINE_MESSAGE = "Mất kết nối với máy chủ. Dữ liệu vẫn còn trên trang; hãy thử lưu lại.";

interface ProjectFormProps {
  projectId?: string;
  version?: number;
  initialStep: number;
  initialValues: ProjectFormInput;
  attachments: AttachmentItem[];
  options: ReferenceOptions;
  /** The map of step 4: where its background tiles come from. */
  tiles: MapTiles;
  reviewerComment?: string | null;
  /** An edit of a published project: saved as a revision that goes through review again. */
  revision?: boolean;
}

type Notice = { kind: "success" | "error"; text: string } | null;

/** What the indicator beside the step's title says. */
type SaveState =
  | { kind: "idle" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date; skipped: string[] }
  | { kind: "failed"; message: string };

const timeOf = (date: Date) => date.toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" });

function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case "idle":
      return "";
    case "unsaved":
      return "Có thay đổi chưa lưu";
    case "saving":
      return "Đang lưu…";
    case "saved":
      return state.skipped.length === 0
        ? `Đã lưu lúc ${timeOf(state.at)}`
        : `Đã lưu lúc ${timeOf(state.at)}, trừ phần chưa hợp lệ: ${state.skipped.join("; ")}`;
    case "failed":
      return `Chưa lưu được: ${state.message}`;
  }
}

function stepOfField(field: string): number {
  const index = DATA_STEPS.findIndex((step) => (STEP_FIELDS[step] as readonly string[]).includes(field));
  return index < 0 ? LAST_STEP : index + 1;
}

/**
 * The project-call form: one react-hook-form over all template fields, validated step by step with
 * the shared zod schema. A pause in the typing saves the draft by itself, as do "Tiếp tục" and
 * "Lưu nháp"; every save goes through one queue, so no two are ever in flight with the same
 * version. Leaving with something unsaved asks first, and a server error never clears what was typed.
 */
export function ProjectForm({
  projectId: initialId,
  version: initialVersion,
  initialStep,
  initialValues,
  attachments,
  options,
  tiles,
  reviewerComment,
  revision,
}: ProjectFormProps) {
  const router = useRouter();
  const methods = useForm<ProjectFormInput, unknown, ProjectFormValues>({
    resolver: zodResolver(projectFormSchema),
    defaultValues: initialValues,
    // Errors appear when a step is checked, then follow the typing; validating on blur would move
    // the buttons under the pointer between press and release.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const [step, setStep] = useState(Math.min(Math.max(initialStep, 1), LAST_STEP));
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState<"save" | "submit" | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  // Something typed is not on the server yet: leaving asks first.
  const [unsaved, setUnsaved] = useState(false);
  const [stoppedLink, setStoppedLink] = useState<StoppedLink | null>(null);
  // The id arrives with the first save of a new call; attachments need it.
  const [projectId, setProjectId] = useState(initialId);
  const [files, setFiles] = useState(attachments);
  const target = useRef({ projectId: initialId, version: initialVersion });
  const [serially] = useState(createSerialQueue);
  // Edits are counted: a save covers the edits made before it was sent, not those typed meanwhile.
  const edits = useRef(0);
  const autosaveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = PROJECT_FORM_STEPS[step - 1]!;

  useLeaveGuard(unsaved, setStoppedLink);

  function goTo(next: number) {
    setStep(next);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  /** Shows the server's answer beside each field; returns whether it succeeded. */
  function applyResult<T>(result: ActionResult<T>, moveToField = true): result is { ok: true; data: T } {
    if (result.ok) return true;
    const fields = Object.entries(result.fieldErrors ?? {});
    for (const [path, messages] of fields) {
      const field = path.replace(/^values\./, "");
      if (field in initialValues)
        methods.setError(field as FieldPath<ProjectFormInput>, { type: "server", message: messages[0] });
    }
    const firstField = fields.map(([path]) => path.replace(/^values\./, "")).find((field) => field in initialValues);
    if (moveToField && firstField && step !== LAST_STEP) setStep(stepOfField(firstField));
    return false;
  }

  /**
   * Saves the draft, after any save already under way. The first save of a new call gives it its
   * own address; the page stays as it is (focus, typing, step), only the URL changes.
   */
  function saveDraft(read: () => AutosaveDraft, completedStep: number): Promise<ActionResult<unknown>> {
    return serially(async () => {
      // Read when the save starts, not when it was asked for: edits typed while waiting go with it.
      const sentEdits = edits.current;
      const { values, skipped } = read();
      setSaveState({ kind: "saving" });
      let result: ActionResult<unknown>;
      try {
        if (revision && initialId) {
          result = await saveRevisionDraftAction({ projectId: initialId, values });
        } else {
          const saved = await saveProjectDraftAction({ ...target.current, step: completedStep, values });
          if (saved.ok) {
            if (!target.current.projectId) {
              setProjectId(saved.data.id);
              window.history.replaceState(null, "", `/dashboard/projects/${saved.data.id}`);
            }
            target.current = { projectId: saved.data.id, version: saved.data.version };
          }
          result = saved;
        }
      } catch {
        result = { ok: false, message: OFFLINE_MESSAGE };
      }
      if (result.ok) {
        const typedSince = edits.current !== sentEdits;
        if (skipped.length === 0 && !typedSince) setUnsaved(false);
        setSaveState(typedSince ? { kind: "unsaved" } : { kind: "saved", at: new Date(), skipped });
      } else {
        setSaveState({ kind: "failed", message: result.message });
      }
      return result;
    });
  }

  const autosave = useEffectEvent(async () => {
    const result = await saveDraft(() => autosaveDraft(methods.getValues()), step - 1);
    // A field the server refused (a retired sector, say) is marked where it is; the step stays.
    if (!result.ok) applyResult(result, false);
  });

  const edited = useEffectEvent(() => {
    edits.current += 1;
    setUnsaved(true);
    setSaveState({ kind: "unsaved" });
    clearTimeout(autosaveTimer.current);
    autosaveTimer.current = setTimeout(() => void autosave(), AUTOSAVE_DELAY_MS);
  });

  // Every change of a value, typed or set by the form itself, counts as an edit and restarts the
  // autosave clock. (Compared by content: the form also reports validation, which changes nothing.)
  useEffect(() => {
    let last = JSON.stringify(methods.getValues());
    return methods.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const now = JSON.stringify(values);
        if (now === last) return;
        last = now;
        edited();
      },
    });
  }, [methods]);

  useEffect(() => () => clearTimeout(autosaveTimer.current), []);

  /** "Lưu nháp", "Tiếp tục", leaving: saves every field; errors go beside them. */
  async function saveNow(completedStep: number): Promise<boolean> {
    clearTimeout(autosaveTimer.current);
    setBusy("save");
    try {
      const result = await saveDraft(() => ({ values: methods.getValues(), skipped: [] }), completedStep);
      if (applyResult(result)) return true;
      setNotice({ kind: "error", text: result.message });
      return false;
    } finally {
      setBusy(null);
    }
  }

  async function next() {
    setNotice(null);
    const key = current.key as DataStepKey;
    if (!(await methods.trigger([...STEP_FIELDS[key]], { shouldFocus: true }))) {
      setNotice({ kind: "error", text: "Vui lòng kiểm tra lại các trường được đánh dấu." });
      return;
    }
    if (await saveNow(step)) goTo(step + 1);
  }

  async function saveOnly() {
    setNotice(null);
    await saveNow(step - 1);
  }

  async function saveAndLeave(link: StoppedLink) {
    setStoppedLink(null);
    setNotice(null);
    if (await saveNow(step - 1)) link.proceed();
  }

  // Built when the button is pressed, not during render: the handlers read refs.
  const submit = () =>
    methods.handleSubmit(
      async () => {
        setNotice(null);
        setBusy("submit");
        clearTimeout(autosaveTimer.current);
        try {
          const result = await serially(() =>
            revision && initialId
              ? submitRevisionAction({ projectId: initialId, values: methods.getValues() })
              : submitProjectAction({ ...target.current, values: methods.getValues() }),
          );
          if (!applyResult(result)) {
            setNotice({ kind: "error", text: result.message });
            return;
          }
          setUnsaved(false);
          setSaveState({ kind: "idle" });
          router.push(`/dashboard?submitted=${initialId ?? result.data.id}`);
          router.refresh();
        } catch {
          setNotice({ kind: "error", text: "Mất kết nối với máy chủ. Dữ liệu vẫn còn trên trang; hãy thử gửi lại." });
        } finally {
          setBusy(null);
        }
      },
      (errors) => {
        const fields = Object.keys(errors);
        const steps = [...new Set(fields.map(stepOfField))].sort((a, b) => a - b);
        setNotice({
          kind: "error",
          text: `Hồ sơ chưa đầy đủ: còn ${fields.length} trường cần sửa ở bước ${steps.join(", ")}. Bấm “Sửa bước …” hoặc chuyển đến bước đó để hoàn thiện.`,
        });
      },
    )();

  return (
    <FormProvider {...methods}>
      <ol className="mt-6 grid grid-cols-3 gap-2 text-xs sm:grid-cols-6 sm:text-sm" aria-label="Các bước lập hồ sơ">
        {PROJECT_FORM_STEPS.map((item) => (
          <li
            key={item.key}
            aria-current={item.number === step ? "step" : undefined}
            className={`rounded-md border px-2 py-1.5 ${
              item.number === step
                ? "border-brand-700 bg-brand-700 font-semibold text-white"
                : item.number < step
                  ? "border-brand-100 bg-brand-50 text-brand-800"
                  : "border-slate-200 bg-white text-slate-600"
            }`}
          >
            <span className="block">Bước {item.number}</span>
            <span className="block leading-tight">{item.title}</span>
          </li>
        ))}
      </ol>

      {reviewerComment ? (
        <div className="mt-4 rounded-md border border-orange-300 bg-orange-50 p-3 text-sm text-orange-900">
          <p className="font-semibold">Ban Biên tập yêu cầu chỉnh sửa:</p>
          <p className="mt-1 whitespace-pre-line [overflow-wrap:anywhere]">{reviewerComment}</p>
        </div>
      ) : null}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step === LAST_STEP) void submit();
          else void next();
        }}
        className="mt-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      >
        <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
          <h2 ref={headingRef} tabIndex={-1} className="text-lg font-bold text-brand-900 outline-none">
            Bước {current.number}. {current.title}
          </h2>
          <p
            role="status"
            className={`text-sm [overflow-wrap:anywhere] ${saveState.kind === "failed" ? "font-medium text-red-700" : "text-slate-600"}`}
          >
            {saveStateText(saveState)}
          </p>
        </div>
        <div aria-live="polite" className="mt-3">
          {notice ? (
            <p
              role={notice.kind === "error" ? "alert" : "status"}
              className={`rounded-md border p-3 text-sm ${
                notice.kind === "error"
                  ? "border-red-300 bg-red-50 text-red-800"
                  : "border-emerald-300 bg-emerald-50 text-emerald-900"
              }`}
            >
              {notice.text}
            </p>
          ) : null}
        </div>
        <div className="mt-4">
          {step === LAST_STEP ? null : <TemplateStep step={current.key as DataStepKey} options={options} tiles={tiles} />}
          {/* Attachments come with the last data step, when the call is complete enough to need them. */}
          {step === LAST_STEP - 1 ? (
            <div className="mt-6">
              <AttachmentList items={files} onChange={setFiles} projectId={projectId} />
            </div>
          ) : null}
          {step === LAST_STEP ? <ReviewStep options={options} attachments={files} onEdit={goTo} /> : null}
        </div>

        <div className="mt-8 flex flex-col-reverse gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="flex gap-3">
            {step > 1 ? (
              <button
                type="button"
                onClick={() => goTo(step - 1)}
                disabled={busy !== null}
                className="rounded-md border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:border-brand-600"
              >
                Quay lại
              </button>
            ) : null}
            <button
              type="button"
              onClick={saveOnly}
              disabled={busy !== null}
              className="rounded-md border border-brand-700 bg-white px-4 py-2.5 font-medium text-brand-800 hover:bg-brand-50"
            >
              {busy === "save" ? "Đang lưu…" : "Lưu nháp"}
            </button>
          </div>
          <button
            type="submit"
            disabled={busy !== null}
            className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {step === LAST_STEP ? (busy === "submit" ? "Đang gửi…" : "Gửi duyệt") : busy === "save" ? "Đang lưu…" : "Tiếp tục"}
          </button>
        </div>
      </form>

      <ConfirmDialog
        open={stoppedLink !== null}
        title="Rời trang khi chưa lưu?"
        onCancel={() => setStoppedLink(null)}
        actions={
          <>
            <button
              type="button"
              onClick={() => setStoppedLink(null)}
              className="rounded-md border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:border-brand-600"
            >
              Ở lại trang
            </button>
            <button
              type="button"
              onClick={() => stoppedLink?.proceed()}
              className="rounded-md border border-red-700 bg-white px-4 py-2.5 font-medium text-red-800 hover:bg-red-50"
            >
              Rời trang, bỏ thay đổi
            </button>
            <button
              type="button"
              data-autofocus
              onClick={() => stoppedLink && void saveAndLeave(stoppedLink)}
              className="rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800"
            >
              Lưu nháp rồi rời trang
            </button>
          </>
        }
      >
        <p>Những gì bạn vừa nhập chưa được lưu vào bản nháp. Nếu rời trang bây giờ, các thay đổi đó sẽ mất.</p>
      </ConfirmDialog>
    </FormProvider>
  );
}
