import Fluent
import SQLKit
import Vapor
import ChiBoCore

/// Writes self check-ins in batches: on a meeting day every cell's members arrive at once, and
/// the check-ins that arrive while one batch is being written are written together in the
/// next one — one transaction, one UPDATE of their roll lines and one INSERT of their audit
/// entries, however many they are (group commit). Each line is still written only if its
/// meeting is open, its member not yet present and not held back by wrong codes, all checked
/// as it is written. One writer per application (per process).
actor CheckInWriter {
    struct Item: Sendable {
        let rollID: UUID
        let meetingID: UUID
        let unitID: UUID
        let memberID: UUID
        let attendance: AttendanceStatus
        let actor: Actor
    }

    /// At most this many check-ins in one batch.
    static let batchLimit = 256

    private var pending: [(Item, CheckedContinuation<Bool, any Error>)] = []
    private var writing = false

    /// Queues a check-in and returns once its batch is committed: true if its line was written,
    /// false if it was not: the member was already marked present (a second tap), the meeting
    /// is no longer open, or wrong codes hold the member back.
    func submit(_ item: Item, on db: any Database) async throws -> Bool {
        try await withCheckedThrowingContinuation { continuation in
            pending.append((item, continuation))
            if !writing {
                writing = true
                Task { await self.drain(db) }
            }
        }
    }

    private func drain(_ db: any Database) async {
        while !pending.isEmpty {
            let batch = Array(pending.prefix(Self.batchLimit))
            pending.removeFirst(batch.count)
            let results = await Self.write(db, batch.map(\.0))
            for ((_, continuation), result) in zip(batch, results) { continuation.resume(with: result) }
        }
        writing = false
    }

    private static func write(_ db: any Database, _ items: [Item]) async -> [Result<Bool, any Error>] {
        do {
            let written = try await db.write { tx in
                let sql = tx as! any SQLDatabase
                let windowStart = Date().addingTimeInterval(-MeetingService.checkinWindow)
                let share: SQLQueryString = sql.dialect.name == "postgresql" ? " FOR SHARE" : ""
                let cases = SQLList(items.map { SQLQueryString("WHEN \(bind: $0.rollID) THEN \(bind: $0.attendance.rawValue)") }, separator: SQLRaw(" "))
                let rows = try await sql.raw("""
                    UPDATE meeting_attendance SET attendance = CASE id \(cases) END, reason = NULL,
                        checked_in_at = \(bind: Date()), self_checkin = TRUE
                    WHERE id IN (\(binds: items.map(\.rollID)))
                      AND (attendance IS NULL OR attendance NOT IN (\(binds: AttendanceStatus.allCases.filter(\.attended).map(\.rawValue))))
                      AND (checkin_failures < \(bind: MeetingService.checkinAttempts) OR checkin_failed_at IS NULL
                           OR checkin_failed_at <= \(bind: windowStart))
                      AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_attendance.meeting_id
                                  AND m.status = \(bind: MeetingStatus.open.rawValue)\(share))
                    RETURNING id
                    """).all()
                let ids = Set(try rows.map { try $0.decode(column: "id", as: UUID.self) })
                var seen = Set<UUID>()
                let lines = try items.filter { ids.contains($0.rollID) && seen.insert($0.rollID).inserted }.map { item in
                    Audit.Line(actor: item.actor, action: "meeting.checkin", entity: "meeting", id: item.meetingID, unit: item.unitID,
                               after: try Audit.encode(["memberId": item.memberID.uuidString, "attendance": item.attendance.rawValue]))
                }
                try await Audit.insert(tx, lines)
                return ids
            }
            return items.map { .success(written.contains($0.rollID)) }
        } catch {
            // Nothing in one check-in can fail the statements (their conditions filter lines, they do
            // not throw): a failure is the database's (a lost connection, a timeout), the batch's as a
            // whole. Everyone in it gets the error and nothing of it was written.
            return items.map { _ in .failure(error) }
        }
    }
}

extension Application {
    private struct CheckInWriterKey: StorageKey {
        typealias Value = CheckInWriter
    }

    /// The application's check-in writer (made in `configure`).
    var checkIns: CheckInWriter {
        get { storage[CheckInWriterKey.self]! }
        set { storage[CheckInWriterKey.self] = newValue }
    }
}
