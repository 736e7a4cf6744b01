/** The longest message an investor or a unit may write, in characters (form fields and the schema). */
export const ENQUIRY_MESSAGE_MAX = 5_000;
