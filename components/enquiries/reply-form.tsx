"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, FormNotice, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/forms/field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { replyToEnquiryAction, setEnquiryStatusAction } from "@/lib/enquiries/enquiry-actions";
import { ENQUIRY_MESSAGE_MAX } from "@/lib/enquiries/enquiry-limits";

type Notice = { kind: "error" | "success"; text: string };

/** The unit answers an enquiry (mailed to the investor), or closes or reopens it. */
export function ReplyForm({ enquiryId, closed }: { enquiryId: string; closed: boolean }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [body, setBody] = useState("");
  const [notice, setNotice] = useState<Notice | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function send(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await replyToEnquiryAction({ enquiryId, body });
      if (!result.ok) {
        setError(result.fieldErrors?.body?.[0]);
        setNotice({ kind: "error", text: result.message });
        return;
      }
      setBody("");
      setError(undefined);
      setNotice({ kind: "success", text: "Đã gửi câu trả lời đến nhà đầu tư qua email." });
      router.refresh();
    } catch {
      setNotice({ kind: "error", text: "Mất kết nối với máy chủ. Vui lòng thử lại." });
    } finally {
      setBusy(false);
    }
  }

  async function setOpen(open: boolean) {
    setBusy(true);
    try {
      const result = await setEnquiryStatusAction({ enquiryId, status: open ? "OPEN" : "CLOSED" });
      setNotice(
        result.ok
          ? { kind: "success", text: open ? "Đã mở lại yêu cầu." : "Đã đóng yêu cầu." }
          : { kind: "error", text: result.message },
      );
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      {closed ? (
        <p className="text-slate-700">Yêu cầu đã đóng. Mở lại để trả lời tiếp.</p>
      ) : (
        <form onSubmit={send}>
          <fieldset disabled={!hydrated || busy}>
            <Field
              id="reply-body"
              label="Trả lời nhà đầu tư"
              hint="Câu trả lời được gửi đến email của nhà đầu tư và lưu cùng yêu cầu."
              error={error}
            >
              <textarea
                id="reply-body"
                rows={6}
                value={body}
                maxLength={ENQUIRY_MESSAGE_MAX}
                onChange={(event) => setBody(event.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? "reply-body-hint reply-body-error" : "reply-body-hint"}
                className={inputClass}
              />
            </Field>
            <button type="submit" className={`${primaryButtonClass} mt-3`}>
              {busy ? "Đang gửi…" : "Gửi trả lời"}
            </button>
          </fieldset>
        </form>
      )}
      <div className="mt-4">
        <FormNotice notice={notice} />
        <button
          type="button"
          disabled={!hydrated || busy}
          onClick={() => setOpen(closed)}
          className={`${secondaryButtonClass} mt-2`}
        >
          {closed ? "Mở lại yêu cầu" : "Đóng yêu cầu"}
        </button>
      </div>
    </div>
  );
}
