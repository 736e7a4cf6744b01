import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  PROJECT_FORM_DEFAULTS,
  PROJECT_FORM_STEPS,
  STEP_FIELDS,
  draftSchema,
  projectFormSchema,
  stepSchemas,
  type ProjectFormInput,
  type ProjectFormValues,
} from "./project-form-schema";

const validForm = {
  unitName: "Sở Giao thông vận tải tỉnh Kiên Giang",
  unitAddress: "Số 1 Nguyễn Trung Trực, phường Vĩnh Bảo, thành phố Rạch Giá",
  unitPhone: "0297 3862 549",
  unitFax: "0297.3862.550",
  unitEmail: "sgtvt@kiengiang.gov.vn",
  unitWebsite: "https://sgtvt.kiengiang.gov.vn",
  contactName: "Nguyễn Văn An",
  contactTitle: "Phó Giám đốc",
  sectorCode: "giao-thong",
  name: "Đường ven biển Rạch Giá – Hòn Đất – Kiên Lương",
  objectives: "Hình thành tuyến giao thông ven biển, kết nối các vùng kinh tế trọng điểm của tỉnh.",
  investmentFormCode: "ppp-bot",
  capitalTy: "1.250,5",
  capitalUsdMillion: "52,5",
  scale: "Chiều dài khoảng 60 km, mặt cắt ngang 4 làn xe.",
  areaHa: "120,75",
  durationYears: "25",
  implementationPlan: "2026–2027: chuẩn bị đầu tư.\n2028–2030: thi công và đưa vào khai thác.",
  legalBasis: "Luật Đầu tư năm 2020; Luật PPP năm 2020; Quy hoạch tỉnh Kiên Giang.",
  locationCodes: ["rach-gia", "hon-dat", "kien-luong"],
  locationText: "Dọc bờ biển từ TP. Rạch Giá đến huyện Kiên Lương",
  infrastructure: "Đã có tuyến QL80 song song; lưới điện trung thế dọc tuyến.",
  incentives: "Ưu đãi theo Nghị định 31/2021/NĐ-CP.",
  socialEfficiency: "Tạo việc làm cho khoảng 2.000 lao động địa phương.",
  dossierSubmission: "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang, 36 Nguyễn Hùng Sơn, Rạch Giá",
} satisfies ProjectFormInput;

type Field = keyof typeof validForm;

/** The first message for a field, after parsing `validForm` with `changes` applied. */
function messageFor(field: string, changes: Record<string, unknown>, schema: z.ZodType = projectFormSchema) {
  const result = schema.safeParse({ ...validForm, ...changes });
  expect(result.success).toBe(false);
  return result.error?.issues.find((issue) => issue.path[0] === field)?.message;
}

function without(field: Field) {
  const copy: Record<string, unknown> = { ...validForm };
  delete copy[field];
  return copy;
}

