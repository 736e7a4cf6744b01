import "server-only";
import { db } from "@/lib/db/client";

/**
 * A per-process memory of catalogue answers that is never wrong for long, so several app servers
 * can each keep one without sharing anything. Every request first asks the database for the newest
 * `updatedAt` of any project (one index lookup) and the version of the reference data, in one query:
 * an answer is reused only while both are unchanged. Every write to a project, its locations
 * included, moves the first (Prisma sets @updatedAt); every admin edit of sectors, locations or
 * investment forms moves the second (lib/reference/reference-version.ts), since answers carry their names.
 *
 * Two limits cover what that check cannot see: nothing is kept while the last change is under
 * HOT_MS old (writes within one millisecond, or from a server whose clock is slightly behind, could
 * carry the same timestamp), and nothing is kept longer than MAX_AGE_MS (a server clock further
 * behind). Keep the servers' clocks in sync (NTP); then a listing is never stale.
 *
 * CATALOGUE_CACHE=off turns it off (the benchmark uses that to measure the database's own work).
 */
const MAX_AGE_MS = 30_000;
const HOT_MS = 2_000;
// Anyone can ask for new keywords, so memory is bounded by size, not only by count.
const MAX_ENTRIES = 1_000;
const MAX_BYTES = 32 * 1024 * 1024;
const MAX_ENTRY_BYTES = 1024 * 1024;

interface Entry {
  version: string;
  storedAt: number;
  bytes: number;
  value: unknown;
}

const entries = new Map<string, Entry>();
let totalBytes = 0;
// Answers being computed: requests arriving meanwhile for the same key and data wait for that one
// instead of each running the same search (right after a publication, on a busy server).
const inFlight = new Map<string, Promise<unknown>>();

/** Roughly what an entry holds in memory: its JSON text, two bytes a character. */
function approximateBytes(value: unknown): number {
  const json = JSON.stringify(value, (_key, item: unknown) => (typeof item === "bigint" ? item.toString() : item));
  return (json?.length ?? 0) * 2;
}

function remove(key: string): void {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  totalBytes -= entry.bytes;
}

function store(key: string, entry: Entry): void {
  remove(key);
  if (entry.bytes > MAX_ENTRY_BYTES) return;
  entries.set(key, entry);
  totalBytes += entry.bytes;
  // The map keeps insertion order, and hits are re-inserted: the first key is the least recently used.
  while (entries.size > MAX_ENTRIES || totalBytes > MAX_BYTES) remove(entries.keys().next().value!);
}

export interface DataVersion {
  /** Names the state of the data: changes whenever a project or the reference data does. */
  key: string;
  /** When the data last changed (ms), -1 for an empty database. */
  newest: number;
}

const time = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : -1);

/**
 * The newest change to any project and the reference data's version, in one round trip. Raw SQL
 * because Prisma's aggregate wraps MAX in a subquery, which reads the whole index instead of its last
 * entry. SQLite returns timestamps as ISO text, PostgreSQL as Dates; both parse the same.
 */
export async function catalogueDataVersion(): Promise<DataVersion> {
  const [row] = await db.$queryRaw<
    { newest: Date | string | null; reference: number | bigint | null; referenceChangedAt: Date | string | null }[]
  >`
    SELECT (SELECT MAX("updatedAt") FROM "Project") AS newest,
           (SELECT "version" FROM "ReferenceDataVersion" WHERE "id" = 'catalogue') AS reference,
           (SELECT "changedAt" FROM "ReferenceDataVersion" WHERE "id" = 'catalogue') AS "referenceChangedAt"`;
  const projects = time(row?.newest);
  return { key: `${projects}:${row?.reference ?? 0}`, newest: Math.max(projects, time(row?.referenceChangedAt)) };
}

export function catalogueCacheEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.CATALOGUE_CACHE !== "off";
}

export async function cachedWhileUnchanged<T>(key: string, compute: () => Promise<T>, now = Date.now): Promise<T> {
  if (!catalogueCacheEnabled()) return compute();
  const { key: version, newest } = await catalogueDataVersion();
  const entry = entries.get(key);
  if (entry && entry.version === version && now() - entry.storedAt < MAX_AGE_MS) {
    entries.delete(key);
    entries.set(key, entry);
    return entry.value as T;
  }
  const flightKey = `${version}:${key}`;
  const pending = inFlight.get(flightKey);
  if (pending) return pending as Promise<T>;
  const computing = (async () => {
    try {
      const value = await compute();
      const storedAt = now();
      if (storedAt - newest >= HOT_MS) store(key, { version, storedAt, bytes: approximateBytes(value), value });
      return value;
    } finally {
      inFlight.delete(flightKey);
    }
  })();
  inFlight.set(flightKey, computing);
  return computing;
}
