import ChiBoCore
import Fluent
import FluentPostgresDriver
import SQLKit
import Vapor

/// Opening (the roll is built), ending and cancelling a meeting.
extension MeetingService {
    /// Opens the meeting: builds the roll from membership on the meeting date, the agenda from
    /// the template (if none yet), a check-in code, and records the start time.
    static func open(_ db: any Database, _ principal: Principal, id: UUID, now: LocalDateTime) async throws -> Meeting {
        let m = try await editable(db, principal, id, for: .open)
        let date = m.date
        if now.date < date {
            throw DomainError(
                .invalid, code: "meeting.future",
                vi: "Chưa đến ngày sinh hoạt (\(date.vietnamese)); sửa ngày nếu lịch thay đổi.",
                en: "The meeting is not due until \(date.iso); change the date if the plan changed.", field: "date")
        }
        // A meeting held earlier and entered afterwards (from the paper minute book) starts at its
        // scheduled time, and members cannot check themselves in.
        let late = now.date > date
        let (h, mm) = LocalDateTime.time(m.scheduledTime) ?? (19, 30)
        let start = late ? LocalDateTime(date: date, hour: h, minute: mm)! : now
        let members = try await rollMembers(db, unitID: m.$unit.id, on: date, kind: m.kind)
        return try await db.write { tx in
            try await hold(tx, id, for: .open)
            try await writeRoll(tx, meetingID: id, members: members)
            if try await AgendaItem.query(on: tx).filter(\.$meeting.$id == id).count() == 0 {
                for (i, title) in AgendaTemplate.items(for: m.kind, theme: m.theme).enumerated() {
                    let item = AgendaItem()
                    item.$meeting.id = id
                    item.position = i + 1
                    item.title = title
                    try await item.create(on: tx)
                }
            }
            m.status = MeetingStatus.open
            m.startedAt = start
            m.checkinCode = late ? nil : String(format: "%06d", Int.random(in: 0..<1_000_000))
            try await m.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.open", entity: "meeting", id: m.id, unit: m.$unit.id,
                after: ["startedAt": start.iso, "roll": "\(members.count)"])
            return m
        }
    }

    /// Ends the meeting; its length is checked against the rulebook (flagged, not forbidden).
    static func end(
        _ db: any Database, _ principal: Principal, id: UUID,
        now: LocalDateTime
    ) async throws -> Meeting {
        let m = try await editable(db, principal, id, for: .end)
        let start = m.startedAt
        if let start, now < start {
            throw DomainError(
                .invalid, code: "endedAt.beforeStart", vi: "Giờ kết thúc phải sau giờ bắt đầu.",
                en: "The end must be after the start.", field: "endedAt")
        }
        // Entered afterwards: the real end time is typed into the minutes.
        let endAt = start.map { $0.date < now.date ? $0 : now } ?? now
        return try await db.write { tx in
            try await hold(tx, id, for: .end)
            m.endedAt = endAt
            m.status = MeetingStatus.ended
            m.checkinCode = nil
            try await m.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.end", entity: "meeting", id: id, unit: m.$unit.id,
                after: ["endedAt": endAt.iso])
            return m
        }
    }

    static func cancel(_ db: any Database, _ principal: Principal, id: UUID) async throws -> Meeting {
        let m = try await editable(db, principal, id, for: .cancel)
        return try await db.write { tx in
            try await hold(tx, id, for: .cancel)
            m.status = MeetingStatus.cancelled
            try await m.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.cancel", entity: "meeting", id: id, unit: m.$unit.id,
                after: ["status": "cancelled"])
            return m
        }
    }
}
