// Debian's nginx with the portal's shipped configuration (deploy/nginx), for `npm run bench -- --proxy`:
// only the cache folder, the listening port and the app servers' addresses differ from production.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "../db/migrations-folder";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => fs.existsSync(candidate));

export function nginxAvailable(): boolean {
  return NGINX !== undefined;
}

export interface Proxy {
  url: string;
  stop(): Promise<void>;
}

/** Starts nginx on `port` in front of the app servers on `upstreamPorts`, with a fresh, empty cache. */
export async function startProxy(port: number, upstreamPorts: number[]): Promise<Proxy> {
  if (!NGINX) throw new Error("nginx chưa được cài: apt-get install nginx");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-nginx-"));
  const read = (name: string) => fs.readFileSync(path.join(REPO_ROOT, "deploy", "nginx", name), "utf8");
  const cacheConf = read("portal-cache.conf")
    .replace("/var/cache/nginx/portal", path.join(dir, "cache"))
    .replace(/server 127\.0\.0\.1:3000;/, upstreamPorts.map((upstream) => `server 127.0.0.1:${upstream};`).join("\n    "));
  const locations = read("portal-locations.conf");
  const conf = `
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    ${cacheConf}
    server {
        listen 127.0.0.1:${port};
        ${locations}
    }
}
`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  const test = spawnSync(NGINX, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx -t: ${test.stderr}`);
  const child: ChildProcess = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "inherit" });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`nginx không khởi động (xem ${dir}/error.log).`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGQUIT");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
