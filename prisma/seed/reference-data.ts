// Reference data every installation starts with (DESIGN.md). Admins maintain it afterwards:
// seeding adds what is missing and never renames or removes what an admin changed.
// Sectors and investment forms: [code, Vietnamese name, English name for the English pages].
// Locations have no English name: place names read the same in English.

export const SECTORS = [
  ["giao-thong", "Giao thông", "Transport"],
  ["nong-nghiep", "Nông nghiệp", "Agriculture"],
  ["thuy-san", "Thủy sản", "Fisheries and aquaculture"],
  ["cong-nghiep", "Công nghiệp – Tiểu thủ công nghiệp", "Industry and handicrafts"],
  ["nang-luong", "Năng lượng", "Energy"],
  ["do-thi", "Hạ tầng đô thị – Khu dân cư", "Urban infrastructure and residential areas"],
  ["du-lich", "Du lịch", "Tourism"],
  ["thuong-mai-dich-vu", "Thương mại – Dịch vụ", "Trade and services"],
  ["y-te", "Y tế", "Health care"],
  ["giao-duc", "Giáo dục – Đào tạo", "Education and training"],
  ["van-hoa-the-thao", "Văn hóa – Thể thao", "Culture and sports"],
  ["moi-truong", "Môi trường – Cấp thoát nước", "Environment, water supply and drainage"],
  ["khu-cong-nghiep", "Khu công nghiệp – Khu kinh tế", "Industrial parks and economic zones"],
  ["thong-tin-truyen-thong", "Thông tin – Truyền thông", "Information and communications"],
] as const;

export const LOCATIONS = [
  ["rach-gia", "Thành phố Rạch Giá"],
  ["phu-quoc", "Thành phố Phú Quốc"],
  ["ha-tien", "Thành phố Hà Tiên"],
  ["kien-luong", "Huyện Kiên Lương"],
  ["hon-dat", "Huyện Hòn Đất"],
  ["tan-hiep", "Huyện Tân Hiệp"],
  ["chau-thanh", "Huyện Châu Thành"],
  ["giong-rieng", "Huyện Giồng Riềng"],
  ["go-quao", "Huyện Gò Quao"],
  ["an-bien", "Huyện An Biên"],
  ["an-minh", "Huyện An Minh"],
  ["vinh-thuan", "Huyện Vĩnh Thuận"],
  ["u-minh-thuong", "Huyện U Minh Thượng"],
  ["giang-thanh", "Huyện Giang Thành"],
  ["kien-hai", "Huyện Kiên Hải"],
] as const;

export const INVESTMENT_FORMS = [
  ["trong-nuoc", "Đầu tư trực tiếp – vốn trong nước", "Direct investment – domestic capital"],
  ["nuoc-ngoai", "Đầu tư trực tiếp – vốn nước ngoài", "Direct investment – foreign capital"],
  ["lien-doanh", "Liên doanh", "Joint venture"],
  ["bcc", "Hợp đồng hợp tác kinh doanh – BCC", "Business cooperation contract (BCC)"],
  ["ppp-bot", "PPP – BOT", "PPP – Build–Operate–Transfer (BOT)"],
  ["ppp-bto", "PPP – BTO", "PPP – Build–Transfer–Operate (BTO)"],
  ["ppp-boo", "PPP – BOO", "PPP – Build–Own–Operate (BOO)"],
  ["ppp-om", "PPP – O&M", "PPP – Operate and Manage (O&M)"],
  ["ppp-khac", "PPP – hợp đồng khác", "PPP – other contract types"],
  ["gop-von", "Góp vốn, mua cổ phần", "Capital contribution or share purchase"],
  ["khac", "Khác", "Other"],
] as const;
