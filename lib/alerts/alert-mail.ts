import type { AlertFrequency } from "@/lib/generated/prisma/enums";
import { portalLink } from "@/lib/auth/portal-url";
import { catalogueHref } from "@/lib/catalogue/catalogue-query";
import { formatCapital } from "@/lib/format/money";
import type { MailMessage } from "@/lib/mail/enqueue-mail";
import { describeAlertFilters, type AlertFilterNames, type AlertFilters } from "./alert-filters";
import { ALERT_FREQUENCY_LABELS } from "./alert-period";
import { unsubscribeToken } from "./alert-tokens";

// The two mails of an alert, in plain text like every mail of the portal (lib/notifications/notice-mail.ts):
// what was asked for, in words; the exact links; and, in every one, how to stop with one click.

const SIGNATURE = "Cổng thông tin kêu gọi đầu tư";
/** Projects listed in one digest; a longer list ends with a link to the catalogue. */
export const DIGEST_LISTED = 30;

export const confirmPath = (token: string) => `/alerts/confirm/${token}`;
export const unsubscribePagePath = (token: string) => `/alerts/unsubscribe/${token}`;
/** The address mail clients POST to for a one-click unsubscribe (RFC 8058); a GET there opens the page. */
export const unsubscribeApiPath = (token: string) => `/api/alerts/unsubscribe/${token}`;

function filterLines(filters: AlertFilters, names: AlertFilterNames): string[] {
  const lines = describeAlertFilters(filters, names);
  return lines.length > 0 ? lines.map((line) => `– ${line}`) : ["– Mọi dự án được công bố"];
}

function footer(subscriptionId: string): string[] {
  const token = unsubscribeToken(subscriptionId);
  return [
    "Trân trọng,",
    SIGNATURE,
    "",
    "-- ",
    "Thư này được gửi tự động, xin vui lòng không trả lời.",
    "Hủy nhận thông báo (không cần đăng nhập):",
    portalLink(unsubscribePagePath(token)),
  ];
}

function unsubscribeUrl(subscriptionId: string): string {
  return portalLink(unsubscribeApiPath(unsubscribeToken(subscriptionId)));
}

export function alertConfirmationMail(input: {
  subscriptionId: string;
  to: string;
  token: string;
  frequency: AlertFrequency;
  filters: AlertFilters;
  names: AlertFilterNames;
}): MailMessage {
  return {
    kind: "alert.confirm",
    to: input.to,
    subject: "Xác nhận đăng ký nhận thông báo dự án kêu gọi đầu tư",
    text: [
      "Kính gửi Ông/Bà,",
      "",
      "Cổng thông tin kêu gọi đầu tư vừa nhận yêu cầu gửi đến địa chỉ email này thông báo về các dự án mới công bố " +
        "hoặc được cập nhật, theo điều kiện:",
      ...filterLines(input.filters, input.names),
      `Tần suất: ${ALERT_FREQUENCY_LABELS[input.frequency].toLowerCase()}.`,
      "",
      "Để bắt đầu nhận thông báo, xin mở liên kết sau và bấm “Xác nhận đăng ký” (liên kết có hiệu lực 7 ngày):",
      portalLink(confirmPath(input.token)),
      "",
      "Nếu Ông/Bà không yêu cầu, xin bỏ qua thư này: chưa xác nhận thì không có thư nào khác được gửi.",
      "",
      ...footer(input.subscriptionId),
    ].join("\n"),
    unsubscribeUrl: unsubscribeUrl(input.subscriptionId),
  };
}

export interface DigestProject {
  slug: string;
  name: string;
  sectorName: string | null;
  locationNames: string[];
  capitalVnd: bigint | null;
  unitName: string;
}

function projectLines(project: DigestProject): string[] {
  const facts = [project.sectorName, project.locationNames.join(", ") || null, formatCapital(project.capitalVnd)].filter(Boolean);
  return [`• ${project.name}`, `  ${facts.join(" · ")}`, `  ${portalLink(`/projects/${project.slug}`)}`];
}

function section(title: string, projects: DigestProject[], room: number): string[] {
  if (projects.length === 0 || room <= 0) return [];
  return [title, "", ...projects.slice(0, room).flatMap((project) => [...projectLines(project), ""])];
}

export function alertDigestMail(input: {
  subscriptionId: string;
  to: string;
  frequency: AlertFrequency;
  filters: AlertFilters;
  names: AlertFilterNames;
  created: DigestProject[];
  updated: DigestProject[];
}): MailMessage {
  const { created, updated } = input;
  const counts = [
    created.length > 0 ? `${created.length} dự án mới` : null,
    updated.length > 0 ? `${updated.length} dự án cập nhật` : null,
  ].filter(Boolean);
  const total = created.length + updated.length;
  const more = total - Math.min(total, DIGEST_LISTED);
  return {
    kind: "alert.digest",
    to: input.to,
    subject: `Thông báo dự án kêu gọi đầu tư: ${counts.join(", ")}`,
    text: [
      "Kính gửi Ông/Bà,",
      "",
      `Từ lần thông báo trước, có ${counts.join(" và ")} phù hợp với điều kiện Ông/Bà theo dõi:`,
      ...filterLines(input.filters, input.names),
      "",
      ...section("DỰ ÁN MỚI CÔNG BỐ", created, DIGEST_LISTED),
      ...section("DỰ ÁN ĐƯỢC CẬP NHẬT HOẶC XÁC NHẬN LẠI", updated, DIGEST_LISTED - created.length),
      ...(more > 0 ? [`… và ${more} dự án khác.`, ""] : []),
      "Xem tất cả dự án theo điều kiện này:",
      portalLink(catalogueHref(input.filters)),
      "",
      `Tần suất: ${ALERT_FREQUENCY_LABELS[input.frequency].toLowerCase()}.`,
      "",
      ...footer(input.subscriptionId),
    ].join("\n"),
    unsubscribeUrl: unsubscribeUrl(input.subscriptionId),
  };
}
