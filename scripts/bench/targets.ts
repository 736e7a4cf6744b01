/** The performance targets of issue 6, checked against one benchmark run. */
import type { DatabaseProvider } from "@/lib/db/database-url";
import type { ShippedJavaScript } from "./shipped-javascript";

export interface RouteResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  peakRssMb: number;
}

export interface RunResult {
  provider: DatabaseProvider;
  size: number;
  routes: Record<string, RouteResult>;
}

export interface TargetCheck {
  description: string;
  measured: string;
  met: boolean;
}

export const TARGETS = {
  filteredP95Ms: 150,
  filteredShareOfTrivial: 0.25,
  detailP95Ms: 60,
  growthP50: 2,
  rssMb: 400,
  appJavaScriptKb: 30,
};

export function evaluateTargets(runs: RunResult[], javascript: ShippedJavaScript): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const providers = [...new Set(runs.map((run) => run.provider))];
  for (const provider of providers) {
    const own = runs.filter((run) => run.provider === provider).sort((a, b) => a.size - b.size);
    const largest = own.at(-1)!;
    const smallest = own[0]!;
    const filtered = largest.routes.catalogueFiltered!;
    const trivial = largest.routes.trivial!;
    const at = `${provider}, N=${largest.size.toLocaleString("en-US")}`;
    checks.push({
      description: `${at}: filtered catalogue p95 ≤ ${TARGETS.filteredP95Ms} ms`,
      measured: `${filtered.p95} ms`,
      met: filtered.p95 <= TARGETS.filteredP95Ms,
    });
    const share = filtered.requestsPerSecond / trivial.requestsPerSecond;
    checks.push({
      description: `${at}: filtered catalogue throughput ≥ ${TARGETS.filteredShareOfTrivial * 100} % of the trivial route's`,
      measured: `${(share * 100).toFixed(1)} % (${filtered.requestsPerSecond} / ${trivial.requestsPerSecond} req/s)`,
      met: share >= TARGETS.filteredShareOfTrivial,
    });
    checks.push({
      description: `${at}: detail page p95 ≤ ${TARGETS.detailP95Ms} ms`,
      measured: `${largest.routes.detail!.p95} ms`,
      met: largest.routes.detail!.p95 <= TARGETS.detailP95Ms,
    });
    if (own.length > 1) {
      const growth = filtered.p50 / smallest.routes.catalogueFiltered!.p50;
      checks.push({
        description: `${provider}: filtered catalogue p50 at N=${largest.size.toLocaleString("en-US")} ≤ ${TARGETS.growthP50} × at N=${smallest.size.toLocaleString("en-US")}`,
        measured: `${growth.toFixed(2)} × (${smallest.routes.catalogueFiltered!.p50} → ${filtered.p50} ms)`,
        met: growth <= TARGETS.growthP50,
      });
    }
    const peak = Math.max(...own.flatMap((run) => Object.values(run.routes).map((route) => route.peakRssMb)));
    checks.push({ description: `${provider}: server RSS under load ≤ ${TARGETS.rssMb} MB`, measured: `${peak} MB`, met: peak <= TARGETS.rssMb });
  }
  for (const [page, shipped] of Object.entries(javascript)) {
    checks.push({
      description: `${page} page: gzipped JavaScript beyond the framework's first-load bundle ≤ ${TARGETS.appJavaScriptKb} KB`,
      measured: `${shipped.appGzipKb} KB (framework ${shipped.frameworkGzipKb} KB)`,
      met: shipped.appGzipKb <= TARGETS.appJavaScriptKb,
    });
  }
  return checks;
}
