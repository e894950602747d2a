import ChiBoCore
import Fluent
import Vapor

/// POST /members/{id}/move: moving to another cell.
extension MembersController {

    @Sendable static func move(req: Request) async throws -> Response {
        try await authorise(req)
        let form = try req.content.decode(MoveMemberInput.self)
        return try await act(req) { principal, id in
            let unit = try form.unit()
            let date = try form.date()
            _ = try await MemberService.move(req.db, principal, id: id, toUnitID: unit, date: date, note: form.note, today: req.clock.today)
        }
    }
}
