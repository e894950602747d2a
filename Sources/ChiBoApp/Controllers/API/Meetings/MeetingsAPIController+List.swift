import ChiBoCore
import Fluent
import Vapor

/// /api/v1/units/{id}/meetings|meetings/plan|obligations.
extension MeetingsAPIController {
    struct MeetingList: Content { let items: [MeetingDTO] }

    struct YearQuery: Content { var year: Int? }

    static func year(_ req: Request) throws -> Int {
        let y = try req.query.decode(YearQuery.self).year ?? req.clock.today.year
        guard (2000...2100).contains(y) else {
            throw DomainError(.invalid, code: "year.invalid", vi: "Năm không hợp lệ.", en: "Invalid year.", field: "year")
        }
        return y
    }

    @Sendable static func list(req: Request) async throws -> MeetingList {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id, for: .readMeetings)
        return MeetingList(items: try await MeetingService.list(req.db, unitID: id, year: try year(req)).map(MeetingDTO.init))
    }

    @Sendable static func obligations(req: Request) async throws -> MeetingObligations {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id, for: .readMeetings)
        return try await MeetingService.obligations(req.db, unitID: id, year: try year(req), today: req.clock.today)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let draft = try req.content.decode(MeetingDraft.self)
        let m = try await MeetingService.create(req.db, try req.principal(), unitID: try req.id(), draft: draft)
        return try await MeetingDTO(m).encodeResponse(status: .created, for: req)
    }

    @Sendable static func plan(req: Request) async throws -> MeetingList {
        let b = try req.content.decode(PlanInput.self)
        let made = try await MeetingService.planYear(
            req.db, try req.principal(), unitID: try req.id(),
            year: try b.plannedYear(default: req.clock.today), day: try b.monthlyDay(),
            time: b.time ?? "19:30", location: b.location ?? "", themes: b.themes ?? [])
        return MeetingList(items: made.map(MeetingDTO.init))
    }
}
