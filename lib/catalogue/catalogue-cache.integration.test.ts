import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";

const integration = setUpIntegrationDatabase();
let cachedWhileUnchanged: typeof import("./catalogue-cache").cachedWhileUnchanged;

async function newestChange(): Promise<number> {
  const { _max } = await integration.prisma.project.aggregate({ _max: { updatedAt: true } });
  return _max.updatedAt!.getTime();
}

beforeAll(async () => {
  await seedReferenceData(integration.prisma);
  await createFixtureProjects(integration.prisma, [
    { name: "Cảng cá Tắc Cậu", sector: "thuy-san", form: "trong-nuoc", locations: ["chau-thanh"], capitalTy: 120 },
  ]);
  ({ cachedWhileUnchanged } = await import("./catalogue-cache"));
});

describe("cachedWhileUnchanged", () => {
  it("answers again from memory while no project has changed", async () => {
    const later = (await newestChange()) + 10_000;
    const compute = vi.fn(async () => "kết quả");
    expect(await cachedWhileUnchanged("reuse", compute, () => later)).toBe("kết quả");
    expect(await cachedWhileUnchanged("reuse", compute, () => later + 1_000)).toBe("kết quả");
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("asks the database again once any project changes", async () => {
    let calls = 0;
    const compute = vi.fn(async () => (calls += 1));
    const before = (await newestChange()) + 10_000;
    expect(await cachedWhileUnchanged("change", compute, () => before)).toBe(1);

    const project = await integration.prisma.project.findFirstOrThrow();
    await integration.prisma.project.update({ where: { id: project.id }, data: { capitalVnd: 5n } });
    const after = (await newestChange()) + 10_000;
    expect(after).toBeGreaterThan(before);
    expect(await cachedWhileUnchanged("change", compute, () => after)).toBe(2);
  });

  it("keeps nothing while the last change is fresh, and nothing for longer than 30 seconds", async () => {
    const newest = await newestChange();
    const compute = vi.fn(async () => "x");
    await cachedWhileUnchanged("hot", compute, () => newest + 500);
    await cachedWhileUnchanged("hot", compute, () => newest + 600);
    expect(compute).toHaveBeenCalledTimes(2);

    const old = vi.fn(async () => "y");
    await cachedWhileUnchanged("old", old, () => newest + 10_000);
    await cachedWhileUnchanged("old", old, () => newest + 10_000 + 29_000);
    expect(old).toHaveBeenCalledTimes(1);
    await cachedWhileUnchanged("old", old, () => newest + 10_000 + 31_000);
    expect(old).toHaveBeenCalledTimes(2);
  });

  it("bounds its memory: no answer over 1 MB, the least recently used go beyond 32 MB", async () => {
    const later = (await newestChange()) + 10_000;
    const huge = vi.fn(async () => "x".repeat(600_000));
    await cachedWhileUnchanged("huge", huge, () => later);
    await cachedWhileUnchanged("huge", huge, () => later);
    expect(huge).toHaveBeenCalledTimes(2);

    const big = (n: number) => vi.fn(async () => `${n}`.padEnd(250_000, "y"));
    const computes = Array.from({ length: 70 }, (_, n) => big(n));
    for (const [n, compute] of computes.entries()) await cachedWhileUnchanged(`big-${n}`, compute, () => later);
    await cachedWhileUnchanged("big-69", computes[69]!, () => later);
    expect(computes[69]).toHaveBeenCalledTimes(1);
    await cachedWhileUnchanged("big-0", computes[0]!, () => later);
    expect(computes[0]).toHaveBeenCalledTimes(2);
  });

  it("runs one computation for requests that arrive while it runs, even while the data is fresh", async () => {
    const newest = await newestChange();
    let release: (value: string) => void = () => {};
    const compute = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const first = cachedWhileUnchanged("together", compute, () => newest + 100);
    const second = cachedWhileUnchanged("together", compute, () => newest + 100);
    await vi.waitFor(() => expect(compute).toHaveBeenCalledTimes(1));
    release("một lần");
    expect(await Promise.all([first, second])).toEqual(["một lần", "một lần"]);
    expect(compute).toHaveBeenCalledTimes(1);
    // Fresh data is not kept: once done, the next request computes again.
    expect(
      await cachedWhileUnchanged(
        "together",
        async () => "lần hai",
        () => newest + 100,
      ),
    ).toBe("lần hai");
  });

  it("can be turned off", async () => {
    const later = (await newestChange()) + 10_000;
    const compute = vi.fn(async () => "z");
    vi.stubEnv("CATALOGUE_CACHE", "off");
    try {
      await cachedWhileUnchanged("off", compute, () => later);
      await cachedWhileUnchanged("off", compute, () => later);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
