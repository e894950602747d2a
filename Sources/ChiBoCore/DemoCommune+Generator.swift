// The demo generator: its state, the order of its steps, and the units and members it returns.

struct DemoGenerator {
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
            var genders =
                Array(repeating: Gender.female, count: women)
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
            DemoUnit(
                key: DemoCommune.provinceKey, parentKey: nil, name: "Đảng bộ tỉnh Tuyên Quang",
                code: "TU", kind: .province, cellType: nil, termLabel: Catalogue.termLabel,
                termStart: Self.date(2025, 9, 27)),
            DemoUnit(
                key: DemoCommune.communeKey, parentKey: DemoCommune.provinceKey,
                name: "Đảng bộ xã Thượng Lâm", code: "ĐU", kind: .grassroots, cellType: nil,
                termLabel: Catalogue.termLabel, termStart: Self.date(2025, 7, 15)),
        ]
        for (index, spec) in specs.enumerated() {
            let number = CivilDate.pad(index + 1, 2)
            result.append(
                DemoUnit(
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
                result.append(
                    DemoMember(
                        key: "\(cellKey)-\(CivilDate.pad(position + 1, 3))", unitKey: cellKey,
                        fullName: d.fullName, birthDate: d.birth, gender: d.gender, cardNumber: d.card,
                        admissionDate: d.admission, officialDate: d.officialDate,
                        status: d.probationary ? .probationary : .official,
                        exemption: d.exemption, exemptionDate: d.exemptionDate,
                        exemptionReason: d.exemptionReason, transfer: d.transfer,
                        transferFrom: d.transferFrom, transferUntil: d.transferUntil,
                        transferPlace: d.transferPlace, officerRole: d.role, phone: d.phone,
                        ethnicity: d.ethnicity, homeTown: d.transfer == .incoming ? nil : d.homeTown))
            }
        }
        return result
    }
}

extension DemoGenerator {
    /// A member being drawn, before it becomes a `DemoMember`.
    struct Draft {
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
        var ethnicity: String?
        var homeTown: String?

        var officialDate: CivilDate? { probationary ? nil : admission.adding(months: 12) }

        /// Official, with no office, exemption or transfer yet.
        var isFree: Bool { !probationary && role == nil && exemption == nil && transfer == nil }
    }
}
