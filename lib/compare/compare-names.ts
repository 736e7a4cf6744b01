// Names shared by the server's comparison page and the catalogue's client-side bar, kept apart from
// the query schema so the bar does not ship zod to every catalogue visitor.

/** Side by side, three projects still fit a laptop screen and read on a phone. */
export const MAX_COMPARED = 3;

/** The query parameter that names a project to compare, once per project: /so-sanh?du-an=a&du-an=b. */
export const COMPARE_PARAM = "du-an";

/** The catalogue's form the "So sánh" boxes belong to (their `form` attribute names it). */
export const COMPARE_FORM_ID = "so-sanh-du-an";
