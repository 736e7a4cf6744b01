// Imported first by the scripts that start the portal, so that settings kept in a .env file (see
// .env.example) are in the environment before any module reads it — as Next.js does for itself.
import path from "node:path";
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(path.resolve(import.meta.dirname, ".."), false, { info: () => {}, error: console.error });
