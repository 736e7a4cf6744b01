const DAY_MS = 86_400_000;

export interface Freshness {
  /** When the unit last published or confirmed the information. */
  confirmedAt: Date;
  ageDays: number;
  stale: boolean;
}

/** How current a published project's information is, against the configured period. */
export function projectFreshness(confirmedAt: Date, periodDays: number, now = new Date()): Freshness {
  const ageDays = Math.max(0, Math.floor((now.getTime() - confirmedAt.getTime()) / DAY_MS));
  return { confirmedAt, ageDays, stale: ageDays > periodDays };
}
