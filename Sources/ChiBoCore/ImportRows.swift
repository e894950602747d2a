import Foundation

/// A row of a member list that can be taken: the member's facts checked as the member form
/// checks them (`MemberDraft.validated`), with what the form does not hold.
public struct ImportedMember: Sendable, Equatable {
    public let row: Int
    public let facts: MemberFacts
    public let ethnicity: String?
    public let homeTown: String?
    /// The cell's name as written (composed); nil when the import is into a cell and the row names none.
    public let cell: String?
    public let exemption: Exemption?
    public let transfer: Transfer?

    public struct Exemption: Sendable, Equatable {
        public let kind: ExemptionKind
        public let date: CivilDate
        public let reason: String
    }

    public struct Transfer: Sendable, Equatable {
        public let direction: TransferDirection
        public let from: CivilDate
        public let until: CivilDate?
        public let place: String
    }
}

/// What the rows of a sheet say, row by row: the members that can be taken and every problem,
/// each with its row, its column and its reason (RULES.md, "Members over time": the age at
/// admission, the probation before the official date; a card number is one member's).
public enum ImportRows {
    public struct Context: Sendable {
        public let today: CivilDate
        /// The cells under the importing unit: `CellNames.key` of their name → their name (`CellNames.display`).
        public let cells: [String: String]
        /// The importing unit's name when it is a cell (rows may leave the cell out).
        public let ownCell: String?
        /// Whether a cell the file names and the unit lacks is created under the unit.
        public let createCells: Bool
        public let unitName: String

        public init(today: CivilDate, cells: [String: String], ownCell: String?, createCells: Bool, unitName: String) {
            self.today = today
            self.cells = cells
            self.ownCell = ownCell
            self.createCells = createCells
            self.unitName = unitName
        }
    }

    public struct Result: Sendable {
        public var members: [ImportedMember] = []
        public var problems: [ImportProblem] = []
        /// Cells to create (names as first written), in the order the file names them.
        public var newCells: [String] = []
    }

    static let fieldColumns: [String: ImportColumn] = [
        "fullName": .fullName, "birthDate": .birthDate, "gender": .gender, "cardNumber": .cardNumber,
        "admissionDate": .admissionDate, "officialDate": .officialDate, "status": .officialDate, "phone": .phone,
        "kind": .exemption, "decisionDate": .exemptionDate, "reason": .exemptionReason,
        "direction": .transfer, "from": .transferFrom, "until": .transferUntil, "place": .transferPlace,
    ]

    public static func gender(_ raw: String) -> Gender? {
        switch VietnameseText.fold(raw) {
        case "nam", "male", "m", "trai": .male
        case "nu", "female", "f", "gai": .female
        default: nil
        }
    }

    public static func exemption(_ raw: String) -> ExemptionKind? {
        let k = VietnameseText.fold(raw)
        if k == "full" || k == VietnameseText.fold(ExemptionKind.full.label(.vi)) || k == "mien" || k == "mien cong tac" { return .full }
        if k == "temporary" || k.contains("tam mien") || k == VietnameseText.fold(ExemptionKind.temporary.label(.vi)) { return .temporary }
        if k.contains("mien") { return .full }
        return nil
    }

    public static func transfer(_ raw: String) -> TransferDirection? {
        let k = VietnameseText.fold(raw)
        if k == "out" || k == "di" || k.hasSuffix(" di") || k == VietnameseText.fold(TransferDirection.outgoing.label(.vi)) {
            return .outgoing
        }
        if k == "in" || k == "den" || k.hasSuffix(" den") || k == VietnameseText.fold(TransferDirection.incoming.label(.vi)) {
            return .incoming
        }
        return nil
    }

    static func problem(_ row: Int, _ column: ImportColumn?, _ e: DomainError) -> ImportProblem {
        ImportProblem(row: row, column: column, code: e.code, vi: e.vi, en: e.en)
    }

