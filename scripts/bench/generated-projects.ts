/**
 * Realistic published project calls in bulk, for the benchmark: Vietnamese names and objectives
 * built from the kinds of projects each sector calls for, spread over every location, form and a
 * log-uniform range of capital, written through the app's own project writer.
 * Deterministic (seeded), so every run of the benchmark measures the same data.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { FORM_STEP_COUNT } from "@/lib/projects/project-form-schema";
import { newProjectRow, readReferenceIndex } from "@/lib/projects/project-writer";
import { slugify } from "@/lib/projects/slug";
import { unitSnapshot } from "@/lib/projects/unit-snapshot";
import { DAY_MS } from "@/lib/time/day";
import { DEMO_ORGANIZATIONS } from "@/prisma/seed/demo-accounts";

const BATCH = 2_000;

/** mulberry32: small, fast, good enough to spread generated data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const KINDS: Record<string, string[]> = {
  "giao-thong": ["Đường liên xã", "Cầu qua kênh", "Bến xe khách", "Bến thủy nội địa", "Cảng cá"],
  "nong-nghiep": ["Vùng trồng lúa chất lượng cao", "Trang trại chăn nuôi công nghệ cao", "Nhà máy sấy lúa", "Vùng trồng khóm"],
  "thuy-san": ["Vùng nuôi tôm công nghệ cao", "Nhà máy chế biến thủy sản", "Khu neo đậu tàu cá", "Trại giống thủy sản"],
  "cong-nghiep": ["Cụm công nghiệp", "Nhà máy chế biến gạo", "Nhà máy sản xuất bao bì", "Xưởng cơ khí sửa chữa tàu"],
  "nang-luong": ["Nhà máy điện mặt trời", "Nhà máy điện gió", "Nhà máy điện sinh khối", "Trạm biến áp"],
  "do-thi": ["Khu dân cư", "Khu đô thị mới", "Nhà ở xã hội", "Chỉnh trang đô thị ven sông"],
  "du-lich": ["Khu du lịch sinh thái", "Khu nghỉ dưỡng ven biển", "Bến du thuyền", "Điểm du lịch cộng đồng"],
  "thuong-mai-dich-vu": ["Chợ đầu mối nông sản", "Trung tâm thương mại", "Trung tâm logistics", "Siêu thị"],
  "y-te": ["Bệnh viện đa khoa", "Phòng khám đa khoa", "Trung tâm dưỡng lão", "Nhà máy sản xuất dược liệu"],
  "giao-duc": ["Trường liên cấp", "Trường mầm non", "Trung tâm đào tạo nghề", "Ký túc xá sinh viên"],
  "van-hoa-the-thao": ["Khu liên hợp thể thao", "Nhà văn hóa đa năng", "Sân golf", "Bảo tàng"],
  "moi-truong": ["Nhà máy xử lý chất thải rắn", "Nhà máy nước sạch", "Trạm xử lý nước thải", "Hệ thống thoát nước"],
  "khu-cong-nghiep": ["Khu công nghiệp", "Hạ tầng khu kinh tế cửa khẩu", "Khu công nghiệp sinh thái"],
  "thong-tin-truyen-thong": ["Trung tâm dữ liệu", "Hạ tầng viễn thông", "Khu công nghệ thông tin tập trung"],
};

const PLACES = [
  "Vĩnh Hòa",
  "Thạnh Lộc",
  "Bình An",
  "Mong Thọ",
  "Tân Hội",
  "Hòa Điền",
  "Dương Tơ",
  "Cửa Cạn",
  "Thổ Sơn",
  "Mỹ Lâm",
  "Định An",
  "Vĩnh Phong",
  "Minh Thuận",
  "Phú Lợi",
  "Lại Sơn",
  "Hòn Tre",
  "Thuận Yên",
  "Sơn Kiên",
  "Bàn Tân Định",
  "Ngọc Chúc",
];

const PURPOSES = [
  "thu hút nhà đầu tư có năng lực tài chính và kinh nghiệm",
  "tạo việc làm ổn định cho lao động địa phương",
  "nâng cao giá trị sản phẩm và sức cạnh tranh của tỉnh",
  "ứng dụng công nghệ hiện đại, thân thiện với môi trường",
  "kết nối vùng nguyên liệu với thị trường tiêu thụ",
  "góp phần phát triển kinh tế – xã hội bền vững",
  "bảo đảm an toàn trước biến đổi khí hậu và nước biển dâng",
];

const LEGAL_BASIS = "Luật Đầu tư số 61/2020/QH14; Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050";

/** Deletes every project and writes `count` published ones. Reference data must be seeded first. */
export async function writeGeneratedProjects(prisma: PrismaClient, count: number, now = new Date()): Promise<void> {
  const next = random(20261127);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

  const organizations = [];
  for (const { code, ...fields } of DEMO_ORGANIZATIONS) {
    organizations.push(await prisma.organization.upsert({ where: { code }, create: { code, ...fields }, update: {} }));
  }
  const [sectors, locations, forms] = await Promise.all([
    prisma.sector.findMany(),
    prisma.location.findMany(),
    prisma.investmentForm.findMany(),
  ]);
  const references = await readReferenceIndex(prisma);

  await prisma.projectLocation.deleteMany();
  await prisma.project.deleteMany();

  for (let start = 0; start < count; start += BATCH) {
    const projects = [];
    const links = [];
    for (let index = start; index < Math.min(count, start + BATCH); index += 1) {
      const sector = pick(sectors);
      const kind = pick(KINDS[sector.code] ?? ["Dự án"]);
      const place = pick(PLACES);
      const projectLocations = next() < 0.8 ? [pick(locations)] : [...new Set([pick(locations), pick(locations)])];
      const district = projectLocations[0]!.name.replace(/^(Huyện|Thành phố) /, "");
      const name = `${kind} ${place} – ${district} (${index + 1})`;
      const objectives =
        `Đầu tư xây dựng ${kind.toLowerCase()} tại xã ${place}, ${projectLocations[0]!.name}, nhằm ${pick(PURPOSES)}; ` +
        `${pick(PURPOSES)}.`;
      const locationText = `Xã ${place}, ${projectLocations.map((location) => location.name).join(" và ")}`;
      const organization = organizations[index % organizations.length]!;
      const publishedAt = new Date(now.getTime() - Math.floor(next() * 1_000) * DAY_MS);
      const capitalTy = Math.round(10 * Math.pow(2_000, next()) * 10) / 10;
      const form = pick(forms);
      const id = `bench-${String(index + 1).padStart(7, "0")}`;
      const { columns, locationIds } = newProjectRow(
        {
          ...unitSnapshot(organization),
          sectorCode: sector.code,
          name,
          objectives,
          investmentFormCode: form.code,
          capitalTy,
          scale: `Diện tích khoảng ${Math.round(5 + next() * 495)} ha`,
          areaHa: Math.round(5 + next() * 495),
          durationYears: pick([20, 30, 50]),
          implementationPlan: "Năm thứ nhất: chuẩn bị đầu tư; năm thứ hai đến năm thứ tư: xây dựng và đưa vào vận hành",
          legalBasis: LEGAL_BASIS,
          locationCodes: projectLocations.map((location) => location.code),
          locationText,
          infrastructure: "Đường giao thông, lưới điện quốc gia và nguồn nước mặt trong khu vực.",
          incentives: "Theo quy định về ưu đãi đầu tư hiện hành của Nhà nước và của tỉnh.",
          socialEfficiency: "Tạo việc làm, tăng thu ngân sách, thúc đẩy phát triển kinh tế địa phương.",
          dossierSubmission: "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang, thành phố Rạch Giá",
        },
        references,
      );
      projects.push({
        ...columns,
        id,
        slug: slugify(name),
        status: "PUBLISHED" as const,
        organizationId: organization.id,
        formStep: FORM_STEP_COUNT,
        submittedAt: publishedAt,
        publishedAt,
        lastConfirmedAt: publishedAt,
      });
      for (const locationId of locationIds) links.push({ projectId: id, locationId });
    }
    await prisma.project.createMany({ data: projects });
    await prisma.projectLocation.createMany({ data: links });
  }
}

const KIND_WORDS = [...new Set(Object.values(KINDS).flat())];
const PURPOSE_WORDS = [...new Set(PURPOSES.flatMap((purpose) => purpose.split(/[\s,–]+/).filter((word) => word.length > 3)))];

/**
 * The n-th of tens of thousands of different keywords a visitor might type (a kind of project, a
 * place, a word of an objective): a benchmark that asks for a new one every request misses every
 * cache, yet each still finds projects.
 */
export function uncachedKeyword(n: number): string {
  const kind = KIND_WORDS[n % KIND_WORDS.length]!;
  const place = PLACES[Math.floor(n / KIND_WORDS.length) % PLACES.length]!;
  const word = PURPOSE_WORDS[Math.floor(n / (KIND_WORDS.length * PLACES.length)) % PURPOSE_WORDS.length]!;
  return `${kind} ${place} ${word}`.toLowerCase();
}
