import { describe, expect, it } from "vitest";
import { messageLeaves, type MessageTree } from "./message-leaves";
import { MESSAGES } from "./messages";

describe("message files", () => {
  const vi = messageLeaves(MESSAGES.vi as unknown as MessageTree);
  const en = messageLeaves(MESSAGES.en as unknown as MessageTree);

  it("have the same keys in Vietnamese and English", () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
  });

  it("leave no text empty", () => {
    for (const [key, text] of [...vi, ...en]) expect(text.trim(), key).not.toBe("");
  });
});
