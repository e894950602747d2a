import ChiBoCore
import Fluent
import Vapor

/// GET /units/{id}/statistics(.csv|.xlsx).
extension UnitsController {
    @Sendable static func statistics(req: Request) async throws -> HTMLPage {
        let r = try await StatisticsService.report(
            req.db, try req.principal(), unitID: try req.id(),
            period: try req.query.decode(PeriodInput.self).reportPeriod(today: req.clock.today), today: req.clock.today)
        return HTMLPage(StatisticsView.page(await req.pageContext(), StatisticsPage(r)))
    }

    @Sendable static func statisticsCSV(req: Request) async throws -> Response {
        let r = try await StatisticsService.report(
            req.db, try req.principal(), unitID: try req.id(),
            period: try req.query.decode(PeriodInput.self).reportPeriod(today: req.clock.today), today: req.clock.today)
        return Downloads.file(
            Array(StatisticsService.csv(r).utf8), type: "text/csv; charset=utf-8", name: StatisticsService.filename(r, "csv"))
    }

    @Sendable static func statisticsXLSX(req: Request) async throws -> Response {
        let r = try await StatisticsService.report(
            req.db, try req.principal(), unitID: try req.id(),
            period: try req.query.decode(PeriodInput.self).reportPeriod(today: req.clock.today), today: req.clock.today)
        return Downloads.file(
            StatisticsService.xlsx(r), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            name: StatisticsService.filename(r, "xlsx"))
    }
}
