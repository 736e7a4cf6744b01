import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownProjectWhere } from "@/lib/projects/own-project-where";

/**
 * Whose expressions of interest a user may read: a unit's, about its own projects; an admin's, all
 * (to answer a request for deletion). Nobody else sees an investor's details, not the Editorial
 * Board either. Every reader and writer of enquiries starts from this.
 */
export function enquiryWhere(user: CurrentUser): Prisma.EnquiryWhereInput {
  if (can(user.role, "enquiry:manage")) return {};
  if (can(user.role, "enquiry:answer")) return { project: ownProjectWhere(user) };
  return { id: "__none__" };
}
