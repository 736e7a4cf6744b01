import { MAX_CAPITAL_TY, MAX_QUERY_LENGTH, PAGE_SIZE } from "@/lib/catalogue/catalogue-query";
import { SORT_LABELS, SORT_OPTIONS } from "@/lib/catalogue/catalogue-sort";
import { SUMMARY_FIELDS } from "@/lib/catalogue/public-project-json";
import { EXPORT_COLUMNS, type ExportColumn } from "@/lib/exports/export-columns";
import { EXPORT_FORMATS, EXPORT_FORMAT_KEYS } from "@/lib/exports/export-formats";
import { templateField, type FieldKey } from "@/lib/template/fields";
import { OC4IDS_SCHEMA_RELEASE, OC4IDS_VERSION } from "@/lib/oc4ids/oc4ids-codes";
import { OC4IDS_PATH } from "@/lib/oc4ids/oc4ids-href";
import { OPEN_DATA_LICENCE } from "./licence";

// The open API's contract, OpenAPI 3.1, written from the same tables the API is: the catalogue's
// parameters and sort options, the template's fields and the export columns. A field added to the
// template appears here without an edit.

type Schema = Record<string, unknown>;

const nullable = (schema: Schema): Schema => ({ ...schema, type: [schema.type as string, "null"] });

/** A template field's value in the API: text, or a number in the unit the template enters it in. */
function fieldSchema(key: FieldKey): Schema {
  const field = templateField(key);
  const description = `${field.label} (${field.labelEn})`;
  if (field.kind === "money") {
    return nullable({ type: "number", description: `${description}, ${field.currency === "VND" ? "tỷ đồng" : "triệu USD"}` });
  }
  if (field.kind === "number") return nullable({ type: field.decimals === 0 ? "integer" : "number", description });
  if (field.kind === "text" || field.kind === "longText") {
    const text = { type: "string", maxLength: field.maxLength, description };
    // The unit's English versions are null where it gave none.
    return field.translationOf ? nullable(text) : text;
  }
  return { type: "string", description };
}

const reference = (what: string): Schema => ({
  type: ["object", "null"],
  description: what,
  required: ["code", "name"],
  properties: { code: { type: "string" }, name: { type: "string" } },
});

/** A sector or investment form also has an English name, null where the portal has none yet. */
const translatedReference = (what: string): Schema => {
  const base = reference(what);
  return {
    ...base,
    required: [...(base.required as string[]), "nameEn"],
    properties: {
      ...(base.properties as Schema),
      nameEn: nullable({ type: "string", description: "Tên tiếng Anh (English name); null nếu chưa có." }),
    },
  };
};

const projectSummary: Schema = {
  type: "object",
  required: [
    "slug",
    "url",
    ...SUMMARY_FIELDS,
    "sector",
    "investmentForm",
    "locations",
    "capitalVnd",
    "publishedAt",
    "lastConfirmedAt",
  ],
  properties: {
    slug: { type: "string", description: "Mã dự án, phần cuối địa chỉ trang dự án." },
    url: { type: "string", format: "uri", description: "Trang công khai của dự án." },
    ...Object.fromEntries(SUMMARY_FIELDS.map((key) => [key, fieldSchema(key)])),
    sector: translatedReference("Ngành / Lĩnh vực"),
    investmentForm: translatedReference("Hình thức đầu tư"),
    locations: { type: "array", items: reference("Địa bàn"), description: "Các địa bàn của dự án." },
    capitalVnd: nullable({
      type: "string",
      pattern: "^\\d+$",
      description: "Tổng vốn đầu tư dự kiến, đồng (số nguyên, dạng chuỗi).",
    }),
    publishedAt: nullable({ type: "string", format: "date-time" }),
    lastConfirmedAt: nullable({ type: "string", format: "date-time" }),
  },
};

function exportColumnSchema(column: ExportColumn): Schema {
  const description = `${column.label} (${column.labelEn})${column.unit ? `, ${column.unit}` : ""}. ${column.description}`;
  if (column.list) return { type: "array", items: { type: "string" }, description };
  if (column.kind === "number") return nullable({ type: "number", description });
  if (column.kind === "date") return nullable({ type: "string", format: "date-time", description });
  return nullable({ type: "string", description });
}

const exportedProject: Schema = {
  type: "object",
  required: EXPORT_COLUMNS.map((column) => column.key),
  properties: Object.fromEntries(EXPORT_COLUMNS.map((column) => [column.key, exportColumnSchema(column)])),
};

const code = (name: string, description: string) => ({
  name,
  in: "query",
  required: false,
  description,
  schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 64 },
});

