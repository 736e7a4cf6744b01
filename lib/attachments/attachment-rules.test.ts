import { describe, expect, it } from "vitest";
import { checkAttachment, cleanFileName } from "./attachment-rules";

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
]);

describe("checkAttachment", () => {
  it("accepts a file whose bytes match its extension", async () => {
    expect(await checkAttachment("to-trinh.pdf", PDF)).toEqual({ ok: true, mimeType: "application/pdf", extension: "pdf" });
    expect(await checkAttachment("ban-do.PNG", PNG)).toMatchObject({ ok: true, mimeType: "image/png" });
  });

  it("refuses a file with a false extension", async () => {
    const script = new TextEncoder().encode("<script>alert(1)</script>");
    expect(await checkAttachment("bao-cao.pdf", script)).toMatchObject({
      ok: false,
      message: expect.stringContaining("đổi đuôi"),
    });
    expect(await checkAttachment("anh.jpg", PDF)).toMatchObject({ ok: false });
  });

  it("refuses types not on the list, empty and oversized files", async () => {
    expect(await checkAttachment("virus.exe", PDF)).toMatchObject({ ok: false, message: expect.stringContaining("Chỉ nhận") });
    expect(await checkAttachment("khong-duoi", PDF)).toMatchObject({ ok: false });
    expect(await checkAttachment("rong.pdf", new Uint8Array())).toEqual({ ok: false, message: "Tệp rỗng." });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF);
    expect(await checkAttachment("lon.pdf", big)).toEqual({ ok: false, message: "Tệp vượt quá 10 MB." });
  });
});

describe("cleanFileName", () => {
  it("drops folders, quotes and control characters but keeps Vietnamese", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName('C:\\tai lieu\\Tờ trình "số 1".pdf')).toBe("Tờ trình số 1.pdf");
    expect(cleanFileName("a\r\nb.pdf")).toBe("ab.pdf");
    expect(cleanFileName("")).toBe("tep-dinh-kem");
  });

  it("drops the invisible characters that make a name read other than it is", () => {
    // "hoa-don-\u202Efdp.exe" shows as "hoa-don-exe.pdf"; the cleaned name shows what it ends with.
    expect(cleanFileName("hoa-don-\u202Efdp.exe")).toBe("hoa-don-fdp.exe");
    const invisible = [
      "\u202A",
      "\u202B",
      "\u202C",
      "\u202D",
      "\u202E",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200B",
      "\u200C",
      "\u200D",
      "\u200E",
      "\u200F",
      "\uFEFF",
    ];
    expect(cleanFileName(`Tờ${invisible.join("")} trình.pdf`)).toBe("Tờ trình.pdf");
    expect(cleanFileName(invisible.join(""))).toBe("tep-dinh-kem");
  });
});
