import type { Metadata } from "next";
import Link from "next/link";
import { ProjectForm } from "@/components/project-form/project-form";
import { requirePagePermission } from "@/lib/auth/current-user";
import { mapTiles } from "@/lib/maps/map-tiles";
import { getReferenceData } from "@/lib/catalogue/reference-data";
import { getOrganizationDefaults } from "@/lib/projects/get-own-project";
import { PROJECT_FORM_DEFAULTS } from "@/lib/projects/project-form-schema";
import { unitSnapshot } from "@/lib/projects/unit-snapshot";

export const metadata: Metadata = { title: "Lập hồ sơ dự án mới" };

export default async function NewProjectPage() {
  const user = await requirePagePermission("project:file", "/dashboard/projects/new");
  const [organization, reference] = await Promise.all([getOrganizationDefaults(user), getReferenceData()]);
  const initialValues = {
    ...PROJECT_FORM_DEFAULTS,
    locationCodes: [],
    ...(organization ? unitSnapshot(organization) : {}),
  };
  return (
    <>
      <Link href="/dashboard" className="text-sm text-brand-700 underline">
        ‹ Dự án của đơn vị
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Lập hồ sơ dự án kêu gọi đầu tư</h1>
      <p className="mt-1 text-slate-600">
        Theo mẫu Phụ lục (Công văn 786/UBND-VHXH). Thông tin đơn vị đã được điền sẵn, có thể sửa cho riêng dự án này.
      </p>
      <ProjectForm initialStep={1} initialValues={initialValues} attachments={[]} options={reference} tiles={mapTiles()} />
    </>
  );
}
