import { fieldErrorsOf } from "@/lib/enquiries/enquiry-field-errors";

type MessageOf = Parameters<typeof fieldErrorsOf>[1];
type SafeParse = (values: unknown) => { success: true } | { success: false; error: Parameters<typeof fieldErrorsOf>[0] };

/**
 * A public form's shared schema, fetched when the visitor starts on the form rather than with the
 * page: the schema and zod are most of the JavaScript a public page would otherwise ship. `check`
 * answers the field errors (none: `{}`), or null when the schema could not be fetched (offline for a
 * moment); the server checks the same schema in any case, so the form may then send without it.
 * `messageOf` words each issue in the page's language (default: the schema's own message).
 */
export function schemaOnDemand(load: () => Promise<{ safeParse: SafeParse }>) {
  let loading: Promise<{ safeParse: SafeParse }> | undefined;
  const get = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return {
    prefetch(): void {
      get().catch(() => {});
    },
    async check(values: unknown, messageOf?: MessageOf): Promise<Record<string, string[]> | null> {
      const schema = await get().catch(() => null);
      if (!schema) return null;
      const checked = schema.safeParse(values);
      return checked.success ? {} : fieldErrorsOf(checked.error, messageOf);
    },
  };
}
