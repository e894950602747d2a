import ChiBoCore
import Fluent
import Vapor

/// GET|PUT /api/v1/units/{id}/fees: a cell's party fees for a month (the page's `FeeSheet`).
extension APIController {
    struct FeesBody: Content {
        struct Entry: Content {
            @Input var memberId: String?
            @Input var amount: String?
            @Input var relief: String?
            @Input var paid: String?
            @Input var paidOn: String?
            @Input var meetingId: String?
        }
        @Input var month: String?
        var entries: [Entry]?
    }

    @Sendable static func fees(req: Request) async throws -> FeeSheet {
        let q = try req.query.decode(UnitsController.MonthQuery.self)
        let month = try UnitsController.feeMonth(q.month, today: req.clock.today)
        return try await FeeSheet.load(req.db, try req.principal(), cellID: try req.id(), month: month)
    }

    @Sendable static func recordFees(req: Request) async throws -> FeeSheet {
        let b = try req.content.decode(FeesBody.self)
        let month = try UnitsController.feeMonth(b.month, today: req.clock.today)
        let lines = try (b.entries ?? []).prefix(1_000).map { e in // not a rule: a cell's size
            FeeService.Line(
                memberID: try Read.choice(e.memberId, "memberId"),
                amount: try Read.int(e.amount, "amount", vi: "Số tiền", en: "Amount"), relief: e.relief, paid: Read.flag(e.paid),
                paidOn: e.paidOn, meetingID: try Read.uuid(e.meetingId, "meetingId", vi: "Buổi sinh hoạt", en: "meeting"))
        }
        let principal = try req.principal()
        try await FeeService.record(req.db, principal, cellID: try req.id(), month: month, lines: lines, today: req.clock.today)
        return try await FeeSheet.load(req.db, principal, cellID: try req.id(), month: month)
    }
}
