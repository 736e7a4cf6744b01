import { NextResponse } from "next/server";
import { separatorParam } from "@/lib/csv/csv";
import { routeHandler } from "@/lib/http/route-handler";
import { complianceCsv } from "@/lib/reports/compliance-csv";
import { complianceBoard } from "@/lib/reports/quarterly-reports";
import { periodFromParams } from "@/lib/reports/period-param";

/** The compliance board of one quarter as CSV, for Sở TT&TT only; `separator=semicolon` for Excel in Vietnamese. */
export const GET = routeHandler({ access: "report:oversee" }, async ({ request, user }) => {
  const params = request.nextUrl.searchParams;
  const period = periodFromParams({ period: params.get("period") ?? undefined });
  const separator = separatorParam(params.get("separator"));
  const rows = await complianceBoard(user!, period);
  const csv = complianceCsv(
    rows.map((row) => ({
      organization: row.organization.name,
      state: row.state,
      submittedAt: row.report?.submittedAt ?? null,
      figures: row.figures,
      newsPosted: row.report?.newsPosted ?? null,
      documentsPublished: row.report?.documentsPublished ?? null,
      promotionItems: row.report?.promotionItems ?? null,
      difficulties: row.report?.difficulties ?? null,
      proposals: row.report?.proposals ?? null,
    })),
    separator,
  );
  const suffix = separator === "semicolon" ? "-excel" : "";
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bao-cao-quy-${period.quarter}-${period.year}${suffix}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
