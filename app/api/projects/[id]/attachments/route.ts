import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/attachment-rules";
import { addProjectAttachment } from "@/lib/attachments/project-attachments";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { UNAUTHORIZED, errorResponse } from "@/lib/http/error-response";

/** Upload one file to one of the caller's own editable projects (multipart field "file"). */
export async function POST(request: Request, { params }: RouteContext<"/api/projects/[id]/attachments">) {
  const user = await getCurrentUser();
  if (!user) return UNAUTHORIZED();
  try {
    if (!can(user.role, "project:file")) throw new NotFoundError("Không tìm thấy dự án.");
    // Refuse an oversized or unsized (chunked) body before reading it into memory.
    const declared = Number(request.headers.get("content-length"));
    if (!Number.isFinite(declared) || declared <= 0) {
      return NextResponse.json({ message: "Yêu cầu thiếu độ dài nội dung." }, { status: 411 });
    }
    if (declared > MAX_ATTACHMENT_BYTES + 64 * 1024) throw new InvalidInputError("Tệp vượt quá 10 MB.");
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) throw new InvalidInputError("Chưa chọn tệp để tải lên.");
    const { id } = await params;
    const attachment = await addProjectAttachment(user, id, file.name, new Uint8Array(await file.arrayBuffer()));
    return NextResponse.json(attachment, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
