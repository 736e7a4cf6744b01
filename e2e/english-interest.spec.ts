import fs from "node:fs";
import path from "node:path";
import { messageLeaves, type MessageTree } from "@/lib/i18n/message-leaves";
import { expect, test } from "./fixtures";
import { recipients, waitForMail } from "./mailbox";

const read = (locale: string) =>
  messageLeaves(JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", locale, "enquiry.json"), "utf8")) as MessageTree);

/**
 * The Vietnamese wording of every enquiry text that English words differently, cut at its
 * placeholders ({unit}, {max, number}) into the pieces a page would show literally.
 */
function vietnameseOnly(): string[] {
  const english = read("en");
  return [...read("vi")]
    .filter(([key, text]) => english.get(key) !== text)
    .flatMap(([, text]) => text.split(/\{[^}]*\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 4);
}

/** Letters only Vietnamese (of the portal's two languages) writes. */
const VIETNAMESE_LETTER = /[\u00C0-\u024F\u1E00-\u1EFF]/;

test("an investor expresses interest from the English project page without meeting Vietnamese @mobile", async ({
  page,
  data,
}, testInfo) => {
  test.slow();
  const mailbox = `investment-${testInfo.project.name}-${Date.now()}@unit.e2e.local`;
  const unit = await data.unit();
  const project = await data.project(unit, { status: "PUBLISHED", values: { unitEmail: mailbox } });
  await page.goto(`/en/projects/${project.slug}`);

  // The lead translates the rest of the page; this test holds the form to English.
  const section = page.locator('section[aria-labelledby="quan-tam"]');
  const form = section.locator("form");
  const formText = () =>
    form.evaluate((element) =>
      [
        element.textContent ?? "",
        ...[...element.querySelectorAll("*")].flatMap((inner) =>
          ["aria-label", "placeholder", "title", "alt"].map((name) => inner.getAttribute(name) ?? ""),
        ),
      ].join("\n"),
    );
  const expectNoVietnamese = async () => {
    const shown = await formText();
    expect(shown).not.toMatch(VIETNAMESE_LETTER);
    for (const piece of vietnameseOnly()) expect(shown, piece).not.toContain(piece);
  };

  await expect(form.getByLabel("Full name")).toBeEnabled();
  // The anti-spam check and its script load only for a visitor who starts on the form.
  await expect(form.locator("altcha-widget")).toHaveCount(0);
  await form.getByLabel("Full name").focus();
  await expect(form.getByRole("checkbox", { name: "I'm not a robot" })).toBeVisible();
  // The box is drawn by its border (altcha.css): without one, only the words would show.
  expect(
    await form.getByRole("checkbox", { name: "I'm not a robot" }).evaluate((box) => {
      const style = getComputedStyle(box);
      return `${style.borderTopStyle} ${style.borderTopWidth}`;
    }),
  ).toBe("solid 1px");
  await form.getByRole("button", { name: "Send expression of interest" }).click();
  for (const error of [
    "Please enter your full name",
    "Please enter your organisation or company",
    "Please enter your country",
    "Please enter your e-mail address",
    "Your enquiry: at least 10 characters",
    "Please agree that the unit may contact you",
  ]) {
    await expect(form.getByText(error, { exact: true })).toBeVisible();
  }
  await expect(form.getByText("Please check the highlighted fields.")).toBeVisible();
  await expect(form.getByLabel("Full name")).toBeFocused();
  await expectNoVietnamese();
  await section.screenshot({ path: testInfo.outputPath("english-interest-errors.png") });

  // The server words its own refusals in the page's language too (here, what a script might send).
  const refused = await page.evaluate(async (id) => {
    const response = await fetch(`/api/projects/${id}/enquiries?locale=en`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "", organization: "", country: "", email: "x", phone: "", message: "Hi", consent: false }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { message: string; fieldErrors: Record<string, string[]> },
    };
  }, project.id);
  expect(refused.status).toBe(422);
  expect(refused.body.message).toBe("Please check the highlighted fields.");
  expect(refused.body.fieldErrors).toMatchObject({
    name: ["Please enter your full name"],
    email: ["This is not a valid e-mail address"],
    message: ["Your enquiry: at least 10 characters"],
    consent: ["Please agree that the unit may contact you"],
  });

  const investor = `investor-${testInfo.project.name}-${Date.now()}@investor.e2e.local`;
  await form.getByLabel("Full name").fill("Kim Min-jun");
  await form.getByLabel("Organisation or company").fill("Hanbit Logistics Co., Ltd.");
  await form.getByLabel("Country").fill("Republic of Korea");
  await form.getByLabel("E-mail").fill(investor);
  await form.getByLabel("Your enquiry").fill("We would like to visit the site next month.");
  await form.getByRole("checkbox", { name: /^I agree/ }).check();
  await form.getByRole("checkbox", { name: "I'm not a robot" }).focus();
  await page.keyboard.press("Space");
  await expect(form.getByText("Verified")).toBeVisible({ timeout: 20_000 });
  await expectNoVietnamese();
  await form.getByRole("button", { name: "Send expression of interest" }).click();

  await expect(section.getByRole("status")).toHaveText(
    `Your expression of interest has been sent to ${unit.name}. The unit will reply to the e-mail address you entered.`,
  );

  // The unit gets it, in Vietnamese as it reads it, in its inbox and its mailbox.
  const stored = await data.database.enquiry.findFirst({ where: { email: investor }, select: { projectId: true } });
  expect(stored?.projectId).toBe(project.id);
  const [received] = await waitForMail((mail) => recipients(mail).includes(mailbox) && (mail.text ?? "").includes(investor));
  expect(received!.subject).toContain(project.name);
  expect(received!.text).toContain("Hanbit Logistics Co., Ltd.");
});
