export function newRequestId(): string;
export function requestIdFrom(header: string | string[] | undefined, trustProxy: boolean): string;
export function runWithRequestId<T>(requestId: string, work: () => T): T;
export function currentRequestId(): string | undefined;
