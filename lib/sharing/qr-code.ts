import { create } from "qrcode";

/** The white margin a reader needs around the code, in modules (the standard's quiet zone). */
const QUIET_ZONE = 4;

export interface QrCodeDrawing {
  /** Width and height of the drawing, quiet zone included, in modules: the SVG's viewBox. */
  size: number;
  /** One SVG path of every dark module, a unit square each. */
  path: string;
}

/**
 * A QR code as an SVG path, drawn on the server (qrcode's encoder, medium error correction so a
 * creased printout still reads), so the printed sheet needs no script and no picture request.
 */
export function qrCodeDrawing(text: string): QrCodeDrawing {
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) squares.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: squares.join("") };
}
