"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Field, FormNotice, describedBy, inputClass, primaryButtonClass } from "@/components/forms/field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useHydrated } from "@/components/forms/use-hydrated";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { inviteUserAction, updateUserAction } from "@/lib/users/user-actions";
import { inviteUserSchema, ROLES, type InviteUserInput, type InviteUserValues } from "@/lib/users/user-schema";

export interface OrganizationOption {
  id: string;
  name: string;
}

const ROLE_HINT =
  "Cán bộ đơn vị lập hồ sơ dự án và báo cáo quý; Ban Biên tập duyệt hồ sơ; Quản trị quản lý đơn vị, người dùng, danh mục và cấu hình.";

/**
 * Inviting a user (e-mail, name, role, unit) or, for an existing account, changing name, role and
 * unit. Both validate with the invitation's schema; the e-mail of an existing account is fixed.
 */
export function UserForm({
  userId,
  initial,
  organizations,
}: {
  userId?: string;
  initial: InviteUserInput;
  organizations: OrganizationOption[];
}) {
  const router = useRouter();
  const editing = userId !== undefined;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<InviteUserInput, unknown, InviteUserValues>({ resolver: zodResolver(inviteUserSchema), defaultValues: initial });
  const { notice, setNotice, busy, submit } = useActionSubmit(setError);
  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async ({ email, ...details }) => {
    if (editing) {
      if (await submit(() => updateUserAction({ userId, ...details, organizationId: details.organizationId ?? "" }))) {
        setNotice({
          kind: "success",
          text: "Đã lưu. Nếu vai trò hoặc đơn vị thay đổi, người dùng được đăng xuất để nhận quyền mới.",
        });
        router.refresh();
      }
      return;
    }
    const result = await submit(() => inviteUserAction({ email, ...details, organizationId: details.organizationId ?? "" }));
    if (result) router.push(`/admin/users/${result.data.id}?invited=1`);
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <FormNotice notice={notice} />
      <fieldset disabled={!hydrated || busy} className="min-w-0 space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="user-email"
            label="Email"
            hint={editing ? "Email là tên đăng nhập, không đổi được." : "Thư mời được gửi đến địa chỉ này."}
            error={errors.email?.message}
          >
            <input
              id="user-email"
              type="email"
              readOnly={editing}
              autoComplete="off"
              {...register("email")}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedBy("user-email", { hint: true, error: errors.email })}
              className={`${inputClass} read-only:bg-slate-100 read-only:text-slate-600`}
            />
          </Field>
          <Field id="user-name" label="Họ tên" error={errors.name?.message}>
            <input
              id="user-name"
              autoComplete="off"
              {...register("name")}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy("user-name", { error: errors.name })}
              className={inputClass}
            />
          </Field>
          <Field id="user-role" label="Vai trò" hint={ROLE_HINT} error={errors.role?.message}>
            <select
              id="user-role"
              {...register("role")}
              aria-invalid={errors.role ? true : undefined}
              aria-describedby={describedBy("user-role", { hint: true, error: errors.role })}
              className={inputClass}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="user-organization" label="Đơn vị" error={errors.organizationId?.message}>
            <select
              id="user-organization"
              {...register("organizationId")}
              aria-invalid={errors.organizationId ? true : undefined}
              aria-describedby={describedBy("user-organization", { error: errors.organizationId })}
              className={inputClass}
            >
              <option value="">(Không thuộc đơn vị nào)</option>
              {organizations.map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {organization.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <button type="submit" disabled={busy} className={primaryButtonClass}>
          {busy ? "Đang xử lý…" : editing ? "Lưu thay đổi" : "Gửi lời mời"}
        </button>
      </fieldset>
    </form>
  );
}
