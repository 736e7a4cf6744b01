import "server-only";
import { db } from "@/lib/db/client";
import { databaseProvider, type DatabaseProvider } from "@/lib/db/database-url";
import { tyToVnd } from "@/lib/format/money";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchPhrase, searchTerms } from "@/lib/search/fold-vietnamese";
import type { CatalogueSort } from "./catalogue-sort";
import type { FacetName, ResolvedFilters } from "./published-where";
import { FIELD_WEIGHTS, PHRASE_FACTOR, type RankedField } from "./relevance";

/**
 * The catalogue's search, filters and facet counts over published projects, in one SQL statement
 * per page, written for the database in use:
 *  - a keyword is a folded word that must occur in the project's folded `searchText` (so "duong"
 *    finds "Đường"); words of three letters or more are looked up in a trigram index (SQLite: the
 *    FTS5 table "ProjectSearch"; PostgreSQL: pg_trgm's GIN index, which serves LIKE '%word%'), so a
 *    search never reads every project; shorter words are checked on the rows that remain;
 *  - the keyword's matches are computed once and reused by the total, the three facet counts
 *    (each leaving its own filter out, so every option shows what choosing it would give) and the
 *    page of ids; without a keyword each part goes through its own indexes instead;
 *  - "relevance" scores each match by where its words occur (relevance.ts), from the folded name,
 *    objectives and search text stored beside it, so the ranking too is the same on both databases.
 * Both databases return the same rows in the same order (integration tests check this against a
 * plain reading of the rules).
 */

export interface CatalogueMatches {
  total: number;
  facets: Record<FacetName, Map<string, number>>;
  /** Ids of the requested page, in display order. */
  pageIds: string[];
}

// Constant SQL only; every value from the request goes in as a bound parameter.
const ORDER: Record<CatalogueSort, (text: (column: string) => string) => string> = {
  relevance: (text) => `"relevance" DESC, "publishedAt" DESC NULLS LAST, ${text('"id"')} ASC`,
  newest: (text) => `"publishedAt" DESC NULLS LAST, ${text('"id"')} ASC`,
  updated: (text) => `"lastConfirmedAt" DESC NULLS LAST, ${text('"id"')} ASC`,
  "capital-desc": (text) => `"capitalVnd" DESC NULLS LAST, ${text('"id"')} ASC`,
  "capital-asc": (text) => `"capitalVnd" ASC NULLS LAST, ${text('"id"')} ASC`,
  name: (text) => `${text('"nameSort"')} ASC, ${text('"id"')} ASC`,
};

/** Text sorts by code point on both databases (PostgreSQL's default collation may not). */
function textOrder(provider: DatabaseProvider) {
  return (column: string) => (provider === "postgresql" ? `${column} COLLATE "C"` : column);
}

function keywordConditions(provider: DatabaseProvider, terms: string[]): Prisma.Sql[] {
  if (provider === "postgresql") return terms.map((term) => Prisma.sql`p."searchText" LIKE ${`%${term}%`}`);
  // Characters, not UTF-16 units, as FTS5 counts them: trigrams need three.
  const indexed = terms.filter((term) => [...term].length >= 3);
  const conditions = terms.filter((term) => [...term].length < 3).map((term) => Prisma.sql`instr(p."searchText", ${term}) > 0`);
  if (indexed.length > 0) {
    // Folded words hold only letters and digits, so quoting each as an FTS5 string is exact.
    const match = indexed.map((term) => `"${term}"`).join(" AND ");
    conditions.unshift(Prisma.sql`p.rowid IN (SELECT rowid FROM "ProjectSearch" WHERE "ProjectSearch" MATCH ${match})`);
  }
  return conditions;
}

const RANKED_COLUMNS: Record<RankedField, Prisma.Sql> = {
  name: Prisma.sql`p."nameSort"`,
  objectives: Prisma.sql`p."objectivesSearch"`,
  other: Prisma.sql`p."searchText"`,
};

/** Whether `needle` occurs in `haystack`: strpos and instr both compare exactly, byte for byte. */
function occurs(provider: DatabaseProvider, haystack: Prisma.Sql, needle: string): Prisma.Sql {
  return provider === "postgresql"
    ? Prisma.sql`strpos(${haystack}, ${needle}) > 0`
    : Prisma.sql`instr(${haystack}, ${needle}) > 0`;
}

/** The weight of the first place `needle` occurs, whole word before part of one, or 0. */
function placeWeight(provider: DatabaseProvider, needle: string): Prisma.Sql {
  const cases = (Object.keys(FIELD_WEIGHTS) as RankedField[]).flatMap((field) => {
    const column = RANKED_COLUMNS[field];
    // Folded text is words separated by single spaces: a whole word is one with a space either side.
    const padded = Prisma.sql`' ' || ${column} || ' '`;
    return [
      Prisma.sql`WHEN ${occurs(provider, padded, ` ${needle} `)} THEN ${Prisma.raw(String(FIELD_WEIGHTS[field].word))}`,
      Prisma.sql`WHEN ${occurs(provider, column, needle)} THEN ${Prisma.raw(String(FIELD_WEIGHTS[field].part))}`,
    ];
  });
  return Prisma.sql`(CASE ${Prisma.join(cases, " ")} ELSE 0 END)`;
}

