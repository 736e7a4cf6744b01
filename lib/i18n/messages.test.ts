import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") result.set(path, value);
    else for (const [inner, text] of leaves(value, path)) result.set(inner, text);
  }
  return result;
}

describe("message files", () => {
  const vi = leaves(MESSAGES.vi as unknown as Tree);
  const en = leaves(MESSAGES.en as unknown as Tree);

  it("have the same keys in Vietnamese and English", () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
  });

  it("leave no text empty", () => {
    for (const [key, text] of [...vi, ...en]) expect(text.trim(), key).not.toBe("");
  });
});
