export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">Đang tải danh mục dự án…</span>
      <div className="h-8 w-72 rounded bg-slate-200" />
      <div className="mt-6 grid gap-6 lg:grid-cols-[18rem_1fr]">
        <div className="h-96 rounded-lg bg-slate-200" />
        <div className="grid gap-4 md:grid-cols-2">
          {Array.from({ length: 4 }, (_, index) => (
            <div key={index} className="h-48 rounded-lg bg-slate-200" />
          ))}
        </div>
      </div>
    </div>
  );
}
