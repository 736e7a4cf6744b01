import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeHandler, routeAccess } from "./route-handler";

const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
// next-auth's own endpoints: they check CSRF tokens themselves and go through lib/auth/check-password.ts.
const OWN_GUARDS = new Set(["app/api/auth/[...nextauth]/route.ts"]);

function routeModules(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name === "route.ts") found.push(path.relative(ROOT, file));
    }
  };
  walk(path.join(ROOT, "app"));
  return found.sort();
}

describe("route handlers", () => {
  const modules = routeModules().filter((file) => !OWN_GUARDS.has(file));

  it("are found", () => {
    expect(modules.length).toBeGreaterThan(3);
    expect(routeAccess(routeHandler({ access: "anyone" }, async () => new Response()))).toBe("anyone");
  });

  it.each(modules)("%s exports only methods made by routeHandler", async (file) => {
    const exports = await import(path.join(ROOT, file));
    const methods = Object.keys(exports).filter((name) => METHODS.includes(name));
    expect(methods.length).toBeGreaterThan(0);
    expect(
      methods.filter((name) => routeAccess(exports[name]) === undefined),
      file,
    ).toEqual([]);
  });
});
