import ChiBoCore
import Fluent
import Vapor

/// /api/v1/units/{id}/imports, /api/v1/imports/{id}[/mapping|commit|progress]: a member list
/// uploaded as base64, its preview (the page's model), its columns mapped, its commit.
extension APIController {
    struct ImportPreview: Content {
        let id: UUID
        let unitId: UUID
        let filename: String
        let sha256: String
        let status: ImportStatus
        let createCells: Bool
        let mapping: [String: String]
        let columns: [ColumnDTO]
        let newCells: [String]
        let created: Int
        let updated: Int
        let unchanged: Int
        let problems: [ProblemDTO]
        let warnings: [ProblemDTO]
        let changes: [ChangeDTO]
        let lines: [LineDTO]
        let rows: Int
        let canCommit: Bool
        let result: ImportService.ImportResult?

        struct ColumnDTO: Content {
            let index: Int
            let header: String
            let column: ImportColumn?
        }

        struct ProblemDTO: Content {
            let row: Int?
            let column: ImportColumn?
            let code: String
            let message: String
        }

        struct ChangeDTO: Content {
            let row: Int
            let fullName: String
            let fields: [ImportService.FieldChangeDTO]
        }

        struct LineDTO: Content {
            let row: Int
            let action: String
            let fullName: String
            let birthDate: String
            let gender: Gender
            let cardNumber: String?
            let admissionDate: String
            let officialDate: String?
            let cell: String?
        }

        init(_ p: ImportPage, _ language: Language) {
            id = p.id
            unitId = p.unit.id
            filename = p.filename
            sha256 = p.sha256
            status = p.status
            createCells = p.createCells
            mapping = p.mapping
            columns = p.columns.map { ColumnDTO(index: $0.index, header: $0.header, column: $0.column) }
            newCells = p.newCells
            created = p.created
            updated = p.updated
            unchanged = p.unchanged
            let problem = { (x: ImportProblem) in ProblemDTO(row: x.row, column: x.column, code: x.code, message: x.message(language)) }
            problems = p.problems.map(problem)
            warnings = p.warnings.map(problem)
            changes = p.changes.map { c in ChangeDTO(row: c.row, fullName: c.fullName, fields: c.fields.map { .init($0, language) }) }
            lines = p.lines.map { l in
                let f = l.member.facts
                return LineDTO(
                    row: l.row, action: l.action, fullName: f.fullName, birthDate: f.birthDate.iso, gender: f.gender,
                    cardNumber: f.cardNumber,
                    admissionDate: f.admissionDate.iso, officialDate: f.officialDate?.iso, cell: l.member.cell)
            }
            rows = p.rows
            canCommit = p.canCommit
            result = p.result
        }
    }

    static func importPreview(_ req: Request, _ id: UUID) async throws -> ImportPreview {
        ImportPreview(try await ImportPage.load(req.db, try req.principal(), id: id, today: req.clock.today), req.language)
    }

    @Sendable static func uploadImport(req: Request) async throws -> Response {
        let principal = try req.principal()
        let unitID = try req.id()
        _ = try await ImportService.unit(req.db, principal, unitID)
        let b = try req.content.decode(ImportUploadInput.self)
        let file = try await ImportService.upload(
            req.db, principal, unitID: unitID, filename: b.filename ?? "import", bytes: try b.bytes(), options: try b.options.options())
        return try await importPreview(req, file.id!).encodeResponse(status: .created, for: req)
    }

    @Sendable static func importFile(req: Request) async throws -> ImportPreview {
        try await importPreview(req, try req.id())
    }

    @Sendable static func mapImport(req: Request) async throws -> ImportPreview {
        let b = try req.content.decode(ImportOptionsInput.self)
        let id = try req.id()
        try await ImportService.setOptions(req.db, try req.principal(), id: id, options: try b.options())
        return try await importPreview(req, id)
    }

    @Sendable static func commitImport(req: Request) async throws -> ImportService.ImportResult {
        try await ImportService.commit(req.db, try req.principal(), id: try req.id(), today: req.clock.today)
    }
}
