import ChiBoCore
import Fluent
import Vapor

/// An uploaded member list as its preview shows it (the page and the API): the counts, every
/// problem with its row and column, the columns recognised and those to map by hand, what the
/// import will change, and the member list as it will look. Read once for both.
struct ImportPage: Sendable {
    let id: UUID
    let unit: UnitRef
    let filename: String
    let sha256: String
    let status: ImportStatus
    let format: ImportSheet.Format
    let createCells: Bool
    let mapping: [String: String]
    let columns: [Column]
    let newCells: [String]
    let created: Int
    let updated: Int
    let unchanged: Int
    let problems: [ImportProblem]
    let warnings: [ImportProblem]
    let changes: [Change]
    /// The first rows of the list as it will be (`shown` of `rows`).
    let lines: [Line]
    let rows: Int
    let result: ImportService.ImportResult?
    let progress: ImportProgress.State?

    struct UnitRef: Sendable {
        let id: UUID
        let name: String
        let isCell: Bool
    }

    struct Column: Sendable {
        let index: Int
        let header: String
        let column: ImportColumn?
    }

    struct Change: Sendable {
        let row: Int
        let fullName: String
        let fields: [FieldChange]
    }

    struct Line: Sendable {
        let row: Int
        let action: String
        let member: ImportedMember
    }

    /// How many rows of the list the page shows.
    static let shown = 200

    var canCommit: Bool { problems.isEmpty && (status == .pending || status == .failed) && rows > 0 }

    static func load(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> ImportPage {
        let (file, unit) = try await ImportService.find(db, principal, id)
        let progress = await ImportProgress.shared.get(id)
        if file.status == .running {
            // Being written: the page shows the progress, not a plan read beside the writer.
            return ImportPage(
                id: file.id!, unit: UnitRef(id: unit.id!, name: unit.name, isCell: unit.kind.isCell), filename: file.filename,
                sha256: file.sha256, status: file.status, format: .csv, createCells: file.createCells, mapping: file.mappingDictionary,
                columns: [], newCells: [], created: 0, updated: 0, unchanged: 0, problems: [], warnings: [], changes: [], lines: [],
                rows: 0, result: nil, progress: progress ?? .init(phase: .reading, done: 0, total: 0))
        }
        let options = ImportService.Options(mapping: file.mappingDictionary, createCells: file.createCells)
        let planned = try await ImportService.plan(db, unit: unit, bytes: Array(file.data), options: options, today: today)
        let p = planned.plan
        let columns = planned.sheet.headers.enumerated().map { i, h in Column(index: i, header: h, column: planned.columns.byIndex[i]) }
        let changes = p.lines.compactMap { l -> Change? in
            if case .update(_, let f) = l.action { return Change(row: l.member.row, fullName: l.member.facts.fullName, fields: f) }
            return nil
        }
        let lines = p.lines.prefix(shown).map { l -> Line in
            let action: String
            switch l.action {
            case .create: action = "create"
            case .update: action = "update"
            case .unchanged: action = "unchanged"
            }
            return Line(row: l.member.row, action: action, member: l.member)
        }
        let result = file.result.flatMap { try? JSONDecoder().decode(ImportService.ImportResult.self, from: Data($0.utf8)) }
        return ImportPage(
            id: file.id!, unit: UnitRef(id: unit.id!, name: unit.name, isCell: unit.kind.isCell), filename: file.filename,
            sha256: file.sha256, status: file.status, format: planned.sheet.format, createCells: file.createCells,
            mapping: file.mappingDictionary, columns: columns, newCells: p.newCells, created: p.created, updated: p.updated,
            unchanged: p.unchanged, problems: p.problems, warnings: p.warnings, changes: changes, lines: Array(lines),
            rows: p.lines.count, result: file.status == .committed ? result : nil, progress: progress)
    }
}
