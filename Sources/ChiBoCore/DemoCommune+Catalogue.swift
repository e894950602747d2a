// The commune's cells and what the demo generator draws from: names, phone prefixes, places.

extension DemoGenerator {
    enum AgeProfile {
        case village, office, school, health, military, police
    }

    enum Ethnicity {
        case tay, dao, hmong, kinh

        /// As a member list writes it (dân tộc).
        var name: String {
            switch self {
            case .tay: "Tày"
            case .dao: "Dao"
            case .hmong: "Mông"
            case .kinh: "Kinh"
            }
        }
    }

    /// Quê quán: a village's members are from the commune, the others from the province.
    static func homeTown(_ profile: AgeProfile) -> String {
        profile == .village ? "xã Thượng Lâm, tỉnh Tuyên Quang" : "tỉnh Tuyên Quang"
    }

    struct CellSpec {
        let name: String
        let type: CellType
        let size: Int
        let profile: AgeProfile
        /// Weights of Tày (and Nùng), Dao, H'Mông and Kinh members.
        let ethnicity: [(Ethnicity, Int)]
        let femaleShare: Double
        /// Day of the cell's 2025 congress (month, day).
        let congress: (Int, Int)
    }

    enum Catalogue {
        static let termLabel = "2025–2030"

        /// The 17 cells in code order (CB01 … CB17); sizes add up to 435.
        static let cells: [CellSpec] = [
            CellSpec(
                name: "Chi bộ thôn Nà Thuôn", type: .ruralVillage, size: 38, profile: .village,
                ethnicity: [(.tay, 85), (.dao, 5), (.kinh, 10)], femaleShare: 0.37, congress: (4, 18)),
            CellSpec(
                name: "Chi bộ thôn Bản Chợ", type: .ruralVillage, size: 45, profile: .village,
                ethnicity: [(.tay, 70), (.dao, 5), (.kinh, 25)], femaleShare: 0.38, congress: (4, 20)),
            CellSpec(
                name: "Chi bộ thôn Khuôn Trã", type: .ruralVillage, size: 31, profile: .village,
                ethnicity: [(.tay, 80), (.dao, 15), (.kinh, 5)], femaleShare: 0.36, congress: (4, 22)),
            CellSpec(
                name: "Chi bộ thôn Nà Liềm", type: .ruralVillage, size: 27, profile: .village,
                ethnicity: [(.tay, 88), (.dao, 7), (.kinh, 5)], femaleShare: 0.37, congress: (4, 25)),
            CellSpec(
                name: "Chi bộ thôn Nà Va", type: .ruralVillage, size: 34, profile: .village,
                ethnicity: [(.tay, 85), (.dao, 8), (.kinh, 7)], femaleShare: 0.38, congress: (4, 26)),
            CellSpec(
                name: "Chi bộ thôn Nặm Đíp", type: .ruralVillage, size: 22, profile: .village,
                ethnicity: [(.tay, 35), (.dao, 55), (.hmong, 5), (.kinh, 5)], femaleShare: 0.32, congress: (5, 3)),
            CellSpec(
                name: "Chi bộ thôn Bản Piát", type: .ruralVillage, size: 29, profile: .village,
                ethnicity: [(.tay, 80), (.dao, 12), (.kinh, 8)], femaleShare: 0.37, congress: (5, 5)),
            CellSpec(
                name: "Chi bộ thôn Khuôn Nhòa", type: .ruralVillage, size: 25, profile: .village,
                ethnicity: [(.tay, 30), (.dao, 45), (.hmong, 20), (.kinh, 5)], femaleShare: 0.30, congress: (5, 7)),
            CellSpec(
                name: "Chi bộ thôn Nà Lầu", type: .ruralVillage, size: 33, profile: .village,
                ethnicity: [(.tay, 85), (.dao, 7), (.kinh, 8)], femaleShare: 0.38, congress: (5, 8)),
            CellSpec(
                name: "Chi bộ thôn Nà Đông", type: .ruralVillage, size: 36, profile: .village,
                ethnicity: [(.tay, 82), (.dao, 8), (.kinh, 10)], femaleShare: 0.38, congress: (5, 10)),
            CellSpec(
                name: "Chi bộ thôn Phiêng Luông", type: .ruralVillage, size: 24, profile: .village,
                ethnicity: [(.tay, 35), (.dao, 25), (.hmong, 35), (.kinh, 5)], femaleShare: 0.30, congress: (5, 12)),
            CellSpec(
                name: "Chi bộ Cơ quan Đảng – Đoàn thể", type: .agency, size: 22, profile: .office,
                ethnicity: [(.tay, 50), (.dao, 8), (.hmong, 2), (.kinh, 40)], femaleShare: 0.45, congress: (5, 14)),
            CellSpec(
                name: "Chi bộ UBND xã", type: .agency, size: 20, profile: .office,
                ethnicity: [(.tay, 50), (.dao, 8), (.kinh, 42)], femaleShare: 0.38, congress: (5, 15)),
            CellSpec(
                name: "Chi bộ Trường THCS Thượng Lâm", type: .publicService, size: 17, profile: .school,
                ethnicity: [(.tay, 45), (.dao, 5), (.kinh, 50)], femaleShare: 0.68, congress: (5, 17)),
            CellSpec(
                name: "Chi bộ Trạm Y tế xã", type: .publicService, size: 12, profile: .health,
                ethnicity: [(.tay, 50), (.dao, 8), (.kinh, 42)], femaleShare: 0.62, congress: (5, 19)),
            CellSpec(
                name: "Chi bộ Quân sự xã", type: .armedForces, size: 10, profile: .military,
                ethnicity: [(.tay, 70), (.dao, 15), (.kinh, 15)], femaleShare: 0.05, congress: (5, 20)),
            CellSpec(
                name: "Chi bộ Công an xã", type: .armedForces, size: 10, profile: .police,
                ethnicity: [(.tay, 45), (.dao, 5), (.kinh, 50)], femaleShare: 0.12, congress: (5, 22)),
        ]

