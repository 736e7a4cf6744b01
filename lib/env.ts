import { readEnv } from "./env-schema";

/**
 * The app's settings, read once when first imported. Modules that must not read the environment at
 * import time (the database adapter, which scripts and tests load before they set it) call readEnv()
 * from env-schema.ts instead.
 */
export const env = readEnv();
