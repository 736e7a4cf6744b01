/**
 * The characters the preview image's bundled font (Be Vietnam Pro's latin, latin-ext and vietnamese
 * subsets, as @fontsource declares them) can draw. Satori asks the network for a glyph the fonts
 * lack, and the servers have none, so text is kept to these before it reaches the image.
 */
const DRAWABLE: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e],
  [0x00a0, 0x02ba],
  [0x02bb, 0x02ff],
  [0x0300, 0x0309],
  [0x0323, 0x0323],
  [0x0329, 0x0329],
  [0x1d00, 0x1dbf],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20c0],
  [0x2113, 0x2113],
  [0x2122, 0x2122],
  [0x2212, 0x2212],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
];

function drawable(codePoint: number): boolean {
  return DRAWABLE.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * Text as the preview image shows it: composed (NFC, so "ệ" is one glyph even when typed as "e" and
 * two marks), on one line, without characters the font cannot draw, and cut at a word to at most
 * `length` characters with an ellipsis.
 */
export function shareImageText(text: string, length = Infinity): string {
  const flat = Array.from(text.normalize("NFC").replace(/\s+/g, " "))
    .filter((character) => drawable(character.codePointAt(0)!))
    .join("")
    .replace(/ {2,}/g, " ")
    .trim();
  if (flat.length <= length) return flat;
  return `${flat.slice(0, length - 1).replace(/\s+\S*$/, "")}…`;
}
