"use client";

import "./globals.css";

/**
 * The last resort, when even the layout failed (for a signed-in user it reads the database, which may
 * be down): the same plain Vietnamese message as error.tsx, in a page of its own.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body>
        <main role="alert" className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-2xl font-bold text-slate-900">Đã có lỗi xảy ra</h1>
          <p className="mt-2 text-slate-600">Hệ thống đang gặp sự cố và chưa xử lý được yêu cầu. Vui lòng thử lại sau ít phút.</p>
          <button
            type="button"
            onClick={reset}
            className="mt-6 rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Thử lại
          </button>
        </main>
      </body>
    </html>
  );
}
