import { getTranslations } from "next-intl/server";
import { shareLinks } from "@/lib/sharing/share-links";
import { CopyLinkButton } from "./copy-link-button";
import { NativeShareButton } from "./native-share-button";
import { PrintButton } from "./print-button";

const LINK_INPUT_ID = "lien-ket-du-an";

/**
 * "Chia sẻ và in": the page's address to copy, plain links to share it, and the print button. Not
 * printed; the printed sheet carries the address and its QR code instead (ProjectPrintHeader).
 */
export async function ProjectSharePanel({ url, title }: { url: string; title: string }) {
  const t = await getTranslations("project.share");
  return (
    <section aria-labelledby="chia-se" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 print:hidden">
      <h2 id="chia-se" className="text-base font-bold text-brand-900">
        {t("heading")}
      </h2>
      <label htmlFor={LINK_INPUT_ID} className="mt-2 block text-sm font-medium text-slate-700">
        {t("link")}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={LINK_INPUT_ID}
          type="url"
          readOnly
          value={url}
          className="min-w-0 flex-1 basis-64 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-900"
        />
        <CopyLinkButton
          url={url}
          inputId={LINK_INPUT_ID}
          labels={{ copy: t("copy"), copied: t("copied"), selected: t("selected") }}
        />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-700">{t("via")}</span>
        <ul className="flex flex-wrap gap-2">
          {shareLinks({ url, title }).map((link) => (
            <li key={link.label}>
              <a
                href={link.href}
                {...(link.href.startsWith("https:") ? { target: "_blank", rel: "noopener noreferrer" } : {})}
                className="inline-block rounded-md border border-slate-300 px-3 py-1.5 font-medium text-brand-700 hover:border-brand-600"
              >
                {link.label}
                {link.href.startsWith("https:") ? <span className="sr-only">{t("newTab")}</span> : null}
              </a>
            </li>
          ))}
        </ul>
        <NativeShareButton url={url} title={title} label={t("native")} />
        <PrintButton label={t("print")} />
      </div>
      <p className="mt-2 text-sm text-slate-600">{t("zalo")}</p>
    </section>
  );
}
