import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionAccess } from "./authorized-action";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Every file of the app that declares server actions: "use server" as its first statement. */
function serverActionModules(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name.startsWith(".")) continue;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (
        /\.tsx?$/.test(entry.name) &&
        !entry.name.includes(".test.") &&
        /^\s*["']use server["']/.test(fs.readFileSync(file, "utf8"))
      ) {
        found.push(path.relative(ROOT, file));
      }
    }
  };
  for (const dir of ["lib", "app", "components"]) walk(path.join(ROOT, dir));
  return found.sort();
}

describe("server actions", () => {
  const modules = serverActionModules();

  it("live in files named *-actions.ts", () => {
    expect(modules.length).toBeGreaterThan(0);
    for (const file of modules) expect(file).toMatch(/-actions\.ts$/);
  });

  it.each(modules)("%s exports only actions that check their caller", async (file) => {
    const exports = await import(path.join(ROOT, file));
    const names = Object.keys(exports);
    expect(names.length).toBeGreaterThan(0);
    const unguarded = names.filter((name) => actionAccess(exports[name]) === undefined);
    expect(unguarded, `${file}: exports not made by authorizedAction or actionForAnyone`).toEqual([]);
  });
});
