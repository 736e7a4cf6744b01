import { expect, test, type TestData, type TestUser } from "../e2e/fixtures";
import { SECOND_SERVER_URL, signIn } from "../e2e/support";
import { databaseFingerprint } from "./database";
import { clientAs } from "./support";

// Route handlers that change data answer only the portal's own pages, as Next.js's server actions
// do (see "a cross-site POST to an action is refused before it runs" in server-actions.spec.ts).

const PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n";
const REFUSED = { message: "Yêu cầu đến từ trang web khác nên bị từ chối." };
const pdf = (name: string) => ({ file: { name, mimeType: "application/pdf", buffer: Buffer.from(PDF) } });

/** A submitter of a unit of its own, and a new draft of that unit. */
async function submitterDraft(data: TestData): Promise<{ projectId: string; submitter: TestUser }> {
  const unit = await data.unit();
  const submitter = await data.user("SUBMITTER", { unit });
  const { id } = await data.project(unit, { name: "Bản nháp có tệp đính kèm", formStep: 1 });
  return { projectId: id, submitter };
}

test("uploads and deletions sent with another origin are refused and change nothing", async ({ baseURL, data }) => {
  const { projectId, submitter } = await submitterDraft(data);
  const client = await clientAs(baseURL!, submitter);
  const own = await client.post(`/api/projects/${projectId}/attachments`, {
    headers: { Origin: baseURL! },
    multipart: pdf("to-trinh.pdf"),
  });
  expect(own.status()).toBe(201);
  const { id } = (await own.json()) as { id: string };
  const before = await databaseFingerprint();

  const foreign: Record<string, string>[] = [
    { Origin: "https://evil.example" },
    { Origin: "http://127.0.0.1:1" },
    { Origin: "null" },
    // Without a trusted proxy in front, the server drops a client's own X-Forwarded-Host.
    { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" },
  ];
  for (const headers of foreign) {
    const upload = await client.post(`/api/projects/${projectId}/attachments`, { headers, multipart: pdf("la.pdf") });
    expect(upload.status(), JSON.stringify(headers)).toBe(403);
    expect(await upload.json()).toEqual(REFUSED);
    const removal = await client.delete(`/api/attachments/${id}`, { headers });
    expect(removal.status(), JSON.stringify(headers)).toBe(403);
    expect(await removal.json()).toEqual(REFUSED);
  }
  expect(await databaseFingerprint()).toEqual(before);
  expect((await client.get(`/api/attachments/${id}`)).status()).toBe(200);
});

test("a page of the same site on another port cannot upload with the user's session", async ({ page, baseURL, data }) => {
  const { projectId, submitter } = await submitterDraft(data);
  await signIn(page, submitter);
  const before = await databaseFingerprint();

  // Another origin on the same host: the second test server, standing in for any page there. Ports
  // do not count for SameSite, so the browser sends the Lax session cookie along: only the Origin
  // check stands between that page and the upload.
  await page.goto(`${SECOND_SERVER_URL}/api/health`);
  const uploadUrl = `${baseURL}/api/projects/${projectId}/attachments`;
  const [response] = await Promise.all([
    page.waitForResponse(uploadUrl),
    page.evaluate(
      ([url, text]) => {
        const body = new FormData();
        body.set("file", new File([text], "csrf.pdf", { type: "application/pdf" }));
        return fetch(url, { method: "POST", body, credentials: "include", mode: "no-cors" }).then(() => undefined);
      },
      [uploadUrl, PDF] as const,
    ),
  ]);
  // Without the check this answered 201: the cookie went along, and the file was added.
  expect(response.status()).toBe(403);
  expect(await databaseFingerprint()).toEqual(before);
});
