-- Added in place (scripts/db/additive-columns.ts): a rebuild would renumber "Attachment"'s rows.
ALTER TABLE "Attachment" ADD COLUMN "isPublic" BOOLEAN NOT NULL DEFAULT false;
