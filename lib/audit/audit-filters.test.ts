import { describe, expect, it } from "vitest";
import { auditQueryOf, auditRange, auditSearch } from "./audit-filters";

describe("audit log filters", () => {
  it("keep known values and drop the rest", () => {
    expect(auditQueryOf({ group: "admin", actor: "abc123", from: "2026-11-01", to: "2026-11-30" })).toEqual({
      group: "admin",
      actorId: "abc123",
      from: "2026-11-01",
      to: "2026-11-30",
    });
    expect(auditQueryOf({ group: "constructor", actor: "' OR 1=1", from: "hôm qua", to: ["2026-11-30"] })).toEqual({});
  });

  it("read days as whole days in Vietnam time", () => {
    const range = auditRange({ from: "2026-11-30", to: "2026-11-30" });
    expect(range.from?.toISOString()).toBe("2026-11-29T17:00:00.000Z");
    expect(range.to?.toISOString()).toBe("2026-11-30T16:59:59.999Z");
  });

  it("write the same filters back into links", () => {
    expect(auditSearch({ group: "auth", from: "2026-11-01" }, { page: "2" })).toBe("group=auth&from=2026-11-01&page=2");
  });
});