    /// Reads every row. A row with any problem is not taken; the import writes nothing while a
    /// problem remains.
    public static func read(_ sheet: ImportSheet, _ columns: ImportColumns, _ context: Context) -> Result {
        var result = Result()
        result.problems = columns.problems
        var cards: [String: Int] = [:]
        var people: [String: (row: Int, card: String?)] = [:]
        var newCells: [String: String] = [:]
        let index = Dictionary(columns.byIndex.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        let missing = Set(columns.problems.filter { $0.code == "column.missing" }.compactMap(\.column))
        for row in sheet.rows {
            func cell(_ c: ImportColumn) -> String? {
                guard let i = index[c] else { return nil }
                let t = row[i]
                return t.isEmpty ? nil : t
            }
            var problems: [ImportProblem] = []
            func date(_ c: ImportColumn) -> String? {
                guard let t = cell(c) else { return nil }
                guard let d = ImportDates.parse(t, date1904: sheet.date1904) else {
                    problems.append(
                        ImportProblem(
                            row: row.number, column: c, code: "\(c.rawValue).unreadable",
                            vi: "Không đọc được ngày «\(t)» (dạng ngày/tháng/năm, ví dụ 05/02/1980).",
                            en: "The date “\(t)” cannot be read (day/month/year, e.g. 05/02/1980)."))
                    return "?"
                }
                return d.iso
            }
            var genderRaw: String?
            if let g = cell(.gender) {
                if let v = gender(g) {
                    genderRaw = v.rawValue
                } else {
                    problems.append(
                        ImportProblem(
                            row: row.number, column: .gender, code: "gender.invalid",
                            vi: "Giới tính «\(g)» không rõ (Nam hoặc Nữ).", en: "Sex “\(g)” is unclear (Nam/male or Nữ/female)."))
                    genderRaw = "?"
                }
            }
            let birth = date(.birthDate), admission = date(.admissionDate), official = date(.officialDate)
            let draft = MemberDraft(
                fullName: cell(.fullName), birthDate: birth, gender: genderRaw, cardNumber: cell(.cardNumber)?.filter { !$0.isWhitespace },
                admissionDate: admission, officialDate: official, status: nil, phone: cell(.phone))
            var facts: MemberFacts?
            do {
                facts = try draft.validated(today: context.today)
            } catch {
                for e in error.errors {
                    let column = e.field.flatMap { fieldColumns[$0] }
                    // A value already reported as unreadable is not reported again.
                    if let column, problems.contains(where: { $0.column == column }) { continue }
                    problems.append(problem(row.number, column, e))
                }
            }

            var cellName: String?
            if let raw = cell(.cell) {
                let name = VietnameseText.normalizeName(raw)
                let key = CellNames.key(name)
                if let known = context.cells[key] {
                    cellName = known
                } else if let own = context.ownCell {
                    problems.append(
                        ImportProblem(
                            row: row.number, column: .cell, code: "cell.other",
                            vi: "Chi bộ «\(name)» không phải chi bộ đang nhập (\(own)).",
                            en: "The cell “\(name)” is not the cell being imported into (\(own))."))
                } else if context.createCells, !name.contains("/") {
                    cellName = newCells[key] ?? name
                    if newCells[key] == nil {
                        newCells[key] = name
                        result.newCells.append(name)
                    }
                } else {
                    problems.append(
                        ImportProblem(
                            row: row.number, column: .cell, code: "cell.unknown",
                            vi: "Không có chi bộ «\(name)» trong \(context.unitName) (sửa tên, hoặc chọn tạo chi bộ mới).",
                            en: "There is no cell “\(name)” in \(context.unitName) (correct the name, or choose to create new cells)."))
                }
            } else if let own = context.ownCell {
                cellName = own
            } else if index[.cell] != nil {
                problems.append(
                    ImportProblem(
                        row: row.number, column: .cell, code: "cell.required", vi: "Chưa ghi chi bộ.", en: "The cell is missing."))
            }

            var exemption: ImportedMember.Exemption?
            if let raw = cell(.exemption) {
                let kind = ImportRows.exemption(raw)
                let d = date(.exemptionDate)
                if kind == nil {
                    problems.append(
                        ImportProblem(
                            row: row.number, column: .exemption, code: "exemption.unclear",
                            vi:
                                "Không rõ hình thức miễn sinh hoạt «\(raw)» (\(ExemptionKind.full.label(.vi)) hoặc \(ExemptionKind.temporary.label(.vi))).",
                            en: "The exemption “\(raw)” is unclear (full or temporary)."))
                } else if let facts, d != "?" {
                    do {
                        let (k, on, reason) = try MemberEvents.validateExemption(
                            kind: kind?.rawValue, decisionDate: d, reason: cell(.exemptionReason), admission: facts.admissionDate,
                            today: context.today)
                        exemption = .init(kind: k, date: on, reason: reason)
                    } catch {
                        problems += error.errors.map { problem(row.number, $0.field.flatMap { fieldColumns[$0] } ?? .exemption, $0) }
                    }
                }
            }
            var transfer: ImportedMember.Transfer?
            if let raw = cell(.transfer) {
                let direction = ImportRows.transfer(raw)
                let from = date(.transferFrom), until = date(.transferUntil)
                if direction == nil {
                    problems.append(
                        ImportProblem(
                            row: row.number, column: .transfer, code: "transfer.unclear",
                            vi: "Không rõ chiều chuyển sinh hoạt tạm thời «\(raw)» (đi hoặc đến).",
                            en: "The transfer “\(raw)” is unclear (out or in)."))
                } else if let facts, from != "?", until != "?" {
                    do {
                        let (dir, f, u, place) = try MemberEvents.validateTransfer(
                            direction: direction?.rawValue, from: from, until: until, place: cell(.transferPlace),
                            admission: facts.admissionDate)
                        transfer = .init(direction: dir, from: f, until: u, place: place)
                    } catch {
                        problems += error.errors.map { problem(row.number, $0.field.flatMap { fieldColumns[$0] } ?? .transfer, $0) }
                    }
                }
            }

            if let facts {
                if let card = facts.cardNumber {
                    if let first = cards[card] {
                        problems.append(
                            ImportProblem(
                                row: row.number, column: .cardNumber, code: "cardNumber.twice",
                                vi: "Số thẻ \(card) trùng với dòng \(first).", en: "Card number \(card) is also on row \(first)."))
                    } else {
                        cards[card] = row.number
                    }
                }
                let person = facts.searchName + "|" + facts.birthDate.iso
                if let first = people[person], first.card == nil || facts.cardNumber == nil || first.card == facts.cardNumber {
                    problems.append(
                        ImportProblem(
                            row: row.number, column: .fullName, code: "member.twice",
                            vi: "Đảng viên \(facts.fullName), sinh \(facts.birthDate.vietnamese), đã có ở dòng \(first.row).",
                            en: "\(facts.fullName), born \(facts.birthDate.iso), is already on row \(first.row)."))
                } else if people[person] == nil {
                    people[person] = (row.number, facts.cardNumber)
                }
            }
            // A column missing from the header is reported once, there, not on every row.
            problems.removeAll { p in p.column.map { missing.contains($0) } ?? false }
            if !problems.isEmpty {
                result.problems += problems
                continue
            }
            guard let facts else { continue }
            result.members.append(
                ImportedMember(
                    row: row.number, facts: facts, ethnicity: cell(.ethnicity).map(VietnameseText.normalizeName),
                    homeTown: cell(.homeTown).map(VietnameseText.normalizeName), cell: cellName, exemption: exemption,
                    transfer: transfer))
        }
        return result
    }
}

/// A member already stored, as an import compares it.
public struct StoredMember: Sendable, Equatable {
    public let id: UUID
    public let fullName: String
    public let birthDate: CivilDate
    public let gender: Gender
    public let cardNumber: String?
    public let admissionDate: CivilDate
    public let officialDate: CivilDate?
    public let phone: String?
    public let ethnicity: String?
    public let homeTown: String?
    /// The current cell's name; nil when the member is outside the importing unit.
    public let cell: String?
    public let leftDate: CivilDate?
    public let exemption: ImportedMember.Exemption?
    public let transfer: ImportedMember.Transfer?

