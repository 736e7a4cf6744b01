import "server-only";
import { ImageResponse } from "next/og";
import { rememberedPicture } from "./share-image-cache";
import { SHARE_IMAGE_FONT_FAMILY, shareImageFonts } from "./share-image-fonts";
import { shareImageText } from "./share-image-text";

/** Open Graph's recommended size, which Facebook, Zalo, LinkedIn and X all crop well. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface ShareImageContent {
  /** "UBND tỉnh Kiên Giang" */
  authority: string;
  /** "Cổng thông tin kêu gọi đầu tư" */
  portalName: string;
  /** The portal's host, for whoever sees the picture without its link. */
  host: string;
  /** Above the title: the sector, or what the page is. */
  kicker: string;
  title: string;
  facts: { label: string; value: string }[];
}

const BRAND_900 = "#062b52";
const BRAND_600 = "#0b5cab";
const BRAND_100 = "#d6e6f7";
const FLAG_600 = "#c8102e";
const STAR = "#fde047";

/** The header's emblem, drawn: the star character is not in the bundled font. */
function Emblem() {
  return (
    <svg width="64" height="64" viewBox="0 0 64 64">
      <circle cx="32" cy="32" r="32" fill={FLAG_600} />
      <polygon fill={STAR} points="32,12 36.7,26.5 52,26.5 39.6,35.5 44.3,50 32,41 19.7,50 24.4,35.5 12,26.5 27.3,26.5" />
    </svg>
  );
}

/** Smaller type for longer names, so that up to about 150 characters fit in three lines. */
function titleSize(title: string): number {
  if (title.length <= 50) return 64;
  if (title.length <= 90) return 54;
  return 44;
}

/**
 * The picture a link to the portal shows in Facebook, Zalo, LinkedIn or a mail client: 1200 × 630 PNG,
 * drawn by Next's ImageResponse (satori and resvg) with the bundled Be Vietnam Pro, so the
 * diacritics render the same on a server without network.
 */
export async function drawShareImage(content: ShareImageContent): Promise<Response> {
  const fonts = await shareImageFonts();
  const title = shareImageText(content.title, 150);
  const facts = content.facts
    .map((fact) => ({ label: shareImageText(fact.label), value: shareImageText(fact.value, 60) }))
    .filter((fact) => fact.value !== "");
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        color: "white",
        fontFamily: SHARE_IMAGE_FONT_FAMILY,
        backgroundImage: `linear-gradient(135deg, ${BRAND_900} 0%, ${BRAND_600} 100%)`,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", padding: "48px 64px 0", gap: 20 }}>
        <Emblem />
        <div style={{ display: "flex", flexDirection: "column", flexGrow: 1 }}>
          <div style={{ fontSize: 22, color: BRAND_100, textTransform: "uppercase", letterSpacing: 1 }}>
            {shareImageText(content.authority, 60)}
          </div>
          <div style={{ fontSize: 30, fontWeight: 700 }}>{shareImageText(content.portalName, 60)}</div>
        </div>
        <div style={{ fontSize: 22, color: BRAND_100 }}>{shareImageText(content.host, 40)}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "center", flexGrow: 1, padding: "0 64px" }}>
        <div style={{ fontSize: 26, fontWeight: 700, color: STAR, textTransform: "uppercase", letterSpacing: 1 }}>
          {shareImageText(content.kicker, 70)}
        </div>
        <div style={{ marginTop: 12, fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      </div>
      <div style={{ display: "flex", gap: 40, padding: "0 64px 40px" }}>
        {facts.map((fact) => (
          <div key={fact.label} style={{ display: "flex", flexDirection: "column", maxWidth: facts.length > 1 ? 520 : 1072 }}>
            <div style={{ fontSize: 22, color: BRAND_100 }}>{fact.label}</div>
            <div style={{ fontSize: 32, fontWeight: 700 }}>{fact.value}</div>
          </div>
        ))}
      </div>
      <div style={{ display: "flex", height: 14, backgroundColor: FLAG_600 }} />
    </div>,
    { ...SHARE_IMAGE_SIZE, fonts },
  );
}

/** The picture as a response, drawn once per process for each content (share-image-cache.ts). */
export async function shareImageResponse(content: ShareImageContent, cacheControl: string): Promise<Response> {
  const picture = await rememberedPicture(JSON.stringify(content), () => drawShareImage(content));
  return new Response(picture as BodyInit, {
    headers: { "Content-Type": "image/png", "Cache-Control": cacheControl },
  });
}
