import ChiBoCore
import Fluent
import FluentPostgresDriver
import SQLKit
import Vapor

/// The roll: who is on it on the meeting's day, marking attendance, guests.
extension MeetingService {
    /// A member on a meeting's roll, with their standing that day.
    package struct RollEntry: Sendable {
        package let member: Member
        package let day: RollMember
    }

    /// The members of the cell on a date, each with their standing that day as their dated
    /// periods give it: no one before their admission or from the day they left, a visiting
    /// member only while the transfer runs (a meeting typed in later gets that day's roll).
    /// The cell committee's own meeting has the committee as its roll: the officers that day.
    package static func rollMembers(
        _ db: any Database, unitID: UUID, on date: CivilDate, kind: MeetingKind = .regular
    ) async throws -> [RollEntry] {
        let periods = try await MemberUnitPeriod.query(on: db).filter(\.$unit.$id == unitID)
            .filter(\.$fromDate <= date).group(.or) { $0.filter(\.$untilDate == nil).filter(\.$untilDate > date) }.all()
        var ids = Array(Set(periods.map { $0.$member.id }))
        if kind == .committee {
            let officers = try await UnitOfficer.query(on: db).filter(\.$unit.$id == unitID).filter(\.$fromDate <= date)
                .group(.or) { $0.filter(\.$untilDate == nil).filter(\.$untilDate > date) }.all()
            let committee = Set(officers.map { $0.$member.id })
            ids = ids.filter(committee.contains)
        }
        guard !ids.isEmpty else { return [] }
        let members = try await Member.query(on: db).filter(\.$id ~~ ids).sort(\.$sortKey).all()
        let histories = try await MemberLifeService.histories(db, memberIDs: ids)
        return members.compactMap { m in histories[m.id!]?.rollMember(on: date).map { RollEntry(member: m, day: $0) } }
    }

    /// Writes the roll of a meeting: each member with their standing on the meeting day.
    package static func writeRoll(_ db: any Database, meetingID: UUID, members: [RollEntry]) async throws {
        try await MeetingAttendance.query(on: db).filter(\.$meeting.$id == meetingID).delete()
        let rows = rollRows(meetingID: meetingID, members: members)
        if !rows.isEmpty { try await rows.create(on: db) }
    }

    /// The roll rows of a meeting, not yet saved.
    static func rollRows(meetingID: UUID, members: [RollEntry]) -> [MeetingAttendance] {
        members.map { entry in
            let a = MeetingAttendance()
            a.$meeting.id = meetingID
            a.$member.id = entry.member.id!
            a.fullName = entry.member.fullName
            a.sortKey = entry.member.sortKey
            a.status = entry.day.status
            a.exempt = entry.day.exempt
            a.transfer = entry.day.transfer
            a.suspended = entry.day.suspended
            a.selfCheckin = false
            return a
        }
    }

    static func roll(_ db: any Database, meetingID: UUID) async throws -> [MeetingAttendance] {
        try await MeetingAttendance.query(on: db).filter(\.$meeting.$id == meetingID).sort(\.$sortKey).sort(\.$fullName).all()
    }

