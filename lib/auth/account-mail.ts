import type { MailMessage } from "@/lib/mail/enqueue-mail";
import { portalTitle, type SiteSettingsValues } from "@/lib/settings/site-settings-defaults";

// The account mails, in plain Vietnamese, each with the exact link. The link is the only way in:
// it is never logged, never stored (only its hash is) and never shown anywhere else.

interface Recipient {
  name: string;
  email: string;
}

function signature(settings: SiteSettingsValues): string {
  const contact = [
    settings.operatorPhone && `Điện thoại: ${settings.operatorPhone}`,
    settings.operatorEmail && `Email: ${settings.operatorEmail}`,
  ]
    .filter(Boolean)
    .join(" · ");
  return [`${settings.operatorName} – ${portalTitle(settings)}`, contact].filter(Boolean).join("\n");
}

export function invitationMail(
  settings: SiteSettingsValues,
  to: Recipient,
  link: string,
  organizationName: string | null,
): MailMessage {
  const title = portalTitle(settings);
  return {
    kind: "auth.invitation",
    to: to.email,
    subject: `Mời tham gia ${title}`,
    text: [
      `Kính gửi ${to.name},`,
      "",
      `Quản trị ${title} đã tạo tài khoản cho anh/chị${organizationName ? ` thuộc ${organizationName}` : ""}, đăng nhập bằng email ${to.email}.`,
      "",
      "Để kích hoạt tài khoản, anh/chị vui lòng mở liên kết dưới đây và đặt mật khẩu:",
      link,
      "",
      "Liên kết dùng được một lần và hết hạn sau 72 giờ. Nếu liên kết đã hết hạn, vui lòng đề nghị quản trị gửi lại lời mời.",
      "Nếu anh/chị không chờ thư này, vui lòng bỏ qua; tài khoản chỉ được kích hoạt khi mật khẩu được đặt.",
      "",
      "Trân trọng,",
      signature(settings),
    ].join("\n"),
  };
}

export function passwordResetMail(settings: SiteSettingsValues, to: Recipient, link: string): MailMessage {
  const title = portalTitle(settings);
  return {
    kind: "auth.password-reset",
    to: to.email,
    subject: `Đặt lại mật khẩu – ${title}`,
    text: [
      `Kính gửi ${to.name},`,
      "",
      `Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản ${to.email} trên ${title}.`,
      "",
      "Để đặt mật khẩu mới, anh/chị vui lòng mở liên kết dưới đây:",
      link,
      "",
      "Liên kết dùng được một lần và hết hạn sau 1 giờ. Sau khi đặt mật khẩu mới, mọi phiên đăng nhập cũ sẽ kết thúc.",
      "Nếu anh/chị không yêu cầu, vui lòng bỏ qua thư này; mật khẩu hiện tại vẫn giữ nguyên.",
      "",
      "Trân trọng,",
      signature(settings),
    ].join("\n"),
  };
}
