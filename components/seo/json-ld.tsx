import { jsonLdText } from "@/lib/seo/json-ld";

/** Structured data for search engines (schema.org), as a data block: no nonce needed, nothing runs. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
