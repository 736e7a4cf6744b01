import "server-only";
import type { MailMessage } from "@/lib/mail/enqueue-mail";
import { portalUrl, subjectPart } from "@/lib/notifications/notice-mail";
import type { EnquiryValues } from "./enquiry-schema";

const SIGNATURE = "Cổng thông tin kêu gọi đầu tư";

/** Each line of someone else's text quoted, so a reply can never pass for the portal's own words. */
function quoted(text: string): string[] {
  return text.split(/\r?\n/).map((line) => `> ${line}`);
}

/** To the call's contact: who is interested, what they wrote, and where to answer. */
export function enquiryReceivedMail({
  to,
  project,
  enquiryId,
  input,
}: {
  to: string;
  project: { name: string; slug: string | null };
  enquiryId: string;
  input: EnquiryValues;
}): MailMessage {
  return {
    kind: "enquiry.received",
    to,
    subject: `Nhà đầu tư quan tâm dự án: ${subjectPart(project.name)}`,
    text: [
      "Kính gửi đơn vị đề xuất dự án,",
      "",
      `Một nhà đầu tư vừa đăng ký quan tâm dự án “${project.name}” trên cổng thông tin.`,
      "",
      `Họ và tên: ${input.name}`,
      `Tổ chức: ${input.organization}`,
      `Quốc gia: ${input.country}`,
      `Email: ${input.email}`,
      `Điện thoại: ${input.phone || "—"}`,
      "",
      "Nội dung:",
      ...quoted(input.message),
      "",
      "Xin vui lòng trả lời nhà đầu tư từ hộp thư của đơn vị trên cổng thông tin (câu trả lời được gửi đến nhà đầu tư qua email và lưu cùng yêu cầu):",
      portalUrl(`/dashboard/enquiries/${enquiryId}`),
      "",
      `Mã yêu cầu: ${enquiryId}`,
      "",
      "Trân trọng,",
      SIGNATURE,
      "",
      "-- ",
      "Thư này được gửi tự động đến địa chỉ liên hệ của dự án. Thông tin của nhà đầu tư chỉ dùng để trả lời yêu cầu này.",
    ].join("\n"),
  };
}

/** To the investor: the unit's answer, their own message below it, and how to reach the unit. */
export function enquiryReplyMail({
  enquiry,
  project,
  body,
}: {
  enquiry: { id: string; name: string; email: string; message: string };
  project: { name: string; slug: string | null; unitName: string; unitEmail: string; unitPhone: string; contactName: string };
  body: string;
}): MailMessage {
  return {
    kind: "enquiry.reply",
    to: enquiry.email,
    subject: `Trả lời về dự án: ${subjectPart(project.name)}`,
    text: [
      `Kính gửi Ông/Bà ${enquiry.name},`,
      "",
      `${project.unitName || "Đơn vị đề xuất dự án"} trả lời đăng ký quan tâm của Ông/Bà về dự án “${project.name}”:`,
      "",
      ...quoted(body),
      "",
      ...(project.slug ? ["Trang dự án:", portalUrl(`/projects/${project.slug}`), ""] : []),
      "Liên hệ đơn vị:",
      ...[project.contactName, project.unitEmail, project.unitPhone].filter((line) => line.trim()).map((line) => `  ${line}`),
      "",
      "Nội dung Ông/Bà đã gửi:",
      ...quoted(enquiry.message),
      "",
      `Mã yêu cầu: ${enquiry.id}`,
      "",
      "Trân trọng,",
      SIGNATURE,
      "",
      "-- ",
      "Ông/Bà nhận thư này vì đã đăng ký quan tâm dự án trên cổng thông tin và đồng ý để đơn vị liên hệ lại.",
      "Để xóa thông tin của Ông/Bà, xin gửi yêu cầu đến đơn vị hoặc Ban Biên tập cổng thông tin, kèm mã yêu cầu trên.",
    ].join("\n"),
  };
}
