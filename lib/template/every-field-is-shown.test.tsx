import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FormProvider, useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { TemplateSectionsView, templateWords } from "@/components/catalogue/project-template-sections";
import { MESSAGES } from "@/lib/i18n/messages";
import { ReviewStep } from "@/components/project-form/review-step";
import { TemplateStep } from "@/components/project-form/template-step";
import type { ProjectTemplateData } from "@/lib/catalogue/public-project-page";
import { PROJECT_FORM_DEFAULTS, type ProjectFormInput } from "@/lib/projects/project-form-schema";
import { revisionChanges } from "@/lib/review/revision-diff";
import { FIELD_KEYS, TEMPLATE_STEPS, formLabel, isLetterField, templateField } from "./fields";

// Adding a field to the table must be enough for it to appear everywhere the template is shown:
// every field of the table, in the form, the review step, the public page and the reviewer's diff
// (the unit's English versions everywhere but the Vietnamese public page).

const options = {
  sectors: [{ code: "giao-thong", name: "Giao thông" }],
  forms: [{ code: "ppp-bot", name: "PPP – BOT" }],
  locations: [{ code: "rach-gia", name: "Thành phố Rạch Giá" }],
};

/** A value of the right kind for every field, so nothing is shown as empty. */
const filled = Object.fromEntries(
  FIELD_KEYS.map((key) => {
    const field = templateField(key);
    if (field.kind === "multiChoice") return [key, ["rach-gia"]];
    if (field.kind === "choice") return [key, field.list === "sectors" ? "giao-thong" : "ppp-bot"];
    return [key, field.kind === "money" || field.kind === "number" ? "12" : `Giá trị của ${key}`];
  }),
) as unknown as ProjectFormInput;

function WithForm({ children }: { children: ReactNode }) {
  const methods = useForm<ProjectFormInput>({ defaultValues: filled });
  return <FormProvider {...methods}>{children}</FormProvider>;
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"');

describe("every field of the template table", () => {
  it("has an input in its step of the form, under its label", () => {
    const form = text(
      renderToStaticMarkup(
        <WithForm>
          {TEMPLATE_STEPS.map((step) => (
            <TemplateStep key={step.key} step={step.key} options={options} />
          ))}
        </WithForm>,
      ),
    );
    for (const key of FIELD_KEYS) expect(form, key).toContain(formLabel(key));
  });

  it("is listed in the review step", () => {
    const review = text(
      renderToStaticMarkup(
        <WithForm>
          <ReviewStep options={options} attachments={[]} onEdit={() => undefined} />
        </WithForm>,
      ),
    );
    for (const key of FIELD_KEYS) expect(review, key).toContain(formLabel(key));
    expect(review).not.toContain("Chưa nhập");
  });

  it("is shown on the public page, under the letter's own label", () => {
    const stored: Record<string, unknown> = {
      sector: { code: "giao-thong", name: "Giao thông" },
      investmentForm: { code: "ppp-bot", name: "PPP – BOT" },
      locations: [{ location: { code: "rach-gia", name: "Thành phố Rạch Giá", sortOrder: 1 } }],
    };
    for (const key of FIELD_KEYS) {
      const field = templateField(key);
      if (field.kind === "money") stored[field.column] = field.currency === "VND" ? 12_000_000_000n : 12_000_000n;
      else if (field.kind === "number") stored[field.column] = 12;
      else if (field.kind !== "choice" && field.kind !== "multiChoice") stored[field.column] = `Giá trị của ${key}`;
    }
    const words = templateWords("vi", createTranslator({ locale: "vi", messages: MESSAGES.vi, namespace: "project" }));
    const page = text(
      renderToStaticMarkup(<TemplateSectionsView project={stored as unknown as ProjectTemplateData} words={words} />),
    );
    for (const key of FIELD_KEYS) {
      const field = templateField(key);
      // The unit's English versions are not items of the letter: the English pages show them instead.
      if (!isLetterField(key)) {
        expect(page, key).not.toContain(field.label);
        expect(page, key).not.toContain(`Giá trị của ${key}`);
      }
      // A figure shown beside another ("khoảng … triệu USD") has no label of its own.
      else if (!field.shownWith) expect(page, key).toContain(field.label);
    }
    expect(page).toMatch(/12 tỷ đồng\s+\(khoảng 12 triệu USD\)/);
  });

  it("has a labelled line in the reviewer's diff when it changes", () => {
    const changes = revisionChanges(PROJECT_FORM_DEFAULTS, filled, {});
    expect(changes.map((change) => change.field)).toEqual(FIELD_KEYS);
    for (const change of changes) expect(change.label).toBe(formLabel(change.field));
  });
});
