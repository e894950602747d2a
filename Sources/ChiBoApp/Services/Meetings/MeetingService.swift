import ChiBoCore
import Fluent
import FluentPostgresDriver
import SQLKit
import Vapor

/// The meeting cycle up to the end of the meeting: plans, notices, the roll, attendance,
/// self check-in, guests, agenda and speeches. Votes, tasks and minutes have their own services.
package enum MeetingService {
    /// A meeting the principal may see, or "not found".
    static func find(_ db: any Database, _ principal: Principal, _ id: UUID, for action: Action = .readMeetings) async throws -> Meeting {
        guard let meeting = try await Meeting.find(id, on: db) else { throw DomainError.notFound("meeting") }
        if try await Scope.allows(principal, action, unit: meeting.$unit.id, on: db) { return meeting }
        if action != .readMeetings, try await Scope.allows(principal, .readMeetings, unit: meeting.$unit.id, on: db) {
            throw DomainError.forbidden()
        }
        // An inspection team reads the meetings of the period it reviews, and nothing else of the
        // cell; what it reads, it may not act on.
        if try await InspectionService.teamReads(db, principal, unitID: meeting.$unit.id, date: meeting.date) {
            if action == .readMeetings { return meeting }
            throw DomainError.forbidden()
        }
        throw DomainError.notFound("meeting")
    }

    /// A meeting the principal may run, in a status that allows the command (`MeetingCommand`).
    static func editable(
        _ db: any Database, _ principal: Principal, _ id: UUID, for command: MeetingCommand = .edit
    ) async throws -> Meeting {
        let m = try await find(db, principal, id, for: .runMeetings)
        try command.check(m.status)
        return m
    }

    /// Inside a write's transaction: takes the meeting's row (a row lock on PostgreSQL; SQLite
    /// serialises writers) and checks it is still in a status that allows the command, so that
    /// nothing lands on minutes locked in the meantime.
    static func hold(_ db: any Database, _ id: UUID, for command: MeetingCommand) async throws {
        let sql = db as! any SQLDatabase
        let statuses = MeetingStatus.allCases.filter(command.allowed.contains).map(\.rawValue)
        let rows = try await sql.raw(
            """
            UPDATE meetings SET status = status WHERE id = \(bind: id) AND status IN (\(binds: statuses)) RETURNING id
            """
        ).all()
        if rows.isEmpty {
            throw DomainError(
                .conflict, code: "meeting.changed",
                vi: "Buổi sinh hoạt vừa thay đổi trạng thái (có thể biên bản đã được khóa); tải lại trang.",
                en: "The meeting changed state meanwhile (the minutes may be locked); reload the page.")
        }
    }

    /// The check-in's figures (the rulebook's local settings, which do not change with the date).
    static let checkInRules = CheckInRules(LocalSettings())

    static var checkinClosed: DomainError {
        DomainError(
            .conflict, code: "checkin.closed", vi: "Buổi sinh hoạt không trong thời gian điểm danh.",
            en: "Check-in is only possible while the meeting is open.")
    }

    static var checkinWrongCode: DomainError {
        DomainError(.invalid, code: "checkin.code", vi: "Mã điểm danh không đúng.", en: "Wrong check-in code.", field: "code")
    }

    static var checkinThrottled: DomainError {
        DomainError(
            .rateLimited, code: "checkin.throttled", vi: "Nhập sai mã quá nhiều lần; hãy nhờ bí thư điểm danh cho bạn.",
            en: "Too many wrong codes; ask the secretary to mark you present.")
    }
}
