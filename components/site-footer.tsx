export function SiteFooter() {
  return (
    <footer className="mt-10 border-t border-slate-200 bg-white text-sm text-slate-600">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p className="font-medium text-slate-800">Ban Biên tập Cổng thông tin điện tử tỉnh Kiên Giang</p>
        <p>Sở Thông tin và Truyền thông – Số 29 Trần Phú, phường Vĩnh Thanh, thành phố Rạch Giá, tỉnh Kiên Giang</p>
        <p>
          Thông tin dự án do các sở, ban, ngành và UBND cấp huyện cung cấp theo mẫu thống nhất (Công văn số
          786/UBND-VHXH ngày 08/6/2018 của UBND tỉnh).
        </p>
      </div>
    </footer>
  );
}
