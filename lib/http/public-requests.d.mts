export const PUBLIC_PAGE: RegExp;
export function cookieHeaderHasSession(cookie: string | undefined): boolean;
export function isSharedPublicRequest(
  method: string | undefined,
  url: string,
  headers: Record<string, string | string[] | undefined>,
): boolean;
