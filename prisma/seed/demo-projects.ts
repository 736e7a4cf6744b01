// Demo investment-call projects for development and demo seeding only (never production).
// Written for this portal: plausible for Kiên Giang, spread over every sector and many locations.
import type { DemoProject } from "./types";

export const demoProjects: DemoProject[] = [
  // ───────────────────────── Giao thông ─────────────────────────
  {
    key: "duong-ven-bien-rach-gia-hon-dat-kien-luong",
    organization: "so-gtvt",
    status: "PUBLISHED",
    sector: "giao-thong",
    form: "ppp-bot",
    locations: ["rach-gia", "hon-dat", "kien-luong"],
    name: "Đường ven biển Rạch Giá – Hòn Đất – Kiên Lương",
    nameEn: "Rach Gia – Hon Dat – Kien Luong coastal road",
    summaryEn:
      "A 78 km, four-lane coastal road linking Rach Gia city with Hon Dat, Kien Luong and the Ha Tien border-gate economic zone, taking traffic off National Highway 80 and doubling as a sea dyke. Public–private partnership under a build–operate–transfer (BOT) contract; estimated investment VND 12,500 billion (about USD 492 million); 25-year term.",
    objectives:
      "Hình thành trục giao thông ven biển phía Tây nối thành phố Rạch Giá với các huyện Hòn Đất, Kiên Lương và Khu kinh tế cửa khẩu Hà Tiên, chia sẻ lưu lượng cho Quốc lộ 80. Tạo hành lang phát triển đô thị, du lịch biển và logistics, đồng thời kết hợp chức năng đê biển ứng phó nước biển dâng.",
    capitalTy: 12500,
    capitalUsdMillion: 492.1,
    scale:
      "Chiều dài tuyến khoảng 78 km; quy mô 4 làn xe cơ giới, nền đường rộng 24,5 m; 12 cầu trung và cầu lớn; vận tốc thiết kế 80 km/h",
    areaHa: 420,
    durationYears: 25,
    implementationPlan:
      "2026: lập báo cáo nghiên cứu khả thi, lựa chọn nhà đầu tư; 2027–2028: giải phóng mặt bằng, thi công đoạn Rạch Giá – Hòn Đất; 2029–2031: thi công đoạn Hòn Đất – Kiên Lương, đưa toàn tuyến vào khai thác; 2031–2056: vận hành, thu phí hoàn vốn và chuyển giao cho Nhà nước",
    legalBasis:
      "Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; Quy hoạch mạng lưới đường bộ thời kỳ 2021–2030, tầm nhìn đến năm 2050; danh mục dự án giao thông trọng điểm giai đoạn 2026–2030 của tỉnh Kiên Giang",
    locationText:
      "Khu lấn biển phía Bắc thành phố Rạch Giá; các xã ven biển Bình Sơn, Bình Giang, Lình Huỳnh, Thổ Sơn (huyện Hòn Đất); các xã Dương Hòa, Bình An, Bình Trị và thị trấn Kiên Lương (huyện Kiên Lương)",
    infrastructure:
      "Tuyến đi song song Quốc lộ 80 về phía biển, cách từ 2 đến 6 km; giao cắt với Quốc lộ 80 tại 5 nút và nhiều kênh thủy lợi vùng Tứ giác Long Xuyên; lưới điện trung thế 22 kV chạy dọc Quốc lộ 80; nguồn vật liệu đá, cát sẵn có tại các mỏ ở Kiên Lương và Hòn Đất.",
    incentives:
      "Nhà nước tham gia vốn đầu tư công không vượt quá 50% tổng mức đầu tư theo quy định về PPP; nhà đầu tư được thu phí sử dụng đường bộ theo phương án tài chính được phê duyệt; áp dụng cơ chế chia sẻ phần tăng, giảm doanh thu; tỉnh chủ trì bồi thường, giải phóng mặt bằng bằng ngân sách địa phương.",
    socialEfficiency:
      "Rút ngắn thời gian di chuyển Rạch Giá – Hà Tiên khoảng 40 phút, giảm tai nạn giao thông trên Quốc lộ 80; mở ra quỹ đất phát triển du lịch biển Hòn Đất, Kiên Lương; tạo việc làm cho khoảng 2.500 lao động trong giai đoạn xây dựng; góp phần chống sạt lở bờ biển và bảo vệ rừng phòng hộ ven biển.",
    dossierSubmission:
      "Sở Giao thông vận tải tỉnh Kiên Giang (cơ quan được giao chuẩn bị dự án PPP), thành phố Rạch Giá; đồng gửi Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh",
    publishedDaysAgo: 12,
  },
  {
    key: "nang-cap-duong-kien-luong-hon-chong",
    organization: "ubnd-kien-luong",
    status: "PUBLISHED",
    sector: "giao-thong",
    form: "ppp-bto",
    locations: ["kien-luong"],
    name: "Nâng cấp, mở rộng tuyến đường Kiên Lương – Hòn Chông",
    objectives:
      "Nâng cấp tuyến đường độc đạo dẫn vào khu du lịch Hòn Chông, bảo đảm lưu thông an toàn cho xe khách du lịch và xe tải chở vật liệu xây dựng. Kết hợp chỉnh trang cảnh quan, chiếu sáng đoạn qua khu dân cư.",
    capitalTy: 1850,
    capitalUsdMillion: 72.8,
    scale:
      "Chiều dài khoảng 21,5 km; mở rộng từ 2 lên 4 làn xe, nền đường 20,5 m; vỉa hè, chiếu sáng, cây xanh đoạn qua thị trấn và khu du lịch; 3 cầu bê tông cốt thép",
    areaHa: 35,
    durationYears: 20,
    implementationPlan:
      "2026: lập hồ sơ đề xuất dự án, lựa chọn nhà đầu tư; 2027: bồi thường, giải phóng mặt bằng; 2027–2029: thi công, bàn giao cho Nhà nước; 2029–2049: nhà đầu tư kinh doanh dịch vụ dọc tuyến theo hợp đồng",
    legalBasis:
      "Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; quy hoạch xây dựng vùng huyện Kiên Lương đến năm 2040",
    locationText: "Thị trấn Kiên Lương, xã Bình An và khu vực Hòn Chông, huyện Kiên Lương",
    infrastructure:
      "Tuyến hiện hữu mặt đường láng nhựa rộng 7 m, nhiều đoạn xuống cấp; đã có lưới điện 22 kV và tuyến ống cấp nước dọc đường; đầu tuyến kết nối Quốc lộ 80.",
    incentives:
      "Dự án thuộc danh mục khuyến khích đầu tư PPP của tỉnh; được xem xét bố trí quỹ đất dịch vụ thương mại dọc tuyến để thanh toán một phần; hỗ trợ thủ tục tại Bộ phận một cửa huyện Kiên Lương.",
    socialEfficiency:
      "Giảm ùn tắc dịp lễ hội và mùa du lịch, tăng sức hút của khu du lịch Hòn Chông – Mũi Nai; thuận lợi vận chuyển xi măng, clinker; cải thiện điều kiện đi lại cho khoảng 18.000 người dân dọc tuyến.",
    dossierSubmission:
      "Ủy ban nhân dân huyện Kiên Lương (Phòng Kinh tế và Hạ tầng), thị trấn Kiên Lương; hoặc Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh",
    publishedDaysAgo: 45,
  },
  {
    key: "ben-cang-tong-hop-binh-tri",
    organization: "so-gtvt",
    status: "PUBLISHED",
    sector: "giao-thong",
    form: "lien-doanh",
    locations: ["kien-luong"],
    name: "Bến cảng tổng hợp Bình Trị cho tàu 10.000 tấn",
    nameEn: "Binh Tri general cargo port for 10,000-tonne vessels",
    summaryEn:
      "A 350 m berth for vessels of up to 10,000 DWT, with 18 ha of yards and covered warehouses and a throughput of about 3.5 million tonnes a year. Joint venture; estimated investment VND 3,200 billion; 50-year term.",
    objectives:
      "Đầu tư bến cảng tổng hợp phục vụ xuất nhập khẩu xi măng, clinker, vật liệu xây dựng và nông sản của vùng Tứ giác Long Xuyên. Giảm chi phí logistics cho các doanh nghiệp sản xuất xi măng tại Kiên Lương.",
    capitalTy: 3200,
    capitalUsdMillion: 126,
    scale:
      "Cầu cảng dài 350 m tiếp nhận tàu trọng tải đến 10.000 DWT; bãi hàng và kho kín 18 ha; công suất thông qua khoảng 3,5 triệu tấn/năm",
    areaHa: 45,
    durationYears: 50,
    implementationPlan:
      "2026–2027: chấp thuận chủ trương đầu tư, khảo sát, thiết kế, nạo vét luồng; 2028–2029: xây dựng cầu cảng giai đoạn 1 (200 m) và đưa vào khai thác; 2030–2032: hoàn thiện giai đoạn 2",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Luật Hàng hải Việt Nam; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; Quy hoạch tổng thể phát triển hệ thống cảng biển Việt Nam thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Xã Bình Trị, huyện Kiên Lương, cách thị trấn Kiên Lương khoảng 12 km",
    infrastructure:
      "Gần các nhà máy xi măng và mỏ đá vôi; đường tỉnh kết nối Quốc lộ 80 dài khoảng 6 km; độ sâu tự nhiên trước bến 4–5 m, cần nạo vét luồng vào; lưới điện 110 kV cách khoảng 3 km.",
    incentives:
      "Miễn tiền thuê mặt nước trong thời gian xây dựng cơ bản theo quy định; ưu đãi thuế thu nhập doanh nghiệp đối với dự án tại địa bàn có điều kiện kinh tế – xã hội khó khăn; tỉnh hỗ trợ kết nối đường tỉnh vào cảng.",
    socialEfficiency:
      "Tạo khoảng 600 việc làm trực tiếp; giảm lượng xe tải nặng trên Quốc lộ 80; nâng sức cạnh tranh của ngành xi măng và vật liệu xây dựng địa phương, tăng thu ngân sách.",
    dossierSubmission:
      "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Kiên Giang, số 06 Lý Thường Kiệt, phường Vĩnh Thanh Vân, thành phố Rạch Giá; hoặc Sở Giao thông vận tải tỉnh Kiên Giang",
    publishedDaysAgo: 96,
  },
  {
    key: "ben-xe-khach-trung-tam-duong-dong",
    organization: "ubnd-phu-quoc",
    status: "PUBLISHED",
    sector: "giao-thong",
    form: "trong-nuoc",
    locations: ["phu-quoc"],
    name: "Bến xe khách trung tâm và bãi đỗ xe Dương Đông",
    objectives:
      "Xây dựng bến xe khách đạt chuẩn loại 2 kết hợp bãi đỗ xe tập trung và trạm sạc xe điện, giảm tình trạng đỗ xe tràn lan trong trung tâm Dương Đông. Hình thành đầu mối trung chuyển xe buýt đi các khu du lịch Bắc đảo và Nam đảo.",
    capitalTy: 185,
    scale:
      "Bến xe loại 2 trên diện tích 4,2 ha; 60 vị trí đỗ xe khách, 300 chỗ đỗ ô tô con; trạm sạc xe điện 40 cổng; nhà chờ 1.200 m²",
    areaHa: 4.2,
    durationYears: 50,
    implementationPlan:
      "2026: lựa chọn nhà đầu tư, giao đất; 2027: thiết kế, cấp phép xây dựng; 2027–2028: xây dựng và đưa vào hoạt động",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; Quy hoạch chung thành phố Phú Quốc đến năm 2040",
    locationText: "Phường Dương Đông, thành phố Phú Quốc, gần nút giao đường Nguyễn Trung Trực và đường vành đai",
    infrastructure:
      "Mặt bằng đã có quy hoạch chi tiết tỷ lệ 1/500; tiếp giáp hai tuyến đường nhựa; đã có điện, nước sạch và thoát nước đô thị.",
    incentives:
      "Được hưởng ưu đãi đầu tư áp dụng tại Phú Quốc; hỗ trợ chi phí đào tạo lái xe buýt điện; UBND thành phố hỗ trợ thủ tục đất đai, xây dựng theo cơ chế một cửa liên thông.",
    socialEfficiency:
      "Giảm ùn tắc và đỗ xe trái phép tại trung tâm Dương Đông; khuyến khích giao thông công cộng, xe điện phù hợp định hướng đảo xanh; tạo khoảng 150 việc làm.",
    dossierSubmission:
      "Ủy ban nhân dân thành phố Phú Quốc (Trung tâm Phục vụ hành chính công thành phố), phường Dương Đông; hoặc Sở Kế hoạch và Đầu tư tỉnh Kiên Giang",
    publishedDaysAgo: 150,
  },
  {
    key: "ben-tau-khach-rach-gia-hon-tre-lai-son",
    organization: "so-gtvt",
    status: "PUBLISHED",
    sector: "giao-thong",
    form: "ppp-khac",
    locations: ["rach-gia", "kien-hai"],
    name: "Bến tàu khách và tuyến vận tải thủy Rạch Giá – Hòn Tre – Lại Sơn",
    objectives:
      "Nâng cấp hệ thống bến tàu khách đất liền – đảo, bảo đảm đón trả khách an toàn quanh năm, kể cả mùa gió chướng. Mở tuyến tàu cao tốc cố định phục vụ người dân xã đảo và khách du lịch.",
    capitalTy: 420,
    capitalUsdMillion: 16.5,
    scale:
      "03 bến tàu khách (Rạch Giá, Hòn Tre, Lại Sơn) tiếp nhận tàu đến 300 ghế; nhà ga hành khách tổng diện tích 3.500 m²; đê chắn sóng 250 m tại Lại Sơn",
    areaHa: 6.8,
    durationYears: 30,
    implementationPlan:
      "2026: lập báo cáo nghiên cứu tiền khả thi; 2027: lựa chọn nhà đầu tư; 2027–2029: xây dựng 3 bến, đưa tuyến tàu vào khai thác; 2029–2059: vận hành theo hợp đồng",
    legalBasis:
      "Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Luật Giao thông đường thủy nội địa; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Phường Vĩnh Thanh Vân, thành phố Rạch Giá; xã Hòn Tre và xã Lại Sơn, huyện Kiên Hải",
    infrastructure:
      "Tại Rạch Giá đã có khu bến hiện hữu và bãi đỗ xe; tại Hòn Tre và Lại Sơn có cầu tàu cũ tải trọng thấp, lưới điện trung thế và nước sinh hoạt từ hồ chứa trên đảo.",
    incentives:
      "Nhà nước hỗ trợ đầu tư đê chắn sóng bằng vốn ngân sách; nhà đầu tư được khai thác dịch vụ thương mại trong nhà ga; trợ giá vé cho người dân xã đảo theo chính sách của tỉnh.",
    socialEfficiency:
      "Bảo đảm đi lại an toàn cho gần 20.000 người dân huyện đảo Kiên Hải; thúc đẩy du lịch biển đảo; giảm tình trạng dùng tàu cá chở khách trái phép.",
    dossierSubmission:
      "Sở Giao thông vận tải tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Kiên Giang, số 06 Lý Thường Kiệt, phường Vĩnh Thanh Vân, thành phố Rạch Giá",
    publishedDaysAgo: 188,
  },
  {
    key: "duong-vanh-dai-bien-gioi-ha-tien-giang-thanh",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "giao-thong",
    form: "ppp-bto",
    locations: ["ha-tien", "giang-thanh"],
    name: "Đường vành đai biên giới kết nối cửa khẩu Hà Tiên – Giang Thành",
    objectives:
      "Kết nối hai cửa khẩu trên địa bàn Hà Tiên và Giang Thành bằng tuyến đường cấp III, phục vụ vận chuyển hàng hóa biên mậu và tuần tra biên giới. Tạo động lực hình thành các điểm dịch vụ logistics dọc tuyến.",
    capitalTy: 960,
    scale: "Chiều dài khoảng 32 km, đường cấp III đồng bằng, 2 làn xe, nền đường 12 m; 5 cầu qua kênh",
    areaHa: 58,
    durationYears: 25,
    implementationPlan:
      "2026–2027: lập dự án, lựa chọn nhà đầu tư, giải phóng mặt bằng; 2028–2030: thi công và bàn giao; 2030–2051: nhà đầu tư khai thác dịch vụ theo hợp đồng",
    legalBasis:
      "Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; quy hoạch chung xây dựng Khu kinh tế cửa khẩu Hà Tiên",
    locationText: "Phường Mỹ Đức, thành phố Hà Tiên; các xã Phú Mỹ, Tân Khánh Hòa, Vĩnh Điều, huyện Giang Thành",
    infrastructure:
      "Phần lớn tuyến đi trên bờ kênh hiện hữu; đã có lưới điện nông thôn; nền đất yếu cần xử lý; đầu tuyến kết nối Quốc lộ 80 và Quốc lộ N1.",
    incentives:
      "Hưởng ưu đãi áp dụng cho Khu kinh tế cửa khẩu; được bố trí quỹ đất dịch vụ tại các nút giao; ngân sách tỉnh bảo đảm chi phí giải phóng mặt bằng.",
    socialEfficiency:
      "Rút ngắn thời gian lưu chuyển hàng hóa qua cửa khẩu; tăng cường quốc phòng, an ninh biên giới; nâng cao đời sống đồng bào vùng biên, trong đó có đồng bào dân tộc Khmer.",
    dossierSubmission:
      "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh, thành phố Rạch Giá; hoặc Ban Quản lý Khu kinh tế tỉnh Kiên Giang",
    publishedDaysAgo: 58,
  },

  // ───────────────────────── Nông nghiệp ─────────────────────────
  {
    key: "vung-lua-chat-luong-cao-tan-hiep-giong-rieng",
    organization: "so-nnptnt",
    status: "PUBLISHED",
    sector: "nong-nghiep",
    form: "trong-nuoc",
    locations: ["tan-hiep", "giong-rieng"],
    name: "Vùng sản xuất lúa chất lượng cao, phát thải thấp Tân Hiệp – Giồng Riềng",
    objectives:
      "Xây dựng vùng lúa chuyên canh chất lượng cao, phát thải thấp gắn với liên kết tiêu thụ theo chuỗi. Ứng dụng cơ giới hóa đồng bộ, tưới ngập khô xen kẽ và truy xuất nguồn gốc để nâng giá trị gạo xuất khẩu.",
    capitalTy: 650,
    capitalUsdMillion: 25.6,
    scale:
      "Diện tích liên kết khoảng 1.500 ha; sản lượng khoảng 13.500 tấn lúa/năm; hệ thống sấy 300 tấn/ngày; kho chứa 20.000 tấn",
    areaHa: 1500,
    durationYears: 30,
    implementationPlan:
      "2026: khảo sát, ký kết liên kết với hợp tác xã; 2026–2027: xây dựng hệ thống sấy, kho, nâng cấp giao thông nội đồng; từ vụ Đông Xuân 2027–2028: sản xuất toàn vùng",
    legalBasis:
      "Nghị định số 98/2018/NĐ-CP về chính sách khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao và phát thải thấp vùng Đồng bằng sông Cửu Long đến năm 2030",
    locationText: "Các xã Thạnh Đông, Thạnh Trị (huyện Tân Hiệp) và xã Thạnh Hưng, Long Thạnh (huyện Giồng Riềng)",
    infrastructure:
      "Vùng có hệ thống kênh thủy lợi nội đồng hoàn chỉnh, chủ động tưới tiêu; đường giao thông nông thôn đã nhựa hóa đến trung tâm xã; lưới điện phục vụ trạm bơm.",
    incentives:
      "Hỗ trợ theo chính sách khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn; hỗ trợ chi phí chứng nhận và tín chỉ các-bon; ưu tiên tiếp cận tín dụng nông nghiệp xanh.",
    socialEfficiency:
      "Tăng thu nhập cho khoảng 1.200 hộ nông dân; giảm lượng phân bón, thuốc bảo vệ thực vật và phát thải khí nhà kính; hình thành thương hiệu gạo Kiên Giang phát thải thấp.",
    dossierSubmission:
      "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh",
    publishedDaysAgo: 33,
  },
  {
    key: "trung-tam-say-bao-quan-lua-gao-go-quao",
    organization: "so-nnptnt",
    status: "PUBLISHED",
    sector: "nong-nghiep",
    form: "lien-doanh",
    locations: ["go-quao"],
    name: "Trung tâm sấy, bảo quản và chế biến lúa gạo Gò Quao",
    objectives:
      "Giảm tổn thất sau thu hoạch cho vùng lúa Gò Quao bằng hệ thống sấy, kho bảo quản và dây chuyền xay xát, đánh bóng gạo hiện đại. Tận dụng trấu làm nhiên liệu sấy, hướng tới sản xuất tuần hoàn.",
    capitalTy: 320,
    scale:
      "Hệ thống sấy 500 tấn/ngày; kho silo 30.000 tấn; dây chuyền xay xát, đánh bóng 200.000 tấn gạo/năm; bến thủy nội địa cho sà lan 500 tấn",
    areaHa: 8.5,
    durationYears: 50,
    implementationPlan:
      "2026: chấp thuận chủ trương, giao đất; 2027: xây dựng kho, hệ thống sấy; 2028: lắp đặt dây chuyền chế biến, vận hành toàn bộ",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Nghị định số 57/2018/NĐ-CP về cơ chế, chính sách khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Xã Vĩnh Hòa Hưng Bắc, huyện Gò Quao, ven sông Cái Lớn",
    infrastructure:
      "Tiếp giáp sông Cái Lớn thuận lợi vận chuyển bằng đường thủy; cách Quốc lộ 61 khoảng 4 km; có tuyến trung thế 22 kV đi qua.",
    incentives:
      "Ưu đãi thuế thu nhập doanh nghiệp cho dự án tại địa bàn có điều kiện kinh tế – xã hội khó khăn; hỗ trợ một phần chi phí xây dựng kho theo chính sách nông nghiệp của tỉnh.",
    socialEfficiency:
      "Giảm tổn thất sau thu hoạch từ khoảng 10% xuống dưới 5%; tạo khoảng 250 việc làm; ổn định giá thu mua lúa cho nông dân vào thời điểm thu hoạch rộ.",
    dossierSubmission:
      "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Ủy ban nhân dân huyện Gò Quao",
    publishedDaysAgo: 120,
  },
  {
    key: "vung-nguyen-lieu-khom-chau-thanh",
    organization: "so-nnptnt",
    status: "PUBLISHED",
    sector: "nong-nghiep",
    form: "bcc",
    locations: ["chau-thanh"],
    name: "Vùng nguyên liệu khóm tập trung và nhà sơ chế tại huyện Châu Thành",
    objectives:
      "Hình thành vùng trồng khóm tập trung đạt chuẩn VietGAP trên đất phèn, gắn với nhà sơ chế và hợp đồng bao tiêu. Cung cấp nguyên liệu ổn định cho chế biến nước ép và khóm đóng hộp xuất khẩu.",
    capitalTy: 145,
    scale: "Vùng nguyên liệu khoảng 600 ha; nhà sơ chế, đóng gói 15.000 tấn quả/năm; kho mát 1.000 tấn",
    areaHa: 600,
    durationYears: 20,
    implementationPlan:
      "2026: ký kết hợp đồng hợp tác kinh doanh với hợp tác xã, chọn giống; 2026–2027: cải tạo vườn, xây dựng nhà sơ chế; 2028: cho thu hoạch, xuất bán ổn định",
    legalBasis:
      "Nghị định số 98/2018/NĐ-CP về chính sách khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; kế hoạch phát triển cây ăn trái của tỉnh Kiên Giang giai đoạn 2026–2030",
    locationText: "Các xã Vĩnh Hòa Hiệp, Bình An, huyện Châu Thành",
    infrastructure:
      "Đường bờ kênh bê tông đến từng cụm vườn; gần Quốc lộ 61 và Quốc lộ 63; có điện lưới và hệ thống kênh tưới tiêu.",
    incentives:
      "Hỗ trợ giống, chứng nhận VietGAP theo chính sách của tỉnh; hợp tác xã góp quyền sử dụng đất, nhà đầu tư góp vốn và bao tiêu; được vay vốn ưu đãi theo chương trình tín dụng nông nghiệp.",
    socialEfficiency:
      "Tạo việc làm ổn định cho khoảng 800 lao động nông thôn; tăng giá trị sử dụng đất phèn; giữ gìn thương hiệu khóm truyền thống của địa phương.",
    dossierSubmission:
      "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Ủy ban nhân dân huyện Châu Thành, thị trấn Minh Lương",
    publishedDaysAgo: 275,
  },

  // ───────────────────────── Thủy sản ─────────────────────────
  {
    key: "vung-nuoi-tom-lua-an-minh-an-bien-vinh-thuan",
    organization: "so-nnptnt",
    status: "PUBLISHED",
    sector: "thuy-san",
    form: "trong-nuoc",
    locations: ["an-minh", "an-bien", "vinh-thuan"],
    name: "Vùng nuôi tôm – lúa hữu cơ An Minh – An Biên – Vĩnh Thuận",
    objectives:
      "Phát triển vùng nuôi tôm – lúa hữu cơ có chứng nhận quốc tế, thích ứng xâm nhập mặn vùng U Minh. Xây dựng trại giống, nhà máy sơ chế và liên kết bao tiêu tôm sú, tôm càng xanh và gạo hữu cơ.",
    capitalTy: 780,
    capitalUsdMillion: 30.7,
    scale: "Diện tích vùng nuôi khoảng 3.000 ha; trại sản xuất tôm giống 500 triệu con/năm; nhà máy sơ chế 5.000 tấn tôm/năm",
    areaHa: 3000,
    durationYears: 30,
    implementationPlan:
      "2026: khảo sát, quy hoạch chi tiết vùng nuôi, ký kết liên kết; 2027: xây dựng trại giống, cải tạo ao đầm; 2028–2029: xây dựng nhà máy sơ chế, cấp chứng nhận hữu cơ",
    legalBasis:
      "Luật Thủy sản số 18/2017/QH14; Nghị định số 57/2018/NĐ-CP về cơ chế, chính sách khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText:
      "Các xã Đông Hưng, Vân Khánh (huyện An Minh); Nam Yên, Nam Thái (huyện An Biên); Vĩnh Phong, Phong Đông (huyện Vĩnh Thuận)",
    infrastructure:
      "Hệ thống kênh cấp thoát nước mặn – ngọt theo mùa; đường ô tô đến trung tâm xã; Quốc lộ 63 và tuyến đường ven biển đi qua vùng dự án; lưới điện 22 kV.",
    incentives:
      "Hỗ trợ chi phí chứng nhận hữu cơ và truy xuất nguồn gốc; miễn, giảm tiền thuê đất cho khu trại giống và nhà máy sơ chế; ưu tiên vốn khuyến nông và tín dụng chính sách.",
    socialEfficiency:
      "Nâng thu nhập bình quân cho khoảng 2.000 hộ nuôi tôm – lúa; giảm rủi ro dịch bệnh nhờ con giống sạch bệnh; thích ứng biến đổi khí hậu, hạn chế sử dụng hóa chất.",
    dossierSubmission:
      "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Kiên Giang, số 06 Lý Thường Kiệt, phường Vĩnh Thanh Vân, thành phố Rạch Giá",
    publishedDaysAgo: 27,
  },
  {
    key: "van-hanh-nang-cap-cang-ca-tac-cau",
    organization: "so-nnptnt",
    status: "PUBLISHED",
    sector: "thuy-san",
    form: "ppp-om",
    locations: ["chau-thanh"],
    name: "Quản lý, vận hành và nâng cấp cảng cá Tắc Cậu",
    objectives:
      "Chuyển giao quyền quản lý, vận hành cảng cá Tắc Cậu cho nhà đầu tư có năng lực, kết hợp nâng cấp khu bốc dỡ, chợ đầu mối thủy sản và hệ thống xử lý nước thải. Đáp ứng yêu cầu xác nhận nguồn gốc thủy sản khai thác chống khai thác bất hợp pháp (IUU).",
    capitalTy: 95,
    scale:
      "Cầu cảng hiện hữu 250 m; năng lực 120.000 tấn hàng/năm; nâng cấp khu phân loại 2.500 m², trạm xử lý nước thải 800 m³/ngày đêm, hệ thống camera giám sát tàu cá",
    areaHa: 9,
    durationYears: 15,
    implementationPlan:
      "2026: lựa chọn nhà đầu tư, ký hợp đồng O&M; 2026–2027: cải tạo khu bốc dỡ, lắp đặt hệ thống xử lý nước thải; 2027–2041: vận hành, bảo trì theo hợp đồng",
    legalBasis:
      "Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Luật Thủy sản số 18/2017/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Thị trấn Minh Lương và khu vực Tắc Cậu, xã Bình An, huyện Châu Thành",
    infrastructure:
      "Cảng cá loại I đang hoạt động, có cầu cảng, khu neo đậu, kho lạnh nhỏ; tiếp giáp Quốc lộ 63; có điện, nước sạch và đường nội bộ.",
    incentives:
      "Nhà đầu tư được thu phí, giá dịch vụ cảng cá theo khung giá được phê duyệt; tỉnh tiếp tục đầu tư nạo vét luồng bằng ngân sách; hỗ trợ thủ tục chứng nhận cảng cá chỉ định.",
    socialEfficiency:
      "Cải thiện vệ sinh môi trường khu cảng; hỗ trợ ngư dân truy xuất nguồn gốc, góp phần gỡ thẻ vàng IUU; ổn định việc làm cho khoảng 1.500 lao động bốc xếp, mua bán.",
    dossierSubmission: "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang (Chi cục Thủy sản), thành phố Rạch Giá",
    publishedDaysAgo: 180,
  },
  {
    key: "khu-nuoi-bien-cong-nghe-cao-nam-du",
    organization: "so-nnptnt",
    status: "PUBLISHED",
    sector: "thuy-san",
    form: "nuoc-ngoai",
    locations: ["kien-hai"],
    name: "Khu nuôi biển công nghệ cao quần đảo Nam Du",
    nameEn: "Nam Du islands high-tech mariculture zone",
    summaryEn:
      "About 800 ha of sea for 400 HDPE cages producing some 12,000 tonnes of marine fish a year, with a hatchery and cold store on the islands. Open to foreign direct investment; estimated investment VND 1,150 billion; 30-year term.",
    objectives:
      "Đầu tư khu nuôi cá biển, nhuyễn thể bằng lồng HDPE chịu sóng gió, áp dụng thức ăn công nghiệp và giám sát môi trường tự động. Cung cấp nguyên liệu chất lượng cao cho chế biến xuất khẩu và du lịch ẩm thực biển đảo.",
    capitalTy: 1150,
    capitalUsdMillion: 45.3,
    scale:
      "Mặt nước nuôi khoảng 800 ha; 400 lồng HDPE tròn đường kính 20–25 m; sản lượng 12.000 tấn cá biển/năm; trại giống và kho lạnh trên đảo",
    areaHa: 800,
    durationYears: 30,
    implementationPlan:
      "2026: giao khu vực biển, đánh giá tác động môi trường; 2027: lắp đặt 150 lồng giai đoạn 1, xây trại giống; 2028–2030: mở rộng đủ quy mô, xây kho lạnh",
    legalBasis:
      "Luật Thủy sản số 18/2017/QH14; Luật Tài nguyên, môi trường biển và hải đảo; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Vùng biển quanh quần đảo Nam Du, xã An Sơn và xã Nam Du, huyện Kiên Hải",
    infrastructure:
      "Vùng biển kín gió nhờ các đảo bao quanh, độ sâu 8–15 m; có cầu cảng cá và lưới điện trên đảo chính; tàu chở hàng đến Rạch Giá hằng ngày.",
    incentives:
      "Ưu đãi đầu tư đối với địa bàn huyện đảo; miễn tiền sử dụng khu vực biển trong thời gian xây dựng; hỗ trợ thủ tục giao khu vực biển theo cơ chế một cửa của tỉnh.",
    socialEfficiency:
      "Chuyển đổi nghề cho ngư dân khai thác ven bờ; giảm áp lực khai thác nguồn lợi tự nhiên; tạo khoảng 700 việc làm cho người dân huyện đảo.",
    dossierSubmission:
      "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Kiên Giang, số 06 Lý Thường Kiệt, phường Vĩnh Thanh Vân, thành phố Rạch Giá",
    publishedDaysAgo: 64,
  },

  // ───────────────────── Công nghiệp – Tiểu thủ công nghiệp ─────────────────────
  {
    key: "nha-may-gach-khong-nung-kien-luong",
    organization: "ubnd-kien-luong",
    status: "PUBLISHED",
    sector: "cong-nghiep",
    form: "trong-nuoc",
    locations: ["kien-luong"],
    name: "Nhà máy gạch không nung và vật liệu xây dựng xanh Kiên Lương",
    objectives:
      "Sản xuất gạch không nung, bê tông nhẹ và tấm tường từ tro xỉ, mạt đá của các nhà máy xi măng và mỏ đá tại Kiên Lương. Giảm khai thác đất sét nung, tận dụng phế thải công nghiệp.",
    capitalTy: 240,
    scale: "Công suất 60 triệu viên gạch quy chuẩn/năm và 100.000 m³ bê tông khí chưng áp/năm",
    areaHa: 12,
    durationYears: 50,
    implementationPlan:
      "2026: chấp thuận chủ trương đầu tư, thuê đất; 2027: xây dựng nhà xưởng, lắp đặt dây chuyền; 2028: sản xuất thương mại",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Chương trình phát triển vật liệu xây không nung đến năm 2030; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Cụm công nghiệp Kiên Lương, xã Bình An, huyện Kiên Lương",
    infrastructure:
      "Cụm công nghiệp đã có đường nội bộ, điện 22 kV, nước sạch; cách Quốc lộ 80 khoảng 2 km; nguồn tro xỉ và mạt đá trong bán kính 10 km.",
    incentives:
      "Sản phẩm vật liệu xây không nung thuộc danh mục khuyến khích; ưu đãi thuế thu nhập doanh nghiệp theo địa bàn; UBND huyện hỗ trợ giải phóng mặt bằng và kết nối hạ tầng ngoài hàng rào.",
    socialEfficiency:
      "Xử lý khoảng 150.000 tấn phế thải công nghiệp mỗi năm; giảm phát thải so với gạch nung thủ công; tạo khoảng 200 việc làm cho lao động địa phương.",
    dossierSubmission:
      "Ủy ban nhân dân huyện Kiên Lương (Phòng Kinh tế và Hạ tầng), thị trấn Kiên Lương; hoặc Sở Kế hoạch và Đầu tư tỉnh Kiên Giang",
    publishedDaysAgo: 88,
  },
  {
    key: "nha-may-che-bien-thuy-san-kcn-thanh-loc",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "cong-nghiep",
    form: "nuoc-ngoai",
    locations: ["chau-thanh"],
    name: "Nhà máy chế biến thủy sản xuất khẩu tại Khu công nghiệp Thạnh Lộc",
    objectives:
      "Xây dựng nhà máy chế biến sâu tôm, mực, cá biển đạt tiêu chuẩn BRC, HACCP phục vụ thị trường châu Âu, Nhật Bản. Nâng tỷ trọng sản phẩm giá trị gia tăng trong xuất khẩu thủy sản của tỉnh.",
    capitalTy: 680,
    capitalUsdMillion: 26.8,
    scale: "Công suất 25.000 tấn thành phẩm/năm; kho lạnh 5.000 tấn; hệ thống xử lý nước thải 1.500 m³/ngày đêm",
    areaHa: 6,
    durationYears: 50,
    implementationPlan:
      "2026: cấp Giấy chứng nhận đăng ký đầu tư, thuê đất trong khu công nghiệp; 2026–2027: xây dựng, lắp đặt thiết bị; 2028: vận hành thương mại",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Nghị định số 35/2022/NĐ-CP quy định về quản lý khu công nghiệp và khu kinh tế; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Khu công nghiệp Thạnh Lộc, xã Thạnh Lộc, huyện Châu Thành, cách trung tâm Rạch Giá khoảng 15 km",
    infrastructure:
      "Khu công nghiệp có hạ tầng hoàn chỉnh: đường nội bộ, điện 110 kV, nước sạch, nhà máy xử lý nước thải tập trung; tiếp giáp Quốc lộ 61 và gần sân bay Rạch Giá.",
    incentives:
      "Ưu đãi thuế thu nhập doanh nghiệp, miễn thuế nhập khẩu máy móc tạo tài sản cố định theo quy định đối với dự án trong khu công nghiệp; hỗ trợ tuyển dụng, đào tạo lao động.",
    socialEfficiency:
      "Tạo khoảng 1.800 việc làm, phần lớn cho lao động nữ nông thôn; tăng kim ngạch xuất khẩu thủy sản; tiêu thụ ổn định nguyên liệu cho ngư dân và người nuôi tôm.",
    dossierSubmission:
      "Ban Quản lý Khu kinh tế tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh",
    publishedDaysAgo: 19,
  },
  {
    key: "cum-cong-nghiep-long-thanh-giong-rieng",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "cong-nghiep",
    form: "trong-nuoc",
    locations: ["giong-rieng"],
    name: "Cụm công nghiệp – tiểu thủ công nghiệp Long Thạnh, huyện Giồng Riềng",
    objectives:
      "Đầu tư hạ tầng cụm công nghiệp để di dời các cơ sở xay xát, cơ khí, chế biến nông sản ra khỏi khu dân cư. Thu hút doanh nghiệp vừa và nhỏ chế biến nông sản tại chỗ.",
    capitalTy: 310,
    scale: "Diện tích 50 ha; khoảng 40 lô đất công nghiệp từ 0,5 đến 3 ha; trạm xử lý nước thải tập trung 1.000 m³/ngày đêm",
    areaHa: 50,
    durationYears: 50,
    implementationPlan:
      "2026: lựa chọn chủ đầu tư hạ tầng, bồi thường giải phóng mặt bằng; 2027–2028: xây dựng hạ tầng kỹ thuật; 2028: thu hút doanh nghiệp thứ cấp",
    legalBasis:
      "Nghị định số 32/2024/NĐ-CP về quản lý, phát triển cụm công nghiệp; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; phương án phát triển cụm công nghiệp tỉnh Kiên Giang",
    locationText: "Xã Long Thạnh, huyện Giồng Riềng, ven Đường tỉnh 963B",
    infrastructure:
      "Khu đất hiện là đất nông nghiệp, địa hình bằng phẳng; có đường tỉnh và kênh Thốt Nốt chạy qua; lưới điện 22 kV sát ranh.",
    incentives:
      "Ngân sách tỉnh hỗ trợ một phần chi phí xây dựng hạ tầng kỹ thuật và trạm xử lý nước thải; ưu đãi thuế cho doanh nghiệp thứ cấp theo địa bàn; hỗ trợ di dời cơ sở gây ô nhiễm.",
    socialEfficiency:
      "Giải quyết ô nhiễm tiếng ồn, bụi trong khu dân cư; tạo khoảng 2.000 việc làm tại chỗ; thúc đẩy chuyển dịch cơ cấu lao động nông thôn.",
    dossierSubmission:
      "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh, thành phố Rạch Giá; hoặc Sở Công Thương tỉnh Kiên Giang",
    publishedDaysAgo: 305,
  },

  // ───────────────────────── Năng lượng ─────────────────────────
  {
    key: "dien-gio-gan-bo-hon-dat",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "nang-luong",
    form: "nuoc-ngoai",
    locations: ["hon-dat"],
    name: "Nhà máy điện gió gần bờ Hòn Đất",
    nameEn: "Hon Dat nearshore wind farm",
    summaryEn:
      "A 200 MW nearshore wind farm of 34 turbines of about 6 MW, with a 220 kV step-up substation and an 18 km connection line, generating some 650 million kWh a year. Open to foreign direct investment; estimated investment VND 4,800 billion; 50-year term.",
    objectives:
      "Khai thác tiềm năng gió vùng biển nông ven bờ Hòn Đất để sản xuất điện tái tạo đấu nối hệ thống điện quốc gia. Góp phần thực hiện mục tiêu phát thải ròng bằng không và bảo đảm an ninh năng lượng khu vực Tây Nam Bộ.",
    capitalTy: 4800,
    capitalUsdMillion: 189,
    scale:
      "Công suất 200 MW; 34 tua-bin khoảng 6 MW; trạm biến áp nâng áp 220 kV và đường dây đấu nối khoảng 18 km; sản lượng khoảng 650 triệu kWh/năm",
    areaHa: 2200,
    durationYears: 50,
    implementationPlan:
      "2026: đo gió, khảo sát địa chất, lập hồ sơ bổ sung quy hoạch; 2027: chấp thuận chủ trương đầu tư, ký hợp đồng mua bán điện; 2028–2030: xây dựng, vận hành thương mại",
    legalBasis:
      "Luật Điện lực; Quy hoạch phát triển điện lực quốc gia thời kỳ 2021–2030, tầm nhìn đến năm 2050; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Vùng biển ven bờ các xã Bình Sơn, Bình Giang, huyện Hòn Đất, cách bờ từ 3 đến 8 km",
    infrastructure:
      "Độ sâu nước 3–6 m, tốc độ gió trung bình ở độ cao 100 m khoảng 6,5 m/s; trạm biến áp 220 kV khu vực cách khoảng 18 km; có cảng vật liệu tại Kiên Lương phục vụ lắp đặt.",
    incentives:
      "Năng lượng tái tạo thuộc ngành nghề đặc biệt ưu đãi đầu tư; miễn tiền sử dụng khu vực biển trong thời gian xây dựng; tỉnh hỗ trợ kết nối lưới và thủ tục giao khu vực biển.",
    socialEfficiency:
      "Bổ sung nguồn điện sạch cho vùng; giảm khoảng 450.000 tấn CO₂ mỗi năm; tăng thu ngân sách địa phương; kết hợp phát triển du lịch tham quan cánh đồng điện gió.",
    dossierSubmission:
      "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh, thành phố Rạch Giá; đồng gửi Sở Công Thương tỉnh Kiên Giang",
    publishedDaysAgo: 73,
  },
  {
    key: "nha-may-dien-sinh-khoi-tan-hiep",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "nang-luong",
    form: "trong-nuoc",
    locations: ["tan-hiep"],
    name: "Nhà máy điện sinh khối từ trấu và rơm rạ Tân Hiệp",
    objectives:
      "Sử dụng trấu, rơm rạ từ vùng lúa Tân Hiệp và lân cận làm nhiên liệu phát điện, thay cho việc đốt đồng gây ô nhiễm. Tận dụng tro trấu làm nguyên liệu cho vật liệu xây dựng và phân bón.",
    capitalTy: 560,
    capitalUsdMillion: 22,
    scale: "Công suất 20 MW; tiêu thụ khoảng 180.000 tấn trấu, rơm rạ/năm; kho nhiên liệu 30.000 tấn",
    areaHa: 10,
    durationYears: 30,
    implementationPlan:
      "2026: chấp thuận chủ trương đầu tư, thỏa thuận đấu nối; 2027–2028: xây dựng, lắp đặt lò hơi, tua-bin; 2029: phát điện thương mại",
    legalBasis:
      "Luật Điện lực; Quy hoạch phát triển điện lực quốc gia thời kỳ 2021–2030, tầm nhìn đến năm 2050; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Xã Thạnh Đông A, huyện Tân Hiệp, gần kênh Cái Sắn",
    infrastructure:
      "Gần các nhà máy xay xát tập trung, vận chuyển trấu bằng sà lan qua kênh Cái Sắn; đường dây 110 kV cách khoảng 5 km; Quốc lộ 80 cách khoảng 3 km.",
    incentives:
      "Điện sinh khối được hưởng cơ chế khuyến khích phát triển năng lượng tái tạo; miễn, giảm tiền thuê đất theo quy định; ưu tiên tiếp cận tín dụng xanh.",
    socialEfficiency:
      "Chấm dứt tình trạng đổ trấu xuống kênh rạch, giảm khói bụi do đốt rơm; tạo nguồn thu thêm cho nông dân từ bán rơm rạ; tạo khoảng 120 việc làm.",
    dossierSubmission: "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh, thành phố Rạch Giá",
    publishedDaysAgo: 141,
  },
  {
    key: "dien-tai-tao-luu-tru-xa-dao-kien-hai",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "nang-luong",
    form: "ppp-boo",
    locations: ["kien-hai"],
    name: "Hệ thống điện gió, điện mặt trời và lưu trữ năng lượng cho các xã đảo Kiên Hải",
    objectives:
      "Cung cấp điện ổn định, giá hợp lý cho các xã đảo chưa được cấp điện lưới quốc gia đầy đủ, thay thế máy phát điện diesel. Xây dựng mô hình lưới điện siêu nhỏ kết hợp năng lượng tái tạo và lưu trữ.",
    capitalTy: 390,
    scale: "Điện mặt trời 12 MWp, điện gió 6 MW, hệ thống pin lưu trữ 20 MWh; lưới phân phối trên 4 đảo",
    areaHa: 18,
    durationYears: 25,
    implementationPlan:
      "2026: lựa chọn nhà đầu tư theo hình thức BOO; 2027: xây dựng tại Hòn Sơn và Nam Du; 2028: mở rộng tại Hòn Tre, Lại Sơn; 2028–2053: vận hành, bán điện",
    legalBasis:
      "Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Luật Điện lực; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Các xã Hòn Tre, Lại Sơn, An Sơn và Nam Du, huyện Kiên Hải",
    infrastructure:
      "Trên đảo đã có lưới hạ thế và một số trạm phát diesel; quỹ đất đồi thấp phù hợp lắp pin mặt trời; vận chuyển thiết bị bằng tàu từ Rạch Giá.",
    incentives:
      "Tỉnh cam kết bao tiêu điện năng thông qua đơn vị phân phối; miễn tiền thuê đất trong thời gian xây dựng; hỗ trợ chênh lệch giá điện cho hộ dân theo chính sách cấp điện hải đảo.",
    socialEfficiency:
      "Bảo đảm điện 24/24 giờ cho khoảng 20.000 người dân và cơ sở du lịch trên đảo; giảm tiếng ồn và khí thải từ máy phát diesel; tạo điều kiện phát triển kho lạnh, chế biến hải sản.",
    dossierSubmission:
      "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh, thành phố Rạch Giá; hoặc Ủy ban nhân dân huyện Kiên Hải",
    publishedDaysAgo: 1,
  },

  // ───────────────────── Hạ tầng đô thị – Khu dân cư ─────────────────────
  {
    key: "khu-do-thi-lan-bien-tay-nam-rach-gia",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "do-thi",
    form: "trong-nuoc",
    locations: ["rach-gia"],
    name: "Khu đô thị mới lấn biển Tây Nam thành phố Rạch Giá",
    objectives:
      "Đầu tư xây dựng đồng bộ một khu đô thị mới lấn biển theo mô hình đô thị sinh thái, thông minh, thích ứng với biến đổi khí hậu, trở thành không gian phát triển mới của thành phố Rạch Giá về phía biển Tây. Dự án hình thành các khu ở với nhiều loại hình nhà ở (nhà liên kế, biệt thự, chung cư và nhà ở xã hội), khu trung tâm thương mại – tài chính, khu dịch vụ du lịch ven biển, hệ thống công viên, quảng trường và tuyến phố đi bộ dọc bờ kè. Song song, dự án đầu tư hệ thống đê kè, cống ngăn triều, hồ điều hòa và hạ tầng kỹ thuật ngầm hóa, bảo đảm khu đô thị không bị ngập khi triều cường, đồng thời tạo quỹ đất tái định cư cho các hộ dân bị ảnh hưởng bởi các dự án chỉnh trang đô thị của thành phố. Mục tiêu dài hạn là góp phần đưa Rạch Giá trở thành đô thị loại I hiện đại, trung tâm hành chính, thương mại và dịch vụ của tỉnh Kiên Giang.",
    capitalTy: 9800,
    capitalUsdMillion: 385.8,
    scale:
      "Diện tích lấn biển khoảng 460 ha; dân số dự kiến 45.000 người; đê bao và kè biển dài 7,2 km; 2 hồ điều hòa tổng diện tích 18 ha; quỹ đất nhà ở xã hội tối thiểu 20% diện tích đất ở",
    areaHa: 460,
    durationYears: 50,
    implementationPlan:
      "2026: lập quy hoạch chi tiết tỷ lệ 1/500, đánh giá tác động môi trường, lựa chọn nhà đầu tư; 2027–2029: xây dựng đê bao, san lấp giai đoạn 1 (200 ha); 2029–2032: xây dựng hạ tầng kỹ thuật, công trình công cộng giai đoạn 1; 2032–2036: hoàn thiện giai đoạn 2",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Luật Nhà ở; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; điều chỉnh Quy hoạch chung thành phố Rạch Giá đến năm 2040; chương trình phát triển đô thị tỉnh Kiên Giang giai đoạn 2026–2030",
    locationText: "Khu vực lấn biển phía Tây Nam phường An Hòa và phường Vĩnh Lạc, thành phố Rạch Giá",
    infrastructure:
      "Tiếp giáp các khu lấn biển đã hình thành với đường giao thông, điện, nước sạch và hệ thống thoát nước đô thị; cách sân bay Rạch Giá khoảng 8 km và cảng hành khách Rạch Giá khoảng 4 km; nền địa chất bùn yếu, cần xử lý nền trước khi xây dựng.",
    incentives:
      "Nhà đầu tư được giao đất có thu tiền sử dụng đất theo quy định, được khấu trừ chi phí xây dựng đê kè và hạ tầng dùng chung; tỉnh hỗ trợ thủ tục quy hoạch, đánh giá tác động môi trường và cấp phép khai thác vật liệu san lấp; miễn tiền sử dụng đất đối với diện tích nhà ở xã hội.",
    socialEfficiency:
      "Dự án tạo thêm chỗ ở cho khoảng 45.000 người, trong đó có quỹ nhà ở xã hội dành cho công nhân, người lao động thu nhập thấp và quỹ đất tái định cư cho các hộ dân bị ảnh hưởng khi thành phố chỉnh trang các khu vực ven kênh rạch, giúp giảm tình trạng nhà ở tạm bợ, lấn chiếm. Hệ thống đê kè và hồ điều hòa đồng thời bảo vệ các khu dân cư hiện hữu phía sau khỏi triều cường và xâm thực, giảm thiệt hại do biến đổi khí hậu. Trong giai đoạn xây dựng, dự án tạo việc làm cho khoảng 3.000 lao động; khi đi vào hoạt động, các khu thương mại, du lịch, dịch vụ ven biển dự kiến thu hút thêm 8.000 đến 10.000 việc làm thường xuyên. Không gian công cộng ven biển như công viên, quảng trường và phố đi bộ sẽ trở thành điểm sinh hoạt văn hóa, thể thao của người dân và là sản phẩm du lịch mới của thành phố. Nguồn thu từ tiền sử dụng đất và thuế được tái đầu tư cho hạ tầng xã hội như trường học, trạm y tế ở các phường lân cận, góp phần nâng chất lượng sống chung của đô thị Rạch Giá.",
    dossierSubmission:
      "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh, thành phố Rạch Giá; hoặc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Kiên Giang, số 06 Lý Thường Kiệt, phường Vĩnh Thanh Vân, thành phố Rạch Giá",
    publishedDaysAgo: 2,
  },
  {
    key: "khu-dan-cu-tai-dinh-cu-thi-tran-kien-luong",
    organization: "ubnd-kien-luong",
    status: "PUBLISHED",
    sector: "do-thi",
    form: "trong-nuoc",
    locations: ["kien-luong"],
    name: "Khu dân cư và tái định cư thị trấn Kiên Lương",
    objectives:
      "Hình thành khu dân cư có hạ tầng đồng bộ, bố trí tái định cư cho các hộ bị ảnh hưởng bởi các dự án giao thông, cảng biển trên địa bàn huyện. Đáp ứng nhu cầu nhà ở của công nhân các nhà máy xi măng.",
    capitalTy: 420,
    scale: "Diện tích khoảng 32 ha; khoảng 1.100 lô nền và 2 khối nhà ở xã hội 400 căn; trường mầm non, chợ, công viên",
    areaHa: 32,
    durationYears: 50,
    implementationPlan:
      "2026: lựa chọn nhà đầu tư, bồi thường giải phóng mặt bằng; 2027–2028: xây dựng hạ tầng kỹ thuật, bàn giao nền tái định cư; 2029–2030: xây dựng nhà ở xã hội và công trình công cộng",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Luật Nhà ở; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; quy hoạch chung thị trấn Kiên Lương đến năm 2035",
    locationText: "Khu phố Lò Bom, thị trấn Kiên Lương, huyện Kiên Lương",
    infrastructure:
      "Tiếp giáp Quốc lộ 80 và đường trung tâm thị trấn; có lưới điện, nhà máy nước thị trấn công suất đủ cung cấp; cách trung tâm hành chính huyện khoảng 1,5 km.",
    incentives:
      "UBND huyện chủ trì bồi thường, giải phóng mặt bằng; nhà đầu tư được miễn tiền sử dụng đất phần diện tích nhà ở xã hội và được dành 20% quỹ đất ở để kinh doanh thương mại.",
    socialEfficiency:
      "Bố trí tái định cư cho khoảng 400 hộ; cung cấp nhà ở giá phù hợp cho công nhân; chỉnh trang bộ mặt đô thị thị trấn Kiên Lương theo hướng đô thị loại IV.",
    dossierSubmission: "Ủy ban nhân dân huyện Kiên Lương (Phòng Kinh tế và Hạ tầng), thị trấn Kiên Lương",
    publishedDaysAgo: 110,
  },
  {
    key: "khu-do-thi-moi-thi-tran-thu-ba-an-bien",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "do-thi",
    form: "trong-nuoc",
    locations: ["an-bien"],
    name: "Khu đô thị mới thị trấn Thứ Ba, huyện An Biên",
    objectives:
      "Mở rộng không gian đô thị thị trấn Thứ Ba về phía Quốc lộ 63, đáp ứng nhu cầu nhà ở khi Khu công nghiệp Xẻo Rô đi vào hoạt động. Đầu tư đồng bộ hạ tầng kỹ thuật và hạ tầng xã hội.",
    capitalTy: 530,
    scale: "Diện tích khoảng 48 ha; dân số dự kiến 6.500 người; chợ, trường tiểu học, công viên trung tâm 3 ha",
    areaHa: 48,
    durationYears: 50,
    implementationPlan:
      "2026: lựa chọn nhà đầu tư; 2027: bồi thường, giải phóng mặt bằng; 2027–2029: xây dựng hạ tầng, bàn giao công trình công cộng",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Luật Nhà ở; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; quy hoạch chung thị trấn Thứ Ba",
    locationText: "Thị trấn Thứ Ba, huyện An Biên, tiếp giáp Quốc lộ 63",
    infrastructure:
      "Tiếp giáp Quốc lộ 63; lưới điện và nhà máy nước thị trấn hiện hữu; địa hình thấp, cần tôn nền trung bình 1,2 m.",
    incentives:
      "Ưu đãi đầu tư theo địa bàn có điều kiện kinh tế – xã hội khó khăn; hỗ trợ thủ tục quy hoạch 1/500 và giao đất; được khấu trừ chi phí hạ tầng bàn giao cho Nhà nước.",
    socialEfficiency:
      "Cải thiện điều kiện sống và chỉnh trang đô thị vùng U Minh; cung cấp chỗ ở cho lao động khu công nghiệp; tăng thu ngân sách huyện.",
    dossierSubmission:
      "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh, thành phố Rạch Giá; hoặc Ủy ban nhân dân huyện An Biên",
    publishedDaysAgo: 360,
  },

  // ───────────────────────── Du lịch ─────────────────────────
  {
    key: "du-lich-sinh-thai-rung-tram-u-minh-thuong",
    organization: "so-vhttdl",
    status: "PUBLISHED",
    sector: "du-lich",
    form: "khac",
    locations: ["u-minh-thuong"],
    name: "Khu du lịch sinh thái dưới tán rừng tràm U Minh Thượng",
    objectives:
      "Phát triển du lịch sinh thái, giáo dục môi trường dưới tán rừng tràm theo hình thức cho thuê môi trường rừng, không làm thay đổi hiện trạng rừng. Giới thiệu hệ sinh thái rừng ngập nước trên đất than bùn và văn hóa vùng U Minh.",
    capitalTy: 350,
    scale:
      "Diện tích cho thuê môi trường rừng khoảng 120 ha; đường đi bộ trên cao 4,5 km; tháp quan sát, nhà điều hành, 60 phòng lưu trú sinh thái; đón khoảng 150.000 lượt khách/năm",
    areaHa: 120,
    durationYears: 50,
    implementationPlan:
      "2026: lập phương án du lịch sinh thái, ký hợp đồng thuê môi trường rừng; 2027–2028: xây dựng đường đi bộ, tháp quan sát, khu đón tiếp; 2029: đưa khu lưu trú vào hoạt động",
    legalBasis:
      "Luật Lâm nghiệp số 16/2017/QH14; Luật Du lịch số 09/2017/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong Vườn quốc gia U Minh Thượng",
    locationText: "Phân khu dịch vụ – hành chính Vườn quốc gia U Minh Thượng, xã An Minh Bắc, huyện U Minh Thượng",
    infrastructure:
      "Đường nhựa từ trung tâm huyện vào cổng vườn; có điện lưới, bến xuồng nội bộ và hệ thống kênh trong rừng; nước sinh hoạt lấy từ giếng khoan.",
    incentives:
      "Tiền thuê môi trường rừng ưu đãi theo quy định; nhà đầu tư được khai thác dịch vụ lưu trú, ẩm thực, tham quan; hỗ trợ quảng bá trong chương trình xúc tiến du lịch của tỉnh.",
    socialEfficiency:
      "Tạo sinh kế cho người dân vùng đệm (chèo xuồng, hướng dẫn viên, sản phẩm đặc sản); nâng nhận thức bảo vệ rừng, phòng cháy chữa cháy rừng; đa dạng hóa sản phẩm du lịch của tỉnh ngoài biển đảo.",
    dossierSubmission: "Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Vườn quốc gia U Minh Thượng",
    publishedDaysAgo: 52,
  },
  {
    key: "khu-nghi-duong-bai-vong-ham-ninh",
    organization: "ubnd-phu-quoc",
    status: "PUBLISHED",
    sector: "du-lich",
    form: "nuoc-ngoai",
    locations: ["phu-quoc"],
    name: "Khu nghỉ dưỡng biển cao cấp Bãi Vòng – Hàm Ninh",
    nameEn: "Bai Vong – Ham Ninh luxury beach resort",
    summaryEn:
      "A resort of about 180 ha on the east coast of Phu Quoc island: 800 hotel rooms, 150 villas, a 60-berth marina and a 1,500-seat convention centre. Open to foreign direct investment; estimated investment VND 6,500 billion; 50-year term.",
    objectives:
      "Xây dựng khu nghỉ dưỡng tiêu chuẩn 5 sao ven biển phía Đông đảo Phú Quốc, kết hợp bến du thuyền và trung tâm hội nghị. Khai thác cảnh quan làng chài Hàm Ninh, phát triển du lịch gắn với bảo tồn thảm cỏ biển.",
    capitalTy: 6500,
    capitalUsdMillion: 255.9,
    scale:
      "Diện tích khoảng 180 ha; 800 phòng khách sạn và 150 biệt thự nghỉ dưỡng; bến du thuyền 60 chỗ; trung tâm hội nghị 1.500 chỗ",
    areaHa: 180,
    durationYears: 50,
    implementationPlan:
      "2026: chấp thuận chủ trương đầu tư, lập quy hoạch chi tiết 1/500; 2027: giao đất, cấp phép xây dựng; 2027–2030: xây dựng giai đoạn 1 (khách sạn, bến du thuyền); 2030–2032: hoàn thiện giai đoạn 2",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Luật Du lịch số 09/2017/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; Quy hoạch chung thành phố Phú Quốc đến năm 2040",
    locationText: "Xã Hàm Ninh, khu vực Bãi Vòng, thành phố Phú Quốc",
    infrastructure:
      "Gần cảng hành khách Bãi Vòng và đường trục Dương Đông – Hàm Ninh; cách sân bay quốc tế Phú Quốc khoảng 12 km; lưới điện 110 kV và hệ thống cấp nước thành phố đến ranh dự án.",
    incentives:
      "Được áp dụng các cơ chế, chính sách đặc thù và ưu đãi đầu tư dành cho Phú Quốc; hỗ trợ thủ tục nhập cảnh cho chuyên gia nước ngoài; UBND thành phố hỗ trợ giải phóng mặt bằng.",
    socialEfficiency:
      "Tạo khoảng 2.000 việc làm trực tiếp; thúc đẩy phát triển du lịch bờ Đông, giảm tập trung quá mức ở bờ Tây và Nam đảo; tạo đầu ra cho sản phẩm của làng chài Hàm Ninh.",
    dossierSubmission:
      "Ủy ban nhân dân thành phố Phú Quốc (Trung tâm Phục vụ hành chính công thành phố), phường Dương Đông; hoặc Sở Kế hoạch và Đầu tư tỉnh Kiên Giang",
    publishedDaysAgo: 5,
  },
  {
    key: "khu-du-lich-mui-nai-mo-rong-ha-tien",
    organization: "so-vhttdl",
    status: "PUBLISHED",
    sector: "du-lich",
    form: "lien-doanh",
    locations: ["ha-tien"],
    name: "Khu du lịch Mũi Nai mở rộng, thành phố Hà Tiên",
    objectives:
      "Nâng cấp khu du lịch Mũi Nai thành điểm đến nghỉ dưỡng, giải trí biển đạt chuẩn quốc gia. Bổ sung khách sạn, công viên nước, phố ẩm thực và cáp treo ngắm hoàng hôn.",
    capitalTy: 1200,
    capitalUsdMillion: 47.2,
    scale:
      "Diện tích khoảng 65 ha; khách sạn 4–5 sao 350 phòng; công viên nước 5 ha; tuyến cáp treo 1,2 km; phố ẩm thực 120 gian hàng",
    areaHa: 65,
    durationYears: 50,
    implementationPlan:
      "2026: chấp thuận chủ trương, thành lập công ty liên doanh; 2027–2028: xây dựng công viên nước, phố ẩm thực; 2028–2030: xây dựng khách sạn và cáp treo",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Luật Du lịch số 09/2017/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; quy hoạch chung thành phố Hà Tiên",
    locationText: "Phường Pháo Đài, thành phố Hà Tiên",
    infrastructure:
      "Có đường nhựa từ trung tâm Hà Tiên, bãi tắm đang khai thác; điện, nước sạch đầy đủ; cách cửa khẩu quốc tế Hà Tiên khoảng 8 km và cảng hành khách đi Phú Quốc khoảng 4 km.",
    incentives:
      "Hưởng ưu đãi đầu tư tại Khu kinh tế cửa khẩu Hà Tiên; hỗ trợ xúc tiến, quảng bá trong các chương trình của tỉnh; đơn vị đang quản lý khu du lịch góp vốn bằng giá trị quyền khai thác.",
    socialEfficiency:
      "Kéo dài thời gian lưu trú của du khách tại Hà Tiên; tạo khoảng 900 việc làm; tăng thu hút khách Campuchia và khách quốc tế qua cửa khẩu.",
    dossierSubmission:
      "Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Ủy ban nhân dân thành phố Hà Tiên",
    publishedDaysAgo: 38,
  },
  {
    key: "khu-du-lich-sinh-thai-bai-duong-hon-chong",
    organization: "ubnd-kien-luong",
    status: "PUBLISHED",
    sector: "du-lich",
    form: "trong-nuoc",
    locations: ["kien-luong"],
    name: "Khu du lịch sinh thái biển Bãi Dương – Hòn Chông",
    objectives:
      "Phát triển khu du lịch sinh thái biển gắn với thắng cảnh Hòn Phụ Tử, chùa Hang và bãi biển Bãi Dương. Xây dựng cơ sở lưu trú, dịch vụ thể thao biển, bảo đảm hài hòa với cảnh quan núi đá vôi.",
    capitalTy: 2100,
    capitalUsdMillion: 82.7,
    scale:
      "Diện tích khoảng 95 ha; 450 phòng lưu trú; khu thể thao biển; bến tàu tham quan các đảo; đón khoảng 300.000 lượt khách/năm",
    areaHa: 95,
    durationYears: 50,
    implementationPlan:
      "2026: lập quy hoạch chi tiết 1/500, lựa chọn nhà đầu tư; 2027: giải phóng mặt bằng; 2027–2030: xây dựng theo 2 giai đoạn, khai trương giai đoạn 1 năm 2029",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Luật Du lịch số 09/2017/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; quy hoạch chung xây dựng khu du lịch Hòn Chông",
    locationText: "Ấp Hòn Chông, xã Bình An, huyện Kiên Lương",
    infrastructure:
      "Tuyến đường Kiên Lương – Hòn Chông đang được kêu gọi nâng cấp; có điện lưới, nhà máy nước Hòn Chông; bãi biển cát trắng dài khoảng 1,5 km.",
    incentives:
      "Hưởng ưu đãi theo địa bàn; UBND huyện Kiên Lương hỗ trợ giải phóng mặt bằng và đầu tư đường kết nối; ưu tiên đưa vào chương trình xúc tiến du lịch của tỉnh.",
    socialEfficiency:
      "Tạo khoảng 1.200 việc làm; nâng cao thu nhập cho người dân ven biển qua dịch vụ đưa đón, ẩm thực, lưu trú tại nhà dân; góp phần bảo tồn cảnh quan núi đá vôi.",
    dossierSubmission:
      "Ủy ban nhân dân huyện Kiên Lương, thị trấn Kiên Lương; hoặc Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang",
    publishedDaysAgo: 160,
  },

  // ───────────────────────── Thương mại – Dịch vụ ─────────────────────────
  {
    key: "trung-tam-thuong-mai-cua-khau-ha-tien",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "thuong-mai-dich-vu",
    form: "lien-doanh",
    locations: ["ha-tien"],
    name: "Trung tâm thương mại – dịch vụ cửa khẩu quốc tế Hà Tiên",
    objectives:
      "Hình thành trung tâm giao thương biên mậu gồm chợ cửa khẩu, siêu thị, kho ngoại quan và khu trưng bày hàng hóa Việt Nam – Campuchia. Thúc đẩy xuất khẩu nông, thủy sản của tỉnh qua đường bộ.",
    capitalTy: 890,
    capitalUsdMillion: 35,
    scale:
      "Diện tích khoảng 15 ha; chợ cửa khẩu 500 gian hàng; siêu thị 8.000 m²; kho ngoại quan 20.000 m²; bãi đỗ xe tải 200 chỗ",
    areaHa: 15,
    durationYears: 50,
    implementationPlan:
      "2026: chấp thuận chủ trương, thành lập liên doanh; 2027–2028: xây dựng chợ cửa khẩu, bãi xe; 2028–2029: xây dựng siêu thị và kho ngoại quan",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Nghị định số 35/2022/NĐ-CP quy định về quản lý khu công nghiệp và khu kinh tế; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Khu vực cửa khẩu quốc tế Hà Tiên, phường Mỹ Đức, thành phố Hà Tiên",
    infrastructure:
      "Nằm trong Khu kinh tế cửa khẩu Hà Tiên, tiếp giáp Quốc lộ 80 nối sang Campuchia; có điện, nước, viễn thông; khu kiểm soát liên hợp cửa khẩu liền kề.",
    incentives:
      "Ưu đãi đầu tư tại khu kinh tế cửa khẩu về thuế thu nhập doanh nghiệp, tiền thuê đất; hỗ trợ thủ tục hải quan tại chỗ đối với kho ngoại quan.",
    socialEfficiency:
      "Tăng kim ngạch thương mại biên giới; tạo khoảng 1.500 việc làm; góp phần chống buôn lậu qua việc tổ chức giao thương chính ngạch tập trung.",
    dossierSubmission:
      "Ban Quản lý Khu kinh tế tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Kiên Giang, số 06 Lý Thường Kiệt, phường Vĩnh Thanh Vân, thành phố Rạch Giá",
    publishedDaysAgo: 247,
  },
  {
    key: "trung-tam-logistics-cho-dau-moi-chau-thanh",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "thuong-mai-dich-vu",
    form: "trong-nuoc",
    locations: ["chau-thanh", "rach-gia"],
    name: "Trung tâm logistics và chợ đầu mối nông – thủy sản Châu Thành",
    objectives:
      "Xây dựng trung tâm logistics hạng II kết hợp chợ đầu mối nông sản, thủy sản phục vụ thành phố Rạch Giá và các huyện lân cận. Kết nối vận tải đường bộ, đường thủy và chuỗi lạnh.",
    capitalTy: 740,
    scale:
      "Diện tích khoảng 28 ha; kho lạnh 10.000 tấn; kho thường 30.000 m²; chợ đầu mối 350 điểm kinh doanh; bến sà lan 1.000 tấn",
    areaHa: 28,
    durationYears: 50,
    implementationPlan:
      "2026: lựa chọn nhà đầu tư, giao đất; 2027–2028: xây dựng chợ đầu mối và bến thủy; 2028–2029: xây dựng kho lạnh, trung tâm phân phối",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; kế hoạch phát triển dịch vụ logistics tỉnh Kiên Giang giai đoạn 2026–2030",
    locationText: "Xã Minh Hòa, huyện Châu Thành, giáp ranh phường Rạch Sỏi, thành phố Rạch Giá",
    infrastructure:
      "Tiếp giáp Quốc lộ 61 và sông Cái Bé; cách sân bay Rạch Giá khoảng 6 km, cảng cá Tắc Cậu khoảng 12 km; lưới điện 22 kV và nước sạch đô thị đến ranh.",
    incentives:
      "Được hỗ trợ đầu tư hạ tầng thương mại theo chính sách của tỉnh; miễn, giảm tiền thuê đất theo quy định; UBND huyện hỗ trợ giải phóng mặt bằng.",
    socialEfficiency:
      "Giảm chi phí lưu thông và hao hụt nông, thủy sản; di dời hoạt động bán buôn tự phát khỏi nội ô Rạch Giá; tạo khoảng 1.000 việc làm.",
    dossierSubmission:
      "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh, thành phố Rạch Giá; hoặc Sở Công Thương tỉnh Kiên Giang",
    publishedDaysAgo: 84,
  },
  {
    key: "trung-tam-mua-sam-mien-thue-duong-dong",
    organization: "ubnd-phu-quoc",
    status: "PUBLISHED",
    sector: "thuong-mai-dich-vu",
    form: "nuoc-ngoai",
    locations: ["phu-quoc"],
    name: "Trung tâm mua sắm miễn thuế Dương Đông",
    objectives:
      "Đầu tư trung tâm mua sắm miễn thuế và thương mại – giải trí tổng hợp phục vụ khách du lịch quốc tế tại trung tâm Phú Quốc. Tăng chi tiêu bình quân của du khách, giới thiệu đặc sản nước mắm, ngọc trai, hồ tiêu Phú Quốc.",
    capitalTy: 1450,
    capitalUsdMillion: 57.1,
    scale: "Diện tích khoảng 7,5 ha; tổng diện tích sàn 65.000 m²; 300 gian hàng, khu ẩm thực, rạp chiếu phim; bãi đỗ xe 800 chỗ",
    areaHa: 7.5,
    durationYears: 50,
    implementationPlan: "2026: chấp thuận chủ trương đầu tư, giao đất; 2027–2028: xây dựng; 2029: khai trương",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; Quy hoạch chung thành phố Phú Quốc đến năm 2040",
    locationText: "Phường Dương Đông, thành phố Phú Quốc, trên trục đường Dương Đông – Cửa Lấp",
    infrastructure:
      "Khu đất sạch đã có quy hoạch chi tiết; tiếp giáp trục đường chính 4 làn xe; cách sân bay quốc tế Phú Quốc khoảng 6 km; hạ tầng điện, nước, viễn thông hoàn chỉnh.",
    incentives:
      "Áp dụng cơ chế đặc thù cho Phú Quốc; hỗ trợ thủ tục cấp phép kinh doanh hàng miễn thuế; ưu tiên đưa vào các tour mua sắm của ngành du lịch.",
    socialEfficiency:
      "Tạo khoảng 1.500 việc làm; tăng nguồn thu ngoại tệ; tạo kênh tiêu thụ cho sản phẩm OCOP và làng nghề của Phú Quốc và Kiên Giang.",
    dossierSubmission: "Ủy ban nhân dân thành phố Phú Quốc (Trung tâm Phục vụ hành chính công thành phố), phường Dương Đông",
    publishedDaysAgo: 22,
  },

  // ───────────────────────── Y tế ─────────────────────────
  {
    key: "benh-vien-da-khoa-quoc-te-rach-gia",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "y-te",
    form: "lien-doanh",
    locations: ["rach-gia"],
    name: "Bệnh viện đa khoa quốc tế Rạch Giá 300 giường",
    objectives:
      "Xây dựng bệnh viện đa khoa tư nhân chất lượng cao, có các chuyên khoa tim mạch, ung bướu, sản nhi và chẩn đoán hình ảnh hiện đại. Giảm tình trạng người bệnh phải chuyển lên Cần Thơ, Thành phố Hồ Chí Minh điều trị.",
    capitalTy: 1600,
    capitalUsdMillion: 63,
    scale:
      "Quy mô 300 giường bệnh; khối kỹ thuật cao gồm 8 phòng mổ, máy cộng hưởng từ, chụp cắt lớp; khoảng 1.000 lượt khám/ngày",
    areaHa: 4.5,
    durationYears: 50,
    implementationPlan:
      "2026: chấp thuận chủ trương đầu tư, giao đất; 2027–2028: xây dựng, lắp đặt thiết bị; 2029: cấp giấy phép hoạt động, đưa vào vận hành",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Khu đô thị lấn biển, phường An Hòa, thành phố Rạch Giá",
    infrastructure:
      "Khu đất đã san lấp, có đường giao thông, điện, nước và thoát nước đô thị; cách Bệnh viện Đa khoa tỉnh khoảng 5 km.",
    incentives:
      "Lĩnh vực y tế thuộc danh mục ngành nghề ưu đãi đầu tư; miễn, giảm tiền thuê đất theo chính sách xã hội hóa; ưu đãi thuế thu nhập doanh nghiệp.",
    socialEfficiency:
      "Nâng cao chất lượng khám chữa bệnh cho khoảng 1,7 triệu dân trong tỉnh; giảm tải cho bệnh viện công; thu hút bác sĩ, chuyên gia về làm việc tại địa phương.",
    dossierSubmission:
      "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh, thành phố Rạch Giá; hoặc Sở Y tế tỉnh Kiên Giang",
    publishedDaysAgo: 15,
  },
  {
    key: "benh-vien-quoc-te-phu-quoc",
    organization: "ubnd-phu-quoc",
    status: "PUBLISHED",
    sector: "y-te",
    form: "nuoc-ngoai",
    locations: ["phu-quoc"],
    name: "Bệnh viện quốc tế và trung tâm chăm sóc sức khỏe Phú Quốc",
    nameEn: "Phu Quoc international hospital and health-care centre",
    summaryEn:
      "A 200-bed international hospital with an emergency centre and helipad, and an 80-room rehabilitation and wellness centre, serving residents and visitors of Phu Quoc. Open to foreign direct investment; estimated investment VND 1,250 billion; 50-year term.",
    objectives:
      "Cung cấp dịch vụ khám chữa bệnh đạt chuẩn quốc tế cho người dân, khách du lịch và chuyên gia nước ngoài trên đảo. Kết hợp du lịch chăm sóc sức khỏe, phục hồi chức năng và cấp cứu đường hàng không.",
    capitalTy: 1250,
    capitalUsdMillion: 49.2,
    scale: "Quy mô 200 giường; trung tâm cấp cứu có sân đỗ trực thăng; khu phục hồi chức năng và chăm sóc sức khỏe 80 phòng",
    areaHa: 5,
    durationYears: 50,
    implementationPlan:
      "2026: chấp thuận chủ trương đầu tư; 2027–2028: xây dựng giai đoạn 1 (khối khám bệnh, cấp cứu); 2029–2030: hoàn thiện khối điều trị nội trú và khu chăm sóc sức khỏe",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; Quy hoạch chung thành phố Phú Quốc đến năm 2040",
    locationText: "Phường An Thới, thành phố Phú Quốc",
    infrastructure:
      "Khu đất tiếp giáp đường trục Nam – Bắc đảo; cách sân bay quốc tế Phú Quốc khoảng 15 km, cảng An Thới khoảng 3 km; có điện, nước, viễn thông.",
    incentives:
      "Ưu đãi đầu tư lĩnh vực y tế và cơ chế đặc thù của Phú Quốc; hỗ trợ thủ tục công nhận chứng chỉ hành nghề cho bác sĩ nước ngoài theo quy định.",
    socialEfficiency:
      "Bảo đảm năng lực cấp cứu, điều trị tại chỗ cho hơn 150.000 dân và hàng triệu lượt khách du lịch mỗi năm; nâng cao hình ảnh điểm đến an toàn.",
    dossierSubmission:
      "Ủy ban nhân dân thành phố Phú Quốc (Trung tâm Phục vụ hành chính công thành phố), phường Dương Đông; hoặc Sở Y tế tỉnh Kiên Giang",
    publishedDaysAgo: 199,
  },

  // ───────────────────────── Giáo dục – Đào tạo ─────────────────────────
  {
    key: "truong-lien-cap-chat-luong-cao-rach-gia",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "giao-duc",
    form: "trong-nuoc",
    locations: ["rach-gia"],
    name: "Trường phổ thông liên cấp chất lượng cao Rạch Giá",
    objectives:
      "Đầu tư trường liên cấp từ mầm non đến trung học phổ thông theo mô hình chất lượng cao, chú trọng ngoại ngữ, tin học và kỹ năng sống. Đáp ứng nhu cầu giáo dục ngày càng tăng của thành phố Rạch Giá.",
    capitalTy: 260,
    scale: "Quy mô 2.400 học sinh, 80 lớp học; nhà thi đấu đa năng, hồ bơi, thư viện, khu nội trú 300 chỗ",
    areaHa: 3.2,
    durationYears: 50,
    implementationPlan:
      "2026: chấp thuận chủ trương, giao đất; 2027: xây dựng khối mầm non và tiểu học, tuyển sinh năm học 2027–2028; 2028–2029: hoàn thiện khối trung học",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Luật Giáo dục số 43/2019/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Phường Rạch Sỏi, thành phố Rạch Giá",
    infrastructure:
      "Khu đất thuộc quy hoạch đất giáo dục, đã có đường, điện, nước; gần khu dân cư đông đúc và tuyến xe buýt nội thị.",
    incentives:
      "Hưởng chính sách khuyến khích xã hội hóa giáo dục: miễn tiền thuê đất, ưu đãi thuế thu nhập doanh nghiệp; hỗ trợ thủ tục cấp phép thành lập trường.",
    socialEfficiency:
      "Tăng khoảng 2.400 chỗ học chất lượng cao, giảm áp lực sĩ số cho trường công lập; tạo việc làm cho khoảng 200 giáo viên và nhân viên.",
    dossierSubmission:
      "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh, thành phố Rạch Giá; hoặc Sở Giáo dục và Đào tạo tỉnh Kiên Giang",
    publishedDaysAgo: 67,
  },
  {
    key: "truong-dao-tao-nghe-du-lich-phu-quoc",
    organization: "ubnd-phu-quoc",
    status: "PUBLISHED",
    sector: "giao-duc",
    form: "lien-doanh",
    locations: ["phu-quoc"],
    name: "Trường đào tạo nghề du lịch – khách sạn quốc tế Phú Quốc",
    objectives:
      "Đào tạo nguồn nhân lực du lịch, nhà hàng – khách sạn đạt chuẩn quốc tế, đáp ứng nhu cầu tuyển dụng lớn của các khu nghỉ dưỡng trên đảo. Liên kết đào tạo với các trường du lịch nước ngoài và doanh nghiệp.",
    capitalTy: 380,
    capitalUsdMillion: 15,
    scale: "Quy mô 3.000 học viên/năm; khách sạn thực hành 80 phòng; ký túc xá 1.000 chỗ",
    areaHa: 6,
    durationYears: 50,
    implementationPlan:
      "2026: thành lập liên doanh, chấp thuận chủ trương đầu tư; 2027–2028: xây dựng; 2028: tuyển sinh khóa đầu tiên",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Luật Giáo dục nghề nghiệp số 74/2014/QH13; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; Quy hoạch chung thành phố Phú Quốc đến năm 2040",
    locationText: "Xã Cửa Dương, thành phố Phú Quốc",
    infrastructure:
      "Tiếp giáp đường trục chính Bắc đảo; cách sân bay quốc tế Phú Quốc khoảng 10 km; gần các khu nghỉ dưỡng lớn thuận lợi thực tập; có điện, nước sạch.",
    incentives:
      "Được hưởng chính sách xã hội hóa giáo dục nghề nghiệp; miễn tiền thuê đất; UBND thành phố hỗ trợ kết nối doanh nghiệp du lịch đặt hàng đào tạo.",
    socialEfficiency:
      "Cung cấp lao động tay nghề cao cho ngành du lịch; tạo cơ hội học nghề, việc làm cho thanh niên Kiên Giang và các tỉnh Đồng bằng sông Cửu Long; giảm phụ thuộc lao động nhập cư không qua đào tạo.",
    dossierSubmission: "Ủy ban nhân dân thành phố Phú Quốc (Trung tâm Phục vụ hành chính công thành phố), phường Dương Đông",
    publishedDaysAgo: 101,
  },

  // ───────────────────────── Văn hóa – Thể thao ─────────────────────────
  {
    key: "khu-lien-hop-the-thao-tinh-kien-giang",
    organization: "so-vhttdl",
    status: "PUBLISHED",
    sector: "van-hoa-the-thao",
    form: "ppp-khac",
    locations: ["rach-gia"],
    name: "Khu liên hợp thể dục thể thao tỉnh Kiên Giang",
    objectives:
      "Xây dựng khu liên hợp thể thao đủ điều kiện tổ chức các giải đấu khu vực và quốc gia, đồng thời phục vụ nhu cầu rèn luyện thể chất của người dân. Kết hợp khai thác dịch vụ thể thao, thương mại để bảo đảm vận hành bền vững.",
    capitalTy: 1350,
    scale:
      "Diện tích khoảng 30 ha; sân vận động 15.000 chỗ; nhà thi đấu đa năng 3.000 chỗ; bể bơi tiêu chuẩn; khu tập luyện ngoài trời",
    areaHa: 30,
    durationYears: 50,
    implementationPlan:
      "2026–2027: lập báo cáo nghiên cứu khả thi, lựa chọn nhà đầu tư; 2027–2030: xây dựng nhà thi đấu, bể bơi, sân vận động; 2030 trở đi: vận hành, khai thác dịch vụ",
    legalBasis:
      "Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Luật Thể dục, thể thao; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Khu lấn biển phường An Hòa, thành phố Rạch Giá",
    infrastructure:
      "Khu đất thuộc quy hoạch đất thể dục thể thao, đã san lấp; có đường trục chính, điện và cấp nước; gần các khu dân cư mới.",
    incentives:
      "Nhà nước tham gia vốn cho hạng mục sân vận động; nhà đầu tư được khai thác dịch vụ thể thao, quảng cáo, thương mại trong khu liên hợp; miễn tiền thuê đất theo chính sách xã hội hóa.",
    socialEfficiency:
      "Nâng cao chất lượng phong trào thể dục thể thao; tạo điều kiện đăng cai các giải thể thao lớn; bổ sung không gian sinh hoạt cộng đồng cho cư dân Rạch Giá.",
    dossierSubmission:
      "Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Sở Kế hoạch và Đầu tư tỉnh Kiên Giang",
    publishedDaysAgo: 130,
  },
  {
    key: "khong-gian-van-hoa-khmer-go-quao-giong-rieng",
    organization: "so-vhttdl",
    status: "PUBLISHED",
    sector: "van-hoa-the-thao",
    form: "gop-von",
    locations: ["go-quao", "giong-rieng"],
    name: "Không gian văn hóa Khmer và du lịch cộng đồng Gò Quao – Giồng Riềng",
    objectives:
      "Bảo tồn và giới thiệu văn hóa của đồng bào Khmer qua không gian trưng bày, sân khấu Dù Kê, lễ hội Ok Om Bok và các làng nghề đan lát, làm bánh truyền thống. Phát triển du lịch cộng đồng tạo thu nhập cho người dân.",
    capitalTy: 18.5,
    scale:
      "Nhà trưng bày văn hóa 600 m²; sân khấu ngoài trời 500 chỗ; 20 điểm lưu trú tại nhà dân; tuyến tham quan bằng xuồng khoảng 12 km",
    areaHa: 5,
    durationYears: 20,
    implementationPlan:
      "2026: khảo sát, lựa chọn đối tác, thành lập công ty du lịch cộng đồng có sự góp vốn của người dân; 2027: xây dựng nhà trưng bày, sân khấu; 2028: đưa tuyến du lịch vào khai thác",
    legalBasis:
      "Luật Di sản văn hóa; Luật Du lịch số 09/2017/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; chương trình bảo tồn văn hóa các dân tộc thiểu số của tỉnh Kiên Giang",
    locationText: "Xã Định An, huyện Gò Quao và xã Hòa Hưng, huyện Giồng Riềng",
    infrastructure:
      "Gần các chùa Khmer cổ; đường bê tông nông thôn đến trung tâm xã; hệ thống kênh rạch thuận lợi đi xuồng; có điện lưới.",
    incentives:
      "Hỗ trợ từ các chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số; hỗ trợ đào tạo người dân làm du lịch; miễn tiền thuê đất công trình văn hóa.",
    socialEfficiency:
      "Giữ gìn bản sắc văn hóa Khmer; tạo thêm thu nhập cho khoảng 150 hộ đồng bào; tăng giao lưu văn hóa giữa các dân tộc trong tỉnh.",
    dossierSubmission: "Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Ủy ban nhân dân huyện Gò Quao",
    publishedDaysAgo: 93,
  },

  // ───────────────────── Môi trường – Cấp thoát nước ─────────────────────
  {
    key: "nha-may-xu-ly-chat-thai-ran-kien-luong-ha-tien",
    organization: "ubnd-kien-luong",
    status: "PUBLISHED",
    sector: "moi-truong",
    form: "ppp-boo",
    locations: ["kien-luong", "ha-tien"],
    name: "Nhà máy xử lý chất thải rắn tập trung Kiên Lương – Hà Tiên",
    objectives:
      "Xử lý tập trung chất thải rắn sinh hoạt và công nghiệp thông thường của Kiên Lương, Hà Tiên, Giang Thành bằng công nghệ đốt phát điện, thay thế các bãi chôn lấp quá tải. Thu hồi năng lượng và vật liệu tái chế.",
    capitalTy: 920,
    capitalUsdMillion: 36.2,
    scale: "Công suất xử lý 400 tấn rác/ngày; phát điện 8 MW; khu phân loại, tái chế 20.000 tấn/năm",
    areaHa: 20,
    durationYears: 30,
    implementationPlan:
      "2026: lựa chọn nhà đầu tư, đánh giá tác động môi trường; 2027–2028: xây dựng; 2029: vận hành, đóng cửa và cải tạo các bãi rác cũ",
    legalBasis:
      "Luật Bảo vệ môi trường số 72/2020/QH14; Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Xã Hòa Điền, huyện Kiên Lương, cách thành phố Hà Tiên khoảng 15 km",
    infrastructure:
      "Khu đất xa dân cư, nền đất cứng; đường vào nối Quốc lộ 80 khoảng 3 km; lưới điện 22 kV gần ranh để đấu nối phát điện.",
    incentives:
      "Ngân sách địa phương chi trả phí xử lý rác theo đơn giá được duyệt; điện từ rác được mua theo cơ chế khuyến khích; miễn tiền thuê đất đối với dự án bảo vệ môi trường.",
    socialEfficiency:
      "Chấm dứt ô nhiễm từ các bãi rác lộ thiên; giảm phát thải khí mê-tan; bảo vệ cảnh quan du lịch Hà Tiên – Hòn Chông; tạo khoảng 150 việc làm.",
    dossierSubmission:
      "Ủy ban nhân dân huyện Kiên Lương, thị trấn Kiên Lương; đồng gửi Sở Tài nguyên và Môi trường tỉnh Kiên Giang",
    publishedDaysAgo: 41,
  },
  {
    key: "nha-may-nuoc-an-bien-an-minh-u-minh-thuong",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "moi-truong",
    form: "ppp-bot",
    locations: ["an-bien", "an-minh", "u-minh-thuong"],
    name: "Nhà máy nước mặt liên huyện An Biên – An Minh – U Minh Thượng",
    objectives:
      "Cung cấp nước sạch ổn định cho các huyện vùng U Minh đang bị khai thác nước ngầm quá mức và xâm nhập mặn. Thay thế dần giếng khoan, giảm sụt lún đất.",
    capitalTy: 1180,
    capitalUsdMillion: 46.5,
    scale: "Công suất 60.000 m³/ngày đêm; hồ trữ nước thô 2 triệu m³; mạng ống truyền tải khoảng 120 km",
    areaHa: 14,
    durationYears: 30,
    implementationPlan:
      "2026: lập báo cáo nghiên cứu khả thi, lựa chọn nhà đầu tư; 2027–2029: xây dựng hồ trữ, nhà máy và tuyến ống chính; 2029–2059: vận hành, kinh doanh nước sạch và chuyển giao",
    legalBasis:
      "Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Luật Tài nguyên nước; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; kế hoạch cấp nước an toàn tỉnh Kiên Giang",
    locationText: "Nhà máy đặt tại xã Đông Thái, huyện An Biên; mạng lưới phủ An Biên, An Minh và U Minh Thượng",
    infrastructure:
      "Nguồn nước thô lấy từ sông Cái Lớn vào mùa ngọt, trữ trong hồ; Quốc lộ 63 thuận lợi đi tuyến ống; một số mạng phân phối cục bộ hiện hữu có thể kết nối.",
    incentives:
      "Nhà nước hỗ trợ vốn đầu tư công cho hồ trữ nước thô; giá nước theo lộ trình được UBND tỉnh phê duyệt; ưu đãi thuế và miễn tiền thuê đất cho dự án cấp nước.",
    socialEfficiency:
      "Cấp nước sạch cho khoảng 250.000 người dân; giảm khai thác nước ngầm và sụt lún; bảo đảm sức khỏe cộng đồng vùng thường xuyên hạn mặn.",
    dossierSubmission:
      "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh, thành phố Rạch Giá; hoặc Sở Xây dựng tỉnh Kiên Giang",
    publishedDaysAgo: 26,
  },

  // ───────────────────── Khu công nghiệp – Khu kinh tế ─────────────────────
  {
    key: "ha-tang-khu-cong-nghiep-xeo-ro",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "khu-cong-nghiep",
    form: "trong-nuoc",
    locations: ["an-bien"],
    name: "Đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp Xẻo Rô",
    objectives:
      "Xây dựng khu công nghiệp tập trung ưu tiên chế biến nông, thủy sản, cơ khí đóng tàu và công nghiệp hỗ trợ cho vùng U Minh. Tạo đầu mối thu hút đầu tư thứ cấp ven sông Cái Lớn.",
    capitalTy: 2300,
    capitalUsdMillion: 90.6,
    scale:
      "Diện tích khoảng 210 ha; đất công nghiệp cho thuê 150 ha; nhà máy xử lý nước thải 6.000 m³/ngày đêm; cảng nội địa cho sà lan 2.000 tấn",
    areaHa: 210,
    durationYears: 50,
    implementationPlan:
      "2026: chấp thuận chủ trương đầu tư, bồi thường giai đoạn 1; 2027–2029: xây dựng hạ tầng giai đoạn 1 (100 ha); 2030–2032: giai đoạn 2",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Nghị định số 35/2022/NĐ-CP quy định về quản lý khu công nghiệp và khu kinh tế; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Xã Tây Yên và xã Hưng Yên, huyện An Biên, ven sông Cái Lớn",
    infrastructure:
      "Tiếp giáp sông Cái Lớn, cách Quốc lộ 63 khoảng 2 km; lưới điện 110 kV đi gần; đất nông nghiệp hiệu quả thấp, mật độ dân cư thưa.",
    incentives:
      "Ưu đãi thuế thu nhập doanh nghiệp, tiền thuê đất cho dự án đầu tư kinh doanh hạ tầng khu công nghiệp tại địa bàn khó khăn; tỉnh đầu tư đường kết nối và hỗ trợ bồi thường.",
    socialEfficiency:
      "Tạo khoảng 15.000 việc làm khi lấp đầy; giảm di cư lao động ra khỏi tỉnh; thúc đẩy đô thị hóa huyện An Biên.",
    dossierSubmission:
      "Ban Quản lý Khu kinh tế tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh",
    publishedDaysAgo: 71,
  },
  {
    key: "khu-phi-thue-quan-kinh-te-cua-khau-ha-tien",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "khu-cong-nghiep",
    form: "nuoc-ngoai",
    locations: ["ha-tien", "giang-thanh"],
    name: "Khu phi thuế quan và trung tâm logistics Khu kinh tế cửa khẩu Hà Tiên",
    objectives:
      "Đầu tư hạ tầng khu phi thuế quan gồm kho bãi, trung tâm phân phối, gia công hàng xuất khẩu và dịch vụ hải quan tập trung. Khai thác vị trí hành lang kinh tế phía Nam kết nối Campuchia và Thái Lan.",
    capitalTy: 3600,
    capitalUsdMillion: 141.7,
    scale: "Diện tích khoảng 150 ha; kho bãi 40 ha; khu gia công, chế xuất 60 ha; trung tâm thương mại – dịch vụ 10 ha",
    areaHa: 150,
    durationYears: 50,
    implementationPlan:
      "2026–2027: điều chỉnh quy hoạch phân khu, chấp thuận chủ trương đầu tư; 2027–2029: xây dựng hạ tầng giai đoạn 1 (70 ha); 2030–2033: hoàn thiện",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Nghị định số 35/2022/NĐ-CP quy định về quản lý khu công nghiệp và khu kinh tế; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; quy hoạch chung xây dựng Khu kinh tế cửa khẩu Hà Tiên",
    locationText: "Phường Mỹ Đức, thành phố Hà Tiên và xã Phú Mỹ, huyện Giang Thành",
    infrastructure:
      "Gần cửa khẩu quốc tế Hà Tiên và Quốc lộ 80; có tuyến đường biên giới kết nối Giang Thành; lưới điện 110 kV Hà Tiên; nguồn nước từ hồ chứa khu vực.",
    incentives:
      "Ưu đãi đầu tư cao nhất áp dụng cho khu kinh tế cửa khẩu; hàng hóa trong khu phi thuế quan hưởng chính sách thuế theo quy định; hỗ trợ thủ tục hải quan một cửa.",
    socialEfficiency:
      "Hình thành cực tăng trưởng biên giới phía Tây Nam; tạo khoảng 8.000 việc làm; tăng thu ngân sách từ dịch vụ xuất nhập khẩu và logistics.",
    dossierSubmission:
      "Ban Quản lý Khu kinh tế tỉnh Kiên Giang, thành phố Rạch Giá; hoặc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Kiên Giang, số 06 Lý Thường Kiệt, phường Vĩnh Thanh Vân, thành phố Rạch Giá",
    publishedDaysAgo: 134,
  },

  // ───────────────────── Thông tin – Truyền thông ─────────────────────
  {
    key: "trung-tam-du-lieu-xanh-phu-quoc",
    organization: "ubnd-phu-quoc",
    status: "PUBLISHED",
    sector: "thong-tin-truyen-thong",
    form: "nuoc-ngoai",
    locations: ["phu-quoc"],
    name: "Trung tâm dữ liệu xanh Phú Quốc",
    objectives:
      "Xây dựng trung tâm dữ liệu đạt chuẩn Tier III sử dụng điện năng lượng tái tạo và làm mát tiết kiệm năng lượng. Phục vụ chuyển đổi số của tỉnh, các doanh nghiệp du lịch và dịch vụ lưu trữ dữ liệu khu vực.",
    capitalTy: 1900,
    capitalUsdMillion: 74.8,
    scale: "Công suất IT 20 MW; khoảng 2.000 tủ rack; điện mặt trời áp mái 3 MWp; kết nối cáp quang biển và đất liền",
    areaHa: 3,
    durationYears: 50,
    implementationPlan:
      "2026: chấp thuận chủ trương đầu tư, khảo sát kết nối; 2027–2028: xây dựng giai đoạn 1 (8 MW); 2029–2031: mở rộng đủ công suất",
    legalBasis:
      "Luật Đầu tư số 61/2020/QH14; Luật Viễn thông số 24/2023/QH15; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; Chương trình chuyển đổi số tỉnh Kiên Giang",
    locationText: "Xã Dương Tơ, thành phố Phú Quốc, gần trạm biến áp 220 kV",
    infrastructure:
      "Gần trạm biến áp 220 kV cấp điện cho đảo; tuyến cáp quang đất liền – Phú Quốc đã vận hành; khu đất cao ráo, ít rủi ro ngập lụt.",
    incentives:
      "Công nghệ thông tin, trung tâm dữ liệu thuộc ngành nghề ưu đãi đầu tư; áp dụng cơ chế đặc thù của Phú Quốc; hỗ trợ thủ tục đấu nối điện và viễn thông.",
    socialEfficiency:
      "Nâng cao năng lực hạ tầng số, hỗ trợ thành phố thông minh Phú Quốc; thu hút lao động công nghệ chất lượng cao; tạo khoảng 200 việc làm.",
    dossierSubmission:
      "Ủy ban nhân dân thành phố Phú Quốc (Trung tâm Phục vụ hành chính công thành phố), phường Dương Đông; hoặc Sở Thông tin và Truyền thông tỉnh Kiên Giang",
    publishedDaysAgo: 11,
  },
  {
    key: "wifi-cong-cong-ban-do-so-du-lich-ha-tien-rach-gia",
    organization: "so-khdt",
    status: "PUBLISHED",
    sector: "thong-tin-truyen-thong",
    form: "bcc",
    locations: ["ha-tien", "rach-gia"],
    name: "Hệ thống wifi công cộng và bản đồ số du lịch Hà Tiên – Rạch Giá",
    objectives:
      "Lắp đặt điểm phát wifi miễn phí tại các quảng trường, bến tàu, điểm du lịch và xây dựng bản đồ số du lịch đa ngôn ngữ. Thu thập dữ liệu ẩn danh phục vụ quản lý du lịch.",
    capitalTy: 3.5,
    scale: "150 điểm phát wifi công cộng; ứng dụng bản đồ số 4 ngôn ngữ; 40 bảng thông tin điện tử có mã QR",
    durationYears: 10,
    implementationPlan:
      "2026: ký hợp đồng hợp tác kinh doanh với doanh nghiệp viễn thông; 2026: lắp đặt và đưa vào sử dụng; 2026–2036: vận hành, khai thác quảng cáo để bù đắp chi phí",
    legalBasis:
      "Luật Viễn thông số 24/2023/QH15; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050; Chương trình chuyển đổi số tỉnh Kiên Giang",
    locationText: "Các điểm công cộng, điểm du lịch tại thành phố Hà Tiên và thành phố Rạch Giá",
    infrastructure:
      "Hạ tầng cáp quang của các doanh nghiệp viễn thông đã phủ khắp nội thị; có nguồn điện tại các vị trí lắp đặt.",
    incentives:
      "Doanh nghiệp được khai thác quảng cáo trên cổng đăng nhập wifi và bản đồ số; được sử dụng miễn phí vị trí lắp đặt tại công trình công cộng.",
    socialEfficiency:
      "Nâng cao trải nghiệm du khách, quảng bá điểm đến; hỗ trợ người dân tiếp cận dịch vụ công trực tuyến miễn phí tại nơi công cộng.",
    dossierSubmission:
      "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang qua Trung tâm Phục vụ hành chính công tỉnh, thành phố Rạch Giá; hoặc Sở Thông tin và Truyền thông tỉnh Kiên Giang",
    publishedDaysAgo: 390,
  },

  // ───────────────────── Bản nháp (không được hiển thị công khai) ─────────────────────
  {
    key: "cau-vuot-song-cai-be-chau-thanh-tan-hiep-ban-nhap",
    organization: "so-gtvt",
    status: "DRAFT",
    sector: "giao-thong",
    form: "ppp-bto",
    locations: ["chau-thanh", "tan-hiep"],
    name: "Cầu vượt sông Cái Bé kết nối Châu Thành – Tân Hiệp (BẢN NHÁP NỘI BỘ)",
    objectives:
      "BẢN NHÁP NỘI BỘ – chưa công bố. Xây dựng cầu vượt sông Cái Bé và đường dẫn hai đầu cầu, rút ngắn đường đi giữa Châu Thành và Tân Hiệp, thay thế bến phà hiện hữu.",
    capitalTy: 640,
    scale: "Cầu dài khoảng 520 m, rộng 12 m; đường dẫn hai đầu cầu khoảng 3,2 km",
    areaHa: 14,
    durationYears: 20,
    implementationPlan: "2027: lập báo cáo nghiên cứu tiền khả thi; 2028–2030: thi công (dự kiến, chưa thống nhất)",
    legalBasis:
      "Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Xã Mong Thọ, huyện Châu Thành và xã Tân Hội, huyện Tân Hiệp (vị trí đang nghiên cứu)",
    infrastructure: "Hai bờ đã có đường nông thôn; bến phà hiện hữu tải trọng thấp.",
    incentives: "Đang xây dựng phương án tài chính.",
    socialEfficiency: "Giảm thời gian chờ phà, bảo đảm an toàn giao thông thủy – bộ.",
    dossierSubmission: "Sở Giao thông vận tải tỉnh Kiên Giang, thành phố Rạch Giá",
  },
  {
    key: "khu-dan-cu-ven-bien-hoa-dien-ban-nhap",
    organization: "ubnd-kien-luong",
    status: "DRAFT",
    sector: "do-thi",
    form: "trong-nuoc",
    locations: ["kien-luong"],
    name: "Khu dân cư ven biển Hòa Điền (BẢN NHÁP NỘI BỘ)",
    objectives:
      "BẢN NHÁP NỘI BỘ – chưa công bố. Quy hoạch khu dân cư ven biển gắn với bố trí lại dân cư vùng sạt lở, kết hợp dịch vụ hậu cần nghề cá.",
    capitalTy: 210,
    scale: "Diện tích dự kiến khoảng 20 ha; khoảng 600 lô nền",
    areaHa: 20,
    durationYears: 50,
    implementationPlan: "Đang lấy ý kiến các phòng, ban chuyên môn của huyện",
    legalBasis:
      "Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Xã Hòa Điền, huyện Kiên Lương",
    infrastructure: "Đường liên xã, lưới điện 22 kV; chưa có hệ thống cấp nước tập trung.",
    incentives: "Chưa xác định.",
    socialEfficiency: "Ổn định chỗ ở cho các hộ dân vùng ven biển có nguy cơ sạt lở.",
    dossierSubmission: "Ủy ban nhân dân huyện Kiên Lương, thị trấn Kiên Lương",
  },
  {
    key: "vung-nuoi-cua-bien-vinh-thuan-u-minh-thuong-ban-nhap",
    organization: "so-nnptnt",
    status: "DRAFT",
    sector: "thuy-san",
    form: "trong-nuoc",
    locations: ["vinh-thuan", "u-minh-thuong"],
    name: "Vùng nuôi cua biển sinh thái Vĩnh Thuận – U Minh Thượng (BẢN NHÁP NỘI BỘ)",
    objectives:
      "BẢN NHÁP NỘI BỘ – chưa công bố. Phát triển vùng nuôi cua biển kết hợp tôm quảng canh cải tiến dưới tán rừng, liên kết tiêu thụ với doanh nghiệp.",
    capitalTy: 75,
    scale: "Diện tích dự kiến 500 ha",
    areaHa: 500,
    durationYears: 20,
    implementationPlan: "Chưa xây dựng",
    legalBasis: "Luật Thủy sản số 18/2017/QH14",
    locationText: "Xã Vĩnh Phong, huyện Vĩnh Thuận và xã Minh Thuận, huyện U Minh Thượng",
    infrastructure: "Kênh cấp nước mặn theo mùa; đường bờ kênh.",
    incentives: "Chưa xác định.",
    socialEfficiency: "Đa dạng hóa sinh kế cho hộ nuôi trồng thủy sản.",
    dossierSubmission: "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang, thành phố Rạch Giá",
  },

  // ───────────────────── Chờ duyệt (không được hiển thị công khai) ─────────────────────
  {
    key: "ben-thuy-noi-dia-hang-hoa-hon-dat-cho-duyet",
    organization: "so-gtvt",
    status: "SUBMITTED",
    sector: "giao-thong",
    form: "ppp-khac",
    locations: ["hon-dat"],
    name: "Bến thủy nội địa hàng hóa Hòn Đất (CHỜ DUYỆT NỘI BỘ)",
    objectives:
      "CHỜ DUYỆT NỘI BỘ – chưa công bố. Xây dựng bến thủy nội địa phục vụ vận chuyển lúa gạo, vật liệu xây dựng của huyện Hòn Đất theo tuyến kênh Rạch Giá – Hà Tiên, giảm tải cho Quốc lộ 80.",
    capitalTy: 115,
    capitalUsdMillion: 4.5,
    scale: "03 cầu bến cho sà lan đến 1.000 tấn; bãi hàng 3 ha; công suất khoảng 600.000 tấn/năm",
    areaHa: 5,
    durationYears: 30,
    implementationPlan: "2026: lựa chọn nhà đầu tư; 2027: xây dựng và đưa vào khai thác; 2027–2057: vận hành theo hợp đồng",
    legalBasis:
      "Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Luật Giao thông đường thủy nội địa; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Thị trấn Sóc Sơn, huyện Hòn Đất, ven kênh Rạch Giá – Hà Tiên",
    infrastructure: "Tiếp giáp kênh Rạch Giá – Hà Tiên và Quốc lộ 80; có điện lưới 22 kV.",
    incentives: "Được khai thác dịch vụ bốc xếp, kho bãi theo giá được duyệt; tỉnh hỗ trợ giải phóng mặt bằng.",
    socialEfficiency: "Giảm chi phí vận chuyển nông sản; giảm xe tải nặng trên Quốc lộ 80; tạo khoảng 100 việc làm.",
    dossierSubmission: "Sở Giao thông vận tải tỉnh Kiên Giang, thành phố Rạch Giá",
  },
  {
    key: "dien-mat-troi-ap-mai-cum-cong-nghiep-kien-luong-cho-duyet",
    organization: "ubnd-kien-luong",
    status: "SUBMITTED",
    sector: "nang-luong",
    form: "trong-nuoc",
    locations: ["kien-luong"],
    name: "Điện mặt trời áp mái cụm công nghiệp Kiên Lương (CHỜ DUYỆT NỘI BỘ)",
    objectives:
      "CHỜ DUYỆT NỘI BỘ – chưa công bố. Lắp đặt điện mặt trời áp mái trên nhà xưởng trong cụm công nghiệp để tự sản, tự tiêu, giảm chi phí điện cho doanh nghiệp.",
    capitalTy: 42,
    scale: "Tổng công suất khoảng 5 MWp trên diện tích mái 50.000 m²",
    durationYears: 25,
    implementationPlan: "2026: khảo sát mái, ký thỏa thuận với doanh nghiệp; 2027: lắp đặt và vận hành",
    legalBasis:
      "Luật Điện lực; Quyết định số 1289/QĐ-TTg ngày 31/10/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Kiên Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050",
    locationText: "Cụm công nghiệp Kiên Lương, xã Bình An, huyện Kiên Lương",
    infrastructure: "Nhà xưởng mái tôn có kết cấu chịu lực phù hợp; trạm biến áp trong cụm công nghiệp.",
    incentives: "Ưu đãi đối với dự án năng lượng tái tạo; thủ tục đơn giản đối với điện tự sản, tự tiêu.",
    socialEfficiency: "Giảm phát thải, giảm chi phí sản xuất cho doanh nghiệp trong cụm.",
    dossierSubmission: "Ủy ban nhân dân huyện Kiên Lương, thị trấn Kiên Lương",
  },
  {
    key: "bao-tang-bien-dao-phu-quoc-cho-duyet",
    organization: "so-vhttdl",
    status: "SUBMITTED",
    sector: "van-hoa-the-thao",
    form: "ppp-khac",
    locations: ["phu-quoc"],
    name: "Bảo tàng biển đảo Phú Quốc (CHỜ DUYỆT NỘI BỘ)",
    objectives:
      "CHỜ DUYỆT NỘI BỘ – chưa công bố. Xây dựng bảo tàng giới thiệu lịch sử, văn hóa và hệ sinh thái biển đảo Phú Quốc – Kiên Giang, kết hợp thủy cung giáo dục.",
    capitalTy: 560,
    scale: "Tổng diện tích sàn 18.000 m²; thủy cung 2.500 m³ nước; đón khoảng 500.000 lượt khách/năm",
    areaHa: 4,
    durationYears: 50,
    implementationPlan: "2026–2027: lập báo cáo nghiên cứu khả thi, lựa chọn nhà đầu tư; 2028–2030: xây dựng và trưng bày",
    legalBasis:
      "Luật Di sản văn hóa; Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Quy hoạch chung thành phố Phú Quốc đến năm 2040",
    locationText: "Phường An Thới, thành phố Phú Quốc",
    infrastructure: "Gần cảng An Thới và khu du lịch Nam đảo; có điện, nước, đường giao thông.",
    incentives: "Nhà nước hỗ trợ hiện vật trưng bày; nhà đầu tư khai thác vé tham quan và dịch vụ.",
    socialEfficiency: "Giáo dục truyền thống, chủ quyền biển đảo; bổ sung sản phẩm du lịch văn hóa cho Phú Quốc.",
    dossierSubmission: "Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang, thành phố Rạch Giá",
  },
];
