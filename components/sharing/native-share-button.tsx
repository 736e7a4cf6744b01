"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * "Chia sẻ qua ứng dụng khác…": the system's share sheet (Zalo, Messenger, SMS… on a phone), shown
 * only where the browser has one. A cancelled share is not an error.
 */
export function NativeShareButton({ url, title, label }: { url: string; title: string; label: string }) {
  const available = useSyncExternalStore(
    never,
    () => typeof navigator.share === "function",
    () => false,
  );
  if (!available) return null;
  return (
    <button
      type="button"
      onClick={() => navigator.share({ url, title }).catch(() => undefined)}
      className="rounded-md border border-slate-300 px-3 py-1.5 font-medium text-brand-700 hover:border-brand-600"
    >
      {label}
    </button>
  );
}
