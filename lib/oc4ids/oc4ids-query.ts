import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/catalogue/catalogue-query";

/**
 * The parameters /api/oc4ids takes: the catalogue's filters and order (read leniently afterwards by
 * parseCatalogueQuery, as /api/projects reads them) and `download`. Anything else, a second copy of a
 * parameter or an over-long value is refused with 400, so a typo ("dowload=1") is not silently ignored.
 */
const text = (max: number) => z.string().max(max).optional();

export const oc4idsQuerySchema = z.strictObject({
  q: text(MAX_QUERY_LENGTH * 4),
  sector: text(64),
  location: text(64),
  form: text(64),
  minCapital: text(40),
  maxCapital: text(40),
  sort: text(40),
  download: z.enum(["1", "true"]).optional(),
});

export type Oc4idsQuery = z.output<typeof oc4idsQuerySchema>;

export type Oc4idsQueryResult = { ok: true; query: Oc4idsQuery } | { ok: false; message: string };

export function parseOc4idsQuery(params: URLSearchParams): Oc4idsQueryResult {
  const keys = [...params.keys()];
  const repeated = keys.find((key, index) => keys.indexOf(key) !== index);
  if (repeated) return { ok: false, message: `Tham số “${repeated.slice(0, 40)}” chỉ được có một lần.` };
  const parsed = oc4idsQuerySchema.safeParse(Object.fromEntries(params));
  if (parsed.success) return { ok: true, query: parsed.data };
  const issue = parsed.error.issues[0]!;
  const name = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.join(".");
  return {
    ok: false,
    message: `Tham số không hợp lệ: ${name.slice(0, 80)}. Chỉ nhận q, sector, location, form, minCapital, maxCapital, sort và download=1.`,
  };
}
