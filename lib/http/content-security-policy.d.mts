export function contentSecurityPolicy(options: {
  scriptSources: string[];
  development?: boolean;
  tileUrl?: string | null;
}): string;
export function inlineScriptHashes(html: string): string[];
