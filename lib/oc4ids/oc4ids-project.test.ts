import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SECTORS } from "@/prisma/seed/reference-data";
import { FIELD_KEYS, type FieldKey } from "@/lib/template/fields";
import {
  extensionSchema,
  oc4idsErrors,
  officialSchemaDir,
  officialValidator,
  packageOf,
  subsetSchema,
} from "@/tests/support/oc4ids-validator";
import { PROJECT_TYPE, PUBLIC_AUTHORITY_ROLE, PUBLISHED_PROJECT_STATUS, SECTOR_TO_OC4IDS } from "./oc4ids-codes";
import { extensionReleaseSchema } from "./oc4ids-extension";
import { OC4IDS_FIELDS } from "./oc4ids-fields";
import { toOc4idsProject, type Oc4idsContext, type Oc4idsSourceProject } from "./oc4ids-project";

const CONTEXT: Oc4idsContext = {
  origin: "https://dautu.example.vn",
  prefix: "oc4ids-kg0000-",
  provinceName: "tỉnh Kiên Giang",
};

const marker = (key: string) => `Giá trị của ${key}`;

/** A project whose every template field holds a value of its own. */
function fullProject(overrides: Partial<Oc4idsSourceProject> = {}): Oc4idsSourceProject {
  return {
    id: "cm0project0000000000000001",
    slug: "cang-ca-tac-cau",
    unitName: marker("unitName"),
    unitAddress: marker("unitAddress"),
    unitPhone: "0297 3862 111",
    unitFax: "0297 3862 222",
    unitEmail: "lienhe@sgtvt.example.vn",
    unitWebsite: "https://sgtvt.example.vn",
    contactName: marker("contactName"),
    contactTitle: marker("contactTitle"),
    name: marker("name"),
    nameEn: marker("nameEn"),
    objectives: marker("objectives"),
    summaryEn: marker("summaryEn"),
    capitalVnd: 1_250_500_000_000n,
    capitalUsd: 49_200_000n,
    scale: marker("scale"),
    areaHa: 12.5,
    durationYears: 50,
    implementationPlan: marker("implementationPlan"),
    legalBasis: marker("legalBasis"),
    locationText: marker("locationText"),
    latitude: 10.3833,
    longitude: 104.4833,
    infrastructure: marker("infrastructure"),
    incentives: marker("incentives"),
    socialEfficiency: marker("socialEfficiency"),
    dossierSubmission: marker("dossierSubmission"),
    publishedAt: new Date("2026-03-14T08:30:00Z"),
    lastConfirmedAt: new Date("2026-09-01T02:00:00Z"),
    sector: { code: "giao-thong", name: "Giao thông" },
    investmentForm: { code: "ppp-bot", name: "PPP – BOT" },
    organization: { code: "so-gtvt", name: "Sở Giao thông vận tải" },
    locations: [
      { location: { code: "ha-tien", name: "Thành phố Hà Tiên" } },
      { location: { code: "kien-luong", name: "Huyện Kiên Lương" } },
    ],
    attachments: [
      {
        id: "cm0file0000000000000000001",
        originalName: "Bản đồ vị trí.pdf",
        mimeType: "application/pdf",
        createdAt: new Date("2026-03-01T00:00:00Z"),
      },
    ],
    ...overrides,
  };
}

/** The values a path (OC4IDS_FIELDS' notation) reaches in a project. */
function valuesAt(data: unknown, fieldPath: string): unknown[] {
  let current: unknown[] = [data];
  for (const part of fieldPath.split(".")) {
    const [, name, selector] = /^(\w+)(?:\[(\w*)\])?$/.exec(part)!;
    current = current.flatMap((value) =>
      value && typeof value === "object" && name! in value ? [(value as Record<string, unknown>)[name!]] : [],
    );
    if (selector === undefined) continue;
    current = current
      .flatMap((value) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []))
      .filter(
        (element) => selector === "" || element.id === selector || (element.roles as string[] | undefined)?.includes(selector),
      );
  }
  return current;
}

