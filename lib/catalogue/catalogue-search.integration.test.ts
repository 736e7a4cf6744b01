import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { tyToVnd } from "@/lib/format/money";
import { projectSearchFields } from "@/lib/projects/search-text";
import { searchPhrase, searchTerms } from "@/lib/search/fold-vietnamese";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { writeGeneratedProjects } from "@/scripts/bench/generated-projects";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { SORT_OPTIONS, type CatalogueSort } from "./catalogue-sort";
import type { FacetName, ResolvedFilters } from "./published-where";
import { FIELD_WEIGHTS, PHRASE_FACTOR } from "./relevance";

// The SQL search must give exactly what the rules say, on each database: the expected answer is
// computed here in plain TypeScript from every row, and compared with the database's for many
// queries over a few hundred generated projects.
const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let findCatalogueMatches: typeof import("./catalogue-search").findCatalogueMatches;

interface Row {
  id: string;
  status: string;
  slug: string | null;
  searchText: string;
  sectorId: string | null;
  investmentFormId: string | null;
  capitalVnd: bigint | null;
  publishedAt: Date | null;
  lastConfirmedAt: Date | null;
  nameSort: string;
  objectivesSearch: string;
  locations: { locationId: string }[];
}

let rows: Row[];
let ids: { sector: Record<string, string>; location: Record<string, string>; form: Record<string, string> };

const PAGE_SIZE = 20;

function compareNullable<T extends string | number | bigint>(a: T | null, b: T | null, direction: 1 | -1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1; // nulls last
  return a < b ? -direction : a > b ? direction : 0;
}

const time = (date: Date | null) => date?.getTime() ?? null;

/** Where a folded word or phrase occurs first: name, objectives, other text; whole word, then part. */
function placeWeight(row: Row, needle: string): number {
  const places = [
    [row.nameSort, FIELD_WEIGHTS.name],
    [row.objectivesSearch, FIELD_WEIGHTS.objectives],
    [row.searchText, FIELD_WEIGHTS.other],
  ] as const;
  for (const [text, weight] of places) {
    if (` ${text} `.includes(` ${needle} `)) return weight.word;
    if (text.includes(needle)) return weight.part;
  }
  return 0;
}

/** Each word scores where it is found; the words together, as typed, outrank any sum of them. */
function relevance(row: Row, q: string): number {
  const phrase = searchPhrase(q);
  const words = searchTerms(q).reduce((sum, term) => sum + placeWeight(row, term), 0);
  return words + (phrase === null ? 0 : PHRASE_FACTOR * placeWeight(row, phrase));
}

const SORT_KEYS: Record<CatalogueSort, (a: Row, b: Row, q: string) => number> = {
  relevance: (a, b, q) => relevance(b, q) - relevance(a, q) || SORT_KEYS.newest(a, b, q),
  newest: (a, b) => compareNullable(time(a.publishedAt), time(b.publishedAt), -1),
  updated: (a, b) => compareNullable(time(a.lastConfirmedAt), time(b.lastConfirmedAt), -1),
  "capital-desc": (a, b) => compareNullable(a.capitalVnd, b.capitalVnd, -1),
  "capital-asc": (a, b) => compareNullable(a.capitalVnd, b.capitalVnd, 1),
  name: (a, b) => compareNullable(a.nameSort, b.nameSort, 1),
};

