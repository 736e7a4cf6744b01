import { describe, expect, it } from "vitest";
import { evaluateTargets, type RouteResult, type RunResult } from "./targets";

const route = (overrides: Partial<RouteResult>): RouteResult => ({
  requestsPerSecond: 100,
  p50: 50,
  p95: 80,
  p99: 100,
  requests: 1000,
  errors: 0,
  peakRssMb: 300,
  ...overrides,
});

function run(size: number, filtered: Partial<RouteResult>, detail: Partial<RouteResult> = {}): RunResult {
  return {
    provider: "sqlite",
    size,
    routes: {
      trivial: route({ requestsPerSecond: 2000 }),
      catalogue: route({}),
      catalogueFiltered: route(filtered),
      detail: route(detail),
      api: route({}),
    },
  };
}

const javascript = { catalogue: { frameworkGzipKb: 128, appGzipKb: 17, appScripts: [] } };

describe("evaluateTargets", () => {
  it("checks each target against the largest run, and growth against the smallest", () => {
    const checks = evaluateTargets(
      [run(1_000, { p50: 60 }), run(100_000, { p50: 100, p95: 140, requestsPerSecond: 600 }, { p95: 55 })],
      javascript,
    );
    const met = Object.fromEntries(checks.map((check) => [check.description, check.met]));
    expect(met).toEqual({
      "sqlite, N=100,000: filtered catalogue p95 ≤ 150 ms": true,
      "sqlite, N=100,000: filtered catalogue throughput ≥ 25 % of the trivial route's": true,
      "sqlite, N=100,000: detail page p95 ≤ 60 ms": true,
      "sqlite: filtered catalogue p50 at N=100,000 ≤ 2 × at N=1,000": true,
      "sqlite: server RSS under load ≤ 400 MB": true,
      "catalogue page: gzipped JavaScript beyond the framework's first-load bundle ≤ 30 KB": true,
    });
  });

  it("reports a missed target with its figure", () => {
    const checks = evaluateTargets(
      [run(1_000, { p50: 40 }), run(100_000, { p50: 100, p95: 151, requestsPerSecond: 100 }, { p95: 61, peakRssMb: 401 })],
      { catalogue: { frameworkGzipKb: 128, appGzipKb: 31, appScripts: [] } },
    );
    expect(checks.filter((check) => !check.met).map((check) => check.measured)).toEqual([
      "151 ms",
      "5.0 % (100 / 2000 req/s)",
      "61 ms",
      "2.50 × (40 → 100 ms)",
      "401 MB",
      "31 KB (framework 128 KB)",
    ]);
  });
});
