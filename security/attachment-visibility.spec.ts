import { expect, test } from "../e2e/fixtures";
import { testDatabase } from "./database";
import { clientAs } from "./support";

// An attacker after a unit's internal files: guessed ids, files of calls that are not (or no
// longer) published, and the public page's own payload. Only a public file of a published call is
// ever served to them, and every refusal looks the same as a file that does not exist.

const PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n";

async function setStatus(projectId: string, status: "DRAFT" | "SUBMITTED" | "PUBLISHED" | "ARCHIVED", slug: string | null) {
  const prisma = testDatabase();
  try {
    await prisma.project.update({ where: { id: projectId }, data: { status, slug, publishedAt: slug ? new Date() : null } });
  } finally {
    await prisma.$disconnect();
  }
}

test("only a public file of a published call reaches the public; internal and unpublished files look absent", async ({
  baseURL,
  data,
}) => {
  const submitter = await data.user("SUBMITTER", { unit: await data.unit() });
  const district = await data.user("SUBMITTER", { unit: await data.unit({ kind: "DISTRICT" }) });
  const prisma = testDatabase();
  const { organizationId } = submitter;
  const { id: projectId } = await prisma.project.create({
    data: { organizationId: organizationId!, name: "Dự án thử quyền tệp" },
    select: { id: true },
  });
  await prisma.$disconnect();

  const owner = await clientAs(baseURL!, submitter);
  const upload = async (name: string, visibility?: string) => {
    const response = await owner.post(`/api/projects/${projectId}/attachments`, {
      headers: { Origin: baseURL! },
      multipart: {
        file: { name, mimeType: "application/pdf", buffer: Buffer.from(PDF) },
        ...(visibility ? { visibility } : {}),
      },
    });
    expect(response.status(), name).toBe(201);
    return (await response.json()) as { id: string; isPublic: boolean };
  };
  const shown = await upload("ban-do-cong-khai.pdf", "public");
  const hidden = await upload("bien-ban-noi-bo.pdf");
  expect([shown.isPublic, hidden.isPublic]).toEqual([true, false]);
  const odd = await owner.post(`/api/projects/${projectId}/attachments`, {
    headers: { Origin: baseURL! },
    multipart: { file: { name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) }, visibility: "everyone" },
  });
  expect(odd.status()).toBe(422);

  const anonymous = await clientAs(baseURL!, null);
  const otherUnit = await clientAs(baseURL!, district);
  const absent = await (await anonymous.get("/api/attachments/cm0000000000000000000000")).text();
  const expectAbsent = async (id: string, what: string) => {
    for (const [who, client] of [
      ["anonymous", anonymous],
      ["another unit", otherUnit],
    ] as const) {
      const response = await client.get(`/api/attachments/${id}`);
      expect(response.status(), `${what}, ${who}`).toBe(404);
      expect(await response.text(), `${what}, ${who}`).toBe(absent);
    }
  };

  // A draft's files, public or not, are nobody's business but the unit's.
  await expectAbsent(shown.id, "public file of a draft");
  await expectAbsent(hidden.id, "internal file of a draft");
  expect((await owner.get(`/api/attachments/${hidden.id}`)).status()).toBe(200);
  await setStatus(projectId, "SUBMITTED", null);
  await expectAbsent(shown.id, "public file of a call waiting for review");

  // Published: the public file downloads (never rendered inline); the internal one still looks absent.
  await setStatus(projectId, "PUBLISHED", "du-an-thu-quyen-tep");
  const download = await anonymous.get(`/api/attachments/${shown.id}`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(await download.text()).toBe(PDF);
  await expectAbsent(hidden.id, "internal file of a published call");
  // Guessing near a real id, or sending junk, gives the same answer.
  for (const guess of [`${hidden.id.slice(0, -1)}x`, hidden.id.toUpperCase(), "../../etc/passwd", `${shown.id}%00`]) {
    const response = await anonymous.get(`/api/attachments/${encodeURIComponent(guess)}`);
    expect(response.status(), guess).toBe(404);
  }
  // The page and its server-component payload never name the internal file.
  for (const url of ["/projects/du-an-thu-quyen-tep", "/projects/du-an-thu-quyen-tep?_rsc=1"]) {
    const page = await (await anonymous.get(url, { headers: url.includes("_rsc") ? { RSC: "1" } : {} })).text();
    expect(page, url).toContain("ban-do-cong-khai.pdf");
    expect(page, url).not.toContain("bien-ban-noi-bo");
    expect(page, url).not.toContain(hidden.id);
  }

  // Nobody but the unit changes a file's visibility, and not even the unit once the call is published.
  const makePublic = { headers: { Origin: baseURL! }, data: { visibility: "public" } };
  expect((await anonymous.patch(`/api/attachments/${hidden.id}`, makePublic)).status()).toBe(401);
  expect((await otherUnit.patch(`/api/attachments/${hidden.id}`, makePublic)).status()).toBe(404);
  expect((await owner.patch(`/api/attachments/${hidden.id}`, makePublic)).status()).toBe(409);
  const foreign = { headers: { Origin: "https://ke-gian.example" }, data: { visibility: "public" } };
  expect((await owner.patch(`/api/attachments/${hidden.id}`, foreign)).status()).toBe(403);
  await expectAbsent(hidden.id, "internal file after the refused changes");

  // Withdrawn: its public files go with it.
  await setStatus(projectId, "ARCHIVED", "du-an-thu-quyen-tep");
  await expectAbsent(shown.id, "public file of a withdrawn call");
});
