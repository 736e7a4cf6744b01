export const WAIT_FOR_DATABASE_ENV: "PORTAL_WAIT_FOR_DATABASE";
export const DATABASE_READY_MESSAGE: "database-ready";
export function databaseReady(env?: Record<string, string | undefined>): Promise<void>;
