// `npm start` (start.ts) spawns the server while it still prepares the database, so that Next.js
// loads meanwhile; the server (server.mjs) opens its port only once told the database is ready.
// Plain JavaScript: the server runs without a TypeScript loader.

/** Set on the spawned server's environment when it must wait. */
export const WAIT_FOR_DATABASE_ENV = "PORTAL_WAIT_FOR_DATABASE";
/** Sent over the IPC channel when migrations, reference data and the upload sweep are done. */
export const DATABASE_READY_MESSAGE = "database-ready";

/** Resolves at once unless this process was told to wait; then when the parent says the database is ready. */
export function databaseReady(env = process.env) {
  if (env[WAIT_FOR_DATABASE_ENV] !== "1" || !process.send) return Promise.resolve();
  return new Promise((resolve) => {
    const onMessage = (message) => {
      if (message !== DATABASE_READY_MESSAGE) return;
      process.off("message", onMessage);
      // The channel must not keep this process alive, nor a stop of npm start's own process kill it.
      process.channel?.unref();
      resolve();
    };
    process.on("message", onMessage);
  });
}