    public init(
        id: UUID, fullName: String, birthDate: CivilDate, gender: Gender, cardNumber: String?, admissionDate: CivilDate,
        officialDate: CivilDate?, phone: String?, ethnicity: String?, homeTown: String?, cell: String?, leftDate: CivilDate?,
        exemption: ImportedMember.Exemption?, transfer: ImportedMember.Transfer?
    ) {
        self.id = id
        self.fullName = fullName
        self.birthDate = birthDate
        self.gender = gender
        self.cardNumber = cardNumber
        self.admissionDate = admissionDate
        self.officialDate = officialDate
        self.phone = phone
        self.ethnicity = ethnicity
        self.homeTown = homeTown
        self.cell = cell
        self.leftDate = leftDate
        self.exemption = exemption
        self.transfer = transfer
    }
}

/// A field an import changes on a stored member: its column, and the value before and after as shown.
public struct FieldChange: Sendable, Equatable, Codable {
    public let column: ImportColumn
    public let before: String
    public let after: String
}

/// What an import of a file will do: each row created, updated (with the fields it changes) or
/// left as it is, the cells it creates, and what stops it. Members are matched by card number,
/// then by name and birth date.
public struct ImportPlan: Sendable {
    public enum Action: Sendable, Equatable {
        case create
        case update(UUID, [FieldChange])
        case unchanged(UUID)
    }

