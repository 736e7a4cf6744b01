// zod/mini, like the fields it is made of: the catalogue's alert form validates with it in the browser.
import * as z from "zod/mini";
import { emailField } from "@/lib/validation/fields";
import { ALERT_FREQUENCIES } from "./alert-period";

/** Longer than any catalogue query string the filters can make (a 200-character keyword, escaped). */
const MAX_QUERY_STRING = 2_000;

/**
 * "Nhận thông báo": what the catalogue's form sends, shared by the form in the browser and the route
 * that receives it. `query` is the catalogue view's query string; the server reads the filters from it
 * with the catalogue's own parser (alert-filters.ts). `website` is the honeypot, `altcha` the solved
 * proof-of-work, as on the expression-of-interest form.
 */
export const subscribeAlertSchema = z.strictObject({
  email: emailField,
  frequency: z.enum(ALERT_FREQUENCIES, { error: "Vui lòng chọn tần suất nhận thư" }),
  query: z.string().check(z.maxLength(MAX_QUERY_STRING)),
  website: z.optional(z.string().check(z.maxLength(500))),
  altcha: z.optional(z.string().check(z.maxLength(10_000))),
});

export type SubscribeAlertInput = z.input<typeof subscribeAlertSchema>;
export type SubscribeAlertValues = z.output<typeof subscribeAlertSchema>;
