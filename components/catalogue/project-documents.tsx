import Image from "next/image";
import { getLocale, getTranslations } from "next-intl/server";
import type { PublishedProject } from "@/lib/catalogue/public-project-page";
import { fileKindLabel, formatFileSize, isImage } from "@/lib/attachments/attachment-visibility";
import { localeFormat } from "@/lib/format/locale-format";

type Document = PublishedProject["attachments"][number];

/**
 * "Tài liệu": the call's public files, for download; pictures also as a small gallery. Internal
 * files are never read for this page (public-project-page.ts), and the download route refuses them.
 */
export async function ProjectDocuments({ documents }: { documents: Document[] }) {
  if (documents.length === 0) return null;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("project.documents")]);
  const images = documents.filter((document) => isImage(document.mimeType));
  return (
    <section aria-labelledby="tai-lieu" className="mt-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="tai-lieu" className="text-xl font-bold text-brand-900">
        {t("heading")}
      </h2>
      {images.length > 0 ? (
        <ul aria-label={t("pictures")} className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {images.map((image) => (
            <li key={image.id}>
              <a
                href={`/api/attachments/${image.id}`}
                className="block rounded-md border border-slate-200 hover:border-brand-600"
              >
                <Image
                  src={`/api/attachments/${image.id}`}
                  alt={image.originalName}
                  width={320}
                  height={200}
                  unoptimized
                  className="h-28 w-full rounded-md object-cover"
                />
                <span className="sr-only">{t("download")}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("name")}
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("kind")}
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("size")}
              </th>
              <th scope="col" className="py-2 font-medium">
                {t("date")}
              </th>
            </tr>
          </thead>
          <tbody>
            {documents.map((document) => (
              <tr key={document.id} className="border-b border-slate-100 align-top">
                <td className="py-2 pr-3">
                  <a
                    href={`/api/attachments/${document.id}`}
                    download={document.originalName}
                    className="font-medium text-brand-700 underline [overflow-wrap:anywhere]"
                  >
                    {document.originalName}
                  </a>
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">{fileKindLabel(document.mimeType, locale)}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{formatFileSize(document.sizeBytes, locale)}</td>
                <td className="py-2 whitespace-nowrap">{localeFormat(locale).date(document.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