    public struct Line: Sendable {
        public let member: ImportedMember
        public let action: Action
    }

    public var lines: [Line] = []
    public var newCells: [String] = []
    public var problems: [ImportProblem] = []
    /// What the import will not change although the file says otherwise (an exemption or a
    /// transfer is recorded on the member's page, by its decision).
    public var warnings: [ImportProblem] = []

    public var created: Int { lines.filter { $0.action == .create }.count }
    public var updated: Int { lines.filter { if case .update = $0.action { true } else { false } }.count }
    public var unchanged: Int { lines.filter { if case .unchanged = $0.action { true } else { false } }.count }

    public static func make(_ read: ImportRows.Result, stored: [StoredMember]) -> ImportPlan {
        var plan = ImportPlan()
        plan.problems = read.problems
        plan.newCells = read.newCells
        var byCard: [String: Int] = [:]
        var byPerson: [String: [Int]] = [:]
        for (i, s) in stored.enumerated() {
            if let c = s.cardNumber { byCard[c] = i }
            byPerson[VietnameseText.fold(s.fullName) + "|" + s.birthDate.iso, default: []].append(i)
        }
        var taken: [UUID: Int] = [:]
        for m in read.members {
            let f = m.facts
            var match: StoredMember?
            if let card = f.cardNumber, let i = byCard[card] {
                match = stored[i]
            } else {
                let candidates = (byPerson[f.searchName + "|" + f.birthDate.iso] ?? []).map { stored[$0] }
                    .filter { $0.cell != nil && ($0.cardNumber == nil || f.cardNumber == nil) }
                if candidates.count > 1 {
                    plan.problems.append(
                        ImportProblem(
                            row: m.row, column: .fullName, code: "member.ambiguous",
                            vi:
                                "Có \(candidates.count) đảng viên tên \(f.fullName), sinh \(f.birthDate.vietnamese): ghi số thẻ để phân biệt.",
                            en: "\(candidates.count) members are named \(f.fullName), born \(f.birthDate.iso): give the card number."))
                    continue
                }
                match = candidates.first
            }
            guard let s = match else {
                plan.lines.append(Line(member: m, action: .create))
                continue
            }
            if s.cell == nil {
                plan.problems.append(
                    ImportProblem(
                        row: m.row, column: .cardNumber, code: "cardNumber.elsewhere",
                        vi: "Số thẻ \(f.cardNumber ?? "") là của một đảng viên ngoài đơn vị đang nhập.",
                        en: "Card number \(f.cardNumber ?? "") belongs to a member outside the unit being imported into."))
                continue
            }
            if let first = taken[s.id] {
                plan.problems.append(
                    ImportProblem(
                        row: m.row, column: .fullName, code: "member.sameAsRow",
                        vi: "Dòng này và dòng \(first) cùng là đảng viên \(s.fullName).",
                        en: "This row and row \(first) are the same member, \(s.fullName)."))
                continue
            }
            taken[s.id] = m.row
            let changes = changes(s, m)
            if let left = s.leftDate {
                if !changes.isEmpty {
                    plan.warnings.append(
                        ImportProblem(
                            row: m.row, column: nil, code: "member.left",
                            vi: "\(s.fullName) đã ra khỏi Đảng từ \(left.vietnamese): hồ sơ không thay đổi.",
                            en: "\(s.fullName) left the party on \(left.iso): the record is not changed."))
                }
                plan.lines.append(Line(member: m, action: .unchanged(s.id)))
                continue
            }
            if m.exemption != s.exemption {
                plan.warnings.append(
                    ImportProblem(
                        row: m.row, column: .exemption, code: "exemption.differs",
                        vi:
                            "Miễn sinh hoạt khác với hồ sơ của \(s.fullName): ghi trên trang của đảng viên, theo quyết định; lần nhập này không thay đổi.",
                        en:
                            "The exemption differs from \(s.fullName)'s record: record it on the member's page, by its decision; this import does not change it."
                    ))
            }
            if m.transfer != s.transfer {
                plan.warnings.append(
                    ImportProblem(
                        row: m.row, column: .transfer, code: "transfer.differs",
                        vi:
                            "Sinh hoạt tạm thời khác với hồ sơ của \(s.fullName): ghi trên trang của đảng viên; lần nhập này không thay đổi.",
                        en:
                            "The temporary transfer differs from \(s.fullName)'s record: record it on the member's page; this import does not change it."
                    ))
            }
            plan.lines.append(Line(member: m, action: changes.isEmpty ? .unchanged(s.id) : .update(s.id, changes)))
        }
        return plan
    }

