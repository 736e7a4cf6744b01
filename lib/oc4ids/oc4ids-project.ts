import type { Prisma } from "@/lib/generated/prisma/client";
import type { templateColumnsSelect } from "@/lib/projects/project-form-mapping";
import { FIELD_KEYS, templateField, type FieldKey } from "@/lib/template/fields";
import {
  DATA_LANGUAGE,
  EXTENSION_PROPERTY,
  PORTAL_SECTOR_SCHEME,
  PROJECT_TYPE,
  PUBLIC_AUTHORITY_ROLE,
  PUBLISHED_PROJECT_STATUS,
  SECTOR_TO_OC4IDS,
} from "./oc4ids-codes";
import { OC4IDS_FIELDS } from "./oc4ids-fields";

// One published project as an OC4IDS 0.9 project: the standard's fields where it has them, the
// template's other fields in the local extension (extension/release-schema.json). Pure, so the unit
// tests can check it field by field; lib/oc4ids/oc4ids-package.ts reads the rows.

type Code = { code: string; name: string };

/**
 * What the builder reads of a project (lib/oc4ids/oc4ids-package.ts selects exactly this): every
 * template column, as the field table names them, and the relations.
 */
export type Oc4idsSourceProject = Prisma.ProjectGetPayload<{ select: typeof templateColumnsSelect }> & {
  id: string;
  slug: string | null;
  publishedAt: Date | null;
  lastConfirmedAt: Date | null;
  sector: Code | null;
  investmentForm: Code | null;
  organization: Code;
  locations: { location: Code }[];
  /** Public files only: the package reads no other. */
  attachments: { id: string; originalName: string; mimeType: string; createdAt: Date }[];
};

export interface Oc4idsContext {
  /** The portal's public address, without a trailing slash. */
  origin: string;
  /** OC4IDS_PREFIX: "oc4ids-xxxxxx-". */
  prefix: string;
  /** "tỉnh Kiên Giang": the region of every address. */
  provinceName: string;
}

const COUNTRY = "Việt Nam";
const DAYS_PER_YEAR = 365.25;

/** A text the standard accepts (minLength 1), or nothing. */
const text = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** An absolute http(s) URI, normalised (non-ASCII escaped), or nothing: the schema checks the format. */
function httpUri(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Drops undefined members and objects left empty: the standard wants every string non-empty and
 * every object with at least one property (minProperties 1).
 */
function compact<T extends Record<string, unknown>>(value: T): Partial<T> | undefined {
  const entries = Object.entries(value).filter(([, member]) => member !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}

/** The party id of a unit: the same for every project the unit proposes, across the package. */
export function partyId(organizationCode: string): string {
  return `org-${organizationCode}`;
}

/** The project's OC4IDS id: the registered prefix and the portal's own id, which never changes. */
export function oc4idsProjectId(prefix: string, projectId: string): string {
  return `${prefix}${projectId}`;
}

/** A map point as GeoJSON (longitude first), or nothing when the project has none or it is out of range. */
function pointGeometry(project: Oc4idsSourceProject) {
  const { latitude, longitude } = project;
  if (typeof latitude !== "number" || typeof longitude !== "number") return undefined;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    return undefined;
  }
  return { type: "Point", coordinates: [longitude, latitude] };
}

/** A field's value in the extension, by the field table's kind. */
function extensionValue(key: FieldKey, project: Oc4idsSourceProject): unknown {
  const field = templateField(key);
  switch (field.kind) {
    case "choice": {
      const chosen = field.list === "sectors" ? project.sector : project.investmentForm;
      return chosen ? { id: chosen.code, name: chosen.name } : undefined;
    }
    case "money": {
      const stored = project[field.column];
      return stored === null ? undefined : { amount: Number(stored), currency: field.currency };
    }
    case "multiChoice":
      return undefined;
    default: {
      const stored = (project as unknown as Record<string, unknown>)[field.column];
      if (typeof stored === "number") return stored;
      return typeof stored === "string" ? text(stored) : undefined;
    }
  }
}

/** The extension's object: every field the table places under it, derived from the field table. */
function investmentCall(project: Oc4idsSourceProject) {
  const values: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) {
    const placement = OC4IDS_FIELDS[key];
    if (!placement.extension) continue;
    // "investmentCall.capitalUsd.amount" → "capitalUsd": the field's object in the extension.
    const property = placement.paths[0]!.split(".")[1]!;
    values[property] = extensionValue(key, project);
  }
  values.firstPublished = project.publishedAt?.toISOString();
  values.lastConfirmed = project.lastConfirmedAt?.toISOString();
  return compact(values);
}

