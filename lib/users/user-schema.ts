import { z } from "zod";
import { emailField, idField, textField } from "@/lib/validation/fields";

export const ROLES = ["SUBMITTER", "REVIEWER", "ADMIN"] as const;

const role = z.enum(ROLES, { error: "Vui lòng chọn vai trò" });
/** A select's empty choice ("no unit") arrives as "". */
const organizationId = z.union([z.literal("").transform(() => null), idField]);

function unitForSubmitters(value: { role: (typeof ROLES)[number]; organizationId: string | null }, ctx: z.RefinementCtx) {
  if (value.role === "SUBMITTER" && !value.organizationId) {
    ctx.addIssue({ code: "custom", path: ["organizationId"], message: "Cán bộ đơn vị phải thuộc một đơn vị" });
  }
}

export const inviteUserSchema = z
  .strictObject({ email: emailField, name: textField("Họ tên", 120, { required: true }), role, organizationId })
  .superRefine(unitForSubmitters);

export const updateUserSchema = z
  .strictObject({ userId: idField, name: textField("Họ tên", 120, { required: true }), role, organizationId })
  .superRefine(unitForSubmitters);

export const userIdSchema = z.strictObject({ userId: idField });

export const setUserActiveSchema = z.strictObject({ userId: idField, active: z.boolean() });

export type InviteUserInput = z.input<typeof inviteUserSchema>;
export type InviteUserValues = z.output<typeof inviteUserSchema>;

/** The list's filters, from the URL; anything unknown is ignored. */
export const USER_STATUSES = { active: "Đang hoạt động", pending: "Chờ kích hoạt", inactive: "Đã khóa" } as const;
export type UserStatus = keyof typeof USER_STATUSES;

export const SIGN_IN_FILTERS = {
  never: "Chưa đăng nhập lần nào",
  recent: "Trong 30 ngày qua",
  "over-90": "Quá 90 ngày chưa đăng nhập",
} as const;
export type SignInFilter = keyof typeof SIGN_IN_FILTERS;

/** How an account stands: an invited user is inactive until they set a password. */
export function userStatus(user: { active: boolean; hasPassword: boolean }): UserStatus {
  if (user.active) return "active";
  return user.hasPassword ? "inactive" : "pending";
}
