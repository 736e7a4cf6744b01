import { getSiteSettings } from "@/lib/settings/site-settings";

function contactLine(parts: string[]): string {
  return parts.filter(Boolean).join(" · ");
}

export async function SiteFooter() {
  const settings = await getSiteSettings();
  const board = contactLine([
    settings.editorialBoardAddress,
    settings.editorialBoardPhone && `Điện thoại: ${settings.editorialBoardPhone}`,
    settings.editorialBoardEmail && `Email: ${settings.editorialBoardEmail}`,
  ]);
  const operator = contactLine([
    settings.operatorPhone && `Điện thoại: ${settings.operatorPhone}`,
    settings.operatorEmail && `Email: ${settings.operatorEmail}`,
  ]);
  return (
    <footer className="mt-10 border-t border-slate-200 bg-white text-sm text-slate-600 print:hidden">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p className="font-medium text-slate-800">{settings.editorialBoardName}</p>
        {board ? <p>{board}</p> : null}
        <p>
          {settings.operatorName}
          {settings.operatorAddress ? ` – ${settings.operatorAddress}` : null}
          {operator ? ` · ${operator}` : null}
        </p>
        <p>{settings.legalBasis}</p>
        <p>
          <a href="/du-lieu-mo" className="text-brand-700 underline">
            Dữ liệu mở
          </a>{" "}
          – tải về CSV, Excel, JSON và API, giấy phép CC BY 4.0.
        </p>
      </div>
    </footer>
  );
}