const CATALOGUE_PARAMETERS = [
  {
    name: "q",
    in: "query",
    required: false,
    description: "Từ khóa, có dấu hoặc không dấu (“duong” tìm thấy “đường”).",
    schema: { type: "string", maxLength: MAX_QUERY_LENGTH },
  },
  code("sector", "Mã ngành / lĩnh vực (ví dụ giao-thong). Mã đã gộp chuyển hướng 308 sang mã mới."),
  code("location", "Mã địa bàn (ví dụ phu-quoc)."),
  code("form", "Mã hình thức đầu tư (ví dụ ppp-bot)."),
  ...(["minCapital", "maxCapital"] as const).map((name) => ({
    name,
    in: "query",
    required: false,
    description: `Vốn ${name === "minCapital" ? "từ" : "đến"}, tỷ đồng, viết kiểu Việt Nam: 1.000 là một nghìn, 1,5 là một phẩy năm (0 đến ${MAX_CAPITAL_TY.toLocaleString("vi-VN")}).`,
    schema: { type: "string", examples: ["1.000", "12,5"] },
  })),
  {
    name: "sort",
    in: "query",
    required: false,
    description: `Thứ tự: ${SORT_OPTIONS.map((option) => `${option} (${SORT_LABELS[option]})`).join(", ")}. Mặc định: relevance khi có từ khóa, newest khi không.`,
    schema: { type: "string", enum: [...SORT_OPTIONS] },
  },
];

const IF_NONE_MATCH = {
  name: "If-None-Match",
  in: "header",
  required: false,
  description: "ETag của lần trả lời trước.",
  schema: { type: "string" },
};

/** The answers a GET with the catalogue's parameters may give besides its data. */
const CONDITIONAL_RESPONSES = {
  "304": { description: "Không đổi so với ETag đã gửi." },
  "308": { description: "Mã đã được gộp: chuyển sang địa chỉ với mã mới." },
};

const ERROR = { type: "object", required: ["message"], properties: { message: { type: "string" } } };