describe("projectFormSchema", () => {
  it("accepts a complete form and gives the values the server stores", () => {
    const result = projectFormSchema.safeParse(validForm);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toMatchObject({
      capitalTy: 1250.5,
      capitalUsdMillion: 52.5,
      areaHa: 120.75,
      durationYears: 25,
      locationCodes: ["rach-gia", "hon-dat", "kien-luong"],
      unitWebsite: "https://sgtvt.kiengiang.gov.vn",
    });
  });

  it("is the union of the five step schemas, and every step validates its own fields", () => {
    const stepFields = Object.values(STEP_FIELDS).flat().sort();
    expect(Object.keys(PROJECT_FORM_DEFAULTS).sort()).toEqual(stepFields);
    expect(stepFields).toHaveLength(new Set(stepFields).size);
    for (const [key, names] of Object.entries(STEP_FIELDS)) {
      const schema = stepSchemas[key as keyof typeof STEP_FIELDS];
      const values = Object.fromEntries(names.map((name) => [name, (validForm as Record<string, unknown>)[name]]));
      expect(schema.safeParse(values).success, key).toBe(true);
    }
    expect(stepSchemas.review).toBe(projectFormSchema);
  });

  it("names the six steps in order", () => {
    expect(PROJECT_FORM_STEPS.map((s) => [s.number, s.key, s.title])).toEqual([
      [1, "unit", "Đơn vị đề xuất"],
      [2, "general", "Thông tin chung"],
      [3, "scale", "Quy mô và tiến độ"],
      [4, "site", "Địa điểm và hạ tầng"],
      [5, "impact", "Hiệu quả và hồ sơ"],
      [6, "review", "Xem lại và gửi"],
    ]);
  });

  const requiredMessages: [Field, string][] = [
    ["unitName", "Vui lòng nhập tên đơn vị"],
    ["unitAddress", "Vui lòng nhập địa chỉ"],
    ["unitPhone", "Vui lòng nhập số điện thoại"],
    ["unitEmail", "Vui lòng nhập email"],
    ["contactName", "Vui lòng nhập người liên hệ"],
    ["contactTitle", "Vui lòng nhập chức vụ"],
    ["sectorCode", "Vui lòng chọn ngành / lĩnh vực"],
    ["name", "Vui lòng nhập tên dự án"],
    ["objectives", "Vui lòng nhập mục tiêu dự án"],
    ["investmentFormCode", "Vui lòng chọn hình thức đầu tư"],
    ["capitalTy", "Vui lòng nhập tổng vốn đầu tư"],
    ["scale", "Vui lòng nhập quy mô dự án"],
    ["durationYears", "Vui lòng nhập thời hạn dự án"],
    ["implementationPlan", "Vui lòng nhập kế hoạch triển khai dự án"],
    ["legalBasis", "Vui lòng nhập căn cứ xây dựng dự án"],
    ["locationCodes", "Chọn ít nhất một địa bàn"],
    ["locationText", "Vui lòng nhập địa điểm dự án"],
    ["infrastructure", "Vui lòng nhập hạ tầng tại địa điểm"],
    ["incentives", "Vui lòng nhập điều kiện hoặc ưu đãi đầu tư"],
    ["socialEfficiency", "Vui lòng nhập hiệu quả xã hội của dự án"],
    ["dossierSubmission", "Vui lòng nhập địa điểm nộp hồ sơ đăng ký đầu tư"],
  ];

  it.each(requiredMessages)("requires %s when it is missing, empty or blank", (field, message) => {
    const empty = field === "locationCodes" ? [] : "";
    for (const input of [without(field), { ...validForm, [field]: empty }]) {
      const result = projectFormSchema.safeParse(input);
      expect(result.success).toBe(false);
      // Only the field itself is reported, on its own path, with the required message.
      expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[[field], message]]);
    }
    if (field !== "locationCodes") expect(messageFor(field, { [field]: "  \n\t " })).toBe(message);
  });

  it("lets fax, website, USD capital and area be left out", () => {
    const result = projectFormSchema.safeParse({
      ...without("unitFax"),
      unitWebsite: "",
      capitalUsdMillion: "",
      areaHa: undefined,
    });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ unitFax: "", unitWebsite: "" });
    expect(result.data?.capitalUsdMillion).toBeUndefined();
    expect(result.data?.areaHa).toBeUndefined();
    // valueAsNumber gives NaN for an empty number input.
    expect(projectFormSchema.safeParse({ ...validForm, areaHa: Number.NaN }).data?.areaHa).toBeUndefined();
  });

  it("trims every string", () => {
    const data = projectFormSchema.parse({
      ...validForm,
      name: "  Cảng cá Tắc Cậu  ",
      unitEmail: " sgtvt@kiengiang.gov.vn ",
      sectorCode: " giao-thong ",
    });
    expect(data.name).toBe("Cảng cá Tắc Cậu");
    expect(data.unitEmail).toBe("sgtvt@kiengiang.gov.vn");
    expect(data.sectorCode).toBe("giao-thong");
  });

  it("enforces the minimum lengths of the name and the objectives", () => {
    expect(messageFor("name", { name: "Cầu" })).toBe("Tên dự án phải có ít nhất 5 ký tự");
    expect(messageFor("objectives", { objectives: "Quá ngắn" })).toBe("Mục tiêu dự án phải có ít nhất 20 ký tự");
  });
});

