/// A believable demo organisation: the party committee of Thượng Lâm commune (Lâm Bình area,
/// Tuyên Quang province), with its 17 cells and 435 members, the figures of the press report in
/// seed 000. On top of the 435 come two or three members of other organisations temporarily
/// meeting with its cells, who are not counted in the commune's membership. Every person in it is
/// invented.
///
/// The output depends only on `today` and `seed`: no system clock, no system randomness. Dates
/// are placed relative to `today`, so the demo looks current whenever it is loaded.

/// A unit of the demo tree. `parentKey` names the unit above; units come parent before child.
public struct DemoUnit: Sendable, Equatable {
    public let key: String
    public let parentKey: String?
    public let name: String
    public let code: String
    public let kind: UnitKind
    public let cellType: CellType?
    public let termLabel: String
    public let termStart: CivilDate
}

/// A member of the demo commune. `unitKey` is always one of the cells.
///
/// At most one of exemption and transfer is set. Officers are official members who are neither
/// exempt nor transferred. Members with an `.incoming` transfer belong to another organisation
/// (`transferPlace`) and meet with this cell for a while: they are not counted in the cell's
/// membership, come in addition to the cell's fixed size, and are never officers.
public struct DemoMember: Sendable, Equatable {
    public let key: String
    public let unitKey: String
    public let fullName: String
    public let birthDate: CivilDate
    public let gender: Gender
    public let cardNumber: String
    public let admissionDate: CivilDate
    public let officialDate: CivilDate?
    public let status: MemberStatus
    public let exemption: ExemptionKind?
    public let exemptionDate: CivilDate?
    public let exemptionReason: String?
    public let transfer: TransferDirection?
    public let transferFrom: CivilDate?
    public let transferUntil: CivilDate?
    public let transferPlace: String?
    public let officerRole: OfficerRole?
    public let phone: String?
}

/// The generated commune: units (province, commune, 17 cells) and members, cell by cell,
/// each cell's officers first (secretary, deputy, committee members) and any members transferred
/// in last. The 435 counted members are those whose transfer is not `.incoming`; `members` also
/// holds the two or three transferred in, so it has 437 or 438 entries.
public struct DemoCommune: Sendable {
    public let units: [DemoUnit]
    public let members: [DemoMember]

    /// Key of the provincial committee.
    public static let provinceKey = "tuyen-quang"
    /// Key of the commune's grassroots committee.
    public static let communeKey = "thuong-lam"

    /// Builds the demo commune as it stands on `today`. The same `today` and `seed` always give
    /// the same result.
    public static func generate(today: CivilDate, seed: UInt64 = 2026) -> DemoCommune {
        var generator = DemoGenerator(today: today, seed: seed)
        return generator.run()
    }
}

// MARK: - Random numbers

/// SplitMix64: small, fast, and the same on every platform and toolchain.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (the modulo bias is negligible for these small ranges).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// A number in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    public mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var roll = int(0...(total - 1))
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// Fisher–Yates, written out so that the order never depends on the standard library.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, int(0...i))
        }
    }
}

// MARK: - The commune's cells

private enum AgeProfile {
    case village, office, school, health, military, police
}

private enum Ethnicity {
    case tay, dao, hmong, kinh
}

private struct CellSpec {
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

private enum Catalogue {
    static let termLabel = "2025–2030"