    static func changes(_ s: StoredMember, _ m: ImportedMember) -> [FieldChange] {
        let f = m.facts
        var out: [FieldChange] = []
        func compare(_ c: ImportColumn, _ a: String?, _ b: String?) {
            if (a ?? "") != (b ?? "") { out.append(FieldChange(column: c, before: a ?? "", after: b ?? "")) }
        }
        compare(.fullName, s.fullName, f.fullName)
        compare(.birthDate, s.birthDate.vietnamese, f.birthDate.vietnamese)
        compare(.gender, s.gender.label(.vi), f.gender.label(.vi))
        compare(.ethnicity, s.ethnicity, m.ethnicity)
        compare(.homeTown, s.homeTown, m.homeTown)
        compare(.cardNumber, s.cardNumber, f.cardNumber)
        compare(.admissionDate, s.admissionDate.vietnamese, f.admissionDate.vietnamese)
        compare(.officialDate, s.officialDate?.vietnamese, f.officialDate?.vietnamese)
        if let cell = m.cell, let before = s.cell, CellNames.key(cell) != CellNames.key(before) {
            out.append(FieldChange(column: .cell, before: before, after: cell))
        }
        compare(.phone, s.phone, f.phone)
        return out
    }
}

/// The member list as a table in the import's columns: what an export writes and an import reads back.
public enum MemberListTable {
    public struct Line: Sendable {
        public let facts: MemberFacts
        public let ethnicity: String?
        public let homeTown: String?
        public let cell: String
        public let exemption: ImportedMember.Exemption?
        public let transfer: ImportedMember.Transfer?

        public init(
            facts: MemberFacts, ethnicity: String?, homeTown: String?, cell: String, exemption: ImportedMember.Exemption?,
            transfer: ImportedMember.Transfer?
        ) {
            self.facts = facts
            self.ethnicity = ethnicity
            self.homeTown = homeTown
            self.cell = cell
            self.exemption = exemption
            self.transfer = transfer
        }
    }