describe("English name and summary", () => {
  it("are optional, and left out or empty they are null (not given), on submit and in a draft", () => {
    expect(projectFormSchema.parse(validForm)).toMatchObject({ nameEn: null, summaryEn: null });
    const emptied = { ...validForm, nameEn: "", summaryEn: "  \n " };
    expect(projectFormSchema.parse(emptied)).toMatchObject({ nameEn: null, summaryEn: null });
    expect(projectFormSchema.parse({ ...validForm, nameEn: null, summaryEn: null })).toMatchObject({ nameEn: null });
    expect(draftSchema.parse({ nameEn: "", summaryEn: " " })).toEqual({ nameEn: null, summaryEn: null });
    // A draft that does not send them leaves the stored ones alone.
    expect(draftSchema.parse({ name: "Cầu" })).not.toHaveProperty("nameEn");
  });

  it("are trimmed and kept as given", () => {
    const data = projectFormSchema.parse({
      ...validForm,
      nameEn: "  Rach Gia – Hon Dat – Kien Luong coastal road ",
      summaryEn: "\tA 60 km four-lane coastal road.\r\nPPP (BOT) contract.  ",
    });
    expect(data.nameEn).toBe("Rach Gia – Hon Dat – Kien Luong coastal road");
    expect(data.summaryEn).toBe("A 60 km four-lane coastal road.\nPPP (BOT) contract.");
  });

  it("are held to the Vietnamese name's length and 2,000 characters, in Vietnamese", () => {
    expect(projectFormSchema.safeParse({ ...validForm, nameEn: "x".repeat(300), summaryEn: "y".repeat(2000) }).success).toBe(
      true,
    );
    expect(messageFor("nameEn", { nameEn: "x".repeat(301) })).toBe("Tối đa 300 ký tự");
    expect(messageFor("summaryEn", { summaryEn: "y".repeat(2001) })).toBe("Tối đa 2.000 ký tự");
    expect(messageFor("summaryEn", { summaryEn: "y".repeat(2001) }, draftSchema)).toBe("Tối đa 2.000 ký tự");
  });

  it("keep the name on one line and refuse what is not text", () => {
    expect(messageFor("nameEn", { nameEn: "Coastal\nroad" })).toBe("Tên dự án bằng tiếng Anh chứa ký tự không hợp lệ");
    expect(messageFor("summaryEn", { summaryEn: 42 })).toBe("Tóm tắt dự án bằng tiếng Anh không hợp lệ");
  });

  it("are typed as text or null for the server", () => {
    expectTypeOf<ProjectFormValues["nameEn"]>().toEqualTypeOf<string | null>();
    expectTypeOf<ProjectFormValues["summaryEn"]>().toEqualTypeOf<string | null>();
  });
});

describe("capital (tỷ đồng)", () => {
  it.each([
    ["1.250,5", 1250.5],
    ["1250.5", 1250.5],
    ["1250,5", 1250.5],
    ["1.250", 1250],
    ["1 250,5", 1250.5],
    ["0,125", 0.125],
    [1250.5, 1250.5],
    ["1.000.000", 1_000_000],
  ])("reads %j as %d", (input, expected) => {
    expect(projectFormSchema.parse({ ...validForm, capitalTy: input }).capitalTy).toBe(expected);
  });

  it.each([
    [-5, "Tổng vốn đầu tư phải lớn hơn 0"],
    ["-5", "Tổng vốn đầu tư phải lớn hơn 0"],
    [0, "Tổng vốn đầu tư phải lớn hơn 0"],
    ["0", "Tổng vốn đầu tư phải lớn hơn 0"],
    ["abc", "Tổng vốn đầu tư phải là số (tỷ đồng, ví dụ 1.250,5)"],
    ["12 tỷ", "Tổng vốn đầu tư phải là số (tỷ đồng, ví dụ 1.250,5)"],
    ["1e12", "Tổng vốn đầu tư phải là số (tỷ đồng, ví dụ 1.250,5)"],
    [1e12, "Tổng vốn đầu tư tối đa 1.000.000 tỷ đồng"],
    ["1.000.000.000.000", "Tổng vốn đầu tư tối đa 1.000.000 tỷ đồng"],
    [Number.POSITIVE_INFINITY, "Tổng vốn đầu tư tối đa 1.000.000 tỷ đồng"],
    ["1,2345", "Tổng vốn đầu tư chỉ được có tối đa 3 chữ số thập phân"],
    [true, "Tổng vốn đầu tư phải là số (tỷ đồng, ví dụ 1.250,5)"],
    [null, "Vui lòng nhập tổng vốn đầu tư"],
  ])("refuses %j", (input, message) => {
    expect(messageFor("capitalTy", { capitalTy: input })).toBe(message);
  });

  it("checks the optional USD figure the same way", () => {
    expect(projectFormSchema.parse({ ...validForm, capitalUsdMillion: "1.250,5" }).capitalUsdMillion).toBe(1250.5);
    expect(messageFor("capitalUsdMillion", { capitalUsdMillion: 0 })).toBe("Vốn đầu tư (triệu USD) phải lớn hơn 0");
    expect(messageFor("capitalUsdMillion", { capitalUsdMillion: "200.000" })).toBe("Vốn đầu tư tối đa 100.000 triệu USD");
    expect(messageFor("areaHa", { areaHa: "-1" })).toBe("Diện tích phải lớn hơn 0");
  });
});

