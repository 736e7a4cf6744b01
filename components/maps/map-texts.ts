import type { getTranslations } from "next-intl/server";

/** What a public map says, in the page's language; given by the server to the map's client code. */
export interface MapTexts {
  loading: string;
  tilesMissing: string;
  pin: string;
  /** "{count} dự án ở gần nhau – phóng to để xem": `{count}` is filled in on the map. */
  cluster: string;
  /** Where a pin's link goes: "/projects" or "/en/projects". */
  projectsPath: string;
}

type ProjectTranslator = Awaited<ReturnType<typeof getTranslations<"project">>>;

export function mapTexts(t: ProjectTranslator, projectsPath: string): MapTexts {
  return {
    loading: t("map.loading"),
    tilesMissing: t("map.tilesMissing"),
    pin: t("map.pin"),
    cluster: t("map.cluster", { count: "{count}" }),
    projectsPath,
  };
}
