/**
 * JavaScript a visitor's browser downloads for a page, gzipped, split into the framework's own
 * first-load bundle (Next.js and React: the build manifest's `rootMainFiles`, on every page of any
 * Next.js app) and what this app adds on top (its client components and their libraries).
 * Polyfills load only in browsers without ES modules and are left out.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { REPO_ROOT } from "../db/migrations-folder";

interface PageJavaScript {
  frameworkGzipKb: number;
  appGzipKb: number;
  appScripts: { src: string; gzipKb: number }[];
}

export type ShippedJavaScript = Record<string, PageJavaScript>;

interface BuildManifest {
  rootMainFiles: string[];
  polyfillFiles: string[];
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function gzipSize(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} trả về ${response.status}.`);
  return zlib.gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
}

export async function measureShippedJavaScript(baseUrl: string, pages: Record<string, string>): Promise<ShippedJavaScript> {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, ".next", "build-manifest.json"), "utf8")) as BuildManifest;
  const framework = new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`));
  const polyfills = new Set(manifest.polyfillFiles.map((file) => `/_next/${file}`));

  const result: ShippedJavaScript = {};
  for (const [name, pathname] of Object.entries(pages)) {
    const html = await (await fetch(`${baseUrl}${pathname}`)).text();
    const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((match) => match[1]!))];
    let frameworkBytes = 0;
    const appScripts = [];
    for (const src of sources) {
      if (polyfills.has(src)) continue;
      const bytes = await gzipSize(`${baseUrl}${src}`);
      if (framework.has(src)) frameworkBytes += bytes;
      else appScripts.push({ src, gzipKb: kb(bytes) });
    }
    result[name] = {
      frameworkGzipKb: kb(frameworkBytes),
      appGzipKb: Math.round(appScripts.reduce((sum, script) => sum + script.gzipKb, 0) * 10) / 10,
      appScripts,
    };
  }
  return result;
}
