/** The longest message an investor or a unit may write, in characters (form fields and the schema). */
export const ENQUIRY_MESSAGE_MAX = 5_000;

/**
 * The interest form's bounds, in characters: the schema enforces them and the error texts quote them
 * (lib/enquiries/enquiry-texts.ts), so the two cannot disagree.
 */
export const ENQUIRY_LIMITS = {
  name: 120,
  organization: 200,
  country: 100,
  phone: 30,
  messageMin: 10,
  message: ENQUIRY_MESSAGE_MAX,
} as const;
