/**
 * What codes in URLs look like: lower-case words of letters and digits joined by single hyphens. Kept
 * apart from the zod fields so the catalogue's client-side filter form can use it without zod.
 */
export const CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
