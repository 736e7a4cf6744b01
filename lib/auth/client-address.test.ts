import { describe, expect, it } from "vitest";
import { requestAddress } from "./client-address";

describe("requestAddress", () => {
  it("reads the one address the production server leaves in X-Forwarded-For", () => {
    expect(requestAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(requestAddress(["203.0.113.7"])).toBe("203.0.113.7");
    expect(requestAddress("6.6.6.6, ::1")).toBe("::1");
  });

  it("gives nothing for a missing or absurd header", () => {
    expect(requestAddress(undefined)).toBeNull();
    expect(requestAddress(" , ")).toBeNull();
    expect(requestAddress("x".repeat(100))).toBeNull();
  });
});
