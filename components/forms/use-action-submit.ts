"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";

export type Notice = { kind: "error" | "success"; text: string };

const OFFLINE_MESSAGE = "Mất kết nối với máy chủ. Dữ liệu vẫn còn trên trang; hãy thử lại.";

/**
 * Calls a server action from a react-hook-form form: the server's field errors land beside their
 * inputs, its message in the form's notice; the data comes back only when the action succeeded.
 */
export function useActionSubmit<Values extends FieldValues>(setError?: UseFormSetError<Values>) {
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);

  async function submit<T>(call: () => Promise<ActionResult<T>>): Promise<{ data: T } | undefined> {
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await call();
      if (result.ok) return { data: result.data };
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        setError?.(field as Path<Values>, { type: "server", message: messages[0] });
      }
      setNotice({ kind: "error", text: result.message });
      return undefined;
    } catch {
      setNotice({ kind: "error", text: OFFLINE_MESSAGE });
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return { notice, setNotice, busy, submit };
}