        // Family names, weighted. "Ma", "Hoàng", "Nông", "Quan", "Chẩu" are Tày names of the area.
        static let tayFamilies: [(String, Int)] = [
            ("Ma", 14), ("Hoàng", 10), ("Nông", 8), ("Quan", 6), ("Hà", 5), ("Lý", 4), ("Lương", 4),
            ("Chẩu", 4), ("Lộc", 2), ("Hứa", 2), ("Đàm", 2), ("Nguyễn", 3), ("Triệu", 1), ("Âu", 1),
        ]
        static let daoFamilies: [(String, Int)] = [
            ("Triệu", 6), ("Bàn", 6), ("Đặng", 4), ("Lý", 2), ("Phùng", 1),
        ]
        static let hmongFamilies: [(String, Int)] = [
            ("Giàng", 4), ("Sùng", 3), ("Vàng", 3), ("Thào", 2), ("Lù", 1),
        ]
        static let kinhFamilies: [(String, Int)] = [
            ("Nguyễn", 12), ("Trần", 5), ("Lê", 4), ("Phạm", 3), ("Vũ", 3), ("Đỗ", 2), ("Bùi", 2),
            ("Đinh", 2), ("Ngô", 1), ("Dương", 2), ("Hoàng", 2), ("Đặng", 1), ("Phan", 1), ("Âu", 1),
        ]

        static let maleMiddles: [(String, Int)] = [
            ("Văn", 10), ("Đức", 3), ("Thanh", 2), ("Ngọc", 2), ("Minh", 2), ("Quang", 2), ("Xuân", 2),
            ("Hữu", 1), ("Tiến", 2), ("Mạnh", 1), ("Công", 1), ("Trung", 1), ("Đình", 1),
        ]
        static let femaleMiddles: [(String, Int)] = [
            ("Thị", 12), ("Thu", 2), ("Ngọc", 2), ("Thanh", 2), ("Hồng", 1), ("Thúy", 1), ("Kim", 1),
            ("Phương", 1), ("Minh", 1), ("Bích", 1), ("Hải", 1),
        ]
        static let daoMaleMiddles: [(String, Int)] = [("Văn", 8), ("Tiến", 3), ("Đức", 2), ("Kim", 1)]
        static let hmongMaleMiddles: [(String, Int)] = [("A", 5), ("Seo", 3), ("Mí", 2), ("Văn", 2)]

