import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { complianceCsv } from "@/lib/reports/compliance-csv";
import { complianceBoard } from "@/lib/reports/quarterly-reports";
import { periodFromParams } from "@/lib/reports/period-param";

/** The compliance board of one quarter as CSV, for Sở TT&TT only. */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Vui lòng đăng nhập." }, { status: 401 });
  if (!can(user.role, "report:oversee")) return NextResponse.json({ message: "Không tìm thấy." }, { status: 404 });
  const period = periodFromParams({ period: request.nextUrl.searchParams.get("period") ?? undefined });
  const rows = await complianceBoard(period);
  const csv = complianceCsv(
    rows.map((row) => ({
      organization: row.organization.name,
      state: row.state,
      submittedAt: row.report?.submittedAt ?? null,
      figures: row.figures,
      newsPosted: row.report?.status === "SUBMITTED" ? row.report.newsPosted : null,
      documentsPublished: row.report?.status === "SUBMITTED" ? row.report.documentsPublished : null,
      promotionItems: row.report?.status === "SUBMITTED" ? row.report.promotionItems : null,
    })),
  );
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bao-cao-quy-${period.quarter}-${period.year}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
