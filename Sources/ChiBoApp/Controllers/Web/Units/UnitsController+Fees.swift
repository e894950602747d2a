import ChiBoCore
import Fluent
import Vapor

/// GET|POST /units/{id}/fees[?month=2026-11]: a cell's party fees for a month.
extension UnitsController {
    struct MonthQuery: Content {
        var month: String?
    }

    /// The month asked for, or the current one; a malformed one is a clear error.
    static func feeMonth(_ raw: String?, today: CivilDate) throws -> ReportPeriod.YearMonth {
        try Read.month(raw) ?? ReportPeriod.YearMonth(today.year, today.month)
    }

    @Sendable static func fees(req: Request) async throws -> HTMLPage {
        let q = try req.query.decode(MonthQuery.self)
        let month = try feeMonth(q.month, today: req.clock.today)
        let sheet = try await FeeSheet.load(req.db, try req.principal(), cellID: try req.id(), month: month)
        return HTMLPage(FeeViews.page(await req.pageContext(), sheet))
    }

    @Sendable static func recordFees(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let principal = try req.principal()
        let id = try req.id()
        let month = try feeMonth(fields["month"], today: req.clock.today)
        var lines: [FeeService.Line] = []
        for (key, value) in fields where key.hasPrefix("amount.") {
            guard let member = UUID(uuidString: String(key.dropFirst("amount.".count))) else { continue }
            let suffix = member.uuidString
            lines.append(
                FeeService.Line(
                    memberID: member, amount: Int(value.trimmingCharacters(in: .whitespaces)) ?? -1, relief: fields["relief." + suffix],
                    paid: Read.flag(fields["paid." + suffix]), paidOn: fields["paidOn"]))
        }
        switch try await req.attempt({
            try await FeeService.record(req.db, principal, cellID: id, month: month, lines: lines, today: req.clock.today)
        }) {
        case .success: return req.redirect(to: SiteURL.unitFees(id, month: month.key).path)
        case .failure(let f):
            let sheet = try await FeeSheet.load(req.db, principal, cellID: id, month: month)
            return try await HTMLPage(FeeViews.page(await req.pageContext(), sheet, errors: f.errors), status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
    }
}
