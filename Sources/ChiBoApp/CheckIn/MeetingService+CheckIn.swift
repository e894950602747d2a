import ChiBoCore
import Fluent
import FluentPostgresDriver
import SQLKit
import Vapor

/// Self check-in with the meeting's code: from the web form and from the app's tap (read in the check-in writer's batch).
extension MeetingService {
    /// A member checks in from their phone with the code shown by the secretary, while the meeting is open.
    ///
    /// The busiest write of a meeting day (a cell's members at once, every cell on the same evening),
    /// so it reads the meeting with the member's line on its roll (which also carries the wrong-code
    /// count) in one statement, and `CheckInWriter` writes the line with its audit entry, together
    /// with the other check-ins arriving at the same moment.
    static func checkIn(
        _ db: any Database, _ principal: Principal, writer: CheckInWriter, meetingID: UUID, code: String?,
        now: LocalDateTime
    ) async throws -> RollEntryDTO {
        guard let memberID = principal.memberID,
            let line = try await db.rows(CheckInLine(accountID: principal.accountID, memberID: memberID, meetingID: meetingID)).first,
            try line.decode(column: "visible", as: Bool.self)
        else {
            // Not on this meeting's roll: the ordinary answers (not found, closed, not on the roll).
            let m = try await find(db, principal, meetingID)
            guard MeetingCommand.checkIn.allowed.contains(m.status) else { throw checkinClosed }
            throw DomainError(
                .forbidden, code: "checkin.notOnRoll", vi: "Tài khoản của bạn không có trong danh sách buổi sinh hoạt này.",
                en: "Your account is not on this meeting's roll.")
        }
        return try await checkIn(
            db, line: line, memberID: memberID, actor: Actor(principal), writer: writer, meetingID: meetingID,
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

    static func checkInCaller(
        _ db: any Database, tokenHash: String, meetingID: UUID, today: CivilDate
    ) async throws -> CheckInCaller? {
        guard let row = try await db.rows(CheckInByToken(tokenHash: tokenHash, now: Date(), meetingID: meetingID)).first,
            try row.decode(column: "active", as: Bool.self)
        else { return nil }
        if let memberID = try row.decode(column: "member_id", as: UUID?.self), try row.decode(column: "id", as: UUID?.self) != nil,
            try row.decode(column: "visible", as: Bool.self)
        {
            let actor = Actor(
                accountID: try row.decode(column: "account_id", as: UUID.self),
                username: try row.decode(column: "username", as: String.self))
            return .onRoll(line: row, memberID: memberID, actor: actor)
        }
        return try await Principal.load(tokenHash: tokenHash, today: today, on: db).map(CheckInCaller.other)
    }

    static func checkIn(
        _ db: any Database, _ caller: CheckInCaller, writer: CheckInWriter, meetingID: UUID, code: String?,
        now: LocalDateTime
    ) async throws -> RollEntryDTO {
        switch caller {
        case let .onRoll(line, memberID, actor):
            return try await checkIn(
                db, line: line, memberID: memberID, actor: actor, writer: writer, meetingID: meetingID, code: code, now: now)
        case let .other(principal):
            return try await checkIn(db, principal, writer: writer, meetingID: meetingID, code: code, now: now)
        }
    }

    /// The check-in once the member's line is read (meeting status, code, wrong codes, the line itself).
    static func checkIn(
        _ db: any Database, line: any SQLRow, memberID: UUID, actor: Actor, writer: CheckInWriter, meetingID: UUID,
        code: String?, now: LocalDateTime
    ) async throws -> RollEntryDTO {
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
        /// Write the line (present, or late after the rulebook's minutes); the entry is the answer once written.
        case write(CheckInWriter.Item, RollEntryDTO)
    }

    static func decideCheckIn(
        line: any SQLRow, memberID: UUID, actor: Actor, meetingID: UUID, code: String?,
        now: LocalDateTime
    ) throws -> CheckInDecision {
        guard let status = MeetingStatus(rawValue: try line.decode(column: "meeting_status", as: String.self)),
            MeetingCommand.checkIn.allowed.contains(status)
        else { throw checkinClosed }
        let rollID = try line.decode(column: "id", as: UUID.self)
        var entry = try RollEntryDTO(memberID: memberID, line)

        // Six digits can be guessed: a few wrong codes per member and meeting, then wait (the rulebook's figures).
        let rules = checkInRules
        if rules.isHeldBack(
            failures: try line.decode(column: "checkin_failures", as: Int.self),
            lastFailure: try line.decode(column: "checkin_failed_at", as: Date?.self), now: Date())
        {
            throw checkinThrottled
        }
        guard CheckInRules.matches(sent: code, expected: try line.decode(column: "checkin_code", as: String?.self)) else {
            return .wrongCode(rollID: rollID)
        }
        if entry.attendance?.attended == true { return .answer(entry) }
        let opened = try line.decode(column: "started_at", as: String?.self).flatMap(LocalDateTime.init(parsing:))
        let attendance = rules.attendance(opened: opened, now: now)
        let item = CheckInWriter.Item(
            rollID: rollID, meetingID: meetingID, unitID: try line.decode(column: "unit_id", as: UUID.self),
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
        let windowStart = Date().addingTimeInterval(-checkInRules.windowSeconds)
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
        guard
            let after = try await (db as! any SQLDatabase).raw(
                """
                SELECT m.status AS meeting_status, a.full_name, a.status, a.exempt, a.transfer_direction, a.suspended, a.attendance, a.reason, a.self_checkin
                FROM meetings m JOIN meeting_attendance a ON a.meeting_id = m.id WHERE a.id = \(bind: rollID)
                """
            ).first()
        else { throw checkinClosed }
        let current = try RollEntryDTO(memberID: memberID, after)
        if current.attendance?.attended == true { return current }
        throw try after.decode(column: "meeting_status", as: String.self) == MeetingStatus.open.rawValue ? checkinThrottled : checkinClosed
    }
}

/// The meeting with the member's line on its roll and the wrong-code count, and whether the
/// account may read the meeting (a role allowing it, held on the meeting's day, at the meeting's
/// unit or above, or everywhere: what `Scope.allows` answers for `.readMeetings`), in one fixed statement.
private struct CheckInLine: FixedStatement {
    static let sql = """
        SELECT m.unit_id, m.status AS meeting_status, m.checkin_code, m.started_at,
               EXISTS (SELECT 1 FROM account_roles r
                       WHERE r.account_id = $1 AND r.role IN (\(readMeetingRoles))
                         AND (r.ended_on IS NULL OR r.ended_on > m.scheduled_date)
                         AND (r.unit_id IS NULL OR EXISTS (SELECT 1 FROM unit_closure c
                                                           WHERE c.ancestor_id = r.unit_id AND c.descendant_id = m.unit_id))) AS visible,
               a.id, a.full_name, a.status, a.exempt, a.transfer_direction, a.suspended, a.attendance, a.reason, a.self_checkin,
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
        let input = SQLList(
            taps.enumerated().map { k, tap in
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
                     AND (r.ended_on IS NULL OR r.ended_on > m.scheduled_date)
                     AND (r.unit_id IS NULL OR EXISTS (SELECT 1 FROM unit_closure c
                                                       WHERE c.ancestor_id = r.unit_id AND c.descendant_id = m.unit_id))) AS visible,
           a.id, a.full_name, a.status, a.exempt, a.transfer_direction, a.suspended, a.attendance, a.reason, a.self_checkin,
           a.checkin_failures, a.checkin_failed_at
    """

/// The roles that may read meetings, as an SQL list.
private let readMeetingRoles = Role.allCases.filter { $0.allows(.readMeetings) }.map { "'\($0.rawValue)'" }.joined(separator: ", ")
