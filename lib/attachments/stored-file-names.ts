import crypto from "node:crypto";

// The names the portal gives files in the upload folder. Shared by the storage, which writes them,
// and the sweep, which removes only what it recognises here: anything else in the folder is not ours.

/** A complete file, named by a random UUID and the checked extension, never by the user. */
export const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[a-z]{2,5}$/;

/** A file still being written (or left by a crash mid-write): hidden, and renamed once complete. */
export const TEMPORARY_NAME = /^\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[a-z]{2,5}\.tmp$/;

export function newStoredName(extension: string): string {
  return `${crypto.randomUUID()}.${extension}`;
}

export function temporaryNameFor(storedName: string): string {
  return `.${storedName}.tmp`;
}
