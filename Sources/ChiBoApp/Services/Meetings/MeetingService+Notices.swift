import ChiBoCore
import Fluent
import FluentPostgresDriver
import SQLKit
import Vapor

/// Announcing a meeting, and the notices members and liaisons see.
extension MeetingService {
    /// Notifies members and the superior's representative. Returns whether the notice is later than the rulebook asks.
    static func notify(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> (Meeting, Bool) {
        let m = try await editable(db, principal, id, for: .notify)
        let date = m.date
        if date < today {
            throw DomainError(
                .invalid, code: "meeting.past", vi: "Ngày sinh hoạt đã qua; sửa ngày trước khi thông báo.",
                en: "The meeting date has passed; change it before announcing.", field: "date")
        }
        let late = NoticeRules.isLate(notified: today, meeting: date, rules: Rulebook.inForce(on: date).meetings)
        try await db.write { tx in
            try await hold(tx, m.id!, for: .notify)
            m.notifiedOn = today
            m.status = MeetingStatus.notified
            try await m.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.notify", entity: "meeting", id: m.id, unit: m.$unit.id,
                after: ["notifiedOn": today.iso, "late": late ? "yes" : "no"])
        }
        return (m, late)
    }

    /// Upcoming announced meetings of the cells an account is assigned to follow.
    static func liaisonNotices(_ db: any Database, accountID: UUID, today: CivilDate) async throws -> [Meeting] {
        let units = try await UnitLiaison.query(on: db).filter(\.$account.$id == accountID).filter(\.$untilDate == nil).all()
            .map { $0.$unit.id }
        guard !units.isEmpty else { return [] }
        return try await Meeting.query(on: db).filter(\.$unit.$id ~~ units)
            .filter(\.$status ~~ MeetingStatus.announced)
            .filter(\.$date >= today).sort(\.$date).all()
    }

    /// Meetings announced to a member's cell that have not yet taken place (their home page).
    static func notices(_ db: any Database, memberID: UUID, today: CivilDate) async throws -> [Meeting] {
        guard let member = try await Member.find(memberID, on: db) else { return [] }
        return try await Meeting.query(on: db).filter(\.$unit.$id == member.$unit.id)
            .filter(\.$status ~~ MeetingStatus.announced)
            .filter(\.$date >= today).sort(\.$date).all()
    }
}
