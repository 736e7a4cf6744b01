/** What every server action returns: the form shows `message` and each field's errors beside it. */
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export const GENERIC_ERROR_MESSAGE = "Hệ thống chưa xử lý được yêu cầu. Vui lòng thử lại sau ít phút.";
export const INVALID_INPUT_MESSAGE = "Vui lòng kiểm tra lại các trường được đánh dấu.";
