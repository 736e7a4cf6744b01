/** One day on the clock. Vietnam keeps no daylight saving, so every day has exactly this length. */
export const DAY_MS = 86_400_000;
