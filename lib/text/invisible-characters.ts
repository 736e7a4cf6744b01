/**
 * Characters that change how text is displayed without being seen: bidirectional embeddings and
 * overrides (U+202A–U+202E), isolates (U+2066–U+2069), zero-width spaces and joiners and the
 * left-to-right / right-to-left marks (U+200B–U+200F), and the zero-width no-break space / byte-order
 * mark (U+FEFF). In a project name or a file name they can make "hồ-sơ.exe" read as "hồ-sơ.pdf", or
 * two different names look the same. Vietnamese never needs them.
 */
const INVISIBLE_FORMATTING = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** The text without invisible formatting characters: every stored text and file name goes through this. */
export function removeInvisibleFormatting(text: string): string {
  return text.replace(INVISIBLE_FORMATTING, "");
}

/**
 * Control characters other than tab and line breaks (U+0000–U+001F, U+007F). No one types them; a
 * NUL in a query or a name is refused by PostgreSQL as an error, so input that is read rather than
 * validated (a catalogue URL, a name an admin types) drops them before anything reaches the database.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** The text without invisible formatting and without control characters other than tab and line breaks. */
export function removeUnseenCharacters(text: string): string {
  return removeInvisibleFormatting(text).replace(CONTROL_CHARACTERS, "");
}
