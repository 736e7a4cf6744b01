import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the address the nearest trusted proxy saw, not what the client wrote", () => {
    expect(clientAddress("127.0.0.1", 0)).toBe("127.0.0.1");
    // One proxy: it appended the client's real address after whatever the client sent.
    expect(clientAddress("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    // Two proxies: the outer one appended the client, the inner one appended the outer.
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("gives nothing for a missing or absurd header", () => {
    expect(clientAddress(undefined, 0)).toBeNull();
    expect(clientAddress(" , ", 0)).toBeNull();
    expect(clientAddress("x".repeat(100), 0)).toBeNull();
  });
});
