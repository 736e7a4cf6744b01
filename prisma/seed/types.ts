export type DemoOrganizationCode = "so-gtvt" | "ubnd-kien-luong" | "so-khdt" | "ubnd-phu-quoc" | "so-nnptnt" | "so-vhttdl";

export interface DemoProject {
  /** Unique, stable: the seeded row's id is derived from it, so seeding twice updates instead of duplicating. */
  key: string;
  organization: DemoOrganizationCode;
  status: "PUBLISHED" | "DRAFT" | "SUBMITTED";
  sector: string;
  form: string;
  locations: string[];
  name: string;
  /** The unit's own English name and summary; most demo projects have none, as most units give none. */
  nameEn?: string;
  summaryEn?: string;
  objectives: string;
  capitalTy: number;
  capitalUsdMillion?: number;
  scale: string;
  areaHa?: number;
  durationYears: number;
  implementationPlan: string;
  legalBasis: string;
  locationText: string;
  infrastructure: string;
  incentives: string;
  socialEfficiency: string;
  dossierSubmission: string;
  publishedDaysAgo?: number;
}
