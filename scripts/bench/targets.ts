/** The performance targets of issue 16, checked against one benchmark run. */
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
  /** Publish → visible on a second server (and through nginx), worst of three, in ms. */
  publicationMs?: { server: number; proxy?: number };
  /** `npm start` on the existing database until the home page answers, in ms. */
  startupMs?: number;
}

export interface TargetCheck {
  description: string;
  measured: string;
  met: boolean;
}

export const TARGETS = {
  /** Throughput as a share of the trivial route's, on the same server. */
  shareOfTrivial: { detail: 0.6, home: 0.6, catalogue: 0.4, catalogueFiltered: 0.25 },
  detailP95Ms: 25,
  filteredP95Ms: 80,
  growthP50: 2,
  rssMb: 350,
  /** Through nginx: what its page cache gives WordPress on this machine. */
  proxiedRequestsPerSecond: 6_000,
  proxiedViews: ["detail", "home", "catalogue", "catalogueOneFacet"],
  /** 4 × uncached WordPress's filtered archive (15 req/s) on the same data. */
  proxiedKeywordMissRequestsPerSecond: 60,
  publicationMs: 2_000,
  startupMs: 3_000,
  appJavaScriptKb: 20,
};

const LABELS: Record<string, string> = {
  detail: "project page",
  home: "home page",
  catalogue: "unfiltered catalogue",
  catalogueOneFacet: "one-sector catalogue",
  catalogueFiltered: "filtered catalogue",
};

export function evaluateTargets(runs: RunResult[], javascript: ShippedJavaScript): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const providers = [...new Set(runs.map((run) => run.provider))];
  for (const provider of providers) {
    const own = runs.filter((run) => run.provider === provider).sort((a, b) => a.size - b.size);
    const largest = own.at(-1)!;
    const smallest = own[0]!;
    const at = `${provider}, N=${largest.size.toLocaleString("en-US")}`;
    const trivial = largest.routes.trivial!;
    for (const [key, share] of Object.entries(TARGETS.shareOfTrivial)) {
      const measured = largest.routes[key];
      if (!measured) continue;
      const ratio = measured.requestsPerSecond / trivial.requestsPerSecond;
      checks.push({
        description: `${at}: ${LABELS[key]} throughput ≥ ${share * 100} % of the trivial route's`,
        measured: `${(ratio * 100).toFixed(1)} % (${measured.requestsPerSecond} / ${trivial.requestsPerSecond} req/s)`,
        met: ratio >= share,
      });
    }
    const filtered = largest.routes.catalogueFiltered!;
    checks.push({
      description: `${at}: project page p95 ≤ ${TARGETS.detailP95Ms} ms`,
      measured: `${largest.routes.detail!.p95} ms`,
      met: largest.routes.detail!.p95 <= TARGETS.detailP95Ms,
    });
    checks.push({
      description: `${at}: filtered catalogue p95 ≤ ${TARGETS.filteredP95Ms} ms`,
      measured: `${filtered.p95} ms`,
      met: filtered.p95 <= TARGETS.filteredP95Ms,
    });
    if (own.length > 1) {
      const growth = filtered.p50 / smallest.routes.catalogueFiltered!.p50;
      checks.push({
        description: `${provider}: filtered catalogue p50 at N=${largest.size.toLocaleString("en-US")} ≤ ${TARGETS.growthP50} × at N=${smallest.size.toLocaleString("en-US")}`,
        measured: `${growth.toFixed(2)} × (${smallest.routes.catalogueFiltered!.p50} → ${filtered.p50} ms)`,
        met: growth <= TARGETS.growthP50,
      });
    }
    for (const key of TARGETS.proxiedViews) {
      const proxied = largest.routes[`${key}Proxy`];
      if (!proxied) continue;
      checks.push({
        description: `${at}: ${LABELS[key]} through nginx ≥ ${TARGETS.proxiedRequestsPerSecond.toLocaleString("en-US")} req/s`,
        measured: `${proxied.requestsPerSecond} req/s`,
        met: proxied.requestsPerSecond >= TARGETS.proxiedRequestsPerSecond,
      });
    }
    const missed = largest.routes.keywordMissProxy;
    if (missed) {
      checks.push({
        description: `${at}: a new keyword every request, through nginx, ≥ ${TARGETS.proxiedKeywordMissRequestsPerSecond} req/s`,
        measured: `${missed.requestsPerSecond} req/s`,
        met: missed.requestsPerSecond >= TARGETS.proxiedKeywordMissRequestsPerSecond,
      });
    }
    if (largest.publicationMs) {
      for (const [where, ms] of Object.entries(largest.publicationMs)) {
        checks.push({
          description: `${at}: a publication shows ${where === "proxy" ? "through nginx" : "on a second server"} within ${TARGETS.publicationMs} ms`,
          measured: `${ms} ms`,
          met: ms <= TARGETS.publicationMs,
        });
      }
    }
    if (largest.startupMs !== undefined) {
      checks.push({
        description: `${at}: npm start ready within ${TARGETS.startupMs} ms`,
        measured: `${largest.startupMs} ms`,
        met: largest.startupMs <= TARGETS.startupMs,
      });
    }
    // One process per core adds processes, and their memory: the limit is per server process.
    const peak = Math.max(
      ...own.flatMap((run) =>
        Object.entries(run.routes)
          .filter(([key]) => !key.endsWith("Cluster"))
          .map(([, route]) => route.peakRssMb),
      ),
    );
    checks.push({
      description: `${provider}: server RSS under load ≤ ${TARGETS.rssMb} MB`,
      measured: `${peak} MB`,
      met: peak <= TARGETS.rssMb,
    });
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