describe("duration (years)", () => {
  it.each([1, 50, 70, "70", " 25 "])("accepts %j", (input) => {
    expect(projectFormSchema.safeParse({ ...validForm, durationYears: input }).success).toBe(true);
  });

  it.each([
    [0, "Thời hạn dự án phải từ 1 đến 70 năm"],
    [100, "Thời hạn dự án phải từ 1 đến 70 năm"],
    [71, "Thời hạn dự án phải từ 1 đến 70 năm"],
    ["-1", "Thời hạn dự án phải từ 1 đến 70 năm"],
    [2.5, "Thời hạn dự án phải là số năm nguyên"],
    ["2,5", "Thời hạn dự án phải là số năm nguyên"],
    ["hai mươi", "Thời hạn dự án phải là số năm"],
  ])("refuses %j", (input, message) => {
    expect(messageFor("durationYears", { durationYears: input })).toContain(message);
  });

  it("explains the Law on Investment caps", () => {
    const message = messageFor("durationYears", { durationYears: 100 });
    expect(message).toContain("Luật Đầu tư");
    expect(message).toContain("50 năm");
  });
});

describe("unit contact fields", () => {
  it.each(["sgtvt@", "sgtvt@kiengiang", "sgtvt kiengiang.gov.vn", "<a@b.vn>", `${"a".repeat(250)}@b.vn`])(
    "refuses the email %j",
    (input) => {
      expect(messageFor("unitEmail", { unitEmail: input })).toBe("Email không hợp lệ");
    },
  );

  it.each(["0297 3862 549", "0297.3862.549", "0913-123-456", "+84 913 123 456", "+84913123456", "02973862549"])(
    "accepts the phone %j",
    (input) => {
      expect(projectFormSchema.safeParse({ ...validForm, unitPhone: input, unitFax: input }).success).toBe(true);
    },
  );

  it.each(["abc", "123", "0297 3862 549 1234 5678", "+1 202 555 0100", "0297--3862549", "0297 3862 549 ext 2", "+84"])(
    "refuses the phone %j",
    (input) => {
      expect(messageFor("unitPhone", { unitPhone: input })).toBe("Số điện thoại không hợp lệ");
      expect(messageFor("unitFax", { unitFax: input })).toBe("Số fax không hợp lệ");
    },
  );

  it("accepts a bare domain as the website and refuses other schemes", () => {
    const parse = (unitWebsite: string) => projectFormSchema.safeParse({ ...validForm, unitWebsite });
    expect(parse("sgtvt.kiengiang.gov.vn").data?.unitWebsite).toBe("https://sgtvt.kiengiang.gov.vn");
    expect(parse("http://kiengiang.gov.vn/vi/so-gtvt").data?.unitWebsite).toBe("http://kiengiang.gov.vn/vi/so-gtvt");
    for (const bad of [
      "javascript:alert(1)",
      "ftp://kiengiang.gov.vn",
      "https://kiengiang.gov.vn@evil.example",
      "https://127.0.0.1",
      "https://localhost",
      "kiengiang gov vn",
      "data:text/html,<script>alert(1)</script>",
    ]) {
      expect(parse(bad).error?.issues[0]?.message, bad).toBe("Website phải là địa chỉ http:// hoặc https:// hợp lệ");
    }
  });
});

describe("codes", () => {
  it("accepts slug codes only", () => {
    expect(messageFor("sectorCode", { sectorCode: "Giao Thông" })).toBe("Ngành / lĩnh vực không hợp lệ");
    expect(messageFor("investmentFormCode", { investmentFormCode: "x".repeat(65) })).toBe("Hình thức đầu tư không hợp lệ");
  });

  it("takes 1 to 15 distinct locations", () => {
    const many = Array.from({ length: 16 }, (_, i) => `dia-ban-${i}`);
    expect(messageFor("locationCodes", { locationCodes: many })).toBe("Chọn tối đa 15 địa bàn");
    expect(projectFormSchema.safeParse({ ...validForm, locationCodes: many.slice(0, 15) }).success).toBe(true);
    expect(messageFor("locationCodes", { locationCodes: ["rach-gia", "rach-gia"] })).toBe("Mỗi địa bàn chỉ được chọn một lần");
    expect(messageFor("locationCodes", { locationCodes: "rach-gia" })).toBe("Danh sách địa bàn không hợp lệ");
    const result = projectFormSchema.safeParse({ ...validForm, locationCodes: ["rach-gia", "../etc"] });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[["locationCodes", 1], "Mã địa bàn không hợp lệ"]]);
  });
});

