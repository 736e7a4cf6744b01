import { fieldsOfSection, templateField, type FieldKey, type TemplateFieldOf } from "@/lib/template/fields";

type SectionIKey = { [K in FieldKey]: TemplateFieldOf<K> extends { section: "I" } ? K : never }[FieldKey];

/** An organisation's own contact details, as stored on it. */
export interface OrganizationContact {
  name: string;
  address: string;
  phone: string;
  fax: string;
  email: string;
  website: string;
  contactName: string;
  contactTitle: string;
}

/**
 * Section I of the template for a new project call: a copy of the unit's details, editable per
 * project. The table says which of the unit's details each field starts from.
 */
export function unitSnapshot(organization: OrganizationContact): Record<SectionIKey, string> {
  const snapshot = {} as Record<SectionIKey, string>;
  for (const key of fieldsOfSection("I")) {
    const source = templateField(key).fromOrganization;
    if (source) snapshot[key as SectionIKey] = organization[source];
  }
  return snapshot;
}