function relevance(provider: DatabaseProvider, terms: string[], phrase: string | null): Prisma.Sql {
  const parts = terms.map((term) => placeWeight(provider, term));
  if (phrase !== null) parts.unshift(Prisma.sql`${Prisma.raw(String(PHRASE_FACTOR))} * ${placeWeight(provider, phrase)}`);
  return parts.length > 0 ? Prisma.join(parts, " + ") : Prisma.sql`0`;
}

const all = (conditions: Prisma.Sql[]) => (conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`1 = 1`);

/** The pieces of the catalogue's statement that every query over the matches shares. */
function catalogueParts(filters: ResolvedFilters, sort: CatalogueSort) {
  const provider = databaseProvider();
  const terms = searchTerms(filters.q);
  // Scored only when it decides the order; otherwise every row scores alike.
  const score = sort === "relevance" ? relevance(provider, terms, searchPhrase(filters.q)) : Prisma.sql`0`;

  const base = [Prisma.sql`p."status" = 'PUBLISHED'`, Prisma.sql`p."slug" IS NOT NULL`, ...keywordConditions(provider, terms)];
  if (filters.minCapital !== undefined) base.push(Prisma.sql`p."capitalVnd" >= ${tyToVnd(filters.minCapital)}`);
  if (filters.maxCapital !== undefined) base.push(Prisma.sql`p."capitalVnd" <= ${tyToVnd(filters.maxCapital)}`);

  const facetFilters: Record<FacetName, Prisma.Sql | null> = {
    sector: filters.sectorId ? Prisma.sql`b."sectorId" = ${filters.sectorId}` : null,
    form: filters.formId ? Prisma.sql`b."investmentFormId" = ${filters.formId}` : null,
    location: filters.locationId
      ? Prisma.sql`EXISTS (SELECT 1 FROM "ProjectLocation" l WHERE l."projectId" = b."id" AND l."locationId" = ${filters.locationId})`
      : null,
  };
  const except = (omit?: FacetName) =>
    all(
      (Object.entries(facetFilters) as [FacetName, Prisma.Sql | null][])
        .filter(([name, condition]) => name !== omit && condition !== null)
        .map(([, condition]) => condition!),
    );

  // With a keyword the matches are few and costly to find: compute them once. Without, inlining
  // lets each part use the index of its own filters.
  const materialize = Prisma.raw(terms.length > 0 ? "MATERIALIZED" : "NOT MATERIALIZED");
  const baseCte = Prisma.sql`base AS ${materialize} (
      SELECT p."id", p."sectorId", p."investmentFormId", p."publishedAt", p."lastConfirmedAt", p."capitalVnd", p."nameSort",
        ${score} AS "relevance"
      FROM "Project" p
      WHERE ${all(base)}
    )`;
  const order = Prisma.raw(ORDER[sort](textOrder(provider)));
  return { baseCte, except, order };
}

/**
 * The ids of every match, in the catalogue's order: what the pages would list one after another.
 * The exports read the projects from these in batches (lib/exports/).
 */
export async function findAllCatalogueIds(filters: ResolvedFilters, sort: CatalogueSort): Promise<string[]> {
  const { baseCte, except, order } = catalogueParts(filters, sort);
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH ${baseCte}
    SELECT b."id" FROM base b WHERE ${except()} ORDER BY ${order}`;
  return rows.map((row) => row.id);
}

export async function findCatalogueMatches(
  filters: ResolvedFilters,
  sort: CatalogueSort,
  page: number,
  pageSize: number,
): Promise<CatalogueMatches> {
  const { baseCte, except, order } = catalogueParts(filters, sort);
  const offset = (page - 1) * pageSize;

  const rows = await db.$queryRaw<{ part: string; key: string | null; n: bigint | number }[]>`
    WITH ${baseCte}
    SELECT 'total' AS part, NULL AS key, COUNT(*) AS n FROM base b WHERE ${except()}
    UNION ALL
    SELECT 'sector', b."sectorId", COUNT(*) FROM base b WHERE ${except("sector")} GROUP BY b."sectorId"
    UNION ALL
    SELECT 'form', b."investmentFormId", COUNT(*) FROM base b WHERE ${except("form")} GROUP BY b."investmentFormId"
    UNION ALL
    SELECT 'location', l."locationId", COUNT(*) FROM "ProjectLocation" l
      WHERE l."projectId" IN (SELECT b."id" FROM base b WHERE ${except("location")}) GROUP BY l."locationId"
    UNION ALL
    SELECT 'page', q."id", ROW_NUMBER() OVER (ORDER BY ${order}) FROM (
      SELECT b.* FROM base b WHERE ${except()} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}
    ) q`;

  const matches: CatalogueMatches = {
    total: 0,
    facets: { sector: new Map(), form: new Map(), location: new Map() },
    pageIds: [],
  };
  const ranked: { id: string; rank: number }[] = [];
  for (const row of rows) {
    const n = Number(row.n);
    if (row.part === "total") matches.total = n;
    else if (row.part === "page") ranked.push({ id: row.key!, rank: n });
    else if (row.key !== null) matches.facets[row.part as FacetName].set(row.key, n);
  }
  matches.pageIds = ranked.sort((a, b) => a.rank - b.rank).map((row) => row.id);
  return matches;
}
