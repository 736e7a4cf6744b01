import { routeHandler } from "@/lib/http/route-handler";

// Liveness for a load balancer in front of several app servers: answers without touching the
// database, so a slow database does not take every server out of rotation at once. The benchmark
// uses it as the framework's own ceiling on the machine.
export const dynamic = "force-dynamic";

export const GET = routeHandler({ access: "anyone" }, async () =>
  Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } }),
);
