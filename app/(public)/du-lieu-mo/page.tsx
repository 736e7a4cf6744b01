import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ExportFormatList } from "@/components/catalogue/export-links";
import { Oc4idsSection } from "@/components/open-data/oc4ids-section";
import { JsonLd } from "@/components/seo/json-ld";
import { portalLink } from "@/lib/auth/portal-url";
import { PAGE_SIZE } from "@/lib/catalogue/catalogue-query";
import { env } from "@/lib/env";
import { catalogueDataset } from "@/lib/exports/catalogue-dataset";
import { EXPORT_COLUMNS, KIND_LABELS } from "@/lib/exports/export-columns";
import { OPEN_DATA_LICENCE } from "@/lib/open-data/licence";
import { PORTAL_SHARE_IMAGE_PATH, socialMetadata } from "@/lib/seo/social-metadata";
import { breadcrumbList } from "@/lib/seo/structured-data";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { portalTitle } from "@/lib/settings/site-settings-defaults";

const TITLE = "Dữ liệu mở";
const DESCRIPTION =
  "Dữ liệu mở về các dự án kêu gọi đầu tư đã công bố: tải về CSV, Excel, JSON theo bộ lọc, gói OC4IDS, API với OpenAPI 3.1, giấy phép CC BY 4.0 và từ điển dữ liệu.";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    title: TITLE,
    description: DESCRIPTION,
    alternates: { canonical: "/du-lieu-mo" },
    ...socialMetadata({
      title: TITLE,
      description: DESCRIPTION,
      path: "/du-lieu-mo",
      siteName: portalTitle(settings),
      image: { path: PORTAL_SHARE_IMAGE_PATH, alt: portalTitle(settings) },
    }),
  };
}

const sectionClass = "mt-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-6";
const headingClass = "text-xl font-bold text-brand-900";
const codeClass = "overflow-x-auto whitespace-pre rounded bg-slate-900 p-3 text-sm text-slate-100";

/** A command to copy; it scrolls sideways on a phone, so it can take the keyboard's focus. */
function Example({ label, command }: { label: string; command: string }) {
  return (
    <pre tabIndex={0} aria-label={label} className={codeClass}>
      <code>{command}</code>
    </pre>
  );
}

