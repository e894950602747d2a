import Fluent
import Vapor
import ChiBoCore

/// POST /members/{id}/move: moving to another cell.
extension MembersController {
    struct MoveForm: Content {
        var unitId: String?
        var effectiveDate: String?
        var note: String?
    }

    @Sendable static func move(req: Request) async throws -> Response {
        let form = try req.content.decode(MoveForm.self)
        return try await act(req) { principal, id in
            let unit = try req.formID(form.unitId, field: "unitId")
            let date = try req.date(form.effectiveDate, field: "effectiveDate", vi: "Ngày chuyển", en: "Date")
            _ = try await MemberService.move(req.db, principal, id: id, toUnitID: unit, date: date, note: form.note, today: req.clock.today)
        }
    }
}
