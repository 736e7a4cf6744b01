"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";
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
import { GeneralStep, ImpactStep, ScaleStep, SiteStep, UnitStep, type ReferenceOptions } from "./form-steps";
import { ReviewStep } from "./review-step";

type DataStepKey = keyof typeof STEP_FIELDS;
const DATA_STEPS = Object.keys(STEP_FIELDS) as DataStepKey[];
const LAST_STEP = PROJECT_FORM_STEPS.length;

interface ProjectFormProps {
  projectId?: string;
  version?: number;
  initialStep: number;
  initialValues: ProjectFormInput;
  attachments: AttachmentItem[];
  options: ReferenceOptions;
  reviewerComment?: string | null;
  /** The draft was just saved on the page this one replaced. */
  justSaved?: boolean;
  /** An edit of a published project: saved as a revision that goes through review again. */
  revision?: boolean;
}

type Notice = { kind: "success" | "error"; text: string } | null;

function savedNotice(): Notice {
  return { kind: "success", text: `Đã lưu nháp lúc ${new Date().toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" })}.` };
}

function stepOfField(field: string): number {
  const index = DATA_STEPS.findIndex((step) => (STEP_FIELDS[step] as readonly string[]).includes(field));
  return index < 0 ? LAST_STEP : index + 1;
}

/**
 * The project-call form: one react-hook-form over all template fields, validated step by step with
 * the shared zod schema. Every "Tiếp tục" and "Lưu nháp" saves the draft on the server, so closing
 * the tab loses nothing that was saved, and a server error never clears what was typed.
 */
export function ProjectForm({ projectId: initialId, version: initialVersion, initialStep, initialValues, attachments, options, reviewerComment, justSaved, revision }: ProjectFormProps) {
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
  const [notice, setNotice] = useState<Notice>(() => (justSaved ? savedNotice() : null));
  const [busy, setBusy] = useState<"save" | "submit" | null>(null);
  const target = useRef({ projectId: initialId, version: initialVersion });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = PROJECT_FORM_STEPS[step - 1]!;

  // Unsaved typing is the one thing that can still be lost: warn before the tab closes.
  const dirty = methods.formState.isDirty;
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function goTo(next: number) {
    setStep(next);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  /** Shows the server's answer beside each field; returns whether it succeeded. */
  function applyResult<T>(result: ActionResult<T>): result is { ok: true; data: T } {
    if (result.ok) return true;
    const fields = Object.entries(result.fieldErrors ?? {});
    for (const [path, messages] of fields) {
      const field = path.replace(/^values\./, "");
      if (field in initialValues) methods.setError(field as FieldPath<ProjectFormInput>, { type: "server", message: messages[0] });
    }
    const firstField = fields.map(([path]) => path.replace(/^values\./, "")).find((field) => field in initialValues);
    if (firstField && step !== LAST_STEP) setStep(stepOfField(firstField));
    setNotice({ kind: "error", text: result.message });
    return false;
  }

  /**
   * Saves the draft. The first save of a new project call moves to its own address, where the page
   * resumes at the next step with what was saved; "navigated" tells the caller to do nothing more.
   */
  async function saveDraft(completedStep: number): Promise<"saved" | "navigated" | "failed"> {
    setBusy("save");
    let navigating = false;
    try {
      if (revision && initialId) {
        const saved = await saveRevisionDraftAction({ projectId: initialId, values: methods.getValues() });
        if (!applyResult(saved)) return "failed";
        methods.reset(methods.getValues(), { keepErrors: true });
        return "saved";
      }
      const result = await saveProjectDraftAction({ ...target.current, step: completedStep, values: methods.getValues() });
      if (!applyResult(result)) return "failed";
      if (!target.current.projectId) {
        navigating = true;
        methods.reset(methods.getValues());
        router.replace(`/dashboard/projects/${result.data.id}${completedStep < step ? "?saved=1" : ""}`);
        return "navigated";
      }
      target.current = { projectId: result.data.id, version: result.data.version };
      methods.reset(methods.getValues(), { keepErrors: true });
      return "saved";
    } catch {
      setNotice({ kind: "error", text: "Mất kết nối với máy chủ. Dữ liệu vẫn còn trên trang; hãy thử lưu lại." });
      return "failed";
    } finally {
      // While the new address loads, the buttons stay disabled so nothing is typed into a form about to be replaced.
      if (!navigating) setBusy(null);
    }
  }

  async function next() {
    setNotice(null);
    const key = current.key as DataStepKey;
    if (!(await methods.trigger([...STEP_FIELDS[key]], { shouldFocus: true }))) {
      setNotice({ kind: "error", text: "Vui lòng kiểm tra lại các trường được đánh dấu." });
      return;
    }
    if ((await saveDraft(step)) === "saved") goTo(step + 1);
  }

  async function saveOnly() {
    setNotice(null);
    if ((await saveDraft(step - 1)) === "saved") setNotice(savedNotice());
  }

  // Built when the button is pressed, not during render: the handlers read refs.
  const submit = () =>
    methods.handleSubmit(
    async (values) => {
      setNotice(null);
      setBusy("submit");
      try {
        const result =
          revision && initialId
            ? await submitRevisionAction({ projectId: initialId, values: methods.getValues() })
            : await submitProjectAction({ ...target.current, values: methods.getValues() });
        if (!applyResult(result)) return;
        methods.reset(values);
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
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-bold text-brand-900 outline-none">
          Bước {current.number}. {current.title}
        </h2>
        <div aria-live="polite" className="mt-3">
          {notice ? (
            <p
              role={notice.kind === "error" ? "alert" : "status"}
              className={`rounded-md border p-3 text-sm ${
                notice.kind === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-emerald-300 bg-emerald-50 text-emerald-900"
              }`}
            >
              {notice.text}
            </p>
          ) : null}
        </div>
        <div className="mt-4">
          {step === 1 ? <UnitStep /> : null}
          {step === 2 ? <GeneralStep options={options} /> : null}
          {step === 3 ? <ScaleStep /> : null}
          {step === 4 ? <SiteStep options={options} /> : null}
          {step === 5 ? (
            <div className="space-y-6">
              <ImpactStep />
              <AttachmentList initial={attachments} projectId={initialId} />
            </div>
          ) : null}
          {step === LAST_STEP ? <ReviewStep options={options} onEdit={goTo} /> : null}
        </div>

        <div className="mt-8 flex flex-col-reverse gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="flex gap-3">
            {step > 1 ? (
              <button type="button" onClick={() => goTo(step - 1)} disabled={busy !== null} className="rounded-md border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:border-brand-600">
                Quay lại
              </button>
            ) : null}
            <button type="button" onClick={saveOnly} disabled={busy !== null} className="rounded-md border border-brand-700 bg-white px-4 py-2.5 font-medium text-brand-800 hover:bg-brand-50">
              {busy === "save" ? "Đang lưu…" : "Lưu nháp"}
            </button>
          </div>
          <button type="submit" disabled={busy !== null} className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
            {step === LAST_STEP ? (busy === "submit" ? "Đang gửi…" : "Gửi duyệt") : busy === "save" ? "Đang lưu…" : "Tiếp tục"}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