export function toOc4idsProject(project: Oc4idsSourceProject, context: Oc4idsContext) {
  const authorityId = partyId(project.organization.code);
  const authorityName = text(project.unitName) ?? project.organization.name;
  const pageUrl = project.slug ? `${context.origin}/projects/${project.slug}` : undefined;
  const sectors = project.sector ? SECTOR_TO_OC4IDS[project.sector.code] : undefined;
  const contactName = text(project.contactName);

  // The site itself: the template's free text and, when set, the map point.
  const siteText = text(project.locationText);
  const geometry = pointGeometry(project);
  const site = siteText || geometry ? compact({ id: "site", description: siteText, geometry }) : undefined;
  const districts = project.locations.map(({ location }) => ({
    id: location.code,
    description: location.name,
    address: { locality: location.name, region: context.provinceName, countryName: COUNTRY },
  }));

  const documents = [
    ...(pageUrl
      ? [
          compact({
            id: "project-page",
            title: text(project.name),
            description: "Trang công khai của dự án trên cổng thông tin, với mọi trường của mẫu.",
            url: pageUrl,
            format: "text/html",
            language: DATA_LANGUAGE,
            datePublished: project.publishedAt?.toISOString(),
          }),
        ]
      : []),
    ...project.attachments.map((file) =>
      compact({
        id: `attachment-${file.id}`,
        title: text(file.originalName),
        url: `${context.origin}/api/attachments/${file.id}`,
        format: text(file.mimeType),
        datePublished: file.createdAt.toISOString(),
      }),
    ),
  ];

  const durationInDays = project.durationYears ? Math.round(project.durationYears * DAYS_PER_YEAR) : undefined;

  return compact({
    id: oc4idsProjectId(context.prefix, project.id),
    updated: (project.lastConfirmedAt ?? project.publishedAt)?.toISOString(),
    title: text(project.name),
    description: text(project.objectives),
    status: PUBLISHED_PROJECT_STATUS,
    period: durationInDays ? { durationInDays } : undefined,
    sector: sectors && sectors.length > 0 ? [...sectors] : undefined,
    purpose: text(project.socialEfficiency),
    additionalClassifications: project.sector
      ? [{ scheme: PORTAL_SECTOR_SCHEME, id: project.sector.code, description: project.sector.name }]
      : undefined,
    type: PROJECT_TYPE,
    locations: site || districts.length > 0 ? [...(site ? [site] : []), ...districts] : undefined,
    budget: project.capitalVnd === null ? undefined : { amount: { amount: Number(project.capitalVnd), currency: "VND" } },
    parties: [
      compact({
        id: authorityId,
        name: authorityName,
        address: compact({
          streetAddress: text(project.unitAddress),
          region: context.provinceName,
          countryName: COUNTRY,
        }),
        contactPoint: compact({
          name: contactName,
          email: text(project.unitEmail),
          telephone: text(project.unitPhone),
          faxNumber: text(project.unitFax),
          url: project.unitWebsite ? httpUri(project.unitWebsite) : undefined,
        }),
        roles: [PUBLIC_AUTHORITY_ROLE],
        people: contactName ? [compact({ id: "contact", name: contactName, jobTitle: text(project.contactTitle) })] : undefined,
      }),
    ],
    publicAuthority: { id: authorityId, name: authorityName },
    documents: documents.length > 0 ? documents : undefined,
    language: DATA_LANGUAGE,
    [EXTENSION_PROPERTY]: investmentCall(project),
  });
}

export type Oc4idsProject = NonNullable<ReturnType<typeof toOc4idsProject>>;
