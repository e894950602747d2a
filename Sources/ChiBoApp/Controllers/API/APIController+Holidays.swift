import ChiBoCore
import Fluent
import Vapor

/// /api/v1/holidays: the holiday calendar of a year; an administrator's corrections by date.
extension APIController {
    @Sendable static func holidays(req: Request) async throws -> HolidayPage {
        _ = try req.principal()
        let q = (try? req.query.decode(HomeController.HolidayQuery.self)) ?? HomeController.HolidayQuery()
        return try await HolidayPage.load(req.db, year: HomeController.year(q.year, today: req.clock.today), language: .vi)
    }

    @Sendable static func setHoliday(req: Request) async throws -> HolidayPage {
        let b = try req.content.decode(HomeController.HolidayInput.self)
        let row = try await HolidayService.set(
            req.db, try req.principal(), date: req.parameters.get("date"), kind: b.kind, name: b.name, source: b.source)
        return try await HolidayPage.load(req.db, year: row.date.year, language: .vi)
    }

    @Sendable static func removeHoliday(req: Request) async throws -> HTTPStatus {
        try await HolidayService.remove(req.db, try req.principal(), date: req.parameters.get("date"))
        return .noContent
    }
}
