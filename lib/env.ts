import { z } from "zod";

// Read once at start-up; a wrong value stops the server with a message that names the variable.
const envSchema = z.object({
  DATABASE_URL: z.string().trim().optional(),
  FRESHNESS_PERIOD_DAYS: z.coerce
    .number()
    .int("FRESHNESS_PERIOD_DAYS phải là số nguyên")
    .min(1)
    .max(3650)
    .default(180),
  UPLOAD_DIR: z.string().trim().min(1).default("data/uploads"),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  const result = envSchema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${problems}`);
  }
  return result.data;
}

export const env = readEnv();
