// Reference data every installation starts with (DESIGN.md). Admins maintain it afterwards:
// seeding adds what is missing and never renames or removes what an admin changed.

export const SECTORS = [
  ["giao-thong", "Giao thông"],
  ["nong-nghiep", "Nông nghiệp"],
  ["thuy-san", "Thủy sản"],
  ["cong-nghiep", "Công nghiệp – Tiểu thủ công nghiệp"],
  ["nang-luong", "Năng lượng"],
  ["do-thi", "Hạ tầng đô thị – Khu dân cư"],
  ["du-lich", "Du lịch"],
  ["thuong-mai-dich-vu", "Thương mại – Dịch vụ"],
  ["y-te", "Y tế"],
  ["giao-duc", "Giáo dục – Đào tạo"],
  ["van-hoa-the-thao", "Văn hóa – Thể thao"],
  ["moi-truong", "Môi trường – Cấp thoát nước"],
  ["khu-cong-nghiep", "Khu công nghiệp – Khu kinh tế"],
  ["thong-tin-truyen-thong", "Thông tin – Truyền thông"],
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
  ["trong-nuoc", "Đầu tư trực tiếp – vốn trong nước"],
  ["nuoc-ngoai", "Đầu tư trực tiếp – vốn nước ngoài"],
  ["lien-doanh", "Liên doanh"],
  ["bcc", "Hợp đồng hợp tác kinh doanh – BCC"],
  ["ppp-bot", "PPP – BOT"],
  ["ppp-bto", "PPP – BTO"],
  ["ppp-boo", "PPP – BOO"],
  ["ppp-om", "PPP – O&M"],
  ["ppp-khac", "PPP – hợp đồng khác"],
  ["gop-von", "Góp vốn, mua cổ phần"],
  ["khac", "Khác"],
] as const;
