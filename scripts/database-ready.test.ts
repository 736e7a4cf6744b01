import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_READY_MESSAGE, WAIT_FOR_DATABASE_ENV, databaseReady } from "./database-ready.mjs";

// A server as npm start spawns it: it waits for the database, and answers "state?" with whether it
// stopped waiting, so the order of messages (not a delay) shows when it did.
const SERVER = `
  const { databaseReady } = await import(${JSON.stringify(path.resolve(import.meta.dirname, "database-ready.mjs"))});
  let ready = false;
  databaseReady().then(() => { ready = true; process.send("ready"); });
  process.on("message", (message) => { if (message === "state?") process.send(ready ? "ready" : "waiting"); });
  process.send("loaded");
`;

function nextMessage(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve) => child.once("message", resolve));
}

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

describe("databaseReady", () => {
  it("does not hold up a server started on its own", async () => {
    await expect(databaseReady({})).resolves.toBeUndefined();
  });

  it("holds a server npm start spawned until npm start says the database is ready", async () => {
    child = spawn(process.execPath, ["--input-type=module", "-e", SERVER], {
      env: { ...process.env, [WAIT_FOR_DATABASE_ENV]: "1" },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    expect(await nextMessage(child)).toBe("loaded");
    child.send("state?");
    expect(await nextMessage(child)).toBe("waiting");
    child.send(DATABASE_READY_MESSAGE);
    expect(await nextMessage(child)).toBe("ready");
  });
});
