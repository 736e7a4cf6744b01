/**
 * Runs tasks one at a time, in the order they were queued, each after the previous one settled
 * (failed ones included). The project form sends every save through one: a save names the version
 * the previous one returned, so an autosave and a click on "Lưu nháp" must never be in flight together.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function serially<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
