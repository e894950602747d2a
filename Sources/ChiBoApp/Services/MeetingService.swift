import Fluent
import FluentPostgresDriver
import SQLKit
import Vapor
import ChiBoCore

/// The meeting cycle up to the end of the meeting: plans, notices, the roll, attendance,
/// self check-in, guests, agenda and speeches. Votes, tasks and minutes have their own services.
enum MeetingService {
    /// A meeting the principal may see, or "not found".
    static func find(_ db: any Database, _ principal: Principal, _ id: UUID, for action: Action = .readMeetings) async throws -> Meeting {
        guard let meeting = try await Meeting.find(id, on: db) else { throw DomainError.notFound("meeting") }
        if try await Scope.allows(principal, action, unit: meeting.$unit.id, on: db) { return meeting }
        if action != .readMeetings, try await Scope.allows(principal, .readMeetings, unit: meeting.$unit.id, on: db) {
            throw DomainError.forbidden()
        }
        throw DomainError.notFound("meeting")
    }

    /// A meeting that can still be changed: not locked, not cancelled.
    static func editable(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> Meeting {
        let m = try await find(db, principal, id, for: .runMeetings)
        if m.status == .locked {
            throw DomainError(.conflict, code: "meeting.locked",
                              vi: "Biên bản đã được thông qua và khóa; chỉ có thể bổ sung bằng văn bản đính chính.",
                              en: "The minutes are approved and locked; only an amendment can add to them.")
        }
        if m.status == .cancelled {
            throw DomainError(.conflict, code: "meeting.cancelled", vi: "Buổi sinh hoạt đã bị hủy.", en: "The meeting was cancelled.")
        }
        return m
    }

    /// Inside a write's transaction: takes the meeting's row (a row lock on PostgreSQL; SQLite
    /// serialises writers) and checks it is still open to changes, so that nothing lands on
    /// minutes locked in the meantime.
    static func hold(_ db: any Database, _ id: UUID, statuses: [MeetingStatus] = [.planned, .notified, .open, .ended]) async throws {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw("""
            UPDATE meetings SET status = status WHERE id = \(bind: id) AND status IN (\(binds: statuses.map(\.rawValue))) RETURNING id
            """).all()
        if rows.isEmpty {
            throw DomainError(.conflict, code: "meeting.changed",
                              vi: "Buổi sinh hoạt vừa thay đổi trạng thái (có thể biên bản đã được khóa); tải lại trang.",
                              en: "The meeting changed state meanwhile (the minutes may be locked); reload the page.")
        }
    }

    static func requireStatus(_ m: Meeting, _ allowed: [MeetingStatus], vi: String, en: String) throws {
        guard allowed.contains(m.status) else {
            throw DomainError(.conflict, code: "meeting.status", vi: vi + " (hiện: \(m.status.label(.vi))).",
                              en: en + " (now: \(m.status.label(.en))).")
        }
    }

    static func list(_ db: any Database, unitID: UUID, year: Int) async throws -> [Meeting] {
        try await Meeting.query(on: db).filter(\.$unit.$id == unitID)
            .filter(\.$scheduledDate >= "\(year)-01-01").filter(\.$scheduledDate <= "\(year)-12-31")
            .sort(\.$scheduledDate).sort(\.$scheduledTime).all()
    }

    static func create(_ db: any Database, _ principal: Principal, unitID: UUID, draft: MeetingDraft) async throws -> Meeting {
        let unit = try await UnitService.find(db, principal, unitID, for: .runMeetings)
        guard unit.kind.isCell else {
            throw DomainError(.invalid, code: "unitId.notCell", vi: "Chỉ chi bộ mới tổ chức sinh hoạt chi bộ.",
                              en: "Only a cell holds cell meetings.", field: "unitId")
        }
        let c = try draft.validated()
        return try await db.write { tx in
            let m = Meeting(unitID: unitID, c)
            try await m.create(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.create", entity: "meeting", id: m.id, unit: unitID,
                                   after: MeetingDTO(m))
            return m
        }
    }

    static func update(_ db: any Database, _ principal: Principal, id: UUID, draft: MeetingDraft) async throws -> Meeting {
        let m = try await editable(db, principal, id)
        let c = try draft.validated()
        return try await db.write { tx in
            try await hold(tx, m.id!)
            let before = MeetingDTO(m)
            m.apply(c)
            try await m.save(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.update", entity: "meeting", id: m.id, unit: m.$unit.id,
                                   before: before, after: MeetingDTO(m))
            return m
        }
    }

    /// Plans a year: a regular meeting every month that has none, and the thematic meetings of
    /// the quarters with a theme. Nothing already planned is touched.
    static func planYear(_ db: any Database, _ principal: Principal, unitID: UUID, year: Int, day: Int, time: String,
                         location: String, themes: [String?]) async throws -> [Meeting] {
        guard (2000...2100).contains(year) else {
            throw DomainError(.invalid, code: "year.invalid", vi: "Năm không hợp lệ.", en: "Invalid year.", field: "year")
        }
        guard (1...28).contains(day) else {
            throw DomainError(.invalid, code: "day.invalid", vi: "Ngày sinh hoạt hằng tháng phải từ 1 đến 28.",
                              en: "The monthly meeting day must be 1 to 28.", field: "day")
        }
        _ = try await UnitService.find(db, principal, unitID, for: .runMeetings)
        let existing = try await list(db, unitID: unitID, year: year)
        var drafts: [MeetingDraft] = []
        for month in 1...12 where !existing.contains(where: { $0.kind.isRegular && $0.date?.month == month && $0.status != .cancelled }) {
            drafts.append(MeetingDraft(kind: MeetingKind.regular.rawValue, date: CivilDate(year: year, month: month, day: day)!.iso,
                                       time: time, location: location))
        }
        for (q, theme) in themes.prefix(4).enumerated() {
            guard let theme, !VietnameseText.normalizeName(theme).isEmpty else { continue }
            let quarter = q + 1
            if existing.contains(where: { $0.kind.isThematic && $0.date.map { ($0.month - 1) / 3 + 1 } == quarter }) { continue }
            let month = quarter * 3 - 1
            drafts.append(MeetingDraft(kind: MeetingKind.thematic.rawValue, theme: theme,
                                       date: CivilDate(year: year, month: month, day: min(day + 14, 28))!.iso, time: time, location: location))
        }
        let checked = try drafts.map { try $0.validated() }
        return try await db.write { tx in
            var made: [Meeting] = []
            for c in checked {
                let m = Meeting(unitID: unitID, c)
                try await m.create(on: tx)
                made.append(m)
            }
            try await Audit.record(tx, Actor(principal), action: "meeting.planYear", entity: "unit", id: unitID, unit: unitID,
                                   after: ["year": "\(year)", "meetings": "\(made.count)"])
            return made
        }
    }

    /// Notifies members and the superior's representative. Returns whether the notice is later than the rulebook asks.
    static func notify(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate = Today.date()) async throws -> (Meeting, Bool) {
        let m = try await editable(db, principal, id)
        try requireStatus(m, [.planned, .notified], vi: "Chỉ thông báo được buổi sinh hoạt chưa diễn ra",
                          en: "Only a meeting that has not taken place can be announced")
        guard let date = m.date else { throw DomainError.notFound() }
        if date < today {
            throw DomainError(.invalid, code: "meeting.past", vi: "Ngày sinh hoạt đã qua; sửa ngày trước khi thông báo.",
                              en: "The meeting date has passed; change it before announcing.", field: "date")
        }
        let late = NoticeRules.isLate(notified: today, meeting: date, rules: Rulebook.inForce(on: date).meetings)
        try await db.write { tx in
            try await hold(tx, m.id!, statuses: [.planned, .notified])
            m.notifiedOn = today.iso
            m.statusRaw = MeetingStatus.notified.rawValue
            try await m.save(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.notify", entity: "meeting", id: m.id, unit: m.$unit.id,
                                   after: ["notifiedOn": today.iso, "late": late ? "yes" : "no"])
        }
        return (m, late)
    }

    /// The members of the cell on a date, with their status that day.
    static func rollMembers(_ db: any Database, unitID: UUID, on date: CivilDate) async throws -> [Member] {
        let periods = try await MemberUnitPeriod.query(on: db).filter(\.$unit.$id == unitID)
            .filter(\.$fromDate <= date.iso).group(.or) { $0.filter(\.$untilDate == nil).filter(\.$untilDate > date.iso) }.all()
        let ids = Array(Set(periods.map { $0.$member.id }))
        guard !ids.isEmpty else { return [] }
        return try await Member.query(on: db).filter(\.$id ~~ ids).filter(\.$admissionDate <= date.iso).sort(\.$sortKey).all()
    }

    /// Opens the meeting: builds the roll from membership on the meeting date, the agenda from
    /// the template (if none yet), a check-in code, and records the start time.
    static func open(_ db: any Database, _ principal: Principal, id: UUID, now: LocalDateTime = .now(secondsSince1970: Date().timeIntervalSince1970)) async throws -> Meeting {
        let m = try await editable(db, principal, id)
        try requireStatus(m, [.planned, .notified], vi: "Buổi sinh hoạt đã mở hoặc đã kết thúc", en: "The meeting is already open or over")
        guard let date = m.date else { throw DomainError.notFound() }
        if now.date < date {
            throw DomainError(.invalid, code: "meeting.future",
                              vi: "Chưa đến ngày sinh hoạt (\(date.vietnamese)); sửa ngày nếu lịch thay đổi.",
                              en: "The meeting is not due until \(date.iso); change the date if the plan changed.", field: "date")
        }
        // A meeting held earlier and entered afterwards (from the paper minute book) starts at its
        // scheduled time, and members cannot check themselves in.
        let late = now.date > date
        let (h, mm) = LocalDateTime.time(m.scheduledTime) ?? (19, 30)
        let start = late ? LocalDateTime(date: date, hour: h, minute: mm)! : now
        let members = try await rollMembers(db, unitID: m.$unit.id, on: date)
        return try await db.write { tx in
            try await hold(tx, id, statuses: [.planned, .notified])
            try await writeRoll(tx, meetingID: id, members: members, date: date)
            if try await AgendaItem.query(on: tx).filter(\.$meeting.$id == id).count() == 0 {
                for (i, title) in AgendaTemplate.items(for: m.kind, theme: m.theme).enumerated() {
                    let item = AgendaItem()
                    item.$meeting.id = id
                    item.position = i + 1
                    item.title = title
                    try await item.create(on: tx)
                }
            }
            m.statusRaw = MeetingStatus.open.rawValue
            m.startedAt = start.iso
            m.checkinCode = late ? nil : String(format: "%06d", Int.random(in: 0..<1_000_000))
            try await m.save(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.open", entity: "meeting", id: m.id, unit: m.$unit.id,
                                   after: ["startedAt": start.iso, "roll": "\(members.count)"])
            return m
        }
    }

    /// Writes the roll of a meeting: each member with their status on the meeting day.
    static func writeRoll(_ db: any Database, meetingID: UUID, members: [Member], date: CivilDate) async throws {
        try await MeetingAttendance.query(on: db).filter(\.$meeting.$id == meetingID).delete()
        let rows = rollRows(meetingID: meetingID, members: members, date: date)
        if !rows.isEmpty { try await rows.create(on: db) }
    }

    /// The roll rows of a meeting, not yet saved.
    static func rollRows(meetingID: UUID, members: [Member], date: CivilDate) -> [MeetingAttendance] {
        var rows: [MeetingAttendance] = []
        for member in members {
            let a = MeetingAttendance()
            a.$meeting.id = meetingID
            a.$member.id = member.id!
            a.fullName = member.fullName
            a.sortKey = member.sortKey
            let day = RollMember.on(date, status: member.status, officialDate: member.official, exemption: member.exemptionKind,
                                    exemptionDate: member.exemptionDate.flatMap(CivilDate.init(parsing:)),
                                    transfer: member.transferDirection, transferFrom: member.transferFrom.flatMap(CivilDate.init(parsing:)),
                                    transferUntil: member.transferUntil.flatMap(CivilDate.init(parsing:)))
            a.statusRaw = day.status.rawValue
            a.exempt = day.exempt
            a.transferRaw = day.transfer?.rawValue
            a.suspended = false
            a.selfCheckin = false
            rows.append(a)
        }
        return rows
    }

    static func roll(_ db: any Database, meetingID: UUID) async throws -> [MeetingAttendance] {
        try await MeetingAttendance.query(on: db).filter(\.$meeting.$id == meetingID).sort(\.$sortKey).sort(\.$fullName).all()
    }

    /// Marks a member's attendance; an absence with reason needs the reason.
    static func mark(_ db: any Database, _ principal: Principal, meetingID: UUID, memberID: UUID, attendance raw: String?,
                     reason: String?) async throws -> MeetingAttendance {
        let m = try await editable(db, principal, meetingID)
        try requireStatus(m, [.open, .ended], vi: "Chỉ điểm danh khi đang họp hoặc trước khi thông qua biên bản",
                          en: "Attendance is taken during the meeting or before the minutes are approved")
        guard let status = raw.flatMap(AttendanceStatus.init(rawValue:)) else {
            throw DomainError(.invalid, code: "attendance.invalid", vi: "Chọn tình trạng dự họp.", en: "Choose an attendance status.",
                              field: "attendance")
        }
        let why = VietnameseText.normalizeName(reason ?? "")
        if status == .excused && why.isEmpty {
            throw DomainError.required("reason", vi: "lý do vắng mặt", en: "Reason for the absence")
        }
        guard let row = try await MeetingAttendance.query(on: db).filter(\.$meeting.$id == meetingID)
            .filter(\.$member.$id == memberID).first() else {
            throw DomainError(.invalid, code: "memberId.notOnRoll", vi: "Đảng viên không có trong danh sách buổi sinh hoạt.",
                              en: "The member is not on this meeting's roll.", field: "memberId")
        }
        return try await db.write { tx in
            try await hold(tx, meetingID, statuses: [.open, .ended])
            let before = row.attendanceRaw
            row.attendanceRaw = status.rawValue
            row.reason = status.attended ? nil : (why.isEmpty ? nil : String(why.prefix(300)))
            if status.attended && row.checkedInAt == nil { row.checkedInAt = Date() }
            try await row.save(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.attendance", entity: "meeting", id: meetingID,
                                   unit: m.$unit.id, before: ["memberId": memberID.uuidString, "attendance": before ?? ""],
                                   after: ["memberId": memberID.uuidString, "attendance": status.rawValue, "reason": row.reason ?? ""])
            return row
        }
    }

    /// Marks several members at once (the roll form). Every entry is checked first; all are saved
    /// together or none. `restPresent` marks everyone not yet marked and not listed as present.
    static func markMany(_ db: any Database, _ principal: Principal, meetingID: UUID, entries: [(UUID, String?, String?)],
                         restPresent: Bool) async throws {
        let m = try await editable(db, principal, meetingID)
        try requireStatus(m, [.open, .ended], vi: "Chỉ điểm danh khi đang họp hoặc trước khi thông qua biên bản",
                          en: "Attendance is taken during the meeting or before the minutes are approved")
        let rows = try await roll(db, meetingID: meetingID)
        var changes: [(MeetingAttendance, AttendanceStatus, String?)] = []
        var errors: [DomainError] = []
        for (memberID, raw, reason) in entries {
            guard let raw, !raw.isEmpty else { continue }
            guard let row = rows.first(where: { $0.$member.id == memberID }) else {
                errors.append(DomainError(.invalid, code: "memberId.notOnRoll", vi: "Có người không thuộc danh sách buổi sinh hoạt.",
                                          en: "Someone is not on the roll.", field: "roll"))
                continue
            }
            guard let status = AttendanceStatus(rawValue: raw) else {
                errors.append(DomainError(.invalid, code: "attendance.invalid", vi: "Tình trạng dự họp không hợp lệ.",
                                          en: "Invalid attendance status.", field: "roll"))
                continue
            }
            let why = VietnameseText.normalizeName(reason ?? "")
            if status == .excused && why.isEmpty {
                errors.append(DomainError(.invalid, code: "reason.required", vi: "Chưa nhập lý do vắng của \(row.fullName).",
                                          en: "No reason given for \(row.fullName)'s absence.", field: "roll"))
                continue
            }
            changes.append((row, status, why.isEmpty || status.attended ? nil : String(why.prefix(300))))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        if restPresent {
            let listed = Set(changes.map { $0.0.$member.id })
            // Exempt members are not expected: "everyone else" does not mark them present.
            for row in rows where row.attendanceRaw == nil && !listed.contains(row.$member.id) && row.transferRaw != "out" && !row.exempt {
                changes.append((row, .present, nil))
            }
        }
        let all = changes
        try await db.write { tx in
            try await hold(tx, meetingID, statuses: [.open, .ended])
            for (row, status, why) in all where row.attendance != status || row.reason != why {
                row.attendanceRaw = status.rawValue
                row.reason = why
                if status.attended && row.checkedInAt == nil { row.checkedInAt = Date() }
                try await row.save(on: tx)
            }
            try await Audit.record(tx, Actor(principal), action: "meeting.attendance", entity: "meeting", id: meetingID, unit: m.$unit.id,
                                   after: Dictionary(all.map { ($0.0.$member.id.uuidString, $0.1.rawValue) }, uniquingKeysWith: { a, _ in a }))
        }
    }

    /// A member checks in from their phone with the code shown by the secretary, while the meeting is open.
    ///
    /// The busiest write of a meeting day (a cell's members at once, every cell on the same evening),
    /// so it reads the meeting with the member's line on its roll (which also carries the wrong-code
    /// count) in one statement, and `CheckInWriter` writes the line with its audit entry, together
    /// with the other check-ins arriving at the same moment.
    static func checkIn(_ db: any Database, _ principal: Principal, writer: CheckInWriter, meetingID: UUID, code: String?,
                        now: LocalDateTime = .now(secondsSince1970: Date().timeIntervalSince1970)) async throws -> RollEntryDTO {
        guard let memberID = principal.memberID,
              let line = try await db.rows(CheckInLine(accountID: principal.accountID, memberID: memberID, meetingID: meetingID)).first,
              try line.decode(column: "visible", as: Bool.self) else {
            // Not on this meeting's roll: the ordinary answers (not found, closed, not on the roll).
            let m = try await find(db, principal, meetingID)
            guard m.status == .open else { throw checkinClosed }
            throw DomainError(.forbidden, code: "checkin.notOnRoll", vi: "Tài khoản của bạn không có trong danh sách buổi sinh hoạt này.",
                              en: "Your account is not on this meeting's roll.")
        }
        return try await checkIn(db, line: line, memberID: memberID, actor: Actor(principal), writer: writer, meetingID: meetingID,
                                 code: code, now: now)
    }

    /// Who is checking in, from an API token: the token's account and its line on the meeting's roll,
    /// read together (the meeting day's one read per tap). nil: no such token, expired, or the account
    /// is disabled.
    enum CheckInCaller: Sendable {
        /// On the roll and allowed to see the meeting: the line is read.
        case onRoll(line: any SQLRow, memberID: UUID, actor: Actor)
        /// Anything else: the ordinary path gives the ordinary answer (not found, closed, not on the roll).
        case other(Principal)
    }

    static func checkInCaller(_ db: any Database, tokenHash: String, meetingID: UUID) async throws -> CheckInCaller? {
        guard let row = try await db.rows(CheckInByToken(tokenHash: tokenHash, now: Date(), meetingID: meetingID)).first,
              try row.decode(column: "active", as: Bool.self) else { return nil }
        if let memberID = try row.decode(column: "member_id", as: UUID?.self), try row.decode(column: "id", as: UUID?.self) != nil,
           try row.decode(column: "visible", as: Bool.self) {
            let actor = Actor(accountID: try row.decode(column: "account_id", as: UUID.self),
                              username: try row.decode(column: "username", as: String.self))
            return .onRoll(line: row, memberID: memberID, actor: actor)
        }
        return try await Principal.load(tokenHash: tokenHash, on: db).map(CheckInCaller.other)
    }

    static func checkIn(_ db: any Database, _ caller: CheckInCaller, writer: CheckInWriter, meetingID: UUID, code: String?,
                        now: LocalDateTime = .now(secondsSince1970: Date().timeIntervalSince1970)) async throws -> RollEntryDTO {
        switch caller {
        case let .onRoll(line, memberID, actor):
            return try await checkIn(db, line: line, memberID: memberID, actor: actor, writer: writer, meetingID: meetingID, code: code, now: now)
        case let .other(principal):
            return try await checkIn(db, principal, writer: writer, meetingID: meetingID, code: code, now: now)
        }
    }

    /// The check-in once the member's line is read (meeting status, code, wrong codes, the line itself).
    private static func checkIn(_ db: any Database, line: any SQLRow, memberID: UUID, actor: Actor, writer: CheckInWriter, meetingID: UUID,
                                code: String?, now: LocalDateTime) async throws -> RollEntryDTO {
        switch try decideCheckIn(line: line, memberID: memberID, actor: actor, meetingID: meetingID, code: code, now: now) {
        case let .answer(entry):
            return entry
        case let .wrongCode(rollID):
            try await db.writeOne { db in try await countWrongCode(db as! any SQLDatabase, rollID: rollID) }
            throw checkinWrongCode
        case let .write(item, entry):
            guard try await writer.submit(item, on: db) else {
                return try await checkInNotWritten(db, rollID: item.rollID, memberID: memberID)
            }
            return entry
        }
    }

    /// What a check-in does, decided from the member's line on the roll (read with the meeting's
    /// status, code and start, and the line's wrong-code count): throws the answer if the meeting is
    /// not open or wrong codes hold the member back.
    enum CheckInDecision: Sendable {
        /// Already present: nothing to write, the line as it is.
        case answer(RollEntryDTO)
        /// A wrong code: count it on the line, then answer `checkinWrongCode`.
        case wrongCode(rollID: UUID)
        /// Write the line (present, or late after 15 minutes); the entry is the answer once written.
        case write(CheckInWriter.Item, RollEntryDTO)
    }

    static func decideCheckIn(line: any SQLRow, memberID: UUID, actor: Actor, meetingID: UUID, code: String?,
                              now: LocalDateTime) throws -> CheckInDecision {
        guard try line.decode(column: "meeting_status", as: String.self) == MeetingStatus.open.rawValue else { throw checkinClosed }
        let rollID = try line.decode(column: "id", as: UUID.self)
        var entry = try RollEntryDTO(memberID: memberID, line)

        // Six digits can be guessed: five wrong codes per member and meeting in 15 minutes, then wait.
        let windowStart = Date().addingTimeInterval(-checkinWindow)
        if try line.decode(column: "checkin_failures", as: Int.self) >= checkinAttempts,
           let since = try line.decode(column: "checkin_failed_at", as: Date?.self), since > windowStart {
            throw checkinThrottled
        }
        let sent = (code ?? "").filter(\.isNumber)
        guard let expected = try line.decode(column: "checkin_code", as: String?.self), sent == expected else {
            return .wrongCode(rollID: rollID)
        }
        if entry.attendance?.attended == true { return .answer(entry) }
        let started = try line.decode(column: "started_at", as: String?.self).flatMap(LocalDateTime.init(parsing:))
        let late = started.map { now.minutesSinceEpoch - $0.minutesSinceEpoch > 15 } ?? false
        let attendance: AttendanceStatus = late ? .late : .present
        let item = CheckInWriter.Item(rollID: rollID, meetingID: meetingID, unitID: try line.decode(column: "unit_id", as: UUID.self),
                                      memberID: memberID, attendance: attendance, actor: actor)
        entry.attendance = attendance
        entry.reason = nil
        entry.selfCheckin = true
        return .write(item, entry)
    }

    /// Counts a wrong code on the member's line (the count starts again once the window has passed).
    static func countWrongCode(_ sql: any SQLDatabase, rollID: UUID) async throws {
        try await sql.raw(wrongCodeQuery(rollID: rollID)).run()
    }

    static func wrongCodeQuery(rollID: UUID) -> SQLQueryString {
        let windowStart = Date().addingTimeInterval(-checkinWindow)
        return """
            UPDATE meeting_attendance SET
                checkin_failures = CASE WHEN checkin_failed_at IS NULL OR checkin_failed_at <= \(bind: windowStart)
                                        THEN 1 ELSE checkin_failures + 1 END,
                checkin_failed_at = CASE WHEN checkin_failed_at IS NULL OR checkin_failed_at <= \(bind: windowStart)
                                         THEN \(bind: Date()) ELSE checkin_failed_at END
            WHERE id = \(bind: rollID)
            """
    }

    /// The answer when the writer did not write the line: a second tap landed first (present), the
    /// meeting ended (closed), or wrong codes arrived meanwhile (throttled).
    static func checkInNotWritten(_ db: any Database, rollID: UUID, memberID: UUID) async throws -> RollEntryDTO {
        guard let after = try await (db as! any SQLDatabase).raw("""
            SELECT m.status AS meeting_status, a.full_name, a.status, a.exempt, a.transfer_direction, a.attendance, a.reason, a.self_checkin
            FROM meetings m JOIN meeting_attendance a ON a.meeting_id = m.id WHERE a.id = \(bind: rollID)
            """).first() else { throw checkinClosed }
        let current = try RollEntryDTO(memberID: memberID, after)
        if current.attendance?.attended == true { return current }
        throw try after.decode(column: "meeting_status", as: String.self) == MeetingStatus.open.rawValue ? checkinThrottled : checkinClosed
    }

    /// Wrong check-in codes allowed per member and meeting within `checkinWindow` seconds.
    static let checkinAttempts = 5
    static let checkinWindow: TimeInterval = 900

    private static var checkinClosed: DomainError {
        DomainError(.conflict, code: "checkin.closed", vi: "Buổi sinh hoạt không trong thời gian điểm danh.",
                    en: "Check-in is only possible while the meeting is open.")
    }

    static var checkinWrongCode: DomainError {
        DomainError(.invalid, code: "checkin.code", vi: "Mã điểm danh không đúng.", en: "Wrong check-in code.", field: "code")
    }

    private static var checkinThrottled: DomainError {
        DomainError(.rateLimited, code: "checkin.throttled", vi: "Nhập sai mã quá nhiều lần; hãy nhờ bí thư điểm danh cho bạn.",
                    en: "Too many wrong codes; ask the secretary to mark you present.")
    }

    static func addGuest(_ db: any Database, _ principal: Principal, meetingID: UUID, name: String?, position: String?,
                         fromSuperior: Bool) async throws -> MeetingGuest {
        let m = try await editable(db, principal, meetingID)
        let n = VietnameseText.normalizeName(name ?? ""), p = VietnameseText.normalizeName(position ?? "")
        if n.isEmpty { throw DomainError.required("name", vi: "họ tên đại biểu", en: "Guest name") }
        if n.count > 100 || p.count > 200 {
            throw DomainError(.invalid, code: "guest.tooLong", vi: "Tên hoặc chức vụ quá dài.", en: "Name or position too long.", field: "name")
        }
        return try await db.write { tx in
            try await hold(tx, meetingID)
            let g = MeetingGuest()
            g.$meeting.id = meetingID
            g.name = n
            g.position = p
            g.fromSuperior = fromSuperior
            try await g.create(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.guest", entity: "meeting", id: meetingID, unit: m.$unit.id,
                                   after: ["name": n, "position": p])
            return g
        }
    }

    static func agenda(_ db: any Database, meetingID: UUID) async throws -> [AgendaItem] {
        try await AgendaItem.query(on: db).filter(\.$meeting.$id == meetingID).with(\.$speeches).sort(\.$position).all()
    }

    static func addAgendaItem(_ db: any Database, _ principal: Principal, meetingID: UUID, title: String?) async throws -> AgendaItem {
        let m = try await editable(db, principal, meetingID)
        let t = VietnameseText.normalizeName(title ?? "")
        if t.isEmpty { throw DomainError.required("title", vi: "nội dung", en: "Title") }
        if t.count > 500 { throw DomainError(.invalid, code: "title.tooLong", vi: "Nội dung quá dài.", en: "Too long.", field: "title") }
        return try await db.write { tx in
            try await hold(tx, meetingID)
            let last = try await AgendaItem.query(on: tx).filter(\.$meeting.$id == meetingID).sort(\.$position, .descending).first()
            let item = AgendaItem()
            item.$meeting.id = meetingID
            item.position = (last?.position ?? 0) + 1
            item.title = t
            try await item.create(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.agenda.add", entity: "meeting", id: meetingID,
                                   unit: m.$unit.id, after: ["title": t])
            return item
        }
    }

    static func item(_ db: any Database, _ principal: Principal, meetingID: UUID, itemID: UUID) async throws -> (Meeting, AgendaItem) {
        let m = try await editable(db, principal, meetingID)
        guard let item = try await AgendaItem.find(itemID, on: db), item.$meeting.id == meetingID else {
            throw DomainError.notFound("agendaItem")
        }
        return (m, item)
    }

    static func removeAgendaItem(_ db: any Database, _ principal: Principal, meetingID: UUID, itemID: UUID) async throws {
        let (m, item) = try await item(db, principal, meetingID: meetingID, itemID: itemID)
        try await db.write { tx in
            try await hold(tx, meetingID)
            try await Speech.query(on: tx).filter(\.$item.$id == itemID).delete()
            try await item.delete(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.agenda.remove", entity: "meeting", id: meetingID,
                                   unit: m.$unit.id, after: ["title": item.title])
        }
    }

    static func setConclusion(_ db: any Database, _ principal: Principal, meetingID: UUID, itemID: UUID, conclusion: String?) async throws {
        let (m, item) = try await item(db, principal, meetingID: meetingID, itemID: itemID)
        let c = (conclusion ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if c.count > 10_000 { throw DomainError(.invalid, code: "conclusion.tooLong", vi: "Kết luận quá dài.", en: "Too long.", field: "conclusion") }
        try await db.write { tx in
            try await hold(tx, meetingID)
            let before = item.conclusion
            item.conclusion = c.isEmpty ? nil : c
            try await item.save(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.agenda.conclusion", entity: "meeting", id: meetingID,
                                   unit: m.$unit.id, before: ["conclusion": before ?? ""], after: ["conclusion": c])
        }
    }

    /// Records who spoke on an item: a member of the roll (by id) or a guest (by name).
    static func addSpeech(_ db: any Database, _ principal: Principal, meetingID: UUID, itemID: UUID, memberID: UUID?,
                          speaker: String?, content: String?) async throws -> Speech {
        let (m, _) = try await item(db, principal, meetingID: meetingID, itemID: itemID)
        try requireStatus(m, [.open, .ended], vi: "Chỉ ghi ý kiến phát biểu khi đang họp hoặc trước khi thông qua biên bản",
                          en: "Speeches are recorded during the meeting or before the minutes are approved")
        var name = VietnameseText.normalizeName(speaker ?? "")
        if let memberID {
            guard let row = try await MeetingAttendance.query(on: db).filter(\.$meeting.$id == meetingID)
                .filter(\.$member.$id == memberID).first() else {
                throw DomainError(.invalid, code: "memberId.notOnRoll", vi: "Người phát biểu không có trong danh sách buổi sinh hoạt.",
                                  en: "The speaker is not on the roll.", field: "memberId")
            }
            name = row.fullName
        }
        if name.isEmpty { throw DomainError.required("speaker", vi: "người phát biểu", en: "Speaker") }
        let speakerName = name
        let text = (content ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { throw DomainError.required("content", vi: "nội dung phát biểu", en: "What was said") }
        if text.count > 10_000 || name.count > 150 {
            throw DomainError(.invalid, code: "content.tooLong", vi: "Nội dung quá dài.", en: "Too long.", field: "content")
        }
        return try await db.write { tx in
            try await hold(tx, meetingID, statuses: [.open, .ended])
            let last = try await Speech.query(on: tx).filter(\.$item.$id == itemID).sort(\.$position, .descending).first()
            let s = Speech()
            s.$item.id = itemID
            s.speaker = speakerName
            s.$member.id = memberID
            s.content = text
            s.position = (last?.position ?? 0) + 1
            try await s.create(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.speech", entity: "meeting", id: meetingID, unit: m.$unit.id,
                                   after: ["speaker": speakerName, "content": text])
            return s
        }
    }

    /// Ends the meeting; its length is checked against the rulebook (flagged, not forbidden).
    static func end(_ db: any Database, _ principal: Principal, id: UUID,
                    now: LocalDateTime = .now(secondsSince1970: Date().timeIntervalSince1970)) async throws -> Meeting {
        let m = try await editable(db, principal, id)
        try requireStatus(m, [.open], vi: "Chỉ kết thúc được buổi sinh hoạt đang họp", en: "Only an open meeting can end")
        let start = m.startedAt.flatMap(LocalDateTime.init(parsing:))
        if let start, now < start {
            throw DomainError(.invalid, code: "endedAt.beforeStart", vi: "Giờ kết thúc phải sau giờ bắt đầu.",
                              en: "The end must be after the start.", field: "endedAt")
        }
        // Entered afterwards: the real end time is typed into the minutes.
        let endAt = start.map { $0.date < now.date ? $0 : now } ?? now
        return try await db.write { tx in
            try await hold(tx, id, statuses: [.open])
            m.endedAt = endAt.iso
            m.statusRaw = MeetingStatus.ended.rawValue
            m.checkinCode = nil
            try await m.save(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.end", entity: "meeting", id: id, unit: m.$unit.id,
                                   after: ["endedAt": endAt.iso])
            return m
        }
    }

    /// The facts of the minutes the secretary fills in before approval.
    struct MinutesFacts: Sendable {
        var startedAt: String?
        var endedAt: String?
        var chairName: String?
        var secretaryName: String?
        var results: String?
        var nextTasks: String?
        var qualityScore: Int?
        var feesCollected: String?
    }

    static func setMinutes(_ db: any Database, _ principal: Principal, id: UUID, facts f: MinutesFacts) async throws -> Meeting {
        let m = try await editable(db, principal, id)
        try requireStatus(m, [.open, .ended], vi: "Chỉ ghi biên bản khi đang họp hoặc trước khi thông qua",
                          en: "Minutes are written during the meeting or before approval")
        var errors: [DomainError] = []
        func time(_ raw: String?, _ field: String) -> LocalDateTime? {
            guard let raw = MemberDraftBlank.of(raw) else { return nil }
            if let t = LocalDateTime(parsing: raw) { return t }
            if let (h, mm) = LocalDateTime.time(raw), let d = m.date { return LocalDateTime(date: d, hour: h, minute: mm) }
            errors.append(DomainError(.invalid, code: "\(field).invalid", vi: "Giờ không hợp lệ (ví dụ 19:30).",
                                      en: "Invalid time (e.g. 19:30).", field: field))
            return nil
        }
        let start = time(f.startedAt, "startedAt") ?? m.startedAt.flatMap(LocalDateTime.init(parsing:))
        let end = time(f.endedAt, "endedAt") ?? m.endedAt.flatMap(LocalDateTime.init(parsing:))
        if let start, let end, end < start {
            errors.append(DomainError(.invalid, code: "endedAt.beforeStart", vi: "Giờ kết thúc phải sau giờ bắt đầu.",
                                      en: "The end must be after the start.", field: "endedAt"))
        }
        if let s = f.qualityScore, !(0...100).contains(s) {
            errors.append(DomainError(.invalid, code: "qualityScore.range", vi: "Điểm chất lượng từ 0 đến 100.",
                                      en: "The quality score is 0 to 100.", field: "qualityScore"))
        }
        for (value, field, max) in [(f.chairName, "chairName", 100), (f.secretaryName, "secretaryName", 100),
                                    (f.results, "results", 20_000), (f.nextTasks, "nextTasks", 20_000), (f.feesCollected, "feesCollected", 200)] {
            if (value ?? "").count > max {
                errors.append(DomainError(.invalid, code: "\(field).tooLong", vi: "Nội dung quá dài.", en: "Too long.", field: field))
            }
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        return try await db.write { tx in
            try await hold(tx, id, statuses: [.open, .ended])
            let before = MeetingDTO(m)
            if let start { m.startedAt = start.iso }
            if let end, m.status == .ended { m.endedAt = end.iso }
            if let v = f.chairName { m.chairName = VietnameseText.normalizeName(v).nilIfEmpty }
            if let v = f.secretaryName { m.secretaryName = VietnameseText.normalizeName(v).nilIfEmpty }
            if let v = f.results { m.results = v.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty }
            if let v = f.nextTasks { m.nextTasks = v.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty }
            if let v = f.feesCollected { m.feesCollected = VietnameseText.normalizeName(v).nilIfEmpty }
            if let s = f.qualityScore {
                m.qualityScore = s
                m.qualityRaw = MeetingQuality.from(score: s, local: Rulebook.inForce(on: m.date ?? Today.date()).local).rawValue
            }
            try await m.save(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.minutes", entity: "meeting", id: id, unit: m.$unit.id,
                                   before: before, after: MeetingDTO(m))
            return m
        }
    }

    static func cancel(_ db: any Database, _ principal: Principal, id: UUID) async throws -> Meeting {
        let m = try await editable(db, principal, id)
        try requireStatus(m, [.planned, .notified], vi: "Chỉ hủy được buổi sinh hoạt chưa diễn ra", en: "Only a meeting not yet held can be cancelled")
        return try await db.write { tx in
            try await hold(tx, id, statuses: [.planned, .notified])
            m.statusRaw = MeetingStatus.cancelled.rawValue
            try await m.save(on: tx)
            try await Audit.record(tx, Actor(principal), action: "meeting.cancel", entity: "meeting", id: id, unit: m.$unit.id,
                                   after: ["status": "cancelled"])
            return m
        }
    }

    /// Regular and thematic obligations of a cell for a year.
    static func obligations(_ db: any Database, unitID: UUID, year: Int, today: CivilDate) async throws -> MeetingObligations {
        let held = try await list(db, unitID: unitID, year: year)
            .filter { $0.status == .ended || $0.status == .locked }
            .compactMap { m in m.date.map { (m.kind, $0) } }
        return MeetingObligations.compute(year: year, held: held, today: today,
                                          rules: Rulebook.inForce(on: CivilDate(year: year, month: 12, day: 31)!).meetings)
    }

    /// Upcoming announced meetings of the cells an account is assigned to follow.
    static func liaisonNotices(_ db: any Database, accountID: UUID, today: CivilDate) async throws -> [Meeting] {
        let units = try await UnitLiaison.query(on: db).filter(\.$account.$id == accountID).filter(\.$untilDate == nil).all()
            .map { $0.$unit.id }
        guard !units.isEmpty else { return [] }
        return try await Meeting.query(on: db).filter(\.$unit.$id ~~ units)
            .filter(\.$statusRaw ~~ [MeetingStatus.notified.rawValue, MeetingStatus.open.rawValue])
            .filter(\.$scheduledDate >= today.iso).sort(\.$scheduledDate).all()
    }

    /// Meetings announced to a member's cell that have not yet taken place (their home page).
    static func notices(_ db: any Database, memberID: UUID, today: CivilDate) async throws -> [Meeting] {
        guard let member = try await Member.find(memberID, on: db) else { return [] }
        return try await Meeting.query(on: db).filter(\.$unit.$id == member.$unit.id)
            .filter(\.$statusRaw ~~ [MeetingStatus.notified.rawValue, MeetingStatus.open.rawValue])
            .filter(\.$scheduledDate >= today.iso).sort(\.$scheduledDate).all()
    }
}

enum MemberDraftBlank {
    static func of(_ s: String?) -> String? {
        guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// The meeting with the member's line on its roll and the wrong-code count, and whether the
/// account may read the meeting (a role allowing it held at the meeting's unit or above, or
/// everywhere: what `Scope.allows` answers for `.readMeetings`), in one fixed statement.
private struct CheckInLine: FixedStatement {
    static let sql = """
        SELECT m.unit_id, m.status AS meeting_status, m.checkin_code, m.started_at,
               EXISTS (SELECT 1 FROM account_roles r
                       WHERE r.account_id = $1 AND r.role IN (\(readMeetingRoles))
                         AND (r.unit_id IS NULL OR EXISTS (SELECT 1 FROM unit_closure c
                                                           WHERE c.ancestor_id = r.unit_id AND c.descendant_id = m.unit_id))) AS visible,
               a.id, a.full_name, a.status, a.exempt, a.transfer_direction, a.attendance, a.reason, a.self_checkin,
               a.checkin_failures, a.checkin_failed_at
        FROM meetings m JOIN meeting_attendance a ON a.meeting_id = m.id AND a.member_id = $2
        WHERE m.id = $3
        """
    let accountID: UUID
    let memberID: UUID
    let meetingID: UUID
    var binds: [any PostgresEncodable & Encodable & Sendable] { [accountID, memberID, meetingID] }
}

/// The same line found from an API token: the token's account, its member's line on the meeting's
/// roll (if any) and whether one of the account's roles may see the meeting.
private struct CheckInByToken: FixedStatement {
    static let sql = """
        SELECT \(checkInByTokenColumns)
        FROM api_tokens t JOIN accounts u ON t.token_hash = $1 AND t.expires_at > $2 AND u.id = t.account_id
             LEFT JOIN meeting_attendance a ON a.meeting_id = $3 AND a.member_id = u.member_id
             LEFT JOIN meetings m ON m.id = a.meeting_id
        """
    let tokenHash: String
    let now: Date
    let meetingID: UUID
    var binds: [any PostgresEncodable & Encodable & Sendable] { [tokenHash, now, meetingID] }
}

extension MeetingService {
    /// `CheckInByToken` for a batch of taps in one statement; its rows carry the tap's place in the
    /// batch as `n` (no row for a token that does not exist or has expired). SQLite's planner finds
    /// by itself that each join is one index lookup per tap.
    static func checkInLinesQuery(taps: [CheckInWriter.Tap]) -> SQLQueryString {
        let input = SQLList(taps.enumerated().map { k, tap in
            SQLQueryString("(\(bind: k), \(bind: tap.tokenHash), \(bind: tap.meetingID))")
        })
        return """
            WITH i(n, token_hash, meeting_id) AS (VALUES \(input))
            SELECT i.n, \(unsafeRaw: checkInByTokenColumns)
            FROM i JOIN api_tokens t ON t.token_hash = i.token_hash AND t.expires_at > \(bind: Date())
                 JOIN accounts u ON u.id = t.account_id
                 LEFT JOIN meeting_attendance a ON a.meeting_id = i.meeting_id AND a.member_id = u.member_id
                 LEFT JOIN meetings m ON m.id = a.meeting_id
            """
    }

    /// `checkInLinesQuery` as PostgreSQL's prepared statement, the taps' tokens and meetings as two
    /// arrays: its text is the same whatever the batch's size. PostgreSQL's planner, counting a
    /// batch's few rows against a small table of tokens, would rather read all the tokens into a hash
    /// (1.4 ms for 6,000 against 0.4 ms for 32 lookups) and search a member's lines for the meeting,
    /// so its lookups are written as LATERAL subqueries, which it cannot flatten (OFFSET 0) and can
    /// only run once per tap.
    static func checkInLinesStatement(taps: [CheckInWriter.Tap]) throws -> PreparedText {
        try PreparedText(sql: checkInLinesSQL, binds: [taps.map(\.tokenHash), taps.map(\.meetingID), Date()])
    }

    static let checkInLinesSQL = """
        SELECT i.n - 1 AS n, \(checkInByTokenColumns)
        FROM unnest($1::text[], $2::uuid[]) WITH ORDINALITY AS i(token_hash, meeting_id, n)
             CROSS JOIN LATERAL (SELECT t.account_id FROM api_tokens t
                                 WHERE t.token_hash = i.token_hash AND t.expires_at > $3::timestamptz OFFSET 0) t
             JOIN accounts u ON u.id = t.account_id
             LEFT JOIN LATERAL (SELECT * FROM meeting_attendance a
                                WHERE a.meeting_id = i.meeting_id AND a.member_id = u.member_id OFFSET 0) a ON TRUE
             LEFT JOIN meetings m ON m.id = a.meeting_id
        """
}

/// What `CheckInByToken` and `MeetingService.checkInLinesQuery` read for a token (`t`, its account
/// `u`) and a meeting (`m`, the member's line `a`): the account, the line, and whether one of the
/// account's roles may see the meeting.
private let checkInByTokenColumns = """
    t.account_id, u.username, u.member_id, u.active,
           m.unit_id, m.status AS meeting_status, m.checkin_code, m.started_at,
           EXISTS (SELECT 1 FROM account_roles r
                   WHERE r.account_id = t.account_id AND r.role IN (\(readMeetingRoles))
                     AND (r.unit_id IS NULL OR EXISTS (SELECT 1 FROM unit_closure c
                                                       WHERE c.ancestor_id = r.unit_id AND c.descendant_id = m.unit_id))) AS visible,
           a.id, a.full_name, a.status, a.exempt, a.transfer_direction, a.attendance, a.reason, a.self_checkin,
           a.checkin_failures, a.checkin_failed_at
    """

/// The roles that may read meetings, as an SQL list.
private let readMeetingRoles = Role.allCases.filter { $0.allows(.readMeetings) }.map { "'\($0.rawValue)'" }.joined(separator: ", ")
