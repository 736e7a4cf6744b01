import { z } from "zod";

/** How an upload or a change names who may see a file. */
export const visibilityField = z.enum(["public", "internal"]);