        static let maleGivens: [String] = [
            "An", "Ân", "Ất", "Bảo", "Bình", "Cần", "Chiến", "Chung", "Công", "Cường", "Doanh", "Dũng",
            "Dương", "Đại", "Đạt", "Điền", "Định", "Đông", "Đức", "Giang", "Hải", "Hào", "Hiếu", "Hoàn",
            "Hùng", "Hưng", "Huy", "Khải", "Khánh", "Kiên", "Lâm", "Lợi", "Long", "Lực", "Mạnh", "Minh",
            "Nam", "Nghĩa", "Nhất", "Phong", "Phúc", "Quang", "Quân", "Sáu", "Sơn", "Tâm", "Tân",
            "Thắng", "Thành", "Thiện", "Thịnh", "Tiến", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh",
            "Xuân",
        ]
        static let femaleGivens: [String] = [
            "Anh", "Ánh", "Bích", "Chi", "Chuyên", "Diệp", "Dung", "Duyên", "Đào", "Điệp", "Giang", "Hà",
            "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Hường", "Lan", "Liên", "Linh",
            "Loan", "Lụa", "Mai", "Nga", "Ngân", "Ngọc", "Nhàn", "Nhung", "Oanh", "Phượng", "Quyên",
            "Sen", "Tâm", "Thắm", "Thảo", "Thơm", "Thu", "Thủy", "Thúy", "Trang", "Tuyết", "Uyên", "Vân",
            "Xuân", "Yến",
        ]
        static let hmongMaleGivens: [String] = ["Páo", "Chứ", "Dế", "Sử", "Tủa", "Lử", "Chá", "Vừ"]
        static let hmongFemaleGivens: [String] = ["Mỷ", "Dua", "Pàng", "Sua", "Máy", "Chu"]

        /// Mobile prefixes in use in Vietnam (Viettel, VinaPhone, MobiFone).
        static let phonePrefixes: [String] = [
            "086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039",
            "088", "091", "094", "081", "082", "083", "084", "085", "089", "090", "093", "070",
            "076", "077", "078", "079",
        ]

        /// Where members temporarily transferred out work (at least as many as may be drawn).
        static let outgoingPlaces: [String] = [
            "Chi bộ Công ty TNHH Điện tử Quế Võ, tỉnh Bắc Ninh",
            "Chi bộ Công ty TNHH May mặc Yên Phong, tỉnh Bắc Ninh",
            "Chi bộ Công ty Cổ phần Xây dựng Sông Công, tỉnh Thái Nguyên",
            "Chi bộ Công ty TNHH Linh kiện Phổ Yên, tỉnh Thái Nguyên",
            "Chi bộ Công ty Cổ phần Thủy điện Nà Hang, tỉnh Tuyên Quang",
            "Chi bộ Công ty TNHH Cơ khí Đình Vũ, thành phố Hải Phòng",
        ]

        /// Where agency staff temporarily transferred out study.
        static let studyPlace = "Chi bộ Lớp Trung cấp lý luận chính trị, Trường Chính trị tỉnh Tuyên Quang"

        /// Where members temporarily transferred in come from, by the kind of cell they meet with.
        static let incomingPlaces: [String] = [
            "Chi bộ Trường THCS Lăng Can, xã Lăng Can, tỉnh Tuyên Quang",
            "Chi bộ Trung tâm Y tế khu vực Lâm Bình, tỉnh Tuyên Quang",
            "Chi bộ Ban Quản lý dự án đầu tư xây dựng tỉnh Tuyên Quang",
        ]
    }
}
