import { columnsToFormValues, projectFormRowSelect } from "@/lib/projects/project-form-mapping";
import { expect, test } from "../e2e/fixtures";
import { apiSignIn } from "../e2e/support";
import { callAction, clientAs, serverActions } from "./support";

// A decision applies only to what the reviewer had on screen. The unit acts through the server
// actions directly (as a script would); the reviewer works in a real browser page.

test("an edit approved after the unit withdrew the call is refused, naming the withdrawal", async ({
  browser,
  baseURL,
  data,
}) => {
  const prisma = data.database;
  const actions = Object.fromEntries(serverActions().map((action) => [action.name, action]));
  // A district of its own with a published call and no pending edit.
  const district = await data.unit({ kind: "DISTRICT" });
  const officer = await data.user("SUBMITTER", { unit: district });
  const reviewerAccount = await data.user("REVIEWER");
  const { id } = await data.project(district, { status: "PUBLISHED", model: "nang-cap-duong-kien-luong-hon-chong" });
  const project = await prisma.project.findUniqueOrThrow({
    where: { id },
    select: { ...projectFormRowSelect, id: true, slug: true },
  });
  const unit = await clientAs(baseURL!, officer);
  const values = { ...columnsToFormValues(project), name: `${project.name} – bản cập nhật chưa duyệt` };
  const sent = await callAction(unit, baseURL!, actions.submitRevisionAction!, [{ projectId: project.id, values }]);
  expect(await sent.text()).toContain('"ok":true');

  const reviewer = await (await browser.newContext()).newPage();
  await apiSignIn(reviewer.request, reviewerAccount.email, reviewerAccount.password);
  await reviewer.goto(`/review/${project.id}`);
  await expect(reviewer.getByRole("region", { name: /Bản cập nhật chờ duyệt/ })).toContainText("bản cập nhật chưa duyệt");

  const { version } = await prisma.project.findUniqueOrThrow({ where: { id: project.id }, select: { version: true } });
  const withdrawn = await callAction(unit, baseURL!, actions.withdrawProjectAction!, [
    { projectId: project.id, version, reason: "Đã có nhà đầu tư." },
  ]);
  expect(await withdrawn.text()).toContain('"ok":true');

  await reviewer.getByRole("button", { name: "Phê duyệt" }).click();
  const refusal = reviewer.locator("form [role=alert]");
  await expect(refusal).toContainText("Hồ sơ đã thay đổi sau khi bạn mở trang");
  await expect(refusal).toContainText("rút lời kêu gọi đầu tư");

  const after = await prisma.project.findUniqueOrThrow({ where: { id: project.id }, select: { status: true, name: true } });
  expect(after).toEqual({ status: "ARCHIVED", name: project.name });
  const visitor = await browser.newPage();
  await visitor.goto(`/projects/${project.slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(project.name);
  await expect(visitor.getByRole("note")).toContainText("Lời kêu gọi đầu tư này đã kết thúc");
});