    /// The 17 cells in code order (CB01 … CB17); sizes add up to 435.
    static let cells: [CellSpec] = [
        CellSpec(name: "Chi bộ thôn Nà Thuôn", type: .ruralVillage, size: 38, profile: .village,
                 ethnicity: [(.tay, 85), (.dao, 5), (.kinh, 10)], femaleShare: 0.37, congress: (4, 18)),
        CellSpec(name: "Chi bộ thôn Bản Chợ", type: .ruralVillage, size: 45, profile: .village,
                 ethnicity: [(.tay, 70), (.dao, 5), (.kinh, 25)], femaleShare: 0.38, congress: (4, 20)),
        CellSpec(name: "Chi bộ thôn Khuôn Trã", type: .ruralVillage, size: 31, profile: .village,
                 ethnicity: [(.tay, 80), (.dao, 15), (.kinh, 5)], femaleShare: 0.36, congress: (4, 22)),
        CellSpec(name: "Chi bộ thôn Nà Liềm", type: .ruralVillage, size: 27, profile: .village,
                 ethnicity: [(.tay, 88), (.dao, 7), (.kinh, 5)], femaleShare: 0.37, congress: (4, 25)),
        CellSpec(name: "Chi bộ thôn Nà Va", type: .ruralVillage, size: 34, profile: .village,
                 ethnicity: [(.tay, 85), (.dao, 8), (.kinh, 7)], femaleShare: 0.38, congress: (4, 26)),
        CellSpec(name: "Chi bộ thôn Nặm Đíp", type: .ruralVillage, size: 22, profile: .village,
                 ethnicity: [(.tay, 35), (.dao, 55), (.hmong, 5), (.kinh, 5)], femaleShare: 0.32, congress: (5, 3)),
        CellSpec(name: "Chi bộ thôn Bản Piát", type: .ruralVillage, size: 29, profile: .village,
                 ethnicity: [(.tay, 80), (.dao, 12), (.kinh, 8)], femaleShare: 0.37, congress: (5, 5)),
        CellSpec(name: "Chi bộ thôn Khuôn Nhòa", type: .ruralVillage, size: 25, profile: .village,
                 ethnicity: [(.tay, 30), (.dao, 45), (.hmong, 20), (.kinh, 5)], femaleShare: 0.30, congress: (5, 7)),
        CellSpec(name: "Chi bộ thôn Nà Lầu", type: .ruralVillage, size: 33, profile: .village,
                 ethnicity: [(.tay, 85), (.dao, 7), (.kinh, 8)], femaleShare: 0.38, congress: (5, 8)),
        CellSpec(name: "Chi bộ thôn Nà Đông", type: .ruralVillage, size: 36, profile: .village,
                 ethnicity: [(.tay, 82), (.dao, 8), (.kinh, 10)], femaleShare: 0.38, congress: (5, 10)),
        CellSpec(name: "Chi bộ thôn Phiêng Luông", type: .ruralVillage, size: 24, profile: .village,
                 ethnicity: [(.tay, 35), (.dao, 25), (.hmong, 35), (.kinh, 5)], femaleShare: 0.30, congress: (5, 12)),
        CellSpec(name: "Chi bộ Cơ quan Đảng – Đoàn thể", type: .agency, size: 22, profile: .office,
                 ethnicity: [(.tay, 50), (.dao, 8), (.hmong, 2), (.kinh, 40)], femaleShare: 0.45, congress: (5, 14)),
        CellSpec(name: "Chi bộ UBND xã", type: .agency, size: 20, profile: .office,
                 ethnicity: [(.tay, 50), (.dao, 8), (.kinh, 42)], femaleShare: 0.38, congress: (5, 15)),
        CellSpec(name: "Chi bộ Trường THCS Thượng Lâm", type: .publicService, size: 17, profile: .school,
                 ethnicity: [(.tay, 45), (.dao, 5), (.kinh, 50)], femaleShare: 0.68, congress: (5, 17)),
        CellSpec(name: "Chi bộ Trạm Y tế xã", type: .publicService, size: 12, profile: .health,
                 ethnicity: [(.tay, 50), (.dao, 8), (.kinh, 42)], femaleShare: 0.62, congress: (5, 19)),
        CellSpec(name: "Chi bộ Quân sự xã", type: .armedForces, size: 10, profile: .military,
                 ethnicity: [(.tay, 70), (.dao, 15), (.kinh, 15)], femaleShare: 0.05, congress: (5, 20)),
        CellSpec(name: "Chi bộ Công an xã", type: .armedForces, size: 10, profile: .police,
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

// MARK: - The generator

private struct Draft {
    var cell: Int
    var fullName: String
    var gender: Gender
    var birth: CivilDate
    var age: Int
    var admission: CivilDate
    var probationary = false
    var exemption: ExemptionKind?
    var exemptionDate: CivilDate?
    var exemptionReason: String?
    var transfer: TransferDirection?
    var transferFrom: CivilDate?
    var transferUntil: CivilDate?
    var transferPlace: String?
    var role: OfficerRole?
    var phone: String?
    var card = ""

    var officialDate: CivilDate? { probationary ? nil : admission.adding(months: 12) }

    /// Official, with no office, exemption or transfer yet.
    var isFree: Bool { !probationary && role == nil && exemption == nil && transfer == nil }
}

private struct DemoGenerator {
    let today: CivilDate
    var random: SplitMix64
    var drafts: [Draft] = []
    /// Full names drawn so far, with the cells they occur in.
    var namesUsed: [String: Set<Int>] = [:]
    var duplicateNamesLeft = 3

    init(today: CivilDate, seed: UInt64) {
        self.today = today
        self.random = SplitMix64(seed: seed)
    }

    mutating func run() -> DemoCommune {
        let specs = Catalogue.cells
        for (index, spec) in specs.enumerated() {
            // The cell's share of women, exactly, in a random order.
            let women = Int((Double(spec.size) * spec.femaleShare).rounded())
            var genders = Array(repeating: Gender.female, count: women)
                + Array(repeating: Gender.male, count: spec.size - women)
            random.shuffle(&genders)
            for gender in genders { drafts.append(makeMember(cell: index, spec: spec, gender: gender)) }
        }
        chooseProbationary()
        for (index, spec) in specs.enumerated() { chooseOfficers(cell: index, spec: spec) }
        chooseExemptions()
        chooseTransfers()
        addIncoming()
        assignCardsAndPhones()
        return DemoCommune(units: units(specs), members: members(specs))
    }

    // MARK: Units

    func units(_ specs: [CellSpec]) -> [DemoUnit] {
        var result = [
            DemoUnit(key: DemoCommune.provinceKey, parentKey: nil, name: "Đảng bộ tỉnh Tuyên Quang",
                     code: "TU", kind: .province, cellType: nil, termLabel: Catalogue.termLabel,
                     termStart: Self.date(2025, 9, 27)),
            DemoUnit(key: DemoCommune.communeKey, parentKey: DemoCommune.provinceKey,
                     name: "Đảng bộ xã Thượng Lâm", code: "ĐU", kind: .grassroots, cellType: nil,
                     termLabel: Catalogue.termLabel, termStart: Self.date(2025, 7, 15)),
        ]
        for (index, spec) in specs.enumerated() {
            let number = CivilDate.pad(index + 1, 2)
            result.append(DemoUnit(
                key: "cb\(number)", parentKey: DemoCommune.communeKey, name: spec.name,
                code: "CB\(number)", kind: .cell, cellType: spec.type, termLabel: Catalogue.termLabel,
                termStart: Self.date(2025, spec.congress.0, spec.congress.1)))
        }
        return result
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }

    // MARK: Members

    func members(_ specs: [CellSpec]) -> [DemoMember] {
        var result: [DemoMember] = []
        result.reserveCapacity(drafts.count)
        for index in specs.indices {
            let cellKey = "cb\(CivilDate.pad(index + 1, 2))"
            let inCell = drafts.filter { $0.cell == index }
            let rank: (Draft) -> Int = { draft in
                switch draft.role {
                case .secretary: 0
                case .deputy: 1
                case .committeeMember: 2
                case nil: 3
                }
            }
            // Officers first; the rest keep the order they were drawn in (a stable sort by rank).
            let ordered = inCell.enumerated()
                .sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
                .map(\.element)
            for (position, d) in ordered.enumerated() {
                result.append(DemoMember(
                    key: "\(cellKey)-\(CivilDate.pad(position + 1, 3))", unitKey: cellKey,
                    fullName: d.fullName, birthDate: d.birth, gender: d.gender, cardNumber: d.card,
                    admissionDate: d.admission, officialDate: d.officialDate,
                    status: d.probationary ? .probationary : .official,
                    exemption: d.exemption, exemptionDate: d.exemptionDate,
                    exemptionReason: d.exemptionReason, transfer: d.transfer,
                    transferFrom: d.transferFrom, transferUntil: d.transferUntil,
                    transferPlace: d.transferPlace, officerRole: d.role, phone: d.phone))
            }
        }
        return result
    }

    mutating func makeMember(cell: Int, spec: CellSpec, gender: Gender) -> Draft {
        let ethnicity = random.weighted(spec.ethnicity)
        return makePerson(cell: cell, ethnicity: ethnicity, gender: gender, age: drawAge(spec.profile))
    }

    /// A new person in `cell`, `age` whole years old today, official, with no office, exemption
    /// or transfer.
    mutating func makePerson(cell: Int, ethnicity: Ethnicity, gender: Gender, age: Int) -> Draft {
        // Exactly `age` whole years old today.
        let birth = today.adding(months: -(12 * age + random.int(0...11))).adding(days: -random.int(0...27))
        let name = uniqueName(cell: cell, ethnicity: ethnicity, gender: gender, age: age)
        return Draft(cell: cell, fullName: name, gender: gender, birth: birth, age: age,
                     admission: drawAdmission(birth: birth))
    }

    mutating func drawAge(_ profile: AgeProfile) -> Int {
        let bands: [(ClosedRange<Int>, Int)]
        switch profile {
        case .village:
            bands = [(22...34, 12), (35...54, 28), (55...69, 27), (70...79, 21), (80...88, 12)]
        case .office:
            bands = [(24...34, 35), (35...49, 42), (50...59, 23)]
        case .school:
            bands = [(24...34, 30), (35...49, 45), (50...57, 25)]
        case .health:
            bands = [(25...34, 35), (35...49, 45), (50...57, 20)]
        case .military:
            bands = [(22...30, 35), (31...48, 65)]
        case .police:
            bands = [(23...32, 50), (33...45, 50)]
        }
        return random.int(random.weighted(bands))
    }

    /// An admission date at least 12 months before today, at an age of 18 to 59.
    mutating func drawAdmission(birth: CivilDate) -> CivilDate {
        let cutoff = today.adding(months: -12)
        // Admitted at whole age `a` plus up to 11 months and 27 days, all before the cutoff.
        let latest = min(59, birth.years(until: cutoff) - 1)
        var a = random.int(random.weighted([(18...24, 35), (25...34, 40), (35...44, 18), (45...59, 7)]))
        if a > latest { a = random.int(18...max(18, latest)) }
        return birth.adding(months: 12 * a + random.int(0...11)).adding(days: random.int(0...27))
    }

    /// A name, shared with someone else in the commune at most a few times and never within a cell.
    mutating func uniqueName(cell: Int, ethnicity: Ethnicity, gender: Gender, age: Int) -> String {
        var name = drawName(ethnicity: ethnicity, gender: gender, age: age)
        for _ in 0..<100 {
            guard let cells = namesUsed[name] else { break }
            if duplicateNamesLeft > 0 && !cells.contains(cell) {
                duplicateNamesLeft -= 1
                break
            }
            name = drawName(ethnicity: ethnicity, gender: gender, age: age)
        }
        namesUsed[name, default: []].insert(cell)
        return name
    }

    mutating func drawName(ethnicity: Ethnicity, gender: Gender, age: Int) -> String {
        let female = gender == .female
        let family: String
        let middle: String
        let given: String
        switch ethnicity {
        case .tay, .kinh:
            family = random.weighted(ethnicity == .tay ? Catalogue.tayFamilies : Catalogue.kinhFamilies)
            // Older Tày men are nearly all "Văn" and women "Thị"; the young have more variety.
            let traditional = ethnicity == .tay && (age >= 50 ? random.chance(0.85) : random.chance(0.45))
            if female {
                middle = traditional ? "Thị" : random.weighted(Catalogue.femaleMiddles)
            } else {
                middle = traditional ? "Văn" : random.weighted(Catalogue.maleMiddles)
            }
            given = random.pick(female ? Catalogue.femaleGivens : Catalogue.maleGivens)
        case .dao:
            family = random.weighted(Catalogue.daoFamilies)
            middle = female ? "Thị" : random.weighted(Catalogue.daoMaleMiddles)
            given = random.pick(female ? Catalogue.femaleGivens : Catalogue.maleGivens)
        case .hmong:
            family = random.weighted(Catalogue.hmongFamilies)
            middle = female ? "Thị" : random.weighted(Catalogue.hmongMaleMiddles)
            given = random.pick(female ? Catalogue.hmongFemaleGivens : Catalogue.hmongMaleGivens)
        }
        // A middle name equal to the given name ("Nguyễn Xuân Xuân") does not occur.
        if middle == given { return "\(family) \(middle == "Thị" ? "Thu" : "Văn") \(given)" }
        return "\(family) \(middle) \(given)"
    }

    // MARK: Status, officers, exemptions, transfers

    /// Indices of drafts satisfying `condition`, in a random order.
    mutating func shuffledIndices(where condition: (Draft) -> Bool) -> [Int] {
        var indices = drafts.indices.filter { condition(drafts[$0]) }
        random.shuffle(&indices)
        return indices
    }

    /// About 2–3% admitted within the last 12 months, still probationary.
    mutating func chooseProbationary() {
        let target = random.int(9...13)
        for index in shuffledIndices(where: { $0.age <= 40 }).prefix(target) {
            drafts[index].probationary = true
            drafts[index].admission = today.adding(days: -random.int(14...350))
        }
    }

    /// One secretary per cell, a deputy in all but the smallest cells, committee members in large ones.
    mutating func chooseOfficers(cell: Int, spec: CellSpec) {
        let ages = spec.profile == .village ? 32...66 : 28...58
        var candidates = shuffledIndices(where: { $0.cell == cell && $0.isFree && ages.contains($0.age) })
        if candidates.count < 5 {
            candidates += shuffledIndices(where: { $0.cell == cell && $0.isFree && !ages.contains($0.age) })
        }
        // The secretary tends to be among the more experienced candidates.
        if let senior = candidates.prefix(3).max(by: { drafts[$0].admission > drafts[$1].admission }),
           let position = candidates.firstIndex(of: senior) {
            candidates.swapAt(0, position)
        }
        var roles: [OfficerRole] = [.secretary]
        if spec.size >= 12 { roles.append(.deputy) }
        let committee = spec.size >= 40 ? 3 : spec.size >= 30 ? 2 : spec.size >= 20 ? 1 : 0
        roles += Array(repeating: .committeeMember, count: committee)
        for (role, index) in zip(roles, candidates) { drafts[index].role = role }
    }

    /// Full exemptions (about 16–19%), mostly the old; a few temporary ones for those working away.
    mutating func chooseExemptions() {
        let total = drafts.count
        let fullTarget = total * random.int(160...185) / 1000
        let illTarget = random.int(7...10)
        let lastYear = today.adding(months: -12)
        let threeYearsAgo = today.adding(months: -36)

        // Long illness, middle-aged.
        let ill = shuffledIndices(where: {
            $0.isFree && (45...69).contains($0.age) && $0.admission <= threeYearsAgo
        })
        for index in ill.prefix(illTarget) {
            let wanted = today.adding(days: -random.int(100...1500))
            exempt(index, .full, on: wanted, reason: "Ốm đau điều trị dài ngày")
        }

        // Advanced age: the oldest first, with some randomness.
        var aged = drafts.indices.filter { drafts[$0].isFree && drafts[$0].age >= 70 }
            .map { (index: $0, score: Double(drafts[$0].age) + random.unit() * 9) }
        aged.sort { ($0.score, $1.index) > ($1.score, $0.index) }
        for entry in aged.prefix(max(0, fullTarget - illTarget)) {
            let d = drafts[entry.index]
            let wanted = d.birth.adding(months: 12 * random.int(70...76) + random.int(0...11))
            let reason = random.chance(0.85) ? "Tuổi cao, sức yếu" : "Ốm đau điều trị dài ngày"
            exempt(entry.index, .full, on: min(wanted, lastYear.adding(days: random.int(0...300))), reason: reason)
        }

        // Working far away: young village members.
        let away = shuffledIndices(where: {
            $0.isFree && (22...45).contains($0.age) && Catalogue.cells[$0.cell].profile == .village
        })
        for index in away.prefix(random.int(5...8)) {
            exempt(index, .temporary, on: today.adding(days: -random.int(30...540)), reason: "Đi làm ăn xa")
        }
    }

    /// Sets an exemption no earlier than six months after becoming official and no later than today.
    mutating func exempt(_ index: Int, _ kind: ExemptionKind, on wanted: CivilDate, reason: String) {
        let earliest = (drafts[index].officialDate ?? drafts[index].admission).adding(months: 6)
        let date = min(max(wanted, earliest), today)
        drafts[index].exemption = kind
        drafts[index].exemptionDate = max(date, drafts[index].admission)
        drafts[index].exemptionReason = reason
    }

    /// A few members meeting elsewhere for a while (members from elsewhere meeting here are added
    /// by `addIncoming`).
    mutating func chooseTransfers() {
        let outgoing = shuffledIndices(where: {
            $0.isFree && (22...45).contains($0.age)
                && [.village, .office].contains(Catalogue.cells[$0.cell].profile)
        })
        // Villagers go to work in factories; agency staff go to study.
        var places = Catalogue.outgoingPlaces
        random.shuffle(&places)
        for index in outgoing.prefix(random.int(4...5)) {
            let place = Catalogue.cells[drafts[index].cell].profile == .office
                ? Catalogue.studyPlace : places.removeLast()
            transfer(index, .outgoing, place: place, daysAgo: 10...150)
        }
    }

    /// Two or three members of other organisations meeting here for a while: a seconded teacher at
    /// the school, a health worker at the health station, and sometimes an engineer on a project in
    /// a village. They are new people, added on top of the cells' fixed sizes (members transferred in
    /// are not counted in the host's membership), so they are never officers, probationary or exempt.
    mutating func addIncoming() {
        let cells = Catalogue.cells
        let villages = cells.indices.filter { cells[$0].profile == .village }
        var hosts = [AgeProfile.school, .health].compactMap { profile in
            cells.firstIndex { $0.profile == profile }
        }
        if random.chance(0.5) { hosts.append(random.pick(villages)) }
        for (cell, place) in zip(hosts, Catalogue.incomingPlaces) {
            let spec = cells[cell]
            let engineer = spec.profile == .village
            // The engineer comes from the province's project board, not from the village.
            let ethnicity = random.weighted(engineer ? [(Ethnicity.tay, 45), (.kinh, 55)] : spec.ethnicity)
            let gender: Gender = random.chance(engineer ? 0.2 : spec.femaleShare) ? .female : .male
            drafts.append(makePerson(cell: cell, ethnicity: ethnicity, gender: gender, age: random.int(25...50)))
            transfer(drafts.count - 1, .incoming, place: place, daysAgo: 20...150)
        }
    }

    /// A transfer that began up to five months ago and lasts 6 to 12 months: still running today.
    mutating func transfer(_ index: Int, _ direction: TransferDirection, place: String, daysAgo: ClosedRange<Int>) {
        let from = today.adding(days: -random.int(daysAgo))
        drafts[index].transfer = direction
        drafts[index].transferFrom = from
        drafts[index].transferUntil = from.adding(months: random.int(6...12))
        drafts[index].transferPlace = place
    }

    // MARK: Cards and phones

    mutating func assignCardsAndPhones() {
        var cards: Set<String> = []
        var phones: Set<String> = []
        for index in drafts.indices {
            var card: String
            repeat { card = "22" + CivilDate.pad(random.int(0...999_999), 6) } while cards.contains(card)
            cards.insert(card)
            drafts[index].card = card

            let d = drafts[index]
            let share = d.role != nil ? 1.0 : d.age < 45 ? 0.9 : d.age < 60 ? 0.78 : d.age < 75 ? 0.55 : 0.25
            if random.chance(share) {
                var phone: String
                repeat {
                    phone = random.pick(Catalogue.phonePrefixes) + CivilDate.pad(random.int(0...9_999_999), 7)
                } while phones.contains(phone)
                phones.insert(phone)
                drafts[index].phone = phone
            }
        }
    }
}
