import type { OrganizationKind, Role } from "@/lib/generated/prisma/client";
import type { OrganizationContact } from "@/lib/projects/unit-snapshot";
import type { DemoOrganizationCode } from "./types";

// Demo organisations and accounts: development and demo seeding only, never production.

export const DEMO_PASSWORD = "Demo@2026";

interface DemoOrganization extends OrganizationContact {
  code: DemoOrganizationCode | "so-tttt";
  kind: OrganizationKind;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    code: "so-gtvt",
    name: "Sở Giao thông vận tải tỉnh Kiên Giang",
    kind: "DEPARTMENT",
    address: "Số 1 Nguyễn Công Trứ, phường Vĩnh Thanh Vân, thành phố Rạch Giá, tỉnh Kiên Giang",
    phone: "0297 3862 031",
    fax: "0297 3862 032",
    email: "sgtvt@kiengiang.gov.vn",
    website: "https://sgtvt.kiengiang.gov.vn",
    contactName: "Nguyễn Văn Hùng",
    contactTitle: "Trưởng phòng Kế hoạch – Tài chính",
  },
  {
    code: "ubnd-kien-luong",
    name: "UBND huyện Kiên Lương",
    kind: "DISTRICT",
    address: "Thị trấn Kiên Lương, huyện Kiên Lương, tỉnh Kiên Giang",
    phone: "0297 3853 268",
    fax: "0297 3853 269",
    email: "ubndkienluong@kiengiang.gov.vn",
    website: "https://kienluong.kiengiang.gov.vn",
    contactName: "Trần Thị Mai",
    contactTitle: "Chánh Văn phòng HĐND và UBND huyện",
  },
  {
    code: "so-khdt",
    name: "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang",
    kind: "DEPARTMENT",
    address: "Số 12 Lê Lợi, phường Vĩnh Thanh Vân, thành phố Rạch Giá, tỉnh Kiên Giang",
    phone: "0297 3862 163",
    fax: "0297 3862 164",
    email: "skhdt@kiengiang.gov.vn",
    website: "https://skhdt.kiengiang.gov.vn",
    contactName: "Lê Minh Tuấn",
    contactTitle: "Phó Giám đốc Sở",
  },
  {
    code: "ubnd-phu-quoc",
    name: "UBND thành phố Phú Quốc",
    kind: "DISTRICT",
    address: "Số 2 đường 30/4, phường Dương Đông, thành phố Phú Quốc, tỉnh Kiên Giang",
    phone: "0297 3846 246",
    fax: "0297 3846 247",
    email: "ubndphuquoc@kiengiang.gov.vn",
    website: "https://phuquoc.kiengiang.gov.vn",
    contactName: "Phạm Quốc Bảo",
    contactTitle: "Trưởng phòng Tài chính – Kế hoạch",
  },
  {
    code: "so-nnptnt",
    name: "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang",
    kind: "DEPARTMENT",
    address: "Số 1 Mạc Cửu, phường Vĩnh Thanh, thành phố Rạch Giá, tỉnh Kiên Giang",
    phone: "0297 3862 339",
    fax: "0297 3862 340",
    email: "snnptnt@kiengiang.gov.vn",
    website: "https://snnptnt.kiengiang.gov.vn",
    contactName: "Huỳnh Văn Lợi",
    contactTitle: "Trưởng phòng Kế hoạch – Tài chính",
  },
  {
    code: "so-vhttdl",
    name: "Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang",
    kind: "DEPARTMENT",
    address: "Số 36 Lê Lợi, phường Vĩnh Thanh Vân, thành phố Rạch Giá, tỉnh Kiên Giang",
    phone: "0297 3862 441",
    fax: "0297 3862 442",
    email: "svhttdl@kiengiang.gov.vn",
    website: "https://svhttdl.kiengiang.gov.vn",
    contactName: "Đỗ Thị Thu Hà",
    contactTitle: "Trưởng phòng Quản lý Du lịch",
  },
  {
    code: "so-tttt",
    name: "Sở Thông tin và Truyền thông tỉnh Kiên Giang – Ban Biên tập Cổng thông tin điện tử",
    kind: "EDITORIAL",
    address: "Số 29 Trần Phú, phường Vĩnh Thanh, thành phố Rạch Giá, tỉnh Kiên Giang",
    phone: "0297 3869 369",
    fax: "",
    email: "stttt@kiengiang.gov.vn",
    website: "https://kiengiang.gov.vn",
    contactName: "",
    contactTitle: "",
  },
];

export const DEMO_USERS: { email: string; name: string; role: Role; organization: DemoOrganization["code"] }[] = [
  { email: "submitter@demo.local", name: "Nguyễn Văn Hùng", role: "SUBMITTER", organization: "so-gtvt" },
  { email: "district@demo.local", name: "Trần Thị Mai", role: "SUBMITTER", organization: "ubnd-kien-luong" },
  { email: "reviewer@demo.local", name: "Võ Thanh Bình", role: "REVIEWER", organization: "so-tttt" },
  { email: "admin@demo.local", name: "Lý Hoàng Nam", role: "ADMIN", organization: "so-tttt" },
];
