import type { SiteSettingsValues } from "@/lib/settings/site-settings-defaults";
import { portalTitle } from "@/lib/settings/site-settings-defaults";

// schema.org descriptions of the public pages (JSON-LD), built from what the page itself shows:
// the portal as a GovernmentOrganization, a project call as a Project, the catalogue's data as a
// Dataset, and where each page sits (BreadcrumbList). `absolute` turns a path into the portal's URL.

type Absolute = (path: string) => string;

/** The Editorial Board that publishes the portal, for the province it serves. */
export function portalOrganization(settings: SiteSettingsValues, absolute: Absolute) {
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentOrganization",
    "@id": absolute("/#to-chuc"),
    name: settings.editorialBoardName,
    alternateName: portalTitle(settings),
    url: absolute("/"),
    areaServed: { "@type": "AdministrativeArea", name: settings.provinceName },
    parentOrganization: { "@type": "GovernmentOrganization", name: settings.operatorName },
    ...(settings.editorialBoardAddress || settings.operatorAddress
      ? { address: settings.editorialBoardAddress || settings.operatorAddress }
      : {}),
    ...(settings.editorialBoardEmail ? { email: settings.editorialBoardEmail } : {}),
    ...(settings.editorialBoardPhone ? { telephone: settings.editorialBoardPhone } : {}),
  };
}

/** The pages above this one, then this one: "Trang chủ › Dự án › Cảng cá Tắc Cậu". */
export function breadcrumbList(items: { name: string; path: string }[], absolute: Absolute) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absolute(item.path),
    })),
  };
}

export interface ProjectFacts {
  slug: string;
  name: string;
  objectives: string;
  unitName: string;
  unitWebsite: string;
  sector: { name: string } | null;
  locations: { location: { name: string } }[];
}

/** A project call: the unit that proposes it and where it is, in the words of its page. */
export function projectStructuredData(project: ProjectFacts, settings: SiteSettingsValues, absolute: Absolute) {
  return {
    "@context": "https://schema.org",
    "@type": "Project",
    "@id": absolute(`/projects/${project.slug}#du-an`),
    name: project.name,
    description: project.objectives,
    url: absolute(`/projects/${project.slug}`),
    identifier: project.slug,
    ...(project.sector ? { keywords: project.sector.name } : {}),
    areaServed: project.locations.map(({ location }) => ({
      "@type": "AdministrativeArea",
      name: `${location.name}, ${settings.provinceName}`,
    })),
    parentOrganization: {
      "@type": "GovernmentOrganization",
      name: project.unitName,
      ...(project.unitWebsite
        ? { url: /^https?:\/\//.test(project.unitWebsite) ? project.unitWebsite : `https://${project.unitWebsite}` }
        : {}),
    },
    // The proposing unit's call, published by the portal's Editorial Board.
    sponsor: { "@id": absolute("/#to-chuc") },
  };
}

export interface DatasetDownload {
  format: string;
  contentType: string;
  path: string;
}

/** The published projects (of a catalogue view) as a dataset, with its downloads and licence. */
export function projectsDataset(
  input: {
    name: string;
    description: string;
    path: string;
    licenceUrl: string;
    downloads: DatasetDownload[];
  },
  settings: SiteSettingsValues,
  absolute: Absolute,
) {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: input.name,
    description: input.description,
    url: absolute(input.path),
    license: input.licenceUrl,
    isAccessibleForFree: true,
    inLanguage: "vi",
    spatialCoverage: { "@type": "Place", name: settings.provinceName },
    creator: {
      "@type": "GovernmentOrganization",
      name: settings.editorialBoardName,
      url: absolute("/"),
    },
    distribution: input.downloads.map((download) => ({
      "@type": "DataDownload",
      name: download.format,
      encodingFormat: download.contentType,
      contentUrl: absolute(download.path),
    })),
  };
}