    /// Marks a member's attendance; an absence with reason needs the reason.
    static func mark(
        _ db: any Database, _ principal: Principal, meetingID: UUID, memberID: UUID, attendance raw: String?,
        reason: String?
    ) async throws -> MeetingAttendance {
        let m = try await editable(db, principal, meetingID, for: .markAttendance)
        guard let status = raw.flatMap(AttendanceStatus.init(rawValue:)) else {
            throw DomainError(
                .invalid, code: "attendance.invalid", vi: "Chọn tình trạng dự họp.", en: "Choose an attendance status.",
                field: "attendance")
        }
        let why = VietnameseText.normalizeName(reason ?? "")
        if status == .excused && why.isEmpty {
            throw DomainError.required("reason", vi: "lý do vắng mặt", en: "Reason for the absence")
        }
        guard
            let row = try await MeetingAttendance.query(on: db).filter(\.$meeting.$id == meetingID)
                .filter(\.$member.$id == memberID).first()
        else {
            throw DomainError(
                .invalid, code: "memberId.notOnRoll", vi: "Đảng viên không có trong danh sách buổi sinh hoạt.",
                en: "The member is not on this meeting's roll.", field: "memberId")
        }
        return try await db.write { tx in
            try await hold(tx, meetingID, for: .markAttendance)
            let before = row.attendance?.rawValue
            row.attendance = status
            row.reason = status.attended ? nil : (why.isEmpty ? nil : String(why.prefix(300)))
            if status.attended && row.checkedInAt == nil { row.checkedInAt = Date() }
            try await row.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.attendance", entity: "meeting", id: meetingID,
                unit: m.$unit.id, before: ["memberId": memberID.uuidString, "attendance": before ?? ""],
                after: ["memberId": memberID.uuidString, "attendance": status.rawValue, "reason": row.reason ?? ""])
            return row
        }
    }

    /// Marks several members at once (the roll form). Every entry is checked first; all are saved
    /// together or none. `restPresent` marks everyone not yet marked and not listed as present.
    static func markMany(
        _ db: any Database, _ principal: Principal, meetingID: UUID, entries: [(UUID, String?, String?)],
        restPresent: Bool
    ) async throws {
        let m = try await editable(db, principal, meetingID, for: .markAttendance)
        let rows = try await roll(db, meetingID: meetingID)
        var changes: [(MeetingAttendance, AttendanceStatus, String?)] = []
        var errors: [DomainError] = []
        for (memberID, raw, reason) in entries {
            guard let raw, !raw.isEmpty else { continue }
            guard let row = rows.first(where: { $0.$member.id == memberID }) else {
                errors.append(
                    DomainError(
                        .invalid, code: "memberId.notOnRoll", vi: "Có người không thuộc danh sách buổi sinh hoạt.",
                        en: "Someone is not on the roll.", field: "roll"))
                continue
            }
            guard let status = AttendanceStatus(rawValue: raw) else {
                errors.append(
                    DomainError(
                        .invalid, code: "attendance.invalid", vi: "Tình trạng dự họp không hợp lệ.",
                        en: "Invalid attendance status.", field: "roll"))
                continue
            }
            let why = VietnameseText.normalizeName(reason ?? "")
            if status == .excused && why.isEmpty {
                errors.append(
                    DomainError(
                        .invalid, code: "reason.required", vi: "Chưa nhập lý do vắng của \(row.fullName).",
                        en: "No reason given for \(row.fullName)'s absence.", field: "roll"))
                continue
            }
            changes.append((row, status, why.isEmpty || status.attended ? nil : String(why.prefix(300))))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        if restPresent {
            let listed = Set(changes.map { $0.0.$member.id })
            // Exempt members are not expected: "everyone else" does not mark them present.
            for row in rows where row.attendance == nil && !listed.contains(row.$member.id) && row.transfer != .outgoing && !row.exempt {
                changes.append((row, .present, nil))
            }
        }
        let all = changes
        try await db.write { tx in
            try await hold(tx, meetingID, for: .markAttendance)
            for (row, status, why) in all where row.attendance != status || row.reason != why {
                row.attendance = status
                row.reason = why
                if status.attended && row.checkedInAt == nil { row.checkedInAt = Date() }
                try await row.save(on: tx)
            }
            try await Audit.record(
                tx, Actor(principal), action: "meeting.attendance", entity: "meeting", id: meetingID, unit: m.$unit.id,
                after: Dictionary(all.map { ($0.0.$member.id.uuidString, $0.1.rawValue) }, uniquingKeysWith: { a, _ in a }))
        }
    }

    static func addGuest(
        _ db: any Database, _ principal: Principal, meetingID: UUID, name: String?, position: String?,
        fromSuperior: Bool
    ) async throws -> MeetingGuest {
        let m = try await editable(db, principal, meetingID)
        let n = VietnameseText.normalizeName(name ?? ""), p = VietnameseText.normalizeName(position ?? "")
        if n.isEmpty { throw DomainError.required("name", vi: "họ tên đại biểu", en: "Guest name") }
        if n.count > 100 || p.count > 200 {
            throw DomainError(
                .invalid, code: "guest.tooLong", vi: "Tên hoặc chức vụ quá dài.", en: "Name or position too long.", field: "name")
        }
        return try await db.write { tx in
            try await hold(tx, meetingID, for: .prepare)
            let g = MeetingGuest()
            g.$meeting.id = meetingID
            g.name = n
            g.position = p
            g.fromSuperior = fromSuperior
            try await g.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.guest", entity: "meeting", id: meetingID, unit: m.$unit.id,
                after: ["name": n, "position": p])
            return g
        }
    }
}
