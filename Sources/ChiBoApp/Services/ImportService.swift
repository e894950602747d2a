import ChiBoCore
import Crypto
import Fluent
import SQLKit
import Vapor

/// The import of a member list (issue 21): a file uploaded by committee staff for their unit is
/// kept (`import_files`, by its SHA-256, for its account and unit, until it expires) and read
/// again for every preview and at the commit, whose transaction recomputes the plan from what is
/// stored then and writes all of it or nothing, with one audit entry holding the file's hash.
enum ImportService {
    /// What a person chose for a file: the columns mapped by hand, whether unknown cells are created.
    struct Options: Sendable, Equatable {
        var mapping: [String: String] = [:]
        var createCells = false
    }

    /// How long an uploaded file waits for its commit.
    static let lifetime: TimeInterval = 24 * 3600
    /// The largest file taken (a province's list as .xlsx is about 10 MB).
    static let maxBytes = 40 * 1024 * 1024
    /// Rows written per statement.
    static let batch = 400

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// The unit an import goes into, if the principal may import there (`manageUnits`: committee staff).
    static func unit(_ db: any Database, _ principal: Principal, _ unitID: UUID) async throws -> OrgUnit {
        try await UnitService.find(db, principal, unitID, for: .manageUnits)
    }

    /// Keeps an upload for its preview: the same file uploaded again by the same account for the
    /// same unit is the same import, its options replaced.
    static func upload(
        _ db: any Database, _ principal: Principal, unitID: UUID, filename: String, bytes: [UInt8], options: Options
    ) async throws -> ImportFile {
        let unit = try await unit(db, principal, unitID)
        guard !bytes.isEmpty else {
            throw DomainError(.invalid, code: "file.required", vi: "Chưa chọn tệp.", en: "No file chosen.", field: "file")
        }
        guard bytes.count <= maxBytes else {
            throw DomainError(
                .invalid, code: "file.tooLarge", vi: "Tệp quá lớn (tối đa 40 MB).", en: "The file is too large (40 MB at most).",
                field: "file")
        }
        _ = try ImportSheet.read(bytes)
        let hash = sha256(bytes)
        let name = String(VietnameseText.normalizeName(filename).prefix(200))
        return try await db.write { tx in
            try await ImportFile.query(on: tx).filter(\.$expiresAt < Date()).filter(\.$status != .running).delete()
            let file =
                try await ImportFile.query(on: tx).filter(\.$unit.$id == unit.id!).filter(\.$accountID == principal.accountID)
                .filter(\.$sha256 == hash).filter(\.$status != .committed).first() ?? ImportFile()
            file.$unit.id = unit.id!
            file.accountID = principal.accountID
            file.sha256 = hash
            file.filename = name.isEmpty ? "tep-nhap" : name
            file.data = Data(bytes)
            file.mapping = String(decoding: try JSONEncoder().encode(options.mapping), as: UTF8.self)
            file.createCells = options.createCells
            file.status = .pending
            file.result = nil
            file.expiresAt = Date().addingTimeInterval(lifetime)
            try await file.save(on: tx)
            return file
        }
    }

