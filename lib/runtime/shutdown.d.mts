export function onShutdown(hook: () => Promise<void>): void;
export function runShutdownHooks(timeoutMs: number): Promise<void>;
