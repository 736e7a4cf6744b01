import { db } from "@/lib/db/client";
import { routeHandler } from "@/lib/http/route-handler";
import { logger } from "@/lib/log/logger";

// Readiness for a load balancer: this server can reach its database now. /api/health stays the
// liveness check that never touches the database, so a slow database does not get servers restarted.
export const dynamic = "force-dynamic";

const READY_WITHIN_MS = 3_000;

export const GET = routeHandler({ access: "anyone" }, async () => {
  const headers = { "Cache-Control": "no-store" };
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${READY_WITHIN_MS} ms`)), READY_WITHIN_MS)),
    ]);
    return Response.json({ status: "ok" }, { headers });
  } catch (error) {
    logger.error({ err: error }, "Readiness check failed");
    return Response.json(
      { status: "unavailable", message: "Máy chủ chưa kết nối được cơ sở dữ liệu." },
      { status: 503, headers },
    );
  }
});