export function openApiDocument(origin: string, rateLimitPerMinute: number) {
  const limitText =
    rateLimitPerMinute > 0
      ? `Mỗi địa chỉ IP được ${rateLimitPerMinute} yêu cầu mỗi phút trên mỗi máy chủ (một lần tải toàn bộ tính bằng 10 yêu cầu); quá mức, máy chủ trả 429 kèm Retry-After (giây).`
      : "Không giới hạn số yêu cầu.";
  const rateHeaders = {
    "RateLimit-Limit": { schema: { type: "integer" }, description: "Số yêu cầu mỗi phút." },
    "RateLimit-Remaining": { schema: { type: "integer" }, description: "Số yêu cầu còn lại ngay lúc này." },
  };
  const tooMany = {
    description: "Quá giới hạn yêu cầu của địa chỉ này.",
    headers: { "Retry-After": { schema: { type: "integer" }, description: "Số giây cần chờ." } },
    content: { "application/json": { schema: ERROR } },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "API dữ liệu mở – dự án kêu gọi đầu tư",
      version: "1.0.0",
      description: `Các dự án kêu gọi đầu tư đã công bố, cùng bộ lọc với trang danh mục (${origin}/projects). Chỉ dữ liệu đã công bố. Mọi câu trả lời GET cho phép CORS từ mọi nguồn, có ETag (gửi lại trong If-None-Match để nhận 304 khi dữ liệu không đổi) và Cache-Control cho bộ đệm dùng chung. ${limitText} Tài liệu cho người đọc: ${origin}/du-lieu-mo.`,
      license: { name: OPEN_DATA_LICENCE.nameEn, url: OPEN_DATA_LICENCE.url },
    },
    servers: [{ url: origin }],
    paths: {
      "/api/projects": {
        get: {
          operationId: "listProjects",
          summary: "Một trang dự án đã công bố, với số lượng theo từng bộ lọc",
          parameters: [
            ...CATALOGUE_PARAMETERS,
            {
              name: "page",
              in: "query",
              required: false,
              description: `Trang, từ 1; mỗi trang ${PAGE_SIZE} dự án. Trang quá cuối trả trang cuối và ghi trong adjustments.`,
              schema: { type: "integer", minimum: 1 },
            },
            IF_NONE_MATCH,
          ],
          responses: {
            "200": {
              description: "Các dự án của trang.",
              headers: { ETag: { schema: { type: "string" } }, ...rateHeaders },
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["query", "adjustments", "total", "page", "pageSize", "pageCount", "facets", "items"],
                    properties: {
                      query: { type: "object", description: "Điều kiện đã áp dụng (mã không biết bị bỏ, trang đã giới hạn)." },
                      adjustments: {
                        type: "array",
                        description: "Những gì trong yêu cầu đã bị bỏ qua hay thay đổi.",
                        items: { type: "object", required: ["kind"], properties: { kind: { type: "string" } } },
                      },
                      total: { type: "integer", minimum: 0 },
                      page: { type: "integer", minimum: 1 },
                      pageSize: { type: "integer", const: PAGE_SIZE },
                      pageCount: { type: "integer", minimum: 1 },
                      facets: {
                        type: "object",
                        description: "Số dự án theo từng mã, nếu chọn mã đó (các bộ lọc khác giữ nguyên).",
                        properties: Object.fromEntries(
                          ["sector", "location", "form"].map((name) => [
                            name,
                            { type: "object", additionalProperties: { type: "integer" } },
                          ]),
                        ),
                      },
                      items: { type: "array", items: { $ref: "#/components/schemas/ProjectSummary" } },
                    },
                  },
                },
              },
            },
            ...CONDITIONAL_RESPONSES,
            "429": tooMany,
          },
        },
      },
      "/api/projects/export": {
        get: {
          operationId: "exportProjects",
          summary: "Mọi dự án đã công bố của một cách lọc, thành một tệp",
          description:
            "Cùng bộ lọc và thứ tự với /api/projects, không chia trang; truyền dần (streaming). CSV: UTF-8 có BOM. Excel: trang thứ hai là từ điển dữ liệu.",
          parameters: [
            ...CATALOGUE_PARAMETERS,
            {
              name: "format",
              in: "query",
              required: false,
              description: EXPORT_FORMAT_KEYS.map(
                (format) => `${format}: ${EXPORT_FORMATS[format].label} (${EXPORT_FORMATS[format].description})`,
              ).join("; "),
              schema: { type: "string", enum: EXPORT_FORMAT_KEYS, default: "csv" },
            },
          ],
          responses: {
            "200": {
              description: "Tệp tải về (Content-Disposition: attachment).",
              headers: { "X-Total-Count": { schema: { type: "integer" } }, ...rateHeaders },
              content: {
                "text/csv": { schema: { type: "string" } },
                [EXPORT_FORMATS.xlsx.contentType]: { schema: { type: "string", contentEncoding: "binary" } },
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["licence", "source", "generatedAt", "query", "total", "projects"],
                    properties: {
                      licence: { type: "object" },
                      source: { type: "string", format: "uri" },
                      generatedAt: { type: "string", format: "date-time" },
                      query: { type: "object" },
                      total: { type: "integer" },
                      projects: { type: "array", items: { $ref: "#/components/schemas/ExportedProject" } },
                    },
                  },
                },
              },
            },
            "400": { description: "Định dạng không hỗ trợ.", content: { "application/json": { schema: ERROR } } },
            "429": tooMany,
          },
        },
      },
      [OC4IDS_PATH]: {
        get: {
          operationId: "oc4idsPackage",
          summary: "Mọi dự án đã công bố của một cách lọc, thành một gói dự án OC4IDS",
          description: `Open Contracting for Infrastructure Data Standard, lược đồ ${OC4IDS_SCHEMA_RELEASE} (version "${OC4IDS_VERSION}"). Cùng bộ lọc và thứ tự với /api/projects, không chia trang; truyền dần (streaming). Trường của mẫu mà chuẩn chưa có nằm trong phần mở rộng investmentCall (${origin}${OC4IDS_PATH}/extension.json, lược đồ ${origin}${OC4IDS_PATH}/release-schema.json). Tham số lạ hoặc lặp lại: 400.`,
          externalDocs: {
            description: "OC4IDS: lược đồ và danh mục mã",
            url: "https://standard.open-contracting.org/infrastructure/latest/en/reference/schema/",
          },
          parameters: [
            ...CATALOGUE_PARAMETERS,
            {
              name: "download",
              in: "query",
              required: false,
              description: "1: trả về thành tệp tải về (Content-Disposition: attachment).",
              schema: { type: "string", enum: ["1", "true"] },
            },
            IF_NONE_MATCH,
          ],
          responses: {
            "200": {
              description: "Gói dự án OC4IDS (project package).",
              headers: {
                ETag: { schema: { type: "string" } },
                "X-Total-Count": { schema: { type: "integer" } },
                ...rateHeaders,
              },
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    description: `Theo project-package-schema.json của OC4IDS ${OC4IDS_SCHEMA_RELEASE}; mỗi dự án theo project-schema.json.`,
                    required: ["uri", "publishedDate", "publisher", "version", "projects"],
                    properties: {
                      uri: { type: "string", format: "uri" },
                      publishedDate: { type: "string", format: "date-time" },
                      publisher: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
                      license: { type: "string", format: "uri" },
                      publicationPolicy: { type: "string", format: "uri" },
                      version: { type: "string", const: OC4IDS_VERSION },
                      extensions: { type: "array", items: { type: "string", format: "uri" } },
                      projects: { type: "array", items: { type: "object", required: ["id"] } },
                    },
                  },
                },
              },
            },
            ...CONDITIONAL_RESPONSES,
            "400": { description: "Tham số không hợp lệ.", content: { "application/json": { schema: ERROR } } },
            "429": tooMany,
          },
        },
      },
      "/api/openapi.json": {
        get: {
          operationId: "openApiDocument",
          summary: "Tài liệu này",
          responses: { "200": { description: "OpenAPI 3.1.", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
    components: { schemas: { ProjectSummary: projectSummary, ExportedProject: exportedProject } },
  };
}
