import { describe, expect, it } from "vitest";
import { median } from "./median";

describe("median", () => {
  it("is the middle value of an odd count, whatever the order", () => {
    expect(median([30, 2, 5])).toBe(5);
  });

  it("is the mean of the two middle values of an even count, to a tenth", () => {
    expect(median([1, 2, 3.25, 100])).toBe(2.6);
  });

  it("is null when there is nothing to measure", () => {
    expect(median([])).toBeNull();
  });
});
