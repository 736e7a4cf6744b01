import { getTranslations } from "next-intl/server";
import { portalTexts } from "@/lib/i18n/portal-texts";
import { qrCodeDrawing } from "@/lib/sharing/qr-code";
import type { SiteSettingsValues } from "@/lib/settings/site-settings-defaults";

/**
 * The top of the printed project sheet, shown only in print: who publishes it, and the page's address
 * as text and as a QR code (an inline SVG drawn on the server), so a printout leads back to the
 * current version of the call.
 */
export async function ProjectPrintHeader({ url, settings }: { url: string; settings: SiteSettingsValues }) {
  const qr = qrCodeDrawing(url);
  const [t, portal] = await Promise.all([getTranslations("project.print"), portalTexts(settings)]);
  return (
    <div className="hidden items-start justify-between gap-6 border-b-2 border-brand-800 pb-2 print:flex">
      <div className="text-[8.5pt]">
        <p className="font-semibold uppercase tracking-wide text-brand-800">{portal.committee}</p>
        <p className="text-[11pt] font-bold text-brand-900">{portal.name}</p>
        <p className="mt-1 text-slate-700">{t("sheet")}</p>
        <p className="mt-1 break-all text-slate-700">{url}</p>
      </div>
      <figure className="shrink-0 text-center">
        <svg
          role="img"
          aria-label={t("qr", { url })}
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          width="96"
          height="96"
          shapeRendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.path} fill="#000" />
        </svg>
        <figcaption className="text-[7pt] text-slate-600">{t("scan")}</figcaption>
      </figure>
    </div>
  );
}
