import ChiBoCore
import Fluent
import Vapor

/// GET|POST /admin/holidays[?year=2026]: the holiday calendar and its corrections (administrators).
extension HomeController {
    struct HolidayQuery: Content {
        var year: Int?
    }

    struct HolidayInput: Content {
        @Input var date: String?
        @Input var kind: String?
        @Input var name: String?
        @Input var source: String?
        @Input var remove: String?
    }

    static func year(_ raw: Int?, today: CivilDate) -> Int { min(max(raw ?? today.year, 2000), 2100) } // not a rule: the calendar's range

    @Sendable static func holidays(req: Request) async throws -> HTMLPage {
        guard try req.principal().isGlobalAdmin else { throw DomainError.forbidden() }
        let q = (try? req.query.decode(HolidayQuery.self)) ?? HolidayQuery()
        let ctx = await req.pageContext()
        return HTMLPage(
            HolidayViews.page(ctx, try await HolidayPage.load(req.db, year: year(q.year, today: req.clock.today), language: ctx.language)))
    }

    @Sendable static func correctHoliday(req: Request) async throws -> Response {
        let principal = try req.principal()
        let form = try req.content.decode(HolidayInput.self)
        let y = CivilDate(parsing: form.date ?? "")?.year ?? req.clock.today.year
        switch try await req.attempt({
            if Read.flag(form.remove) {
                try await HolidayService.remove(req.db, principal, date: form.date)
            } else {
                _ = try await HolidayService.set(req.db, principal, date: form.date, kind: form.kind, name: form.name, source: form.source)
            }
        }) {
        case .success: return req.redirect(to: SiteURL.holidays(year: y).path)
        case .failure(let f):
            let ctx = await req.pageContext()
            let page = try await HolidayPage.load(req.db, year: year(y, today: req.clock.today), language: ctx.language)
            return try await HTMLPage(HolidayViews.page(ctx, page, errors: f.errors), status: .unprocessableEntity).encodeResponse(for: req)
        }
    }
}
