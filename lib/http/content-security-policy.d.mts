export function contentSecurityPolicy(options: { scriptSources: string[]; development?: boolean }): string;
export function inlineScriptHashes(html: string): string[];
