import { describe, expect, it } from "vitest";
import { messageLeaves } from "./message-leaves";

describe("messageLeaves", () => {
  it("names each text by its dotted path, under the prefix when one is given", () => {
    const tree = { title: "Dữ liệu mở", dictionary: { heading: "Từ điển", kind: { text: "Chữ" } } };
    expect([...messageLeaves(tree)]).toEqual([
      ["title", "Dữ liệu mở"],
      ["dictionary.heading", "Từ điển"],
      ["dictionary.kind.text", "Chữ"],
    ]);
    expect([...messageLeaves(tree, "openData").keys()]).toContain("openData.dictionary.kind.text");
  });
});
