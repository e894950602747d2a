import ChiBoCore
import Fluent
import Vapor

/// The import of a member list and its export: GET|POST /units/{id}/import, GET
/// /units/{id}/members.xlsx|csv (also under /api/v1), GET /imports/{id}, POST
/// /imports/{id}/mapping|commit, GET /imports/{id}/progress (also under /api/v1).
enum ImportsController {
    @Sendable static func uploadPage(req: Request) async throws -> HTMLPage {
        let unit = try await ImportService.unit(req.db, try req.principal(), try req.id())
        return HTMLPage(ImportViews.upload(await req.pageContext(), unitID: unit.id!, unitName: unit.name, isCell: unit.kind.isCell))
    }

    struct UploadForm: Content {
        var file: File?
        var createCells: String?
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let principal = try req.principal()
        let unit = try await ImportService.unit(req.db, principal, try req.id())
        let form = try req.content.decode(UploadForm.self)
        switch try await req.attempt({ () async throws -> ImportFile in
            guard let file = form.file else {
                throw DomainError(.invalid, code: "file.required", vi: "Chưa chọn tệp.", en: "No file chosen.", field: "file")
            }
            return try await ImportService.upload(
                req.db, principal, unitID: unit.id!, filename: file.filename, bytes: Array(buffer: file.data),
                options: .init(mapping: [:], createCells: Read.flag(form.createCells)))
        }) {
        case .success(let file): return req.redirect(to: SiteURL.importFile(file.id).path)
        case .failure(let failure):
            return try await HTMLPage(
                ImportViews.upload(
                    await req.pageContext(), unitID: unit.id!, unitName: unit.name, isCell: unit.kind.isCell, errors: failure.errors),
                status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }

    @Sendable static func preview(req: Request) async throws -> HTMLPage {
        HTMLPage(
            ImportViews.preview(
                await req.pageContext(), try await ImportPage.load(req.db, try req.principal(), id: try req.id(), today: req.clock.today)))
    }

    static func act(_ req: Request, _ body: @escaping (Principal, UUID) async throws -> Void) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success: return req.redirect(to: SiteURL.importFile(id).path)
        case .failure(let failure):
            let page = try await ImportPage.load(req.db, principal, id: id, today: req.clock.today)
            return try await HTMLPage(
                ImportViews.preview(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity
            )
            .encodeResponse(for: req)
        }
    }

    @Sendable static func mapping(req: Request) async throws -> Response {
        let f = try req.content.decode(ImportOptionsInput.self)
        return try await act(req) { p, id in
            try await ImportService.setOptions(req.db, p, id: id, options: try f.options())
        }
    }

    /// Starts the writing and answers at once: the preview page shows its progress, refreshing
    /// itself, until it shows what was written (or the problems that stopped it).
    @Sendable static func commit(req: Request) async throws -> Response {
        let today = req.clock.today
        let app = req.application
        return try await act(req) { p, id in
            let (file, unit) = try await ImportService.start(req.db, p, id: id)
            let actor = Actor(p)
            Task {
                do {
                    _ = try await ImportService.run(app.db, actor, file: file, unit: unit, today: today)
                } catch {
                    app.logger.info("import \(id) not written: \(String(describing: error))")
                }
            }
        }
    }

    struct ProgressDTO: Content {
        let status: ImportStatus
        let phase: ImportProgress.Phase?
        let done: Int
        let total: Int
        let percent: Int
    }

    @Sendable static func progress(req: Request) async throws -> ProgressDTO {
        let (file, _) = try await ImportService.find(req.db, try req.principal(), try req.id())
        let s = await ImportProgress.shared.get(file.id!)
        let finished = file.status == .committed
        return ProgressDTO(
            status: file.status, phase: s?.phase, done: s?.done ?? 0, total: s?.total ?? 0,
            percent: finished ? 100 : s?.percent ?? 0)
    }

    @Sendable static func exportCSV(req: Request) async throws -> Response {
        let (unit, rows) = try await ImportService.export(req.db, try req.principal(), unitID: try req.id())
        return Downloads.file(
            Array(MemberListTable.csv(rows).utf8), type: "text/csv; charset=utf-8", name: ImportService.filename(unit, "csv"))
    }

    @Sendable static func exportXLSX(req: Request) async throws -> Response {
        let (unit, rows) = try await ImportService.export(req.db, try req.principal(), unitID: try req.id())
        return Downloads.file(
            XlsxWriter.workbook([("Danh sách đảng viên", rows)]), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            name: ImportService.filename(unit, "xlsx"))
    }
}
