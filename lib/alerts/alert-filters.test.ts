import { describe, expect, it } from "vitest";
import { tyToVnd } from "@/lib/format/money";
import { foldVietnamese } from "@/lib/search/fold-vietnamese";
import {
  alertFiltersOf,
  alertQueryString,
  describeAlertFilters,
  matchesAlert,
  parseAlertQuery,
  type AlertCandidate,
} from "./alert-filters";

const resort: AlertCandidate = {
  searchText: foldVietnamese("Khu nghỉ dưỡng Bãi Trường Phú Quốc du lịch sinh thái biển"),
  sectorCode: "du-lich",
  formCode: "trong-nuoc",
  locationCodes: ["phu-quoc", "ha-tien"],
  capitalVnd: tyToVnd(1_500),
};

describe("the filters an alert saves", () => {
  it("are the catalogue's filters read by its own parser, without order or page, written as the catalogue writes them", () => {
    const filters = alertFiltersOf(
      new URLSearchParams("q=  Đường  ven biển &sector=du-lich&minCapital=1.000&maxCapital=2.500,5&sort=name&page=3"),
    );
    expect(filters).toEqual({
      q: "Đường ven biển",
      sector: "du-lich",
      location: undefined,
      form: undefined,
      minCapital: 1_000,
      maxCapital: 2_500.5,
    });
    expect(alertQueryString(filters)).toBe(
      "q=%C4%90%C6%B0%E1%BB%9Dng+ven+bi%E1%BB%83n&sector=du-lich&minCapital=1.000&maxCapital=2.500%2C5",
    );
    expect(parseAlertQuery(alertQueryString(filters))).toEqual(filters);
  });

  it("drop what the catalogue cannot use (junk codes and amounts), and save everything as the empty string", () => {
    expect(alertQueryString(alertFiltersOf({ sector: "<script>", minCapital: "nhiều" }))).toBe("");
    expect(alertQueryString(alertFiltersOf({}))).toBe("");
  });

  it("read in words for the mails and the form", () => {
    expect(
      describeAlertFilters(
        { q: "cảng", sector: "du-lich", location: "phu-quoc", minCapital: 100, maxCapital: 2_500.5 },
        { sector: "Du lịch", location: "Thành phố Phú Quốc" },
      ),
    ).toEqual([
      "Từ khóa: “cảng”",
      "Ngành: Du lịch",
      "Địa bàn: Thành phố Phú Quốc",
      "Vốn đầu tư: từ 100 tỷ đồng đến 2.500,5 tỷ đồng",
    ]);
    expect(describeAlertFilters({ q: "" })).toEqual([]);
  });
});

describe("whether a published project matches an alert", () => {
  const matches = (query: string, project: AlertCandidate = resort) => matchesAlert(parseAlertQuery(query), project);

  it("matches everything without filters", () => {
    expect(matches("")).toBe(true);
  });

  it("needs every keyword word in the folded text, with or without diacritics, in any order", () => {
    expect(matches("q=phu quoc")).toBe(true);
    expect(matches("q=Phú Quốc nghỉ dưỡng")).toBe(true);
    expect(matches("q=quoc phu")).toBe(true);
    expect(matches("q=phu quoc cang")).toBe(false);
  });

  it("needs the chosen sector, form and one of the locations", () => {
    expect(matches("sector=du-lich&form=trong-nuoc&location=ha-tien")).toBe(true);
    expect(matches("sector=giao-thong")).toBe(false);
    expect(matches("form=ppp-bot")).toBe(false);
    expect(matches("location=rach-gia")).toBe(false);
    expect(matches("sector=du-lich", { ...resort, sectorCode: null })).toBe(false);
  });

  it("keeps the capital range inclusive, in tỷ đồng, and never puts a project without a figure in a range", () => {
    expect(matches("minCapital=1.500")).toBe(true);
    expect(matches("maxCapital=1.500")).toBe(true);
    expect(matches("minCapital=1.500,001")).toBe(false);
    expect(matches("maxCapital=1.499,999")).toBe(false);
    expect(matches("minCapital=0", { ...resort, capitalVnd: null })).toBe(false);
    expect(matches("", { ...resort, capitalVnd: null })).toBe(true);
  });
});
