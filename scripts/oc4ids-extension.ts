// `npx tsx scripts/oc4ids-extension.ts`: rewrites the OC4IDS extension's schema from the field table
// (lib/oc4ids/oc4ids-extension.ts) after a template field was added or changed. A unit test fails
// until the committed file matches.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { extensionReleaseSchema } from "@/lib/oc4ids/oc4ids-extension";

const path = fileURLToPath(new URL("../lib/oc4ids/extension/release-schema.json", import.meta.url));
const options = await prettier.resolveConfig(path);
writeFileSync(path, await prettier.format(JSON.stringify(extensionReleaseSchema()), { ...options, filepath: path }));
console.log(`Đã ghi ${path}`);
