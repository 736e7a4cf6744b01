import { z } from "zod";
import { codeField, idField, textField } from "@/lib/validation/fields";
import { REFERENCE_KINDS } from "./reference-kinds";

const kind = z.enum(REFERENCE_KINDS);
const name = textField("Tên", 150, { required: true });

export const addReferenceSchema = z.strictObject({ kind, code: codeField, name });

export const renameReferenceSchema = z.strictObject({ kind, id: idField, name });

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
