import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { readProjectAttachment, removeProjectAttachment } from "@/lib/attachments/project-attachments";
import { NotFoundError } from "@/lib/errors";
import { UNAUTHORIZED, errorResponse } from "@/lib/http/error-response";

/** Download, for whoever may see the project: the public once it is published. */
export async function GET(_request: Request, { params }: RouteContext<"/api/attachments/[id]">) {
  try {
    const { id } = await params;
    const file = await readProjectAttachment(await getCurrentUser(), id);
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
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return errorResponse(new NotFoundError());
    return errorResponse(error);
  }
}

export async function DELETE(_request: Request, { params }: RouteContext<"/api/attachments/[id]">) {
  const user = await getCurrentUser();
  if (!user) return UNAUTHORIZED();
  try {
    if (!can(user.role, "project:file")) throw new NotFoundError("Không tìm thấy tệp đính kèm.");
    const { id } = await params;
    await removeProjectAttachment(user, id);
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
