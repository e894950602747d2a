import ChiBoCore
import Fluent
import Vapor

/// POST /api/v1/meetings/{id}/checkin, outside the token middleware: on a meeting day every member taps
/// at once, so the token's account and the member's roll line are read in the check-in writer's batch,
/// with the other taps of the moment, in one statement. The answers are those of every other route:
/// 401 without a valid token, then the route's own.
enum CheckInAPIController {
    static let decoder = JSONDecoder()

    /// The body of a tap sent as JSON, read straight from the request's buffer (the app sends
    /// `application/json`); nil for anything else, which `req.content` then reads or refuses as on
    /// every other route.
    static func jsonBody(_ req: Request) -> CheckInInput? {
        guard let type = req.headers.first(name: .contentType), type.utf8.starts(with: "application/json".utf8),
            let body = req.body.data
        else { return nil }
        return try? decoder.decode(CheckInInput.self, from: body)
    }

    @Sendable static func checkIn(req: Request) async throws -> RollEntryDTO {
        guard let bearer = req.headers.bearerAuthorization, bearer.token.count <= AccountService.maxTokenLength else {
            throw Abort(.unauthorized)
        }
        let tokenHash = AccountService.hash(bearer.token)
        guard let meetingID = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            guard try await Principal.load(tokenHash: tokenHash, today: req.clock.today, on: req.db) != nil else {
                throw Abort(.unauthorized)
            }
            throw DomainError.notFound()
        }
        if let b = Self.jsonBody(req) {
            // The tap is read, checked and written in the check-in writer's next batch.
            switch try await req.application.checkIns.submit(
                CheckInWriter.Tap(tokenHash: tokenHash, meetingID: meetingID, code: b.code),
                on: req.db)
            {
            case let .checkedIn(entry): return entry
            case .unauthorized: throw Abort(.unauthorized)
            case let .notWritten(rollID, memberID):
                return try await MeetingService.checkInNotWritten(req.db, rollID: rollID, memberID: memberID)
            case .ordinary: break
            }
        }
        // Not on the roll, or a body that is not a check-in: the answers of every other route, in their order
        // (401 for a bad token whatever the body, then the route's own).
        guard
            let caller = try await MeetingService.checkInCaller(req.db, tokenHash: tokenHash, meetingID: meetingID, today: req.clock.today)
        else {
            throw Abort(.unauthorized)
        }
        let b = try req.content.decode(CheckInInput.self)
        return try await MeetingService.checkIn(
            req.db, caller, writer: req.application.checkIns, meetingID: meetingID, code: b.code, now: req.clock.localNow)
    }
}
