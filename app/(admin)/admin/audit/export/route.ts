import { NextResponse } from "next/server";
import { auditCsv } from "@/lib/audit/audit-csv";
import { auditQueryOf, auditRange } from "@/lib/audit/audit-filters";
import { auditEventsForExport } from "@/lib/audit/audit-log";
import { separatorParam } from "@/lib/csv/csv";
import { routeHandler } from "@/lib/http/route-handler";

/** The audit log with the page's filters, as CSV; `separator=semicolon` for Excel in Vietnamese. Admins only. */
export const GET = routeHandler({ access: "admin:manage" }, async ({ request, user }) => {
  const params = request.nextUrl.searchParams;
  const query = auditQueryOf(Object.fromEntries(params));
  const separator = separatorParam(params.get("separator"));
  const rows = await auditEventsForExport(user!, { group: query.group, actorId: query.actorId, ...auditRange(query) });
  const suffix = separator === "semicolon" ? "-excel" : "";
  return new NextResponse(auditCsv(rows, separator), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="nhat-ky${query.from ? `-tu-${query.from}` : ""}${query.to ? `-den-${query.to}` : ""}${suffix}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