/** The rules, read plainly: published, every folded word in the text, every other filter. */
function expected(filters: ResolvedFilters, sort: CatalogueSort, page: number) {
  const terms = searchTerms(filters.q);
  const base = rows.filter(
    (row) =>
      row.status === "PUBLISHED" &&
      row.slug !== null &&
      terms.every((term) => row.searchText.includes(term)) &&
      (filters.minCapital === undefined || (row.capitalVnd ?? -1n) >= tyToVnd(filters.minCapital)) &&
      (filters.maxCapital === undefined || (row.capitalVnd !== null && row.capitalVnd <= tyToVnd(filters.maxCapital))),
  );
  const keep = (row: Row, omit?: FacetName) =>
    (omit === "sector" || !filters.sectorId || row.sectorId === filters.sectorId) &&
    (omit === "form" || !filters.formId || row.investmentFormId === filters.formId) &&
    (omit === "location" || !filters.locationId || row.locations.some((l) => l.locationId === filters.locationId));
  const count = (keys: (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const matching = base.filter((row) => keep(row));
  const sorted = [...matching].sort((a, b) => SORT_KEYS[sort](a, b, filters.q) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    total: matching.length,
    facets: {
      sector: count(base.filter((row) => keep(row, "sector")).map((row) => row.sectorId)),
      form: count(base.filter((row) => keep(row, "form")).map((row) => row.investmentFormId)),
      location: count(base.filter((row) => keep(row, "location")).flatMap((row) => row.locations.map((l) => l.locationId))),
    },
    pageIds: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((row) => row.id),
  };
}

async function loadRows(): Promise<void> {
  rows = await prisma.project.findMany({
    select: {
      id: true,
      status: true,
      slug: true,
      searchText: true,
      sectorId: true,
      investmentFormId: true,
      capitalVnd: true,
      publishedAt: true,
      lastConfirmedAt: true,
      nameSort: true,
      objectivesSearch: true,
      locations: { select: { locationId: true } },
    },
  });
}

beforeAll(async () => {
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  await writeGeneratedProjects(prisma, 400);
  // Some rows the public must never see, and equal sort keys to test the tie-break.
  await prisma.project.updateMany({ where: { id: { in: ["bench-0000001", "bench-0000002"] } }, data: { status: "DRAFT" } });
  await prisma.project.update({ where: { id: "bench-0000003" }, data: { slug: null } });
  const sample = await prisma.project.findUniqueOrThrow({ where: { id: "bench-0000010" } });
  await prisma.project.updateMany({
    where: { id: { in: ["bench-0000011", "bench-0000012"] } },
    data: { publishedAt: sample.publishedAt, capitalVnd: sample.capitalVnd, lastConfirmedAt: null },
  });
  await loadRows();
  const byCode = async (table: "sector" | "location" | "investmentForm") =>
    Object.fromEntries((await (prisma[table] as typeof prisma.sector).findMany()).map((row) => [row.code, row.id])) as Record<
      string,
      string
    >;
  ids = { sector: await byCode("sector"), location: await byCode("location"), form: await byCode("investmentForm") };
  ({ findCatalogueMatches } = await import("./catalogue-search"));
});

describe("findCatalogueMatches", () => {
  const cases: { label: string; filters: () => ResolvedFilters }[] = [
    { label: "everything", filters: () => ({ q: "" }) },
    { label: "a keyword with diacritics", filters: () => ({ q: "Sinh Thái" }) },
    { label: "a keyword without", filters: () => ({ q: "sinh thai" }) },
    { label: "a short word (no trigram)", filters: () => ({ q: "ca" }) },
    { label: "short and long words together", filters: () => ({ q: "ha tien khu" }) },
    { label: "a part of a word", filters: () => ({ q: "ien" }) },
    { label: "a word nobody wrote", filters: () => ({ q: "zzzkhongco" }) },
    {
      label: "sector + location + keyword",
      filters: () => ({ q: "sinh thai", sectorId: ids.sector["du-lich"], locationId: ids.location["rach-gia"] }),
    },
    { label: "sector + form", filters: () => ({ q: "", sectorId: ids.sector["nang-luong"], formId: ids.form["ppp-bot"] }) },
    { label: "location only", filters: () => ({ q: "", locationId: ids.location["kien-hai"] }) },
    { label: "capital range + keyword", filters: () => ({ q: "nha may", minCapital: 50, maxCapital: 2000 }) },
    {
      label: "all filters",
      filters: () => ({
        q: "xa",
        sectorId: ids.sector["thuy-san"],
        locationId: ids.location["an-bien"],
        formId: ids.form["trong-nuoc"],
        minCapital: 10,
      }),
    },
    { label: "a place typed as people type it", filters: () => ({ q: "phu quoc" }) },
    { label: "the same words in the other order", filters: () => ({ q: "quoc phu" }) },
    { label: "the investment form's name", filters: () => ({ q: "PPP – BOT" }) },
    { label: "the proposing unit", filters: () => ({ q: "phát triển nông thôn" }) },
    { label: "the legal basis", filters: () => ({ q: "luat dau tu 61 2020" }) },
    { label: "whole words and parts of words", filters: () => ({ q: "dong an" }) },
  ];

  for (const { label, filters } of cases) {
    it(`gives what the rules say: ${label}`, async () => {
      const request = filters();
      for (const sort of SORT_OPTIONS) {
        for (const page of [1, 2]) {
          const actual = await findCatalogueMatches(request, sort, page, PAGE_SIZE);
          expect(actual, `${sort}, page ${page}`).toEqual(expected(request, sort, page));
        }
      }
    });
  }

  it("the cases are not trivial: they find some projects and not others", () => {
    const totals = cases.map(({ filters }) => expected(filters(), "newest", 1).total);
    expect(totals[0]).toBe(397);
    expect(totals.filter((total) => total > 0 && total < 397).length).toBeGreaterThanOrEqual(12);
    expect(totals).toContain(0);
  });

  it("the ranking is not trivial: it reorders the matches and puts the words as typed first", () => {
    const byRelevance = expected({ q: "phu quoc" }, "relevance", 1).pageIds;
    expect(byRelevance).not.toEqual(expected({ q: "phu quoc" }, "newest", 1).pageIds);
    const named = rows.filter(
      (row) => row.status === "PUBLISHED" && row.slug !== null && ` ${row.nameSort} `.includes(" phu quoc "),
    );
    expect(named.length).toBeGreaterThan(0);
    const namedIds = new Set(named.map((row) => row.id));
    expect(byRelevance.slice(0, Math.min(named.length, PAGE_SIZE)).every((id) => namedIds.has(id))).toBe(true);
  });

  it("follows the projects' text as it changes and as projects go", async () => {
    const target = rows.find((row) => row.status === "PUBLISHED" && row.slug !== null)!;
    const { searchText } = projectSearchFields({
      name: "Bến du thuyền Quỳnh Châu",
      objectives: "",
      locationText: "",
      legalBasis: "",
      unitName: "",
    });
    await prisma.project.update({ where: { id: target.id }, data: { searchText } });
    expect((await findCatalogueMatches({ q: "quynh chau" }, "newest", 1, PAGE_SIZE)).pageIds).toEqual([target.id]);
    expect(
      (await findCatalogueMatches({ q: target.searchText.split(" ").slice(0, 6).join(" ") }, "newest", 1, PAGE_SIZE)).pageIds,
    ).not.toContain(target.id);

    await prisma.projectLocation.deleteMany({ where: { projectId: target.id } });
    await prisma.project.delete({ where: { id: target.id } });
    expect((await findCatalogueMatches({ q: "quynh chau" }, "newest", 1, PAGE_SIZE)).total).toBe(0);
  });
});
