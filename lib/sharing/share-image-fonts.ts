import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** Be Vietnam Pro (SIL Open Font License), from @fontsource/be-vietnam-pro: satori reads woff, not woff2. */
const FAMILY = "BeVietnamPro";
const SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;
const WEIGHTS = [400, 700] as const;

export interface ShareImageFont {
  name: string;
  data: Buffer;
  weight: (typeof WEIGHTS)[number];
  style: "normal";
}

let loaded: Promise<ShareImageFont[]> | undefined;

/**
 * The font files, read once per process from node_modules (the server runs from the app's folder, as
 * `npm start` and `next start` do), never from the network. Each subset is a font of its own name,
 * listed in SHARE_IMAGE_FONT_FAMILY: satori falls back along that list for a character the first
 * lacks, but not between fonts of one name (it then asks Google Fonts for "ệ", and draws nothing).
 */
export function shareImageFonts(): Promise<ShareImageFont[]> {
  loaded ??= Promise.all(
    WEIGHTS.flatMap((weight) =>
      SUBSETS.map(async (subset) => ({
        name: `${FAMILY}-${subset}`,
        weight,
        style: "normal" as const,
        data: await readFile(
          path.join(
            process.cwd(),
            "node_modules/@fontsource/be-vietnam-pro/files",
            `be-vietnam-pro-${subset}-${weight}-normal.woff`,
          ),
        ),
      })),
    ),
  ).catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

/** The CSS font-family of the picture: every subset, latin first. */
export const SHARE_IMAGE_FONT_FAMILY = SUBSETS.map((subset) => `${FAMILY}-${subset}`).join(", ");
