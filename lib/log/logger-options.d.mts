import type { LoggerOptions } from "pino";

export function loggerOptions(level?: string): LoggerOptions;
