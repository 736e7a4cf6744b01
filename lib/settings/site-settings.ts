import "server-only";
import { connection } from "next/server";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { DEFAULT_SITE_SETTINGS, SITE_SETTINGS_ID, type SiteSettingsValues } from "./site-settings-defaults";

/**
 * How long a server reuses the settings it read. Every page shows them (header, footer, title), so
 * reading the row on every request would add a query to pages that otherwise read nothing; a rename
 * reaches every app server within this time, and the server that saved it at once.
 */
const SETTINGS_MAX_AGE_MS = 3_000;

interface Remembered {
  value: SiteSettingsValues;
  readAt: number;
}

// On globalThis: Next.js may load this module once per route bundle, and a save must reach them all.
const memory = globalThis as unknown as {
  portalSiteSettings?: Remembered;
  portalSiteSettingsReading?: Promise<SiteSettingsValues>;
  // Moved by every save, so that a read started before it is not remembered after it.
  portalSiteSettingsGeneration?: number;
};

const settingsSelect = Object.fromEntries(Object.keys(DEFAULT_SITE_SETTINGS).map((key) => [key, true])) as Record<
  keyof SiteSettingsValues,
  true
>;

/** The stored row itself, never from memory: for the form that edits it. */
export async function readStoredSiteSettings(): Promise<SiteSettingsValues> {
  return (await db.siteSettings.findUnique({ where: { id: SITE_SETTINGS_ID }, select: settingsSelect })) ?? DEFAULT_SITE_SETTINGS;
}

async function readFromDatabase(): Promise<SiteSettingsValues> {
  try {
    return await readStoredSiteSettings();
  } catch (error) {
    // A page must still render its header and footer while the database is unreachable: the last
    // known texts (or the defaults) are shown, and the next request after the pause asks again.
    console.error("Không đọc được cấu hình cổng thông tin", error instanceof Error ? error.message : error);
    return memory.portalSiteSettings?.value ?? DEFAULT_SITE_SETTINGS;
  }
}

/** The portal's identity: from memory while recent, else from the database. Also outside a request (mails). */
export async function readSiteSettings(): Promise<SiteSettingsValues> {
  const remembered = memory.portalSiteSettings;
  if (remembered && Date.now() - remembered.readAt < SETTINGS_MAX_AGE_MS) return remembered.value;
  // Requests arriving while one read is under way share it.
  if (memory.portalSiteSettingsReading) return memory.portalSiteSettingsReading;
  const generation = memory.portalSiteSettingsGeneration ?? 0;
  const reading: Promise<SiteSettingsValues> = readFromDatabase()
    .then((value) => {
      if (generation === (memory.portalSiteSettingsGeneration ?? 0)) memory.portalSiteSettings = { value, readAt: Date.now() };
      return value;
    })
    .finally(() => {
      if (memory.portalSiteSettingsReading === reading) memory.portalSiteSettingsReading = undefined;
    });
  memory.portalSiteSettingsReading = reading;
  return reading;
}

/** The portal's identity for the page being rendered. */
export const getSiteSettings = cache(async (): Promise<SiteSettingsValues> => {
  // The texts can change without a release: never bake them into a page at build time.
  await connection();
  return readSiteSettings();
});

/** After a save on this server: the next request reads the row again. */
export function forgetSiteSettings(): void {
  memory.portalSiteSettingsGeneration = (memory.portalSiteSettingsGeneration ?? 0) + 1;
  memory.portalSiteSettings = undefined;
  memory.portalSiteSettingsReading = undefined;
}
