import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.mjs";

describe("clientAddress", () => {
  it("without a proxy takes the socket's peer and ignores whatever the client wrote", () => {
    expect(clientAddress(undefined, "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientAddress("6.6.6.6", "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientAddress(["6.6.6.6", "7.7.7.7"], "::ffff:203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("behind proxies trusts only the links they added", () => {
    // One proxy (the socket's peer) appended the client's real address after the client's own claim.
    expect(clientAddress("6.6.6.6, 203.0.113.7", "10.0.0.1", 1)).toBe("203.0.113.7");
    // Two proxies: the outer one appended the client, the inner one the outer proxy.
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", "10.0.0.1", 2)).toBe("203.0.113.7");
    // Fewer links than configured proxies: the furthest known one, never a client's claim past it.
    expect(clientAddress(undefined, "10.0.0.1", 2)).toBe("10.0.0.1");
  });

  it("gives nothing for an absurd address", () => {
    expect(clientAddress(undefined, undefined, 0)).toBeNull();
    expect(clientAddress(" , ", undefined, 0)).toBeNull();
    expect(clientAddress("x".repeat(100), "10.0.0.1", 1)).toBeNull();
  });
});