    public static func rows(_ lines: [Line]) -> [[SpreadsheetCell]] {
        var out: [[SpreadsheetCell]] = [ImportColumn.exported.map { .text($0.label(.vi)) }]
        for (i, l) in lines.enumerated() {
            let f = l.facts
            out.append(
                ImportColumn.exported.map { c -> SpreadsheetCell in
                    switch c {
                    case .ordinal: .number(i + 1)
                    case .fullName: .text(f.fullName)
                    case .birthDate: .text(f.birthDate.vietnamese)
                    case .gender: .text(f.gender.label(.vi))
                    case .ethnicity: .text(l.ethnicity ?? "")
                    case .homeTown: .text(l.homeTown ?? "")
                    case .cardNumber: .text(f.cardNumber ?? "")
                    case .admissionDate: .text(f.admissionDate.vietnamese)
                    case .officialDate: .text(f.officialDate?.vietnamese ?? "")
                    case .cell: .text(l.cell)
                    case .phone: .text(f.phone ?? "")
                    case .exemption: .text(l.exemption?.kind.label(.vi) ?? "")
                    case .exemptionDate: .text(l.exemption?.date.vietnamese ?? "")
                    case .exemptionReason: .text(l.exemption?.reason ?? "")
                    case .transfer: .text(l.transfer?.direction.label(.vi) ?? "")
                    case .transferFrom: .text(l.transfer?.from.vietnamese ?? "")
                    case .transferUntil: .text(l.transfer?.until?.vietnamese ?? "")
                    case .transferPlace: .text(l.transfer?.place ?? "")
                    case .note, .ignored: .text("")
                    }
                })
        }
        return out
    }

    /// CSV, UTF-8 with a byte-order mark so that spreadsheets read the diacritics.
    public static func csv(_ rows: [[SpreadsheetCell]]) -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return "\u{FEFF}" + rows.map { $0.map { field($0.plain) }.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}

extension ImportedMember.Exemption {
    public init(kind: ExemptionKind, on date: CivilDate, reason: String) {
        self.init(kind: kind, date: date, reason: reason)
    }
}

extension ImportedMember.Transfer {
    public init(_ direction: TransferDirection, from: CivilDate, until: CivilDate?, place: String) {
        self.init(direction: direction, from: from, until: until, place: place)
    }
}

/// Where an uploaded member list stands: waiting for its commit, being written, written, or
/// refused at the commit (its preview says why).
public enum ImportStatus: String, Sendable, Codable, CaseIterable, Labelled {
    case pending, running, committed, failed

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.pending, .vi): "Chờ ghi"
        case (.pending, .en): "Waiting"
        case (.running, .vi): "Đang ghi"
        case (.running, .en): "Being written"
        case (.committed, .vi): "Đã ghi"
        case (.committed, .en): "Written"
        case (.failed, .vi): "Không ghi được"
        case (.failed, .en): "Not written"
        }
    }
}

/// The names an import and an export give cells: a cell's own name where it is the only one so
/// named under the unit, else "committee / cell" (two villages' "Chi bộ thôn 1" under a district).
public enum CellNames {
    public struct Cell: Sendable {
        public let name: String
        public let parent: String?
        public init(name: String, parent: String?) {
            self.name = name
            self.parent = parent
        }
    }

    public static func display(_ cells: [Cell]) -> [String] {
        var count: [String: Int] = [:]
        for c in cells { count[VietnameseText.fold(c.name), default: 0] += 1 }
        return cells.map { c in
            count[VietnameseText.fold(c.name)]! > 1 ? "\(c.parent ?? "") / \(c.name)" : c.name
        }
    }

    /// How a written name is looked up: folded, the parts of a "committee / cell" name apart.
    public static func key(_ name: String) -> String {
        name.split(separator: "/").map { VietnameseText.fold(String($0)) }.joined(separator: "/")
    }
}
