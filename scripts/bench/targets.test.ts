import { describe, expect, it } from "vitest";
import { evaluateTargets, type RouteResult, type RunResult } from "./targets";

const route = (overrides: Partial<RouteResult>): RouteResult => ({
  requestsPerSecond: 1500,
  p50: 5,
  p95: 20,
  p99: 30,
  requests: 1000,
  errors: 0,
  peakRssMb: 300,
  ...overrides,
});

function run(
  size: number,
  filtered: Partial<RouteResult>,
  detail: Partial<RouteResult> = {},
  extra: Partial<RunResult> = {},
): RunResult {
  return {
    provider: "sqlite",
    size,
    routes: {
      trivial: route({ requestsPerSecond: 2000 }),
      home: route({}),
      catalogue: route({}),
      catalogueFiltered: route(filtered),
      detail: route(detail),
      detailProxy: route({ requestsPerSecond: 9000 }),
      keywordMissProxy: route({ requestsPerSecond: 90 }),
      detailCluster: route({ peakRssMb: 700 }),
    },
    ...extra,
  };
}

const javascript = { catalogue: { frameworkGzipKb: 128, appGzipKb: 17, appScripts: [] } };

describe("evaluateTargets", () => {
  it("checks each target against the largest run, and growth against the smallest", () => {
    const checks = evaluateTargets(
      [
        run(1_000, { p50: 4 }),
        run(
          100_000,
          { p50: 6, p95: 70, requestsPerSecond: 600 },
          { p95: 12 },
          { publicationMs: { server: 900, proxy: 1400 }, startupMs: 2100 },
        ),
      ],
      javascript,
    );
    const met = Object.fromEntries(checks.map((check) => [check.description, check.met]));
    expect(met).toEqual({
      "sqlite, N=100,000: project page throughput ≥ 60 % of the trivial route's": true,
      "sqlite, N=100,000: home page throughput ≥ 60 % of the trivial route's": true,
      "sqlite, N=100,000: unfiltered catalogue throughput ≥ 40 % of the trivial route's": true,
      "sqlite, N=100,000: filtered catalogue throughput ≥ 25 % of the trivial route's": true,
      "sqlite, N=100,000: project page p95 ≤ 25 ms": true,
      "sqlite, N=100,000: filtered catalogue p95 ≤ 80 ms": true,
      "sqlite: filtered catalogue p50 at N=100,000 ≤ 2 × at N=1,000": true,
      "sqlite, N=100,000: project page through nginx ≥ 6,000 req/s": true,
      "sqlite, N=100,000: a new keyword every request, through nginx, ≥ 60 req/s": true,
      "sqlite, N=100,000: a publication shows on a second server within 2000 ms": true,
      "sqlite, N=100,000: a publication shows through nginx within 2000 ms": true,
      "sqlite, N=100,000: npm start ready within 3000 ms": true,
      // The cluster's 700 MB are several processes: not held against the per-server limit.
      "sqlite: server RSS under load ≤ 350 MB": true,
      "catalogue page: gzipped JavaScript beyond the framework's first-load bundle ≤ 20 KB": true,
    });
  });

  it("reports a missed target with its figure", () => {
    const checks = evaluateTargets(
      [
        run(1_000, { p50: 4 }),
        run(
          100_000,
          { p50: 10, p95: 81, requestsPerSecond: 100 },
          { p95: 26, peakRssMb: 351 },
          { publicationMs: { server: 2001 }, startupMs: 3001 },
        ),
      ],
      { catalogue: { frameworkGzipKb: 128, appGzipKb: 21, appScripts: [] } },
    );
    expect(checks.filter((check) => !check.met).map((check) => check.measured)).toEqual([
      "5.0 % (100 / 2000 req/s)",
      "26 ms",
      "81 ms",
      "2.50 × (4 → 10 ms)",
      "2001 ms",
      "3001 ms",
      "351 MB",
      "21 KB (framework 128 KB)",
    ]);
  });
});
