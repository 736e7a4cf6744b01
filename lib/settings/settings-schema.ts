import { z } from "zod";
import { optionalEmailField, textField } from "@/lib/validation/fields";
import type { SiteSettingsValues } from "./site-settings-defaults";

/** The settings form, shared by the browser and the action; every field of SiteSettingsValues, no other. */
export const siteSettingsSchema = z.strictObject({
  provinceName: textField("Tên tỉnh, thành phố", 100, { required: true }),
  provinceShortName: textField("Tên ngắn", 60, { required: true }),
  portalName: textField("Tên cổng thông tin", 150, { required: true }),
  editorialBoardName: textField("Tên Ban Biên tập", 200, { required: true }),
  editorialBoardAddress: textField("Địa chỉ Ban Biên tập", 300),
  editorialBoardPhone: textField("Điện thoại Ban Biên tập", 50),
  editorialBoardEmail: optionalEmailField,
  operatorName: textField("Tên cơ quan quản lý cổng", 200, { required: true }),
  operatorAddress: textField("Địa chỉ cơ quan quản lý", 300),
  operatorPhone: textField("Điện thoại cơ quan quản lý", 50),
  operatorEmail: optionalEmailField,
  legalBasis: textField("Căn cứ pháp lý", 600, { required: true }),
}) satisfies z.ZodType<SiteSettingsValues, unknown>;

export type SiteSettingsInput = z.input<typeof siteSettingsSchema>;

/** The form's fields, in order, with the labels and hints the page shows. */
export const SETTINGS_FIELDS: {
  name: keyof SiteSettingsValues;
  label: string;
  hint?: string;
  multiline?: boolean;
  group: string;
}[] = [
  {
    group: "Tỉnh và cổng thông tin",
    name: "provinceName",
    label: "Tên tỉnh, thành phố",
    hint: "Như viết trong câu, có cấp hành chính: “tỉnh Kiên Giang”, “tỉnh An Giang”.",
  },
  {
    group: "Tỉnh và cổng thông tin",
    name: "provinceShortName",
    label: "Tên ngắn",
    hint: "Không có cấp hành chính, dùng trên thẻ trình duyệt: “Kiên Giang”.",
  },
  {
    group: "Tỉnh và cổng thông tin",
    name: "portalName",
    label: "Tên cổng thông tin",
    hint: "Hiện ở đầu mọi trang; tên tỉnh được ghép vào sau trong tiêu đề.",
  },
  { group: "Ban Biên tập", name: "editorialBoardName", label: "Tên Ban Biên tập" },
  { group: "Ban Biên tập", name: "editorialBoardAddress", label: "Địa chỉ" },
  { group: "Ban Biên tập", name: "editorialBoardPhone", label: "Điện thoại" },
  { group: "Ban Biên tập", name: "editorialBoardEmail", label: "Email" },
  {
    group: "Cơ quan quản lý cổng",
    name: "operatorName",
    label: "Tên cơ quan",
    hint: "Sở quản lý cổng thông tin và tài khoản người dùng.",
  },
  { group: "Cơ quan quản lý cổng", name: "operatorAddress", label: "Địa chỉ" },
  { group: "Cơ quan quản lý cổng", name: "operatorPhone", label: "Điện thoại" },
  { group: "Cơ quan quản lý cổng", name: "operatorEmail", label: "Email" },
  {
    group: "Chân trang",
    name: "legalBasis",
    label: "Căn cứ pháp lý",
    hint: "Dòng cuối của chân trang mọi trang.",
    multiline: true,
  },
];
