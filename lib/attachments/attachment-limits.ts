// Limits shared by the upload picker in the browser and the server's check (which is the one that counts).
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_PROJECT = 10;
export const ACCEPTED_EXTENSIONS = [".pdf", ".png", ".jpg", ".jpeg", ".webp", ".docx", ".xlsx", ".doc", ".xls"];