/** What each field of fullProject() must read at each of its paths, in the table's order. */
const EXPECTED: Record<FieldKey, unknown[]> = {
  unitName: [marker("unitName"), marker("unitName")],
  unitAddress: [marker("unitAddress")],
  unitPhone: ["0297 3862 111"],
  unitFax: ["0297 3862 222"],
  unitEmail: ["lienhe@sgtvt.example.vn"],
  unitWebsite: ["https://sgtvt.example.vn/"],
  contactName: [marker("contactName"), marker("contactName")],
  contactTitle: [marker("contactTitle")],
  sectorCode: [["transport"], "giao-thong"],
  name: [marker("name")],
  nameEn: [marker("nameEn")],
  objectives: [marker("objectives")],
  summaryEn: [marker("summaryEn")],
  investmentFormCode: ["ppp-bot"],
  capitalTy: [1_250_500_000_000],
  capitalUsdMillion: [49_200_000],
  scale: [marker("scale")],
  areaHa: [12.5],
  durationYears: [50, 18_263],
  implementationPlan: [marker("implementationPlan")],
  legalBasis: [marker("legalBasis")],
  locationCodes: ["ha-tien"],
  locationText: [marker("locationText")],
  latitude: [[104.4833, 10.3833]],
  longitude: [[104.4833, 10.3833]],
  infrastructure: [marker("infrastructure")],
  incentives: [marker("incentives")],
  socialEfficiency: [marker("socialEfficiency")],
  dossierSubmission: [marker("dossierSubmission")],
};

/** The codes the subset schema allows at a path of its definitions ("Project.status"). */
function schemaCodes(at: string): string[] {
  const [definition, ...properties] = at.split(".");
  let node = (subsetSchema.definitions as Record<string, { properties: Record<string, unknown> }>)[definition!] as unknown;
  for (const property of properties) {
    const schema = node as { properties: Record<string, unknown>; items?: unknown };
    node = property === "items" ? schema.items : schema.properties[property];
  }
  return (node as { enum: string[] }).enum;
}

describe("a project as OC4IDS", () => {
  const project = toOc4idsProject(fullProject(), CONTEXT)!;

  it.each(FIELD_KEYS)("puts the template's %s where the mapping table says", (key) => {
    const { paths } = OC4IDS_FIELDS[key];
    expect(paths).toHaveLength(EXPECTED[key].length);
    paths.forEach((fieldPath, index) => {
      expect(valuesAt(project, fieldPath), fieldPath).toContainEqual(EXPECTED[key][index]);
    });
  });

  it("validates against the portal's OC4IDS subset schema, with the local extension", () => {
    expect(oc4idsErrors(packageOf([project]))).toEqual([]);
    expect(project).toMatchObject({
      id: "oc4ids-kg0000-cm0project0000000000000001",
      status: "identification",
      type: "construction",
      budget: { amount: { amount: 1_250_500_000_000, currency: "VND" } },
      publicAuthority: { id: "org-so-gtvt", name: marker("unitName") },
      updated: "2026-09-01T02:00:00.000Z",
      language: "vi",
    });
  });

  it("names the proposing unit as the public authority, with its contact point", () => {
    expect(project.parties).toEqual([
      {
        id: "org-so-gtvt",
        name: marker("unitName"),
        address: { streetAddress: marker("unitAddress"), region: "tỉnh Kiên Giang", countryName: "Việt Nam" },
        contactPoint: {
          name: marker("contactName"),
          email: "lienhe@sgtvt.example.vn",
          telephone: "0297 3862 111",
          faxNumber: "0297 3862 222",
          url: "https://sgtvt.example.vn/",
        },
        roles: ["publicAuthority"],
        people: [{ id: "contact", name: marker("contactName"), jobTitle: marker("contactTitle") }],
      },
    ]);
  });

  it("links the public page and the public files as documents", () => {
    expect(project.documents).toEqual([
      expect.objectContaining({
        id: "project-page",
        url: "https://dautu.example.vn/projects/cang-ca-tac-cau",
        format: "text/html",
      }),
      {
        id: "attachment-cm0file0000000000000000001",
        title: "Bản đồ vị trí.pdf",
        url: "https://dautu.example.vn/api/attachments/cm0file0000000000000000001",
        format: "application/pdf",
        datePublished: "2026-03-01T00:00:00.000Z",
      },
    ]);
  });

  it("leaves out what a project does not have, and stays valid", () => {
    const sparse = toOc4idsProject(
      fullProject({
        unitFax: "",
        unitWebsite: "sgtvt.example.vn",
        capitalUsd: null,
        areaHa: null,
        locationText: " ",
        latitude: null,
        longitude: null,
        attachments: [],
        investmentForm: null,
        sector: { code: "nganh-moi-chua-ghep", name: "Ngành mới" },
      }),
      CONTEXT,
    )!;
    expect(oc4idsErrors(packageOf([sparse]))).toEqual([]);
    expect(sparse.parties![0]!.contactPoint).not.toHaveProperty("faxNumber");
    expect(sparse.parties![0]!.contactPoint).not.toHaveProperty("url");
    expect(sparse).not.toHaveProperty("sector");
    expect(sparse.additionalClassifications).toEqual([
      { scheme: "x_portalSector", id: "nganh-moi-chua-ghep", description: "Ngành mới" },
    ]);
    expect(sparse.locations!.map((location) => location.id)).toEqual(["ha-tien", "kien-luong"]);
    expect(sparse.investmentCall).not.toHaveProperty("capitalUsd");
    expect(sparse.documents).toHaveLength(1);
  });

  it("gives the site a GeoJSON point (longitude first) when the project has a map point", () => {
    const pointed = toOc4idsProject(fullProject({ latitude: 10.3833, longitude: 104.4833 }), CONTEXT)!;
    expect(pointed.locations![0]).toEqual({
      id: "site",
      description: marker("locationText"),
      geometry: { type: "Point", coordinates: [104.4833, 10.3833] },
    });
    expect(oc4idsErrors(packageOf([pointed]))).toEqual([]);
    const unpointed = toOc4idsProject(fullProject({ latitude: null, longitude: null }), CONTEXT)!;
    expect(unpointed.locations![0]).not.toHaveProperty("geometry");
    const noText = toOc4idsProject(fullProject({ locationText: "", latitude: 10, longitude: 104 }), CONTEXT)!;
    expect(noText.locations![0]).toEqual({ id: "site", geometry: { type: "Point", coordinates: [104, 10] } });
    const outOfRange = toOc4idsProject(fullProject({ latitude: 95, longitude: 104 }), CONTEXT)!;
    expect(outOfRange.locations![0]).not.toHaveProperty("geometry");
  });
});

