import { z } from "zod";
import { removeInvisibleFormatting } from "@/lib/text/invisible-characters";

/** Withdrawing a published call: the reason is shown to the Editorial Board and kept in the history. */
export const withdrawSchema = z.strictObject({
  projectId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  reason: z
    .string()
    .overwrite(removeInvisibleFormatting)
    .trim()
    .min(1, "Vui lòng ghi rõ lý do rút dự án")
    .max(2000, "Tối đa 2.000 ký tự"),
});
