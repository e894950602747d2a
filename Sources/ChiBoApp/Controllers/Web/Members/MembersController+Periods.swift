import ChiBoCore
import Fluent
import Vapor

/// POST /members/{id}/{exemption,transfer,suspension}(/end), /discipline, /leaving, /recognition:
/// the events of a member's party life.
extension MembersController {
    @Sendable static func exempt(req: Request) async throws -> Response {
        try await authorise(req)
        let form = try req.content.decode(ExemptionInput.self)
        return try await act(req) { principal, id in
            _ = try await MemberLifeService.exempt(req.db, principal, id: id, input: form, today: req.clock.today)
        }
    }

    @Sendable static func transfer(req: Request) async throws -> Response {
        try await authorise(req)
        let form = try req.content.decode(TransferInput.self)
        return try await act(req) { principal, id in
            _ = try await MemberLifeService.transfer(req.db, principal, id: id, input: form, today: req.clock.today)
        }
    }

    @Sendable static func suspend(req: Request) async throws -> Response {
        try await authorise(req)
        let form = try req.content.decode(SuspensionInput.self)
        return try await act(req) { principal, id in
            _ = try await MemberLifeService.suspend(req.db, principal, id: id, input: form, today: req.clock.today)
        }
    }

    @Sendable static func endExemption(req: Request) async throws -> Response { try await end(req, .exempt) }
    @Sendable static func endTransfer(req: Request) async throws -> Response { try await end(req, .transfer) }
    @Sendable static func endSuspension(req: Request) async throws -> Response { try await end(req, .suspended) }

    private static func end(_ req: Request, _ kind: StatusKind) async throws -> Response {
        let form = (try? req.content.decode(EndPeriodInput.self)) ?? EndPeriodInput()
        return try await act(req) { principal, id in
            let today = req.clock.today
            _ = try await MemberLifeService.end(req.db, principal, id: id, kind: kind, last: try form.last(today: today), today: today)
        }
    }

    @Sendable static func discipline(req: Request) async throws -> Response {
        try await authorise(req)
        let form = try req.content.decode(DisciplineInput.self)
        return try await act(req) { principal, id in
            _ = try await MemberLifeService.discipline(req.db, principal, id: id, input: form, today: req.clock.today)
        }
    }

    @Sendable static func leave(req: Request) async throws -> Response {
        try await authorise(req)
        let form = try req.content.decode(LeavingInput.self)
        return try await act(req) { principal, id in
            _ = try await MemberLifeService.leave(req.db, principal, id: id, input: form, today: req.clock.today)
        }
    }

    @Sendable static func moveAway(req: Request) async throws -> Response {
        try await authorise(req)
        let form = try req.content.decode(MoveAwayInput.self)
        return try await act(req) { principal, id in
            _ = try await MemberLifeService.moveAway(req.db, principal, id: id, input: form, today: req.clock.today)
        }
    }

    @Sendable static func recognise(req: Request) async throws -> Response {
        try await authorise(req)
        let form = try req.content.decode(RecognitionInput.self)
        return try await act(req) { principal, id in
            _ = try await MemberLifeService.recognise(req.db, principal, id: id, input: form, today: req.clock.today)
        }
    }

    @Sendable static func recognitionStep(req: Request) async throws -> Response {
        try await authorise(req)
        let form = try req.content.decode(RecognitionStepInput.self)
        return try await act(req) { principal, id in
            _ = try await MemberLifeService.recordRecognitionStep(req.db, principal, id: id, input: form, today: req.clock.today)
        }
    }
}
