// Runs once when each app server starts (npm start's custom server, `next start`, `next dev`): the
// mail worker lives here, inside Next.js's own bundle, so it shares the app's modules, database client
// and validated settings, and every server process sends mail without a second service to deploy.
// The custom server (scripts/server.mjs) stays a thin plain-JavaScript layer; it only runs the stop
// hook registered here before it exits.
export async function register() {
  // `next build` loads this file too, in its workers: no mail from a build.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const marker = Symbol.for("portal.backgroundMailStarted");
  const state = globalThis as typeof globalThis & { [marker]?: boolean };
  if (state[marker]) return;
  state[marker] = true;
  const [{ startBackgroundMail }, { onShutdown }] = await Promise.all([
    import("@/lib/mail/background-mail"),
    import("@/lib/runtime/shutdown.mjs"),
  ]);
  onShutdown(startBackgroundMail());
}
