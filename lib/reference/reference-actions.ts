"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { addReference, moveReference, renameReference, setReferenceActive } from "./manage-reference";
import { mergeReference } from "./merge-reference";
import {
  addReferenceSchema,
  mergeReferenceSchema,
  moveReferenceSchema,
  renameReferenceSchema,
  setReferenceActiveSchema,
} from "./reference-schema";

// Reference data shows on the public pages too; their caches follow reference-version.ts, and these
// paths are rendered per request, so revalidating the admin page is enough for this server's router.
function done<T>(result: T): T {
  revalidatePath("/admin/reference");
  return result;
}

export const addReferenceAction = authorizedAction("admin:manage", addReferenceSchema, async (input, user) =>
  done(await addReference(user, input)),
);

export const renameReferenceAction = authorizedAction("admin:manage", renameReferenceSchema, async (input, user) =>
  done(await renameReference(user, input)),
);

export const moveReferenceAction = authorizedAction("admin:manage", moveReferenceSchema, async (input, user) =>
  done(await moveReference(user, input)),
);

export const setReferenceActiveAction = authorizedAction("admin:manage", setReferenceActiveSchema, async (input, user) =>
  done(await setReferenceActive(user, input)),
);

export const mergeReferenceAction = authorizedAction("admin:manage", mergeReferenceSchema, async (input, user) =>
  done(await mergeReference(user, input)),
);
