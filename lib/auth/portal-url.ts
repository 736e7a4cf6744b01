/**
 * An absolute link to a page of the portal, for mails and the command line: the public address
 * NEXTAUTH_URL names (behind a reverse proxy, the address users type), as next-auth uses it too.
 */
export function portalLink(path: string, env: Record<string, string | undefined> = process.env): string {
  const base = (env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT ?? "3000"}`).replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

export function invitationPath(token: string): string {
  return `/invitation/${token}`;
}

export function passwordResetPath(token: string): string {
  return `/reset-password/${token}`;
}
