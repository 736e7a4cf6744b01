import { describe, expect, it } from "vitest";
import { createSerialQueue } from "./serial-queue";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("createSerialQueue", () => {
  it("never runs two tasks at once, and runs them in the order they came", async () => {
    const serially = createSerialQueue();
    const log: string[] = [];
    let running = 0;
    const task = (name: string, delay: number) => async () => {
      running += 1;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      log.push(`end ${name}`);
      running -= 1;
      return name;
    };
    const results = await Promise.all([serially(task("autosave", 20)), serially(task("manual", 1)), serially(task("submit", 5))]);
    expect(results).toEqual(["autosave", "manual", "submit"]);
    expect(log).toEqual(["start autosave", "end autosave", "start manual", "end manual", "start submit", "end submit"]);
  });

  it("lets a later task read what an earlier one left, as a save reads the version the last one returned", async () => {
    const serially = createSerialQueue();
    let version = 1;
    const save = () =>
      serially(async () => {
        const sent = version;
        await tick();
        version = sent + 1;
        return sent;
      });
    expect(await Promise.all([save(), save(), save()])).toEqual([1, 2, 3]);
  });

  it("goes on after a task fails, and hands the failure to its caller only", async () => {
    const serially = createSerialQueue();
    const failed = serially(async () => {
      throw new Error("mất kết nối");
    });
    const next = serially(async () => "đã lưu");
    await expect(failed).rejects.toThrow("mất kết nối");
    await expect(next).resolves.toBe("đã lưu");
  });
});
