import { NextResponse } from "next/server";
import { z } from "zod";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/attachment-rules";
import { addProjectAttachment } from "@/lib/attachments/project-attachments";
import { visibilityField } from "@/lib/attachments/attachment-visibility-schema";
import { InvalidInputError } from "@/lib/errors";
import { idParam, routeHandler } from "@/lib/http/route-handler";

/**
 * Upload one file to one of the caller's own editable projects: multipart field "file", and
 * "visibility" ("public" or "internal"; internal when absent, so nothing is published by mistake).
 */
export const POST = routeHandler(
  { access: "project:file", params: z.strictObject({ id: idParam }), deniedAs: "not-found" },
  async ({ request, user, params: { id } }) => {
    // Refuse an oversized or unsized (chunked) body before reading it into memory.
    const declared = Number(request.headers.get("content-length"));
    if (!Number.isFinite(declared) || declared <= 0) {
      return NextResponse.json({ message: "Yêu cầu thiếu độ dài nội dung." }, { status: 411 });
    }
    if (declared > MAX_ATTACHMENT_BYTES + 64 * 1024) throw new InvalidInputError("Tệp vượt quá 10 MB.");
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) throw new InvalidInputError("Chưa chọn tệp để tải lên.");
    const visibility = visibilityField.safeParse(form?.get("visibility") ?? "internal");
    if (!visibility.success) throw new InvalidInputError("Chế độ hiển thị của tệp không hợp lệ.");
    const attachment = await addProjectAttachment(
      user!,
      id,
      file.name,
      new Uint8Array(await file.arrayBuffer()),
      visibility.data === "public",
    );
    return NextResponse.json(attachment, { status: 201 });
  },
);