describe("the schema check", () => {
  const project = toOc4idsProject(fullProject(), CONTEXT)!;
  const broken = (change: (copy: Record<string, unknown>) => void) => {
    const copy = structuredClone(project) as Record<string, unknown>;
    change(copy);
    return copy;
  };

  it.each<[string, (copy: Record<string, unknown>) => void, string]>([
    ["a status outside the codelist", (copy) => (copy.status = "published"), "/projects/0/status"],
    ["a type outside the codelist", (copy) => (copy.type = "newBuild"), "/projects/0/type"],
    [
      "a currency that is not ISO 4217",
      (copy) => (copy.budget = { amount: { amount: 1, currency: "đồng" } }),
      "/projects/0/budget/amount/currency",
    ],
    ["an empty title", (copy) => (copy.title = ""), "/projects/0/title"],
    [
      "a document link that is not a URI",
      (copy) => ((copy.documents as { url: string }[])[0]!.url = "trang dự án"),
      "/projects/0/documents/0/url",
    ],
    ["a location without an id", (copy) => delete (copy.locations as { id?: string }[])[0]!.id, "/projects/0/locations/0"],
    ["a missing title", (copy) => delete copy.title, "/projects/0 must have required property 'title'"],
    [
      "a property the portal does not publish",
      (copy) => (copy.titel = "x"),
      '/projects/0 must NOT have additional properties {"additionalProperty":"titel"}',
    ],
    [
      "a party role outside the codelist",
      (copy) => ((copy.parties as { roles: string[] }[])[0]!.roles = ["owner"]),
      "/projects/0/parties/0/roles/0",
    ],
    ["a sector outside the codelist", (copy) => (copy.sector = ["tourism"]), "/projects/0/sector/0"],
    [
      "a contact email that is not an address",
      (copy) => ((copy.parties as { contactPoint: { email: string } }[])[0]!.contactPoint.email = "lienhe tai so"),
      "/projects/0/parties/0/contactPoint/email",
    ],
    [
      "a map point with latitude first",
      (copy) => ((copy.locations as object[])[0] = { id: "site", geometry: { type: "Point", coordinates: [10.38, 104.48] } }),
      "/projects/0/locations/0/geometry/coordinates/1",
    ],
    ["an update time that is not a date-time", (copy) => (copy.updated = "01/09/2026"), "/projects/0/updated"],
  ])("fails on %s", (_what, change, at) => {
    expect(oc4idsErrors(packageOf([broken(change)])).join("\n")).toContain(at);
  });

  it("fails on a field the local extension does not define, or of a wrong type", () => {
    const unknownField = broken((copy) => ((copy.investmentCall as Record<string, unknown>).giaTriLa = "x"));
    expect(oc4idsErrors(packageOf([unknownField])).join("\n")).toContain("/projects/0/investmentCall");
    const wrongType = broken((copy) => ((copy.investmentCall as Record<string, unknown>).durationYears = "50 năm"));
    expect(oc4idsErrors(packageOf([wrongType])).join("\n")).toContain("/projects/0/investmentCall/durationYears");
  });

  it("fails on a package without projects or publisher, or with a property the portal does not publish", () => {
    expect(oc4idsErrors({ ...packageOf([]), projects: undefined, publisher: undefined }).join("\n")).toMatch(
      /projects[\s\S]*publisher|publisher[\s\S]*projects/,
    );
    expect(oc4idsErrors({ ...packageOf([]), publishedAt: "2026-11-30" }).join("\n")).toContain("publishedAt");
    expect(oc4idsErrors(packageOf([]))).toEqual([]);
  });
});

