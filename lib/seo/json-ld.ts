/**
 * schema.org data as the text of a `<script type="application/ld+json">` block. The block is data,
 * never run (the CSP's script-src does not apply to it), but it sits inside HTML: a project name
 * holding "</script>" must not close it, so every character that could end or confuse the element
 * is written as a JSON escape, which reads back as the same text.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
