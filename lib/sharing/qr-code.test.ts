import { describe, expect, it } from "vitest";
import { qrCodeDrawing } from "./qr-code";

/** The dark modules of a drawing, as "column,row" keys. */
function darkModules(path: string): Set<string> {
  return new Set(Array.from(path.matchAll(/M(\d+) (\d+)h1v1h-1z/g), (match) => `${match[1]},${match[2]}`));
}

describe("qrCodeDrawing", () => {
  const url = "https://dautu.kiengiang.gov.vn/projects/cang-ca-tac-cau";

  it("draws a version that fits a project's address, with its quiet zone", () => {
    const { size, path } = qrCodeDrawing(url);
    // Version 3 or 4 (29 or 33 modules) at medium error correction, plus 4 modules each side.
    expect([37, 41]).toContain(size);
    expect(path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
  });

  it("has the three finder patterns where readers look for them", () => {
    const { size, path } = qrCodeDrawing(url);
    const dark = darkModules(path);
    const last = size - 4 - 1;
    for (const [column, row] of [
      [4, 4],
      [last, 4],
      [4, last],
    ]) {
      expect(dark.has(`${column},${row}`)).toBe(true);
    }
    // Nothing inside the quiet zone.
    expect([...dark].some((key) => key.split(",").some((value) => Number(value) < 4 || Number(value) > last))).toBe(false);
  });

  it("changes with the address", () => {
    expect(qrCodeDrawing(url).path).not.toBe(qrCodeDrawing(`${url}-2`).path);
    expect(qrCodeDrawing(url).path).toBe(qrCodeDrawing(url).path);
  });
});
