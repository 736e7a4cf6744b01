import { describe, expect, it } from "vitest";
import { FIRST_RETRY_DELAY_MS, isPermanentFailure, MAX_RETRY_DELAY_MS, retryDelayMs } from "./retry-policy";

describe("retry policy", () => {
  it("doubles the wait after each failed attempt, up to a ceiling", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([1, 2, 4, 8].map((minutes) => minutes * FIRST_RETRY_DELAY_MS));
    expect(retryDelayMs(9)).toBe(256 * FIRST_RETRY_DELAY_MS);
    expect(retryDelayMs(12)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(40)).toBe(MAX_RETRY_DELAY_MS);
  });

  it("gives up at once only when the server refuses the recipient or the message for good", () => {
    expect(isPermanentFailure({ message: "", responseCode: 550, command: "RCPT TO" })).toBe(true);
    expect(isPermanentFailure({ message: "", responseCode: 554, command: "DATA" })).toBe(true);
    expect(isPermanentFailure({ message: "", responseCode: 451, command: "RCPT TO" })).toBe(false);
    expect(isPermanentFailure({ message: "", responseCode: 535, command: "AUTH PLAIN" })).toBe(false);
    expect(isPermanentFailure({ message: "connect ECONNREFUSED" })).toBe(false);
  });
});
