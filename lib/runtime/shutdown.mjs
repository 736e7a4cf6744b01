// Work to finish before the process exits, registered by the app (the mail worker, from
// instrumentation.ts) and run by the custom server (scripts/server.mjs) on SIGTERM/SIGINT. Plain
// JavaScript shared by the two, which load separate copies of it: the list lives on globalThis.

const KEY = Symbol.for("portal.shutdownHooks");

/** @type {Array<() => Promise<void>>} */
const hooks = (globalThis[KEY] ??= []);

export function onShutdown(hook) {
  hooks.push(hook);
}

/** Runs every hook, waiting at most `timeoutMs` for them all. */
export async function runShutdownHooks(timeoutMs) {
  let timer;
  await Promise.race([
    Promise.allSettled(hooks.map((hook) => hook())),
    new Promise((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    }),
  ]);
  clearTimeout(timer);
}
