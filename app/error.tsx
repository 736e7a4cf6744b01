"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold text-slate-900">Đã có lỗi xảy ra</h1>
      <p className="mt-2 text-slate-600">Hệ thống chưa xử lý được yêu cầu. Vui lòng thử lại sau ít phút.</p>
      {/* The server's log line for this error carries the same code (scripts/server.mjs logs Next's errors). */}
      {error.digest ? <p className="mt-2 text-sm text-slate-500">Mã lỗi (xin ghi kèm khi báo lỗi): {error.digest}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
      >
        Thử lại
      </button>
    </div>
  );
}