export default async function OpenDataPage() {
  // The examples name this portal's own address and the limit the server runs with.
  await connection();
  const settings = await getSiteSettings();
  const origin = portalLink("").replace(/\/$/, "");
  const limit = env.API_RATE_LIMIT_PER_MINUTE;
  const allProjects = { q: "", sort: "newest" as const, page: 1 };
  return (
    <article className="max-w-4xl">
      <JsonLd
        data={breadcrumbList(
          [
            { name: "Trang chủ", path: "/" },
            { name: "Dữ liệu mở", path: "/du-lieu-mo" },
          ],
          portalLink,
        )}
      />
      <JsonLd data={catalogueDataset(allProjects, settings, portalLink)} />
      <nav aria-label="Đường dẫn" className="text-sm text-slate-600">
        <Link href="/" className="hover:underline">
          Trang chủ
        </Link>{" "}
        › Dữ liệu mở
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-brand-900 sm:text-3xl">Dữ liệu mở</h1>
      <p className="mt-3 text-slate-700">
        Mọi dự án kêu gọi đầu tư đã được {settings.editorialBoardName} công bố đều có thể tải về và dùng lại: dưới dạng tệp CSV,
        Excel, JSON, hoặc qua API. Chỉ dữ liệu đã công bố; bản nháp và hồ sơ đang duyệt không bao giờ có trong dữ liệu mở.
      </p>

      <section aria-labelledby="giay-phep" className={sectionClass}>
        <h2 id="giay-phep" className={headingClass}>
          Giấy phép
        </h2>
        <p className="mt-2 text-slate-700">
          Dữ liệu được cung cấp theo giấy phép{" "}
          <a href={OPEN_DATA_LICENCE.url} className="text-brand-700 underline" rel="license">
            {OPEN_DATA_LICENCE.name}
          </a>
          : được sao chép, phân phối, chỉnh sửa và dùng cho mọi mục đích, kể cả thương mại, với điều kiện ghi rõ nguồn, ví dụ:
          “Nguồn: {settings.portalName} {settings.provinceName}, {origin}”.
        </p>
      </section>

      <section aria-labelledby="tai-ve" className={sectionClass}>
        <h2 id="tai-ve" className={headingClass}>
          Tải về
        </h2>
        <p className="mt-2 text-slate-700">
          Toàn bộ dự án đang kêu gọi đầu tư, mới công bố trước. Để tải một phần (theo ngành, địa bàn, hình thức, vốn hay từ khóa),
          hãy lọc trên{" "}
          <Link href="/projects" className="text-brand-700 underline">
            trang danh mục dự án
          </Link>{" "}
          rồi dùng các nút tải ở cuối trang: tệp theo đúng bộ lọc và thứ tự đang xem.
        </p>
        <ExportFormatList query={allProjects} className="text-sm" />
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>
            CSV mã hóa UTF-8 có BOM, nên Excel hiển thị đúng tiếng Việt. “CSV cho Excel” dùng dấu chấm phẩy và dấu phẩy thập phân,
            hợp với Excel cài đặt tiếng Việt.
          </li>
          <li>Excel: số và ngày là ô kiểu số và ngày; trang thứ hai là từ điển dữ liệu bên dưới.</li>
          <li>Số tiền tính bằng tỷ đồng và triệu USD như trong mẫu; ngày theo giờ Việt Nam.</li>
        </ul>
      </section>

      <section aria-labelledby="api" className={sectionClass}>
        <h2 id="api" className={headingClass}>
          API
        </h2>
        <p className="mt-2 text-slate-700">
          Mô tả đầy đủ theo chuẩn OpenAPI 3.1:{" "}
          <a href="/api/openapi.json" className="text-brand-700 underline">
            /api/openapi.json
          </a>
          . Các tham số giống địa chỉ trang danh mục: <code>q</code>, <code>sector</code>, <code>location</code>,{" "}
          <code>form</code>, <code>minCapital</code>, <code>maxCapital</code> (tỷ đồng, viết 1.000 hoặc 1,5), <code>sort</code>,{" "}
          <code>page</code> ({PAGE_SIZE} dự án mỗi trang).
        </p>
        <h3 className="mt-4 font-semibold text-slate-900">Ví dụ</h3>
        <p className="mt-1 text-sm text-slate-700">Trang đầu các dự án du lịch tại Phú Quốc, vốn lớn trước:</p>
        <Example
          label="Ví dụ: trang đầu các dự án du lịch tại Phú Quốc"
          command={`curl '${origin}/api/projects?sector=du-lich&location=phu-quoc&sort=capital-desc'`}
        />
        <p className="mt-3 text-sm text-slate-700">Mọi dự án năng lượng, thành một tệp Excel:</p>
        <Example
          label="Ví dụ: mọi dự án năng lượng thành tệp Excel"
          command={`curl -OJ '${origin}/api/projects/export?sector=nang-luong&format=xlsx'`}
        />
        <p className="mt-3 text-sm text-slate-700">Hỏi lại mà không tải lại khi dữ liệu chưa đổi (trả 304):</p>
        <Example
          label="Ví dụ: hỏi lại với ETag"
          command={`curl -H 'If-None-Match: "<ETag của lần trước>"' '${origin}/api/projects?page=2'`}
        />
        <h3 className="mt-4 font-semibold text-slate-900">Bộ đệm, CORS và giới hạn</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>
            Mọi câu trả lời có <code>ETag</code>; gửi lại trong <code>If-None-Match</code> để nhận 304 khi không có gì thay đổi.
          </li>
          <li>
            <code>Cache-Control: public, s-maxage=1, stale-while-revalidate=30</code>: bộ đệm dùng chung (proxy, CDN) được giữ một
            giây, rồi hỏi lại bằng ETag.
          </li>
          <li>
            Cho phép gọi từ trình duyệt ở mọi trang web (CORS, <code>Access-Control-Allow-Origin: *</code>).
          </li>
          <li>
            {limit > 0 ? (
              <>
                Mỗi địa chỉ IP được {limit} yêu cầu mỗi phút; một lần tải tệp tính bằng 10 yêu cầu. Quá mức, máy chủ trả mã 429
                kèm <code>Retry-After</code> (số giây cần chờ); các tiêu đề <code>RateLimit-Remaining</code> cho biết còn bao
                nhiêu.
              </>
            ) : (
              "Hiện không giới hạn số yêu cầu."
            )}
          </li>
        </ul>
      </section>

      <Oc4idsSection className={sectionClass} headingClass={headingClass} />

      <section aria-labelledby="tu-dien" className={sectionClass}>
        <h2 id="tu-dien" className={headingClass}>
          Từ điển dữ liệu
        </h2>
        <p className="mt-2 text-sm text-slate-700">
          Các cột của tệp tải về, theo thứ tự, với tên trong JSON; các trường lấy từ mẫu thống nhất (Công văn 786/UBND-VHXH).
        </p>
        <div tabIndex={0} role="region" aria-label="Bảng từ điển dữ liệu" className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Cột
                </th>
                <th scope="col" className="py-2 pr-3">
                  Tên trong JSON
                </th>
                <th scope="col" className="py-2 pr-3">
                  Kiểu
                </th>
                <th scope="col" className="py-2">
                  Mô tả
                </th>
              </tr>
            </thead>
            <tbody>
              {EXPORT_COLUMNS.map((column) => (
                <tr key={column.key} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-3 font-medium text-slate-900">{column.label}</td>
                  <td className="py-2 pr-3">
                    <code>{column.key}</code>
                  </td>
                  <td className="py-2 pr-3">
                    {KIND_LABELS[column.kind]}
                    {column.unit ? ` (${column.unit})` : ""}
                  </td>
                  <td className="py-2 text-slate-700">{column.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
