import { describe, expect, it } from "vitest";
import { isCrossOrigin, refuseCrossOrigin } from "./cross-origin";

const crossOrigin = (headers: Record<string, string>) => isCrossOrigin(new Headers(headers));

describe("isCrossOrigin", () => {
  it("lets the portal's own pages through", () => {
    expect(crossOrigin({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" })).toBe(false);
    expect(crossOrigin({ origin: "https://DauTu.KienGiang.gov.vn", host: "dautu.kiengiang.gov.vn" })).toBe(false);
  });

  it("refuses another site, another port of the same host, and opaque or broken origins", () => {
    expect(crossOrigin({ origin: "https://evil.example", host: "127.0.0.1:3100" })).toBe(true);
    expect(crossOrigin({ origin: "http://127.0.0.1:3101", host: "127.0.0.1:3100" })).toBe(true);
    expect(crossOrigin({ origin: "https://tintuc.kiengiang.gov.vn", host: "dautu.kiengiang.gov.vn" })).toBe(true);
    expect(crossOrigin({ origin: "null", host: "127.0.0.1:3100" })).toBe(true);
    expect(crossOrigin({ origin: "khong-phai-dia-chi", host: "127.0.0.1:3100" })).toBe(true);
    expect(crossOrigin({ origin: "http://127.0.0.1:3100" })).toBe(true);
  });

  it("compares with the host a reverse proxy forwarded, when it names one", () => {
    const behindProxy = { host: "10.0.0.5:3000", "x-forwarded-host": "dautu.kiengiang.gov.vn, 10.0.0.1" };
    expect(crossOrigin({ ...behindProxy, origin: "https://dautu.kiengiang.gov.vn" })).toBe(false);
    expect(crossOrigin({ ...behindProxy, origin: "http://10.0.0.5:3000" })).toBe(true);
  });

  it("lets a request without Origin through, as Next.js does for server actions", () => {
    expect(crossOrigin({ host: "127.0.0.1:3100" })).toBe(false);
  });
});

describe("refuseCrossOrigin", () => {
  it("answers 403 with a Vietnamese message, or nothing", async () => {
    const foreign = refuseCrossOrigin(
      new Request("http://127.0.0.1:3100/api/x", {
        method: "POST",
        headers: { origin: "https://evil.example", host: "127.0.0.1:3100" },
      }),
    );
    expect(foreign?.status).toBe(403);
    expect(await foreign?.json()).toEqual({ message: "Yêu cầu đến từ trang web khác nên bị từ chối." });
    expect(
      refuseCrossOrigin(new Request("http://127.0.0.1:3100/api/x", { method: "POST", headers: { host: "127.0.0.1:3100" } })),
    ).toBeNull();
  });
});