describe("text rules", () => {
  it("fails a 20,000-character text with the limit, without throwing", () => {
    const huge = "Đ".repeat(20_000);
    expect(messageFor("infrastructure", { infrastructure: huge })).toBe("Tối đa 5.000 ký tự");
    expect(messageFor("objectives", { objectives: huge })).toBe("Tối đa 10.000 ký tự");
    expect(messageFor("locationText", { locationText: huge })).toBe("Tối đa 2.000 ký tự");
    expect(messageFor("name", { name: huge })).toBe("Tối đa 300 ký tự");
    expect(messageFor("unitEmail", { unitEmail: huge })).toBe("Email không hợp lệ");
    expect(messageFor("unitPhone", { unitPhone: huge })).toBe("Số điện thoại không hợp lệ");
    expect(messageFor("unitWebsite", { unitWebsite: huge })).toBe("Tối đa 2.000 ký tự");
    expect(messageFor("capitalTy", { capitalTy: "9".repeat(20_000) })).toBe(
      "Tổng vốn đầu tư phải là số (tỷ đồng, ví dụ 1.250,5)",
    );
    // Exactly at the limit is fine.
    expect(projectFormSchema.safeParse({ ...validForm, infrastructure: "a".repeat(5000) }).success).toBe(true);
  });

  it("keeps HTML verbatim as text", () => {
    const script = "<script>alert(1)</script>";
    const data = projectFormSchema.parse({ ...validForm, name: script, incentives: `Ưu đãi ${script} & <b>thuế</b>` });
    expect(data.name).toBe(script);
    expect(data.incentives).toBe(`Ưu đãi ${script} & <b>thuế</b>`);
  });

  it("keeps newlines and tabs in long text, normalising CRLF, and refuses other control characters", () => {
    expect(projectFormSchema.parse({ ...validForm, legalBasis: "Luật Đầu tư\r\n\t- Điều 44" }).legalBasis).toBe(
      "Luật Đầu tư\n\t- Điều 44",
    );
    expect(messageFor("legalBasis", { legalBasis: "Luật\u0000Đầu tư" })).toBe("Căn cứ xây dựng dự án chứa ký tự không hợp lệ");
    expect(messageFor("legalBasis", { legalBasis: "Luật\u001bĐầu tư" })).toBe("Căn cứ xây dựng dự án chứa ký tự không hợp lệ");
    expect(messageFor("legalBasis", { legalBasis: "Luật \ud800 Đầu tư" })).toBe("Căn cứ xây dựng dự án chứa ký tự không hợp lệ");
    // Single-line fields take no line breaks either.
    expect(messageFor("name", { name: "Cảng cá\nTắc Cậu" })).toBe("Tên dự án chứa ký tự không hợp lệ");
  });

  it("removes invisible formatting that could disguise a name, and then counts what is left", () => {
    const data = projectFormSchema.parse({
      ...validForm,
      name: "Cảng cá\u202E Tắc\u200B Cậu\uFEFF",
      objectives: `\u2066${validForm.objectives}\u2069`,
    });
    expect(data.name).toBe("Cảng cá Tắc Cậu");
    expect(data.objectives).toBe(validForm.objectives);
    expect(messageFor("name", { name: "\u200B\u200B\u200Bab\u200B" })).toBe("Tên dự án phải có ít nhất 5 ký tự");
  });

  it("stores Vietnamese letters composed (NFC)", () => {
    const decomposed = "Cảng cá Tắc Cậu".normalize("NFD");
    expect(projectFormSchema.parse({ ...validForm, name: decomposed }).name).toBe("Cảng cá Tắc Cậu".normalize("NFC"));
  });

  it("refuses a non-string value with a message", () => {
    expect(messageFor("name", { name: 12345 })).toBe("Tên dự án không hợp lệ");
    expect(messageFor("objectives", { objectives: { toString: "x" } })).toBe("Mục tiêu dự án không hợp lệ");
  });
});

