import { OC4IDS_SCHEMA_RELEASE, SECTOR_TO_OC4IDS } from "@/lib/oc4ids/oc4ids-codes";
import { OC4IDS_FIELDS } from "@/lib/oc4ids/oc4ids-fields";
import { OC4IDS_PATH, oc4idsHref } from "@/lib/oc4ids/oc4ids-href";
import { FIELD_KEYS, formLabel } from "@/lib/template/fields";

const linkClass = "text-brand-700 underline";

/**
 * The open data page's OC4IDS part: what the package is, where to get it, and where each template
 * field goes (from the mapping table itself, so the page cannot drift from the package).
 */
export function Oc4idsSection({ className, headingClass }: { className: string; headingClass: string }) {
  return (
    <section aria-labelledby="oc4ids" className={className}>
      <h2 id="oc4ids" className={headingClass}>
        Chuẩn dữ liệu hạ tầng OC4IDS
      </h2>
      <p className="mt-2 text-slate-700">
        Các dự án đã công bố cũng có ở dạng gói dự án theo{" "}
        <a href="https://standard.open-contracting.org/infrastructure/" className={linkClass} hrefLang="en">
          Chuẩn dữ liệu mở về hợp đồng cho hạ tầng (OC4IDS)
        </a>{" "}
        phiên bản {OC4IDS_SCHEMA_RELEASE}, để các hệ thống theo dõi dự án hạ tầng đọc được mà không cần chuyển đổi. Cùng bộ lọc
        với trang danh mục (<code>sector</code>, <code>location</code>, <code>form</code>, <code>q</code>, vốn, <code>sort</code>
        ), cùng giấy phép, ETag và giới hạn yêu cầu như API; một lần tải tính bằng 10 yêu cầu.
      </p>
      <ul className="mt-3 flex flex-wrap gap-2 text-sm">
        <li>
          <a
            href={oc4idsHref({}, { download: true })}
            download
            className="inline-flex items-baseline gap-1 rounded-md border border-slate-300 px-3 py-2 hover:border-brand-600"
          >
            <span className="font-semibold text-brand-800">OC4IDS</span>
            <span className="text-slate-600">(gói dự án JSON, tải về)</span>
          </a>
        </li>
        <li>
          <a href={OC4IDS_PATH} className="inline-flex rounded-md border border-slate-300 px-3 py-2 hover:border-brand-600">
            Xem {OC4IDS_PATH}
          </a>
        </li>
      </ul>
      <p className="mt-3 text-sm text-slate-700">
        Những trường của mẫu mà OC4IDS chưa có (hình thức đầu tư, ưu đãi, căn cứ pháp lý, nơi nộp hồ sơ…) nằm trong phần mở rộng{" "}
        <code>investmentCall</code>:{" "}
        <a href={`${OC4IDS_PATH}/extension.json`} className={linkClass}>
          extension.json
        </a>{" "}
        và lược đồ{" "}
        <a href={`${OC4IDS_PATH}/release-schema.json`} className={linkClass}>
          release-schema.json
        </a>
        . Mã dự án bắt đầu bằng tiền tố đã đăng ký của tỉnh; đơn vị đề xuất là <code>publicAuthority</code>.
      </p>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-semibold text-slate-900">Trường của mẫu trong OC4IDS</summary>
        <ul className="mt-2 space-y-1 text-slate-700">
          {FIELD_KEYS.map((key) => (
            <li key={key}>
              {formLabel(key)} →{" "}
              {OC4IDS_FIELDS[key].paths.map((path, index) => (
                <span key={path}>
                  {index > 0 ? ", " : ""}
                  <code>{path}</code>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </details>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-semibold text-slate-900">Ngành của cổng → projectSector</summary>
        <ul className="mt-2 space-y-1 text-slate-700">
          {Object.entries(SECTOR_TO_OC4IDS).map(([sector, codes]) => (
            <li key={sector}>
              <code>{sector}</code> → <code>{codes.join(", ")}</code>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
