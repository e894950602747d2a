import ChiBoCore
import Fluent
import Vapor

/// POST /members/{id}/exemption(/end), /members/{id}/transfer(/end).
extension MembersController {

    @Sendable static func exempt(req: Request) async throws -> Response {
        let form = try req.content.decode(ExemptionInput.self)
        return try await act(req) { principal, id in
            _ = try await MemberService.setExemption(
                req.db, principal, id: id, kind: form.kind, decisionDate: form.decisionDate,
                reason: form.reason, today: req.clock.today)
        }
    }

    @Sendable static func endExemption(req: Request) async throws -> Response {
        try await act(req) { principal, id in _ = try await MemberService.endExemption(req.db, principal, id: id) }
    }

    @Sendable static func transfer(req: Request) async throws -> Response {
        let form = try req.content.decode(TransferInput.self)
        return try await act(req) { principal, id in
            _ = try await MemberService.setTransfer(
                req.db, principal, id: id, direction: form.direction, from: form.from,
                until: form.until, place: form.place)
        }
    }

    @Sendable static func endTransfer(req: Request) async throws -> Response {
        try await act(req) { principal, id in _ = try await MemberService.endTransfer(req.db, principal, id: id) }
    }
}