    /// An import the principal uploaded, for a unit they may still import into; else not found.
    static func find(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> (ImportFile, OrgUnit) {
        guard let file = try await ImportFile.find(id, on: db), file.accountID == principal.accountID else {
            throw DomainError.notFound("import")
        }
        return (file, try await unit(db, principal, file.$unit.id))
    }

    static func setOptions(_ db: any Database, _ principal: Principal, id: UUID, options: Options) async throws {
        let (file, _) = try await find(db, principal, id)
        guard file.status == .pending || file.status == .failed else { throw alreadyWritten() }
        file.mapping = String(decoding: try JSONEncoder().encode(options.mapping), as: UTF8.self)
        file.createCells = options.createCells
        file.status = .pending
        try await db.writeOne { try await file.save(on: $0) }
    }

    static func alreadyWritten() -> DomainError {
        DomainError(
            .conflict, code: "import.written", vi: "Tệp này đã được ghi (hoặc đang ghi).",
            en: "This file has been written (or is being written).")
    }

    // MARK: The plan

    /// A file read and compared with what is stored.
    struct Planned: Sendable {
        let sheet: ImportSheet
        let columns: ImportColumns
        let plan: ImportPlan
        /// The display name of each cell under the unit → its id.
        let cells: [String: UUID]
    }

    /// The cells under a unit with the names an import and an export give them.
    static func cellNames(_ db: any Database, under unit: OrgUnit) async throws -> [(name: String, cell: OrgUnit)] {
        let cells = try await UnitService.cells(db, under: unit.id!)
        let parents = try await MemberService.unitNames(db, cells.compactMap { $0.$parent.id })
        let names = CellNames.display(cells.map { .init(name: $0.name, parent: $0.$parent.id.flatMap { parents[$0] }) })
        return Array(zip(names, cells))
    }

    static func plan(_ db: any Database, unit: OrgUnit, bytes: [UInt8], options: Options, today: CivilDate) async throws -> Planned {
        let sheet = try ImportSheet.read(bytes)
        let columns = ImportColumns.recognise(sheet.headers, mapping: options.mapping, requireCell: !unit.kind.isCell)
        let cells = try await cellNames(db, under: unit)
        let context = ImportRows.Context(
            today: today, cells: Dictionary(cells.map { (CellNames.key($0.name), $0.name) }, uniquingKeysWith: { a, _ in a }),
            ownCell: unit.kind.isCell ? unit.name : nil, createCells: options.createCells && !unit.kind.isCell, unitName: unit.name)
        let read = ImportRows.read(sheet, columns, context)
        let stored = try await storedMembers(db, under: unit, cells: cells, cards: read.members.compactMap(\.facts.cardNumber))
        return Planned(
            sheet: sheet, columns: columns, plan: ImportPlan.make(read, stored: stored),
            cells: Dictionary(cells.map { ($0.name, $0.cell.id!) }, uniquingKeysWith: { a, _ in a }))
    }

    /// The members under the unit, and those elsewhere holding one of the file's card numbers.
    static func storedMembers(
        _ db: any Database, under unit: OrgUnit, cells: [(name: String, cell: OrgUnit)], cards: [String]
    ) async throws -> [StoredMember] {
        let cellName = Dictionary(cells.map { ($0.cell.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        let sql = db as! any SQLDatabase
        var out: [StoredMember] = []
        var inside = Set<UUID>()
        // Read as rows, not models: a province's 100,000 members through Fluent's reflection took
        // most of a second import's time.
        for row in try await sql.raw(
            "SELECT \(unsafeRaw: storedColumns) FROM members WHERE unit_id IN (SELECT descendant_id FROM unit_closure WHERE ancestor_id = \(bind: unit.id!))"
        ).all() {
            let m = try stored(row) { cellName[$0] ?? "" }
            inside.insert(m.id)
            out.append(m)
        }
        let known = Set(out.compactMap(\.cardNumber))
        let others = cards.filter { !known.contains($0) }
        for start in stride(from: 0, to: others.count, by: 500) {
            let chunk = Array(others[start..<min(start + 500, others.count)])
            for row in try await sql.raw(
                "SELECT \(unsafeRaw: storedColumns) FROM members WHERE card_number IN (\(binds: chunk))"
            ).all() {
                let m = try stored(row) { _ in nil }
                if !inside.contains(m.id) { out.append(m) }
            }
        }
        return out
    }

    static let storedColumns = """
        id, unit_id, full_name, birth_date, gender, card_number, admission_date, official_date, phone, ethnicity, home_town, \
        left_date, exemption_kind, exemption_date, exemption_reason, transfer_direction, transfer_from, transfer_until, transfer_place
        """

    /// A member's row as the plan compares it; `cell` names the row's cell (nil: outside the unit).
    static func stored(_ row: any SQLRow, cell: (UUID) -> String?) throws -> StoredMember {
        func date(_ c: String) throws -> CivilDate? { try row.decode(column: c, as: CivilDate?.self) }
        let admission = try row.decode(column: "admission_date", as: CivilDate.self)
        let exemption: ExemptionKind? = try row.decode(enumColumn: "exemption_kind")
        let transfer: TransferDirection? = try row.decode(enumColumn: "transfer_direction")
        return StoredMember(
            id: try row.decode(column: "id", as: UUID.self), fullName: try row.decode(column: "full_name", as: String.self),
            birthDate: try row.decode(column: "birth_date", as: CivilDate.self), gender: try row.decode(enumColumn: "gender"),
            cardNumber: try row.decode(column: "card_number", as: String?.self), admissionDate: admission,
            officialDate: try date("official_date"), phone: try row.decode(column: "phone", as: String?.self),
            ethnicity: try row.decode(column: "ethnicity", as: String?.self),
            homeTown: try row.decode(column: "home_town", as: String?.self),
            cell: cell(try row.decode(column: "unit_id", as: UUID.self)), leftDate: try date("left_date"),
            exemption: try exemption.map {
                .init(
                    kind: $0, on: try date("exemption_date") ?? admission,
                    reason: try row.decode(column: "exemption_reason", as: String?.self) ?? "")
            },
            transfer: try transfer.map {
                .init(
                    $0, from: try date("transfer_from") ?? admission, until: try date("transfer_until"),
                    place: try row.decode(column: "transfer_place", as: String?.self) ?? "")
            })
    }

    static func stored(_ m: Member, cell: String?) -> StoredMember {
        StoredMember(
            id: m.id!, fullName: m.fullName, birthDate: m.birthDate, gender: m.gender, cardNumber: m.cardNumber,
            admissionDate: m.admissionDate, officialDate: m.officialDate, phone: m.phone, ethnicity: m.ethnicity,
            homeTown: m.homeTown, cell: cell, leftDate: m.leftDate,
            exemption: m.exemptionKind.map { .init(kind: $0, on: m.exemptionDate ?? m.admissionDate, reason: m.exemptionReason ?? "") },
            transfer: m.transferDirection.map {
                .init($0, from: m.transferFrom ?? m.admissionDate, until: m.transferUntil, place: m.transferPlace ?? "")
            })
    }

    // MARK: The commit

    /// What a commit did: the counts, and for each member updated, the fields it changed.
    struct ImportResult: Content, Equatable {
        let sha256: String
        let filename: String
        let cellsCreated: [String]
        let created: Int
        let updated: Int
        let unchanged: Int
        let changes: [MemberChanges]

        struct MemberChanges: Content, Equatable {
            let row: Int
            let memberId: UUID
            let fullName: String
            let fields: [FieldChangeDTO]
        }
    }

    struct FieldChangeDTO: Content, Equatable {
        let column: ImportColumn
        let label: String
        let before: String
        let after: String

        init(_ c: FieldChange, _ language: Language = .vi) {
            column = c.column
            label = c.column.label(language)
            before = c.before
            after = c.after
        }
    }

    /// The problems that stop an import, as the errors the web and the API show.
    static func refusal(_ problems: [ImportProblem]) -> ValidationErrors {
        ValidationErrors(
            problems.map { p in
                DomainError(.invalid, code: "import." + p.code, vi: p.located(.vi), en: p.located(.en), field: p.column?.rawValue)
            })
    }

    /// Marks an upload as being written, or refuses: it is already written or being written.
    static func start(_ db: any Database, _ principal: Principal, id: UUID) async throws -> (ImportFile, OrgUnit) {
        let (file, unit) = try await find(db, principal, id)
        let taken = try await db.writeOne { tx in
            try await (tx as! any SQLDatabase).raw(
                """
                UPDATE import_files SET status = \(bind: ImportStatus.running.rawValue) WHERE id = \(bind: id)
                AND status IN (\(bind: ImportStatus.pending.rawValue), \(bind: ImportStatus.failed.rawValue)) RETURNING id
                """
            ).all()
        }
        guard !taken.isEmpty else { throw alreadyWritten() }
        await ImportProgress.shared.set(id, .init(phase: .reading, done: 0, total: 0))
        return (file, unit)
    }

    /// Writes a stored upload marked by `start`: the plan recomputed in the transaction, all of it
    /// or nothing. Refused, the upload waits again for a corrected mapping or file.
    static func run(
        _ db: any Database, _ actor: Actor, file: ImportFile, unit: OrgUnit, today: CivilDate
    ) async throws -> ImportResult {
        let id = file.id!
        let options = Options(mapping: file.mappingDictionary, createCells: file.createCells)
        do {
            let result = try await apply(
                db, actor, unit: unit, bytes: Array(file.data), filename: file.filename, options: options, today: today,
                importID: id, progress: { state in Task { await ImportProgress.shared.set(id, state) } })
            await ImportProgress.shared.clear(id)
            return result
        } catch {
            await ImportProgress.shared.clear(id)
            try? await db.writeOne { tx in
                try await ImportFile.query(on: tx).filter(\.$id == id).filter(\.$status == .running).set(\.$status, to: .failed).update()
            }
            throw error
        }
    }

    /// The API's commit: marked and written in the request.
    static func commit(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> ImportResult {
        let (file, unit) = try await start(db, principal, id: id)
        return try await run(db, Actor(principal), file: file, unit: unit, today: today)
    }

    /// Reads, checks and writes a file into a unit in one transaction; `importID` names the stored
    /// upload marked written in the same transaction (nil for `chibo import`).
    static func apply(
        _ db: any Database, _ actor: Actor, unit: OrgUnit, bytes: [UInt8], filename: String, options: Options, today: CivilDate,
        importID: UUID? = nil, dryRun: Bool = false, progress: @escaping @Sendable (ImportProgress.State) -> Void = { _ in }
    ) async throws -> ImportResult {
        let hash = sha256(bytes)
        progress(.init(phase: .reading, done: 0, total: 0))
        return try await db.write { tx in
            if let importID {
                // Holds the upload: a second commit of it waits here, then finds it written.
                try await tx.holdRow(ImportFile.schema, importID)
                guard let file = try await ImportFile.find(importID, on: tx), file.status != .committed else { throw alreadyWritten() }
            }
            let planned = try await plan(tx, unit: unit, bytes: bytes, options: options, today: today)
            let plan = planned.plan
            guard plan.problems.isEmpty else { throw refusal(plan.problems) }
            let total = plan.created + plan.updated
            progress(.init(phase: .writing, done: 0, total: total))
            var cellIDs = planned.cells
            var touched = Set<UUID>()
            var units: [OrgUnit] = []
            if !plan.newCells.isEmpty {
                try TreeRules.check(child: .cell, parent: unit.kind)
                let existing = try await OrgUnit.query(on: tx).filter(\.$parent.$id == unit.id!).filter(\.$kind == .cell).count()
                for (i, name) in plan.newCells.enumerated() {
                    let cell = OrgUnit(
                        id: UUID(), parentID: unit.id, name: name, code: "CB\(existing + i + 1)", kind: .cell, cellType: nil,
                        termLabel: unit.termLabel, termStart: today, depth: unit.depth + 1)
                    units.append(cell)
                    cellIDs[name] = cell.id
                }
                for start in stride(from: 0, to: units.count, by: batch) {
                    let chunk = Array(units[start..<min(start + batch, units.count)])
                    try await chunk.create(on: tx)
                    var closure: [UnitClosure] = []
                    let above = try await UnitClosure.query(on: tx).filter(\.$descendant.$id == unit.id!).all()
                    for cell in chunk {
                        closure.append(UnitClosure(ancestorID: cell.id!, descendantID: cell.id!, depth: 0))
                        closure += above.map { UnitClosure(ancestorID: $0.$ancestor.id, descendantID: cell.id!, depth: $0.depth + 1) }
                    }
                    for s in stride(from: 0, to: closure.count, by: batch) {
                        try await Array(closure[s..<min(s + batch, closure.count)]).create(on: tx)
                    }
                    try await chunk.map { UnitParentPeriod(unitID: $0.id!, parentID: unit.id, from: today) }.create(on: tx)
                }
            }
            func cellID(_ m: ImportedMember) -> UUID { m.cell.flatMap { cellIDs[$0] } ?? unit.id! }

            // New members, their first cell and their periods, in batches.
            var done = 0
            var lastShown = 0
            func advance(_ n: Int) {
                done += n
                if total > 0, (done * 100 / total) / 10 > lastShown / 10 || done == total { // not a rule: a line per 10%
                    lastShown = done * 100 / total
                    progress(.init(phase: .writing, done: done, total: total))
                }
            }
            let creates = plan.lines.filter { $0.action == .create }.map(\.member)
            for start in stride(from: 0, to: creates.count, by: batch) {
                let chunk = creates[start..<min(start + batch, creates.count)]
                var members: [Member] = []
                var periods: [MemberUnitPeriod] = []
                for m in chunk {
                    let member = Member(id: UUID(), unitID: cellID(m), facts: m.facts)
                    member.ethnicity = m.ethnicity
                    member.homeTown = m.homeTown
                    member.exemptionKind = m.exemption?.kind
                    member.exemptionDate = m.exemption?.date
                    member.exemptionReason = m.exemption?.reason
                    member.transferDirection = m.transfer?.direction
                    member.transferFrom = m.transfer?.from
                    member.transferUntil = m.transfer?.until
                    member.transferPlace = m.transfer?.place
                    members.append(member)
                    let arrived = m.transfer?.direction == .incoming ? m.transfer!.from : m.facts.admissionDate
                    periods.append(MemberUnitPeriod(memberID: member.id!, unitID: member.$unit.id, from: arrived))
                    touched.insert(member.$unit.id)
                }
                let statuses = members.flatMap(MemberLifeService.initialPeriods(of:))
                // The cached standing from the periods (an exemption or a transfer already over).
                for member in members where member.exemptionKind != nil || member.transferDirection != nil {
                    MemberLifeService.refresh(member, MemberLifeService.initialPeriods(of: member), today: today)
                }
                try await members.insertRows(on: tx)
                try await periods.insertRows(on: tx)
                try await statuses.insertRows(on: tx)
                advance(chunk.count)
            }

            // Updates: the fields that changed, a correction of the membership as the member form
            // makes it, a move to the named cell from today.
            var changes: [ImportResult.MemberChanges] = []
            let updates = plan.lines.compactMap { l -> (ImportedMember, UUID, [FieldChange])? in
                if case .update(let id, let c) = l.action { return (l.member, id, c) }
                return nil
            }
            for start in stride(from: 0, to: updates.count, by: batch) {
                let chunk = Array(updates[start..<min(start + batch, updates.count)])
                let loaded = Dictionary(
                    try await Member.query(on: tx).filter(\.$id ~~ chunk.map(\.1)).all().map { ($0.id!, $0) },
                    uniquingKeysWith: { a, _ in a })
                for (m, id, fields) in chunk {
                    guard let member = loaded[id] else { continue }
                    let membership = (member.admissionDate, member.officialDate, member.status)
                    member.apply(m.facts)
                    member.ethnicity = m.ethnicity
                    member.homeTown = m.homeTown
                    if membership != (member.admissionDate, member.officialDate, member.status) {
                        try await MemberLifeService.rewriteMembership(tx, member: member, today: today, previousAdmission: membership.0)
                    }
                    touched.insert(member.$unit.id)
                    if fields.contains(where: { $0.column == .cell }) {
                        let to = cellID(m)
                        try await MemberUnitPeriod.query(on: tx).filter(\.$member.$id == id).filter(\.$untilDate == nil)
                            .set(\.$untilDate, to: today).update()
                        try await MemberUnitPeriod(memberID: id, unitID: to, from: today, note: "Nhập danh sách").create(on: tx)
                        try await UnitOfficer.query(on: tx).filter(\.$member.$id == id).filter(\.$untilDate == nil)
                            .set(\.$untilDate, to: today).update()
                        member.$unit.id = to
                        touched.insert(to)
                    }
                    try await member.save(on: tx)
                    changes.append(.init(row: m.row, memberId: id, fullName: member.fullName, fields: fields.map { FieldChangeDTO($0) }))
                }
                advance(chunk.count)
            }

            progress(.init(phase: .figures, done: total, total: total))
            try await analyseAfterBulkWrite(tx, rows: total)
            for cell in touched.sorted(by: { $0.uuidString < $1.uuidString }) { try await RollupService.refresh(tx, unit: cell) }
            let result = ImportResult(
                sha256: hash, filename: filename, cellsCreated: plan.newCells, created: plan.created, updated: plan.updated,
                unchanged: plan.unchanged, changes: changes)
            try await Audit.record(tx, actor, action: "members.import", entity: "import", id: importID, unit: unit.id, after: result)
            if let importID {
                try await ImportFile.query(on: tx).filter(\.$id == importID)
                    .set(\.$status, to: .committed).set(\.$committedAt, to: Date())
                    .set(\.$result, to: String(decoding: try JSONEncoder().encode(result), as: UTF8.self)).update()
            }
            progress(.init(phase: .done, done: total, total: total))
            if dryRun { throw DryRun(result: result) }
            return result
        }
    }

    /// Thrown to roll a dry run back after it wrote everything.
    struct DryRun: Error {
        let result: ImportResult
    }

    /// Rows written before PostgreSQL's planner is told (see `analyseAfterBulkWrite`).
    static let analyseAfterRows = 5_000 // not a rule: a planner's threshold, no rulebook figure

    /// After a large import, PostgreSQL's statistics still describe the tables before it (no
    /// autovacuum runs inside the transaction), and the counters' queries that follow choose
    /// sequential scans: measured, 1,000 cells' refreshes took 42 s instead of 2 s after 100,000
    /// members. `ANALYZE` may run inside a transaction, samples the rows this one wrote, and takes
    /// only a lock that lets reads and writes through. SQLite's plans do not depend on it.
    static func analyseAfterBulkWrite(_ db: any Database, rows: Int) async throws {
        guard rows >= analyseAfterRows, let sql = db as? any SQLDatabase, sql.dialect.name != "sqlite" else { return }
        try await sql.raw("ANALYZE members, member_unit_periods, member_status_periods").run()
    }

    // MARK: The export

    /// The members of a unit (those who have not left), in the import's columns.
    static func export(_ db: any Database, _ principal: Principal, unitID: UUID) async throws -> (OrgUnit, [[SpreadsheetCell]]) {
        let unit = try await UnitService.find(db, principal, unitID, for: .readMembers)
        let cells = try await cellNames(db, under: unit)
        let cellName = Dictionary(cells.map { ($0.cell.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        let members = try await Member.query(on: db)
            .filter(Scope.inSubtrees(of: [unit.id!], column: "unit_id", table: Member.schema))
            .filter(\.$leftDate == nil).sort(\.$sortKey).sort(\.$id).all()
        let order = Dictionary(cells.enumerated().map { ($1.cell.id!, $0) }, uniquingKeysWith: { a, _ in a })
        let lines = members.sorted { (order[$0.$unit.id] ?? 0) < (order[$1.$unit.id] ?? 0) }.map { m -> MemberListTable.Line in
            let s = stored(m, cell: cellName[m.$unit.id])
            return MemberListTable.Line(
                facts: MemberFacts(
                    fullName: m.fullName, birthDate: m.birthDate, gender: m.gender, cardNumber: m.cardNumber,
                    admissionDate: m.admissionDate,
                    officialDate: m.officialDate, status: m.status, phone: m.phone),
                ethnicity: m.ethnicity, homeTown: m.homeTown, cell: cellName[m.$unit.id] ?? "", exemption: s.exemption, transfer: s.transfer
            )
        }
        return (unit, MemberListTable.rows(lines))
    }

    static func filename(_ unit: OrgUnit, _ ext: String) -> String {
        "danh-sach-dang-vien-\(VietnameseText.fold(unit.code).replacingOccurrences(of: " ", with: "-")).\(ext)"
    }
}

/// The progress of the imports this process is writing, for the page that shows it and the
/// command's lines. Kept in memory: the instance writing an import is the one that knows.
actor ImportProgress {
    static let shared = ImportProgress()

    enum Phase: String, Codable, Sendable { case reading, writing, figures, done }

    struct State: Content, Equatable {
        let phase: Phase
        let done: Int
        let total: Int
        var percent: Int { total == 0 ? (phase == .done ? 100 : 0) : done * 100 / total }
    }

    private var states: [UUID: State] = [:]

    func set(_ id: UUID, _ state: State) { states[id] = state }
    func get(_ id: UUID) -> State? { states[id] }
    func clear(_ id: UUID) { states[id] = nil }
}
