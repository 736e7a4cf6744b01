import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { ComplianceBoardView } from "@/components/reports/compliance-board-view";
import { UnitReportView } from "@/components/reports/unit-report-view";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { periodFromParams } from "@/lib/reports/period-param";

export const metadata: Metadata = { title: "Báo cáo quý" };

export default async function ReportsPage({ searchParams }: PageProps<"/reports">) {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=%2Freports");
  const period = periodFromParams(await searchParams);
  if (can(user.role, "report:oversee")) return <ComplianceBoardView user={user} period={period} />;
  if (can(user.role, "report:file")) return <UnitReportView user={user} period={period} />;
  forbidden();
}
