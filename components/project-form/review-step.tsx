"use client";

import { useFormContext } from "react-hook-form";
import type { ProjectFormInput } from "@/lib/projects/project-form-schema";
import { formValueText } from "@/lib/template/display";
import {
  TEMPLATE_SECTIONS,
  TEMPLATE_STEPS,
  fieldsOfSection,
  formLabel,
  templateField,
  type SectionKey,
} from "@/lib/template/fields";
import { formatFileSize } from "@/lib/attachments/attachment-visibility";
import { VisibilityBadge, type AttachmentItem } from "./attachment-list";
import type { ReferenceOptions } from "./template-step";

function Row({ label, value, optional }: { label: string; value: string; optional: boolean }) {
  return (
    <div className="border-t border-slate-100 py-2 sm:grid sm:grid-cols-[15rem_1fr] sm:gap-4">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="whitespace-pre-line text-slate-900 [overflow-wrap:anywhere]">
        {value.trim() ? value : optional ? "—" : <em className="text-red-700">Chưa nhập</em>}
      </dd>
    </div>
  );
}

const stepNumber = (key: string) => TEMPLATE_STEPS.findIndex((step) => step.key === key) + 1;
/** The step that holds the attachments: the last one before this review. */
const LAST_DATA_STEP = TEMPLATE_STEPS.length;

/** The last step: every field of the template as it will be sent, section by section, with a way back to each step. */
export function ReviewStep({
  options,
  attachments,
  onEdit,
}: {
  options: ReferenceOptions;
  attachments: AttachmentItem[];
  onEdit: (step: number) => void;
}) {
  const values = useFormContext<ProjectFormInput>().getValues();
  const names = Object.fromEntries(
    [...options.sectors, ...options.forms, ...options.locations].map((item) => [item.code, item.name]),
  );
  return (
    <div className="space-y-6">
      {(Object.keys(TEMPLATE_SECTIONS) as SectionKey[]).map((section) => {
        const keys = fieldsOfSection(section);
        const steps = [...new Set(keys.map((key) => stepNumber(templateField(key).step)))];
        return (
          <section key={section}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-bold text-brand-900">{TEMPLATE_SECTIONS[section].title}</h3>
              <span className="flex gap-3">
                {steps.map((step) => (
                  <button
                    key={step}
                    type="button"
                    onClick={() => onEdit(step)}
                    className="text-sm font-medium text-brand-700 underline"
                  >
                    Sửa bước {step}
                  </button>
                ))}
              </span>
            </div>
            <dl className="mt-2">
              {keys.map((key) => (
                <Row
                  key={key}
                  label={formLabel(key)}
                  value={formValueText(key, values[key], names)}
                  optional={!templateField(key).required}
                />
              ))}
            </dl>
          </section>
        );
      })}
      <section>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="font-bold text-brand-900">Tài liệu đính kèm</h3>
          <button type="button" onClick={() => onEdit(LAST_DATA_STEP)} className="text-sm font-medium text-brand-700 underline">
            Sửa bước {LAST_DATA_STEP}
          </button>
        </div>
        {attachments.length === 0 ? (
          <p className="mt-2 border-t border-slate-100 py-2 text-sm text-slate-600">Chưa có tệp đính kèm.</p>
        ) : (
          <ul className="mt-2" aria-label="Tài liệu đính kèm sẽ gửi">
            {attachments.map((file) => (
              <li key={file.id} className="flex flex-wrap items-center gap-2 border-t border-slate-100 py-2 text-sm">
                <span className="[overflow-wrap:anywhere]">{file.originalName}</span>
                <VisibilityBadge isPublic={file.isPublic} />
                <span className="text-slate-500">{formatFileSize(file.sizeBytes)}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-1 text-sm text-slate-600">
          Tệp công khai hiện trên trang dự án để nhà đầu tư tải về sau khi dự án được công bố; tệp nội bộ chỉ đơn vị và Ban Biên
          tập xem.
        </p>
      </section>
    </div>
  );
}
