import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnitReportOverseerView } from "@/components/reports/unit-report-overseer-view";
import { requirePagePermission } from "@/lib/auth/current-user";
import { periodFromParams } from "@/lib/reports/period-param";
import { getUnitReport } from "@/lib/reports/quarterly-reports";

export const metadata: Metadata = { title: "Báo cáo quý của đơn vị" };

export default async function UnitReportPage({ params, searchParams }: PageProps<"/reports/units/[code]">) {
  const { code } = await params;
  const user = await requirePagePermission("report:oversee", `/reports/units/${code}`);
  const period = periodFromParams(await searchParams);
  const unit = await getUnitReport(user, code, period);
  if (!unit) notFound();
  return <UnitReportOverseerView unit={unit} period={period} />;
}
