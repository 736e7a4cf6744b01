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

/** Section I of the template for a new project call: a copy of the unit's details, editable per project. */
export function unitSnapshot(organization: OrganizationContact) {
  return {
    unitName: organization.name,
    unitAddress: organization.address,
    unitPhone: organization.phone,
    unitFax: organization.fax,
    unitEmail: organization.email,
    unitWebsite: organization.website,
    contactName: organization.contactName,
    contactTitle: organization.contactTitle,
  };
}
