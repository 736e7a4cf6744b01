import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { messageLeaves, type MessageTree } from "@/lib/i18n/message-leaves";

function messages(locale: "vi" | "en"): Map<string, string> {
  const folder = path.join(process.cwd(), "messages", locale);
  const all = new Map<string, string>();
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith(".json"))) {
    const tree = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")) as MessageTree;
    for (const [key, text] of messageLeaves(tree, path.basename(file, ".json"))) all.set(key, text);
  }
  return all;
}

/**
 * The Vietnamese interface texts an English page must not show: the literal pieces (between
 * placeholders and markup) of every Vietnamese message that differs from its English one, that is
 * long enough not to be a word of someone's content and carries a Vietnamese letter.
 */
function vietnameseInterfaceTexts(): string[] {
  const vi = messages("vi");
  const en = messages("en");
  const pieces = new Set<string>();
  for (const [key, text] of vi) {
    if (en.get(key) === text) continue;
    for (const piece of text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/)) {
      const trimmed = piece.replace(/^[\s–·:,.()“”]+|[\s–·:,.()“”]+$/g, "");
      if (trimmed.length >= 8 && /[^\x00-\x7F]/.test(trimmed)) pieces.add(trimmed);
    }
  }
  return [...pieces];
}

const VIETNAMESE = vietnameseInterfaceTexts();

/**
 * The Vietnamese interface texts found on the page: its visible and screen-reader text and the
 * attributes people meet (labels, placeholders, titles, alternative texts). Content the page marks
 * as Vietnamese (`lang="vi"`: a unit's own words, the link back to the Vietnamese page) is left out.
 */
export async function untranslatedTexts(page: Page, scope = "body"): Promise<string[]> {
  const text = await page.locator(scope).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    for (const marked of copy.querySelectorAll('[lang="vi"], noscript, script, style')) marked.remove();
    const attributes = [...copy.querySelectorAll("[aria-label], [placeholder], [title], [alt]")].flatMap((element) =>
      ["aria-label", "placeholder", "title", "alt"].map((name) => element.getAttribute(name) ?? ""),
    );
    document.body.append(copy);
    const visible = copy.innerText;
    copy.remove();
    return `${visible}\n${attributes.join("\n")}\n${document.title}`;
  });
  return VIETNAMESE.filter((piece) => text.includes(piece));
}
