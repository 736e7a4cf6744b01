import { describe, expect, it } from "vitest";
import { draftSchema, projectFormSchema, stepSchemas } from "@/lib/projects/project-form-schema";
import { BOTH_OR_NEITHER, PROVINCE_BOUNDS, formatCoordinate, openStreetMapHref, parseCoordinate } from "./map-point";

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("parseCoordinate", () => {
  it("reads either mark as the decimal one, never as thousands", () => {
    expect(parseCoordinate("10.012")).toBe(10.012);
    expect(parseCoordinate("10,012")).toBe(10.012);
    expect(parseCoordinate(" 105.0809° ")).toBe(105.0809);
    expect(parseCoordinate("104")).toBe(104);
    expect(parseCoordinate("-0")).toBe(0);
  });

  it("refuses what is not one coordinate", () => {
    for (const text of ["", "abc", "10.0.1", "1.234,5", "10 012", "1e2", "10.0125, 105.08", "1000"]) {
      expect(parseCoordinate(text), text).toBeNull();
    }
  });
});

describe("the map point in the site step", () => {
  const site = stepSchemas.site;
  const filled = {
    locationCodes: ["rach-gia"],
    locationText: "Phường Vĩnh Thanh",
    infrastructure: "Đường, điện, nước",
    incentives: "Theo Luật Đầu tư",
  };

  it("may be left out", () => {
    const parsed = site.parse({ ...filled, latitude: "", longitude: "" });
    expect(parsed.latitude).toBeUndefined();
    expect(parsed.longitude).toBeUndefined();
  });

  it("keeps a point in Rạch Giá and one on Phú Quốc, typed either way", () => {
    expect(site.parse({ ...filled, latitude: "10,0125", longitude: "105.0809" })).toMatchObject({
      latitude: 10.0125,
      longitude: 105.0809,
    });
    expect(site.parse({ ...filled, latitude: "10.227", longitude: "103.964" })).toMatchObject({
      latitude: 10.227,
      longitude: 103.964,
    });
  });

  it("refuses a point outside the province with a message that says where it must be", () => {
    const hanoi = messagesOf(site.safeParse({ ...filled, latitude: "21.0285", longitude: "105.8542" }));
    expect(hanoi.latitude).toBe("Vĩ độ phải trong khoảng 9,2 đến 10,6 (trong tỉnh Kiên Giang)");
    expect(hanoi.longitude).toBe("Kinh độ phải trong khoảng 103,4 đến 105,6 (trong tỉnh Kiên Giang, kể cả Phú Quốc)");
    expect(PROVINCE_BOUNDS).toEqual({ south: 9.2, north: 10.6, west: 103.4, east: 105.6 });
  });

  it("refuses text and too many decimals", () => {
    const errors = messagesOf(site.safeParse({ ...filled, latitude: "mười", longitude: "105.12345678" }));
    expect(errors.latitude).toBe("Vĩ độ phải là số độ thập phân, ví dụ 10,0125");
    expect(errors.longitude).toBe("Kinh độ chỉ được có tối đa 6 chữ số thập phân");
  });

  it("wants both halves or neither, and marks the missing one", () => {
    expect(messagesOf(site.safeParse({ ...filled, latitude: "10.0125", longitude: "" }))).toEqual({ longitude: BOTH_OR_NEITHER });
    expect(messagesOf(site.safeParse({ ...filled, latitude: "", longitude: "105.08" }))).toEqual({ latitude: BOTH_OR_NEITHER });
  });

  it("is checked whole by the complete form even when other steps are still empty", () => {
    const errors = messagesOf(projectFormSchema.safeParse({ latitude: "10.0125" }));
    expect(errors.longitude).toBe(BOTH_OR_NEITHER);
  });

  it("may be half typed in a draft", () => {
    expect(draftSchema.parse({ latitude: "10.0125" })).toEqual({ latitude: 10.0125 });
  });
});

describe("showing a point", () => {
  it("writes the vi-VN way and links to OpenStreetMap", () => {
    expect(formatCoordinate(10.0125)).toBe("10,0125");
    expect(formatCoordinate(105.08091234)).toBe("105,080912");
    expect(openStreetMapHref({ latitude: 10.0125, longitude: 105.0809 })).toBe(
      "https://www.openstreetmap.org/?mlat=10.012500&mlon=105.080900#map=15/10.012500/105.080900",
    );
  });
});