describe("server-owned fields", () => {
  it.each(["status", "organizationId", "version", "slug", "publishedAt", "__proto__x"])("rejects the unknown key %s", (key) => {
    const result = projectFormSchema.safeParse({ ...validForm, [key]: "PUBLISHED" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "unrecognized_keys", path: [], message: `Biểu mẫu có trường không được phép: ${key}` }),
    ]);
    expect(draftSchema.safeParse({ [key]: "PUBLISHED" }).success).toBe(false);
    expect(stepSchemas.unit.safeParse({ ...without("name"), [key]: 1 }).success).toBe(false);
  });

  it("rejects a step's data that carries another step's fields", () => {
    expect(stepSchemas.general.safeParse(validForm).success).toBe(false);
  });
});

describe("draftSchema", () => {
  it("accepts an empty or half-filled draft", () => {
    expect(draftSchema.safeParse({}).success).toBe(true);
    expect(draftSchema.safeParse(PROJECT_FORM_DEFAULTS).success).toBe(true);
    const data = draftSchema.parse({ name: "Cầu", capitalTy: "", durationYears: "", locationCodes: [], unitEmail: "" });
    expect(data).toEqual({ name: "Cầu", capitalTy: undefined, durationYears: undefined, locationCodes: [], unitEmail: "" });
    expect(draftSchema.safeParse(validForm).success).toBe(true);
  });

  it("still refuses garbage", () => {
    expect(messageFor("unitEmail", { unitEmail: "not-an-email" }, draftSchema)).toBe("Email không hợp lệ");
    const issues = (input: object) => draftSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ unitEmail: "not-an-email" })).toEqual([["unitEmail", "Email không hợp lệ"]]);
    expect(issues({ unitPhone: "abc" })).toEqual([["unitPhone", "Số điện thoại không hợp lệ"]]);
    expect(issues({ unitWebsite: "javascript:alert(1)" })).toEqual([
      ["unitWebsite", "Website phải là địa chỉ http:// hoặc https:// hợp lệ"],
    ]);
    expect(issues({ capitalTy: "-1" })).toEqual([["capitalTy", "Tổng vốn đầu tư phải lớn hơn 0"]]);
    expect(issues({ durationYears: 100 })?.[0]?.[1]).toContain("Thời hạn dự án phải từ 1 đến 70 năm");
    expect(issues({ sectorCode: "DROP TABLE" })).toEqual([["sectorCode", "Ngành / lĩnh vực không hợp lệ"]]);
    expect(issues({ scale: "x".repeat(20_000) })).toEqual([["scale", "Tối đa 2.000 ký tự"]]);
    expect(issues({ name: 5 })).toEqual([["name", "Tên dự án không hợp lệ"]]);
  });
});

describe("hostile input", () => {
  it("never makes safeParse throw, whatever the strings", () => {
    const fieldNames = Object.keys(PROJECT_FORM_DEFAULTS);
    const anyString = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.string({ maxLength: 20_000 }),
    );
    const anyValue = fc.oneof(
      anyString,
      fc.double(),
      fc.integer(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(anyString, { maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fieldNames), anyValue), anyString, anyString, (partial, a, b) => {
        for (const schema of [projectFormSchema, draftSchema, ...Object.values(stepSchemas)]) {
          const result = schema.safeParse({ ...validForm, ...partial });
          if (!result.success) {
            for (const issue of result.error.issues) expect(issue.message).toMatch(/\S/);
          }
          expect(() => schema.safeParse({ ...partial, [a]: b })).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never lets a string through that is not clean text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (value) => {
        const result = projectFormSchema.safeParse({ ...validForm, incentives: value });
        if (result.success) {
          expect(result.data.incentives.length).toBeGreaterThan(0);
          expect(result.data.incentives.length).toBeLessThanOrEqual(5000);
          expect(result.data.incentives).toBe(result.data.incentives.trim());
          expect(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\p{Cs}/u.test(result.data.incentives)).toBe(false);
        }
      }),
    );
  });
});

describe("types", () => {
  it("exposes the input (form) and output (server) shapes", () => {
    expectTypeOf<ProjectFormInput["capitalTy"]>().toEqualTypeOf<string | number>();
    expectTypeOf<ProjectFormValues["capitalTy"]>().toEqualTypeOf<number>();
    expectTypeOf<ProjectFormValues["durationYears"]>().toEqualTypeOf<number>();
    expectTypeOf<ProjectFormValues["areaHa"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ProjectFormValues["unitFax"]>().toEqualTypeOf<string>();
    expectTypeOf<ProjectFormValues["locationCodes"]>().toEqualTypeOf<string[]>();
  });
});