describe("the official OC4IDS schema (OC4IDS_SCHEMA_DIR)", () => {
  const official = officialSchemaDir();
  if ("skipReason" in official) console.info(`Skipped the official-schema test: ${official.skipReason}`);

  it("validates the projects, as published and with the local extension merged in", (ctx) => {
    if ("skipReason" in official) return ctx.skip(official.skipReason);
    const errors = officialValidator(official.dir);
    const projects = [project(), project({ latitude: 10.3833, longitude: 104.4833, capitalUsd: null, unitFax: "" })];
    expect(errors(packageOf(projects))).toEqual([]);
    expect(errors(packageOf(projects), { withExtension: true })).toEqual([]);
    const wrongStatus = { ...projects[0]!, status: "published" };
    expect(errors(packageOf([wrongStatus])).join("\n")).toContain("/projects/0/status");
  });

  function project(overrides: Partial<Oc4idsSourceProject> = {}) {
    return toOc4idsProject(fullProject(overrides), CONTEXT)!;
  }
});

describe("the codes", () => {
  it("map every seeded sector to codes of the projectSector codelist", () => {
    const known = new Set(schemaCodes("Project.sector.items"));
    for (const [code] of SECTORS) {
      const mapped = SECTOR_TO_OC4IDS[code];
      expect(mapped, code).toBeDefined();
      for (const oc4ids of mapped!) expect(known, `${code} → ${oc4ids}`).toContain(oc4ids);
    }
  });

  it("use a status, a type and a party role of their codelists", () => {
    expect(schemaCodes("Project.status")).toContain(PUBLISHED_PROJECT_STATUS);
    expect(schemaCodes("Project.type")).toContain(PROJECT_TYPE);
    expect(schemaCodes("Party.roles.items")).toContain(PUBLIC_AUTHORITY_ROLE);
  });

  it("keep the committed extension schema as the field table writes it (npx tsx scripts/oc4ids-extension.ts)", () => {
    expect(extensionSchema).toEqual(extensionReleaseSchema());
  });
});

describe("the README's mapping table", () => {
  const readme = readFileSync(path.join(process.cwd(), "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### OC4IDS"));

  it.each(FIELD_KEYS)("lists %s at the paths of the mapping table", (key) => {
    const row = section.split("\n").find((line) => line.startsWith(`| \`${key}\` `));
    expect(row, `README row for ${key}`).toBeDefined();
    for (const fieldPath of OC4IDS_FIELDS[key].paths) expect(row).toContain(`\`${fieldPath}\``);
  });

  it.each(Object.entries(SECTOR_TO_OC4IDS))("lists the sector %s as %j", (sector, codes) => {
    const row = section.split("\n").find((line) => line.startsWith(`| \`${sector}\` `));
    expect(row, `README row for ${sector}`).toContain(codes.map((code) => `\`${code}\``).join(", "));
  });
});
