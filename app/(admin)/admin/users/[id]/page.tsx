import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/admin/badge";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { UserForm } from "@/components/admin/user-form";
import { requirePagePermission } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/date";
import { activeOrganizationOptions } from "@/lib/organizations/manage-organizations";
import { getUserForAdmin } from "@/lib/users/manage-users";
import { resendInvitationAction, sendPasswordResetAction, setUserActiveAction } from "@/lib/users/user-actions";
import { USER_STATUSES, userStatus } from "@/lib/users/user-schema";

export const metadata: Metadata = { title: "Tài khoản người dùng" };

const STATUS_TONES = { active: "green", pending: "amber", inactive: "slate" } as const;

export default async function UserPage({ params, searchParams }: PageProps<"/admin/users/[id]">) {
  const { id } = await params;
  const admin = await requirePagePermission("admin:manage", `/admin/users/${id}`);
  const [user, organizations] = await Promise.all([getUserForAdmin(admin, id), activeOrganizationOptions(admin)]);
  if (!user) notFound();
  const invited = (await searchParams).invited === "1";
  const status = userStatus(user);
  const self = user.id === admin.id;
  // A unit the user still belongs to stays choosable even after it stopped, so the form shows the truth.
  const options =
    user.organizationId && !organizations.some((organization) => organization.id === user.organizationId)
      ? [
          ...organizations,
          { id: user.organizationId, name: `${user.organization?.name} (ngừng hoạt động)`, kind: "DEPARTMENT" as const },
        ]
      : organizations;
  const openLink = user.tokens[0];

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/admin/users" className="text-brand-700 underline">
          ‹ Danh sách người dùng
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-900">{user.name}</h1>
        <Badge tone={STATUS_TONES[status]}>{USER_STATUSES[status]}</Badge>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        Tạo ngày {formatDateTime(user.createdAt)} · Đăng nhập cuối:{" "}
        {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "chưa lần nào"}
        {openLink
          ? ` · Có liên kết ${openLink.purpose === "INVITATION" ? "mời" : "đặt lại mật khẩu"} chưa dùng, hết hạn ${formatDateTime(openLink.expiresAt)}`
          : null}
      </p>
      {invited ? (
        <p role="status" className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
          Đã gửi thư mời đến {user.email}. Liên kết trong thư dùng được một lần, hết hạn sau 72 giờ.
        </p>
      ) : null}

      <UserForm
        userId={user.id}
        initial={{ email: user.email, name: user.name, role: user.role, organizationId: user.organizationId ?? "" }}
        organizations={options}
      />
      {self ? (
        <p className="mt-2 text-sm text-slate-600">
          Đây là tài khoản của bạn: vai trò và trạng thái do một quản trị khác thay đổi.
        </p>
      ) : null}

      {/* Announced when it changes: after locking or unlocking, the section itself says the new state. */}
      <section
        aria-labelledby="thao-tac"
        aria-live="polite"
        className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="thao-tac" className="text-lg font-bold text-brand-900">
          Mật khẩu và trạng thái
        </h2>
        {status === "pending" ? (
          <div>
            <p className="text-sm text-slate-700">
              Người dùng chưa đặt mật khẩu. Gửi lại thư mời sẽ làm liên kết cũ hết hiệu lực.
            </p>
            <div className="mt-2">
              <ConfirmButton
                label="Gửi lại lời mời"
                tone="primary"
                success={`Đã gửi lại thư mời đến ${user.email}.`}
                action={resendInvitationAction}
                input={{ userId: user.id }}
              />
            </div>
          </div>
        ) : null}
        {status === "active" ? (
          <div>
            <p className="text-sm text-slate-700">
              Gửi đến {user.email} một liên kết đặt mật khẩu mới, dùng được một lần trong 1 giờ.
            </p>
            <div className="mt-2">
              <ConfirmButton
                label="Gửi liên kết đặt lại mật khẩu"
                success={`Đã gửi liên kết đặt lại mật khẩu đến ${user.email}.`}
                action={sendPasswordResetAction}
                input={{ userId: user.id }}
              />
            </div>
          </div>
        ) : null}
        {status === "active" && !self ? (
          <div>
            <p className="text-sm text-slate-700">
              Khóa tài khoản có hiệu lực ngay: người dùng bị đăng xuất khỏi mọi thiết bị ở lần bấm tiếp theo.
            </p>
            <div className="mt-2">
              <ConfirmButton
                label="Khóa tài khoản"
                question={`Khóa tài khoản ${user.email}?`}
                details="Người dùng sẽ bị đăng xuất ngay và không đăng nhập được cho đến khi được mở khóa. Các liên kết đặt mật khẩu chưa dùng cũng hết hiệu lực."
                tone="danger"
                success="Đã khóa tài khoản."
                action={setUserActiveAction}
                input={{ userId: user.id, active: false }}
              />
            </div>
          </div>
        ) : null}
        {status === "inactive" ? (
          <div>
            <p className="text-sm text-slate-700">
              Tài khoản đang bị khóa. Mở khóa để người dùng đăng nhập lại bằng mật khẩu cũ.
            </p>
            <div className="mt-2">
              <ConfirmButton
                label="Mở khóa tài khoản"
                tone="primary"
                success="Đã mở khóa tài khoản."
                action={setUserActiveAction}
                input={{ userId: user.id, active: true }}
              />
            </div>
          </div>
        ) : null}
      </section>
    </div>
  );
}
