import pino, { type DestinationStream, type Logger } from "pino";
import { readEnv } from "@/lib/env-schema";
import { loggerOptions } from "./logger-options.mjs";

/** A logger writing to `destination` (standard output unless a test passes its own). */
export function createLogger(destination?: DestinationStream): Logger {
  const options = loggerOptions(readEnv().LOG_LEVEL);
  return destination ? pino(options, destination) : pino(options);
}

/**
 * The app's one logger: JSON lines on standard output, each with the request id of the request being
 * served (set by scripts/server.mjs), secrets redacted. Log the error object itself under `err`, so
 * its stack is kept: `logger.error({ err: error }, "Server action failed")`.
 */
export const logger = createLogger();
