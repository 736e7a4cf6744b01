import { NextResponse } from "next/server";
import { z } from "zod";
import { visibilityField } from "@/lib/attachments/attachment-visibility-schema";
import { readProjectAttachment, removeProjectAttachment, setAttachmentVisibility } from "@/lib/attachments/project-attachments";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { idParam, routeHandler } from "@/lib/http/route-handler";

const params = z.strictObject({ id: idParam });

/** Download, for whoever may see the file: the public only a public file of a published call. */
export const GET = routeHandler({ access: "anyone", identifiesCaller: true, params }, async ({ user, params: { id } }) => {
  const file = await readProjectAttachment(user, id).catch((error: unknown) => {
    throw error instanceof Error && "code" in error && error.code === "ENOENT" ? new NotFoundError() : error;
  });
  return new NextResponse(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.byteLength),
      // Always a download, never rendered in the portal's origin.
      "Content-Disposition": `attachment; filename="download"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});

/** Removal, by the owning unit while the call can still change. */
export const DELETE = routeHandler(
  { access: "project:file", params, deniedAs: "not-found" },
  async ({ user, params: { id } }) => {
    await removeProjectAttachment(user!, id);
    return new NextResponse(null, { status: 204 });
  },
);

/** Public or internal (JSON `{ "visibility": "public" | "internal" }`), by the owning unit while the call can still change. */
export const PATCH = routeHandler(
  { access: "project:file", params, deniedAs: "not-found" },
  async ({ request, user, params: { id } }) => {
    const body = z.strictObject({ visibility: visibilityField }).safeParse(await request.json().catch(() => null));
    if (!body.success) throw new InvalidInputError("Chế độ hiển thị của tệp không hợp lệ.");
    return NextResponse.json(await setAttachmentVisibility(user!, id, body.data.visibility === "public"));
  },
);
