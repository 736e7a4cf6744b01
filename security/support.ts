import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { apiSignIn, type Account } from "../e2e/support";

/** Text that must never reach a client: stack frames, driver and ORM messages, file paths. */
const LEAK =
  /\n\s+at\s|\bat (Object|async|Module)\.|prisma|PrismaClient|SQLITE_|ECONNREFUSED|node_modules|\/work\/|TypeError|SyntaxError|ReferenceError/i;

export async function expectNoLeak(response: APIResponse, what: string) {
  expect(response.status(), `${what}: status`).toBeLessThan(500);
  const body = await response.text();
  expect(body, `${what}: body`).not.toMatch(LEAK);
  return body;
}

export interface ServerAction {
  id: string;
  name: string;
  file: string;
  /** A page the action is served from: server actions are posted to a page's URL. */
  page: string;
}

/** Every server action of the build under test, read from Next's own manifest. */
export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0]!;
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\/page$/, "")
        .replace(/\[[^\]]+\]/g, "x") || "/";
    return { id, name: entry.exportedName, file: entry.filename, page };
  });
}

/** Calls a server action the way React's client does for plain arguments: a JSON array, as text. */
export function callAction(client: APIRequestContext, baseURL: string, action: ServerAction, args: unknown[]) {
  return client.post(`${baseURL}${action.page}`, {
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseURL,
      Accept: "text/x-component",
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

/** A request context signed in as an account (or anonymous), with a cookie jar of its own. */
export async function clientAs(baseURL: string, account: Account | null): Promise<APIRequestContext> {
  const client = await playwrightRequest.newContext({ baseURL });
  if (account) await apiSignIn(client, account.email, account.password);
  return client;
}
