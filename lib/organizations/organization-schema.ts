import { z } from "zod";
import { codeField, idField, optionalEmailField, optionalWebsiteField, textField } from "@/lib/validation/fields";
import { ORGANIZATION_KINDS } from "./organization-kinds";

/** The unit's name, kind and the contact details that prefill section I of the template. */
const details = {
  name: textField("Tên đơn vị", 200, { required: true }),
  kind: z.enum(ORGANIZATION_KINDS, { error: "Vui lòng chọn loại đơn vị" }),
  address: textField("Địa chỉ", 300),
  phone: textField("Điện thoại", 50),
  fax: textField("Fax", 50),
  email: optionalEmailField,
  website: optionalWebsiteField,
  contactName: textField("Người liên hệ", 120),
  contactTitle: textField("Chức vụ", 120),
};

/** A new unit: its code becomes part of URLs (/reports/units/<code>) and never changes afterwards. */
export const createOrganizationSchema = z.strictObject({ code: codeField, ...details });

export const updateOrganizationSchema = z.strictObject({ organizationId: idField, ...details });

export const setOrganizationActiveSchema = z.strictObject({ organizationId: idField, active: z.boolean() });

export type CreateOrganizationInput = z.input<typeof createOrganizationSchema>;
