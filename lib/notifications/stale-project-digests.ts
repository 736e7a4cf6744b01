import "server-only";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/format/date";
import { projectFreshness, staleProjectWhere } from "@/lib/projects/freshness";
import { enqueueNotice, noticeRecipients, portalUrl, type Notice } from "./notice-mail";
import { digestMonth } from "./notice-schedule";
import { sendNoticesOnce } from "./send-notice-once";

/** Projects listed in one mail; a unit with more is told how many others there are. */
const LISTED = 30;

interface StaleProject {
  id: string;
  name: string;
  confirmedAt: Date;
}

function digestNotice(month: { year: number; month: number }, unitName: string, projects: StaleProject[]): Notice {
  const lines = projects
    .slice(0, LISTED)
    .map(
      (project) =>
        `– ${project.name} (xác nhận lần cuối ${formatDate(project.confirmedAt)}):\n  ${portalUrl(`/dashboard/projects/${project.id}`)}`,
    );
  if (projects.length > LISTED) lines.push(`– và ${projects.length - LISTED} dự án khác.`);
  return {
    kind: "project.stale-digest",
    subject: `Tháng ${month.month}/${month.year}: ${projects.length} dự án của đơn vị cần xác nhận thông tin`,
    paragraphs: [
      `${projects.length} dự án của ${unitName} đã quá ${env.FRESHNESS_PERIOD_DAYS} ngày chưa được xác nhận hoặc cập nhật, ` +
        "nên trang công khai đang ghi rằng thông tin có thể đã cũ:",
      lines.join("\n"),
      "Nếu thông tin vẫn đúng, xin bấm “Xác nhận còn hiệu lực”; nếu có thay đổi, xin gửi bản cập nhật để Ban Biên tập duyệt.",
    ],
    links: [{ label: "Danh sách dự án cần xác nhận", path: "/dashboard#can-xac-nhan" }],
  };
}

/** This month's digest of out-of-date projects, to each unit that has any: once per unit and month. */
export async function enqueueStaleProjectDigests(db: PrismaClient, now: Date): Promise<string[]> {
  const month = digestMonth(now);
  const monthKey = `${month.year}-${String(month.month).padStart(2, "0")}`;
  const keyOf = (unitId: string) => `stale-digest:${monthKey}:${unitId}`;
  // Every server looks every quarter of an hour, and after the month's first look every unit with
  // out-of-date projects has had its digest: projects are read only for units without one yet. Reading
  // every out-of-date project each time held the event loop for 1.2–1.8 s at 100,000 projects.
  const units = await db.organization.findMany({ where: { active: true }, select: { id: true } });
  const sent = new Set(
    (await db.sentNotice.findMany({ where: { key: { in: units.map((unit) => keyOf(unit.id)) } }, select: { key: true } })).map(
      (notice) => notice.key,
    ),
  );
  const due = units.map((unit) => unit.id).filter((unitId) => !sent.has(keyOf(unitId)));
  if (due.length === 0) return [];
  const projects = await db.project.findMany({
    where: { AND: [staleProjectWhere(now), { organizationId: { in: due } }] },
    select: {
      id: true,
      name: true,
      lastConfirmedAt: true,
      publishedAt: true,
      organization: { select: { id: true, name: true } },
    },
  });
  const byUnit = new Map<string, { name: string; projects: StaleProject[] }>();
  for (const project of projects) {
    const unit = byUnit.get(project.organization.id) ?? { name: project.organization.name, projects: [] };
    unit.projects.push({ id: project.id, name: project.name, confirmedAt: projectFreshness(project, now).confirmedAt! });
    byUnit.set(project.organization.id, unit);
  }
  const byKey = new Map([...byUnit].map(([unitId, unit]) => [keyOf(unitId), { unitId, ...unit }]));
  return sendNoticesOnce(db, [...byKey.keys()], async (tx, key) => {
    const unit = byKey.get(key)!;
    // Oldest confirmation first, as on the dashboard.
    unit.projects.sort((a, b) => a.confirmedAt.getTime() - b.confirmedAt.getTime() || a.id.localeCompare(b.id));
    const recipients = await noticeRecipients(tx, "project.stale-digest", { organizationId: unit.unitId });
    await enqueueNotice(tx, recipients, digestNotice(month, unit.name, unit.projects));
  });
}
