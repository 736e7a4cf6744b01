import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapter } from "./adapter";

export function createPrismaClient(url?: string): PrismaClient {
  return new PrismaClient({ adapter: createAdapter(url) });
}
