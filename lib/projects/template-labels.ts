// The official template's own words (Phụ lục of letter 786/UBND-VHXH). The public page, the
// submitter's form and the reviewer's view all label fields from here, so they never drift apart.

export const SECTION_I_TITLE = "I. THÔNG TIN VỀ ĐƠN VỊ ĐỀ XUẤT DỰ ÁN";
export const SECTION_II_TITLE = "II. THÔNG TIN VỀ DỰ ÁN";

export const UNIT_LABELS = {
  unitName: "Tên đơn vị",
  unitAddress: "Địa chỉ",
  unitPhone: "Điện thoại",
  unitFax: "Fax",
  unitEmail: "Email",
  unitWebsite: "Website",
  contactName: "Người liên hệ",
  contactTitle: "Chức vụ",
} as const;

export const PROJECT_LABELS = {
  sector: "Ngành / Lĩnh vực",
  name: "1. Tên dự án",
  objectives: "2. Mục tiêu dự án",
  investmentForm: "3. Hình thức đầu tư",
  size: "4. Quy mô dự án",
  capital: "Tổng vốn đầu tư dự kiến",
  scale: "Quy mô dự án",
  area: "Diện tích (ha)",
  durationAndPlan: "5. Thời hạn dự án (năm) và kế hoạch triển khai dự án",
  duration: "Thời hạn dự án (năm)",
  implementationPlan: "Kế hoạch triển khai dự án",
  legalBasis: "6. Căn cứ xây dựng dự án",
  location: "7. Địa điểm dự án",
  infrastructure: "8. Hạ tầng tại địa điểm",
  incentives: "9. Điều kiện hoặc ưu đãi đầu tư",
  socialEfficiency: "10. Hiệu quả xã hội của dự án",
  dossierSubmission: "11. Địa điểm nộp hồ sơ đăng ký đầu tư",
} as const;
