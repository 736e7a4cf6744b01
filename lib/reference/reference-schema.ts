import { z } from "zod";
import { codeField, idField, textField } from "@/lib/validation/fields";
import { REFERENCE_KINDS, hasEnglishName } from "./reference-kinds";

const kind = z.enum(REFERENCE_KINDS);
const NAME_MAX = 150;
const name = textField("Tên", NAME_MAX, { required: true });

export const ENGLISH_NAME_LABEL = "Tên tiếng Anh";
export const ENGLISH_NAME_MAX = NAME_MAX;
const NO_ENGLISH_NAME = "Địa bàn giữ tên tiếng Việt trên các trang tiếng Anh, không có tên tiếng Anh";

/**
 * Optional: empty gives null ("none yet": the English pages show the Vietnamese name); left out, a
 * rename keeps the stored one.
 */
const nameEn = z
  .preprocess((value) => value ?? "", textField(ENGLISH_NAME_LABEL, ENGLISH_NAME_MAX))
  .transform((value) => (value ? value : null))
  .optional();

/** Only sectors and investment forms have an English name. */
function englishNameAllowed(value: { kind: (typeof REFERENCE_KINDS)[number]; nameEn?: string | null }, ctx: z.RefinementCtx) {
  if (value.nameEn && !hasEnglishName(value.kind)) ctx.addIssue({ code: "custom", path: ["nameEn"], message: NO_ENGLISH_NAME });
}

export const addReferenceSchema = z.strictObject({ kind, code: codeField, name, nameEn }).superRefine(englishNameAllowed);

export const renameReferenceSchema = z.strictObject({ kind, id: idField, name, nameEn }).superRefine(englishNameAllowed);

export const moveReferenceSchema = z.strictObject({ kind, id: idField, direction: z.enum(["up", "down"]) });

export const setReferenceActiveSchema = z.strictObject({ kind, id: idField, active: z.boolean() });

/** Where merged entries go: an entry that exists, or a new one made by the merge (e.g. a new commune). */
const mergeTargetSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("existing"), id: idField }),
  z.strictObject({ type: z.literal("new"), code: codeField, name }),
]);

export const mergeReferenceSchema = z
  .strictObject({
    kind,
    sourceIds: z.array(idField).min(1, "Chọn ít nhất một mục để gộp").max(50, "Gộp tối đa 50 mục một lần"),
    target: mergeTargetSchema,
  })
  .superRefine((value, ctx) => {
    if (new Set(value.sourceIds).size !== value.sourceIds.length)
      ctx.addIssue({ code: "custom", path: ["sourceIds"], message: "Có mục bị chọn hai lần" });
    if (value.target.type === "existing" && value.sourceIds.includes(value.target.id)) {
      ctx.addIssue({ code: "custom", path: ["target"], message: "Mục đích không được nằm trong các mục bị gộp" });
    }
  });

export type MergeReferenceInput = z.input<typeof mergeReferenceSchema>;
