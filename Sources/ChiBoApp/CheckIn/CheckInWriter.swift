import ChiBoCore
import CoreMetrics
import Fluent
import NIOCore
import SQLKit
import Vapor

/// Writes self check-ins in batches: on a meeting day every cell's members arrive at once, and
/// the check-ins that arrive while one batch is being written are written together in the
/// next one — one transaction, one UPDATE of their roll lines and one INSERT of their audit
/// entries, however many they are (group commit). Each line is still written only if its
/// meeting is open, its member not yet present and not held back by wrong codes, all checked
/// as it is written. One writer per application (per process).
///
/// A check-in by API token (the app's tap) is read in its batch too: one statement reads every
/// token's account and its member's line on the meeting's roll, in the batch's transaction, so a
/// tap costs no statement of its own. A check-in whose line was read before (the web form) comes
/// as an `Item`.
actor CheckInWriter {
    struct Item: Sendable {
        let rollID: UUID
        let meetingID: UUID
        let unitID: UUID
        let memberID: UUID
        let attendance: AttendanceStatus
        let actor: Actor
    }

    /// A tap: the API token (its hash), the meeting and the code typed.
    struct Tap: Sendable {
        let tokenHash: String
        let meetingID: UUID
        let code: String?
    }

    /// What became of a tap (the answers that are errors — meeting not open, wrong code, held back by
    /// wrong codes — are thrown).
    enum TapOutcome: Sendable {
        /// Written now, or the member was already present: the line.
        case checkedIn(RollEntryDTO)
        /// No such token, expired, or the account is disabled.
        case unauthorized
        /// Not on this meeting's roll, or no role that may see the meeting: the ordinary path answers.
        case ordinary
        /// Read as open and not present, but not written: something changed in between.
        case notWritten(rollID: UUID, memberID: UUID)
    }

    /// At most this many check-ins in one batch.
    static let batchLimit = 256

    private enum Pending {
        case line(Item, CheckedContinuation<Bool, any Error>)
        case tap(Tap, CheckedContinuation<TapOutcome, any Error>)
    }

    private var pending: [Pending] = []
    private var writing = false
    /// Held (tests): check-ins queue but no batch starts until `finish`; the database a batch needs.
    private var held = false
    private var heldDatabase: (any Database)?
    /// The application is stopping and every queued check-in is written: new ones are refused.
    private var finished = false
    private var idle: [CheckedContinuation<Void, Never>] = []
    /// The writer's connection of its own: SQLite's or PostgreSQL's.
    enum Connection: Sendable {
        case sqlite(SQLiteBatchConnection)
        case postgres(PostgresBatchConnection)
    }

    private let direct: Connection
    /// When a tap's check-in is late is decided on the application's clock.
    private let clock: AppClock

    /// The texts of the statements a PostgreSQL writer's connection must prepare.
    static var preparedTexts: [String] { Batch.preparedTexts }

    init(direct: Connection, clock: AppClock) {
        self.direct = direct
        self.clock = clock
    }

    /// Queues a check-in and returns once its batch is committed: true if its line was written,
    /// false if it was not: the member was already marked present (a second tap), the meeting
    /// is no longer open, or wrong codes hold the member back.
    func submit(_ item: Item, on db: @autoclosure @Sendable () -> any Database) async throws -> Bool {
        try await withCheckedThrowingContinuation { continuation in
            enqueue(.line(item, continuation), db)
        }
    }

    /// Queues a tap: its line is read, checked and written in the next batch.
    func submit(_ tap: Tap, on db: @autoclosure @Sendable () -> any Database) async throws -> TapOutcome {
        try await withCheckedThrowingContinuation { continuation in
            enqueue(.tap(tap, continuation), db)
        }
    }

    /// The database is the first waiting request's, made only when a batch starts (most requests join
    /// a batch already under way). No statement runs on it: the batch runs on the writer's own
    /// connection, and SQLite's serialises its statements with it (SQLKit's serializer wants a
    /// database, not just a dialect); PostgreSQL's has its own.
    private func enqueue(_ work: Pending, _ db: () -> any Database) {
        guard !finished else {
            // After `finish`: not queued, not acknowledged; the client tries again on the next instance.
            switch work {
            case let .line(_, continuation): continuation.resume(throwing: Abort(.serviceUnavailable))
            case let .tap(_, continuation): continuation.resume(throwing: Abort(.serviceUnavailable))
            }
            return
        }
        pending.append(work)
        if held {
            if heldDatabase == nil { heldDatabase = db() }
        } else if !writing {
            writing = true
            let db = db()
            Task { await self.drain(db) }
        }
    }

    /// The check-ins queued and not yet in a batch being written (`/metrics`).
    var queued: Int { pending.count }

    /// Tests: queue check-ins without writing them, until `finish`.
    func hold() { held = true }

    /// As the application stops: writes every check-in queued, including those arriving meanwhile,
    /// and returns once the last batch is committed (or has failed: then its callers got the
    /// error, not an acknowledgement); from then on a check-in is refused with 503.
    func finish() async {
        if held {
            held = false
            if let db = heldDatabase, !pending.isEmpty, !writing {
                writing = true
                Task { await self.drain(db) }
            }
            heldDatabase = nil
        }
        while writing { await withCheckedContinuation { idle.append($0) } }
        finished = true
    }

    private func drain(_ db: any Database) async {
        while !pending.isEmpty {
            let batch = Array(pending.prefix(Self.batchLimit))
            pending.removeFirst(batch.count)
            Recorder(label: OpsMetrics.batchSize).record(batch.count)
            var items: [(Item, CheckedContinuation<Bool, any Error>)] = []
            var taps: [(Tap, CheckedContinuation<TapOutcome, any Error>)] = []
            for work in batch {
                switch work {
                case let .line(item, continuation): items.append((item, continuation))
                case let .tap(tap, continuation): taps.append((tap, continuation))
                }
            }
            let start = DispatchTime.now().uptimeNanoseconds
            let (written, outcomes) = await Self.write(db, direct: direct, now: clock.localNow, items.map(\.0), taps.map(\.0))
            CoreMetrics.Timer(label: OpsMetrics.batchDuration).recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - start))
            Self.count(written, outcomes)
            for ((_, continuation), result) in zip(items, written) { continuation.resume(with: result) }
            for ((_, continuation), result) in zip(taps, outcomes) { continuation.resume(with: result) }
        }
        writing = false
        let waiting = idle
        idle = []
        for continuation in waiting { continuation.resume() }
    }

    /// The batch's check-ins by what became of them: `ok` (the member is on the roll as present),
    /// `refused` (meeting not open, wrong code, held back, not on the roll …) or `failed` (the
    /// database's error: the whole batch).
    private static func count(_ written: [Result<Bool, any Error>], _ outcomes: [Result<TapOutcome, any Error>]) {
        var counts = ["ok": 0, "refused": 0, "failed": 0]
        for result in written {
            switch result {
            case .success(true): counts["ok"]! += 1
            case .success(false): counts["refused"]! += 1
            case .failure: counts["failed"]! += 1
            }
        }
        for result in outcomes {
            switch result {
            case .success(.checkedIn): counts["ok"]! += 1
            case .success: counts["refused"]! += 1
            case .failure(let error): counts[error is DomainError ? "refused" : "failed"]! += 1
            }
        }
        for (result, n) in counts where n > 0 { Counter(label: OpsMetrics.checkIns, dimensions: [("result", result)]).increment(by: n) }
    }

    private static func write(
        _ db: any Database, direct: Connection, now: LocalDateTime, _ items: [Item], _ taps: [Tap]
    )
        async -> ([Result<Bool, any Error>], [Result<TapOutcome, any Error>])
    {
        do {
            let (written, outcomes): (Set<UUID>, [Result<TapOutcome, any Error>])
            switch direct {
            case let .sqlite(direct):
                // SQLite: the whole batch as one job on the writer's own connection, in the process's
                // turn of writers.
                (written, outcomes) = try await SQLiteWriters.shared.inTurn {
                    try await direct.transaction(dialect: db as! any SQLDatabase) { session in
                        var batch = Batch(items: items, taps: taps, now: now)
                        if let read = batch.readQuery {
                            for query in try batch.decide(lines: try session.all(read)) { _ = try session.all(query) }
                        }
                        let written = try batch.written(batch.updateQuery.map { try session.all($0) } ?? [])
                        if let audit = batch.auditQuery(written: written) { _ = try session.all(audit) }
                        return (written, batch.outcomes(written: written))
                    }
                }
            case let .postgres(direct):
                // PostgreSQL: on the writer's own connection and its loop, its prepared statements; those
                // that need no answer sent with the next (the wrong codes with the UPDATE, the audit INSERT
                // with COMMIT).
                (written, outcomes) = try await direct.transaction { session in
                    let batch = NIOLoopBoundBox(Batch(items: items, taps: taps, now: now), eventLoop: session.eventLoop)
                    let decided =
                        try batch.value.readStatement().map { read in
                            session.send(read).flatMapThrowing { rows in
                                for query in try batch.value.decide(lines: rows) { session.send(query) }
                            }
                        } ?? session.eventLoop.makeSucceededVoidFuture()
                    return
                        decided
                        .flatMapThrowing { try batch.value.updateStatement() }
                        .flatMap { update in update.map { session.send($0) } ?? session.eventLoop.makeSucceededFuture([]) }
                        .flatMapThrowing { rows in
                            let written = try batch.value.written(rows)
                            if let audit = try batch.value.auditStatement(written: written) { session.send(audit) }
                            return (written, batch.value.outcomes(written: written))
                        }
                }
            }
            return (items.map { .success(written.contains($0.rollID)) }, outcomes)
        } catch {
            // Nothing in one check-in can fail the statements (their conditions filter lines, they do
            // not throw): a failure is the database's (a lost connection, a timeout), the batch's as a
            // whole. Everyone in it gets the error and nothing of it was written.
            return (items.map { _ in .failure(error) }, taps.map { _ in .failure(error) })
        }
    }

    /// A check-in's audit `after`: what `Audit.encode(["memberId": …, "attendance": …])` writes (sorted
    /// keys; a UUID and a status name need no escaping), without a JSON encoder per line.
    static func auditAfter(_ item: Item) -> String {
        #"{"attendance":"\#(item.attendance.rawValue)","memberId":"\#(item.memberID.uuidString)"}"#
    }

    /// One batch's statements and answers, whichever connection runs them: read the taps' lines,
    /// decide each tap, count the wrong codes, write the lines that may be written, audit them.
    private struct Batch {
        private(set) var items: [Item]
        let taps: [Tap]
        let now: LocalDateTime
        private var outcomes: [Result<TapOutcome, any Error>]
        private var tapped: [(index: Int, item: Item, entry: RollEntryDTO)] = []

        init(items: [Item], taps: [Tap], now: LocalDateTime) {
            self.now = now
            self.items = items
            self.taps = taps
            outcomes = Array(repeating: .success(.unauthorized), count: taps.count)
        }

        /// The taps' lines, if there are taps (SQLite).
        var readQuery: SQLQueryString? { taps.isEmpty ? nil : MeetingService.checkInLinesQuery(taps: taps) }

        /// `readQuery` as PostgreSQL's prepared statement.
        func readStatement() throws -> PreparedText? {
            taps.isEmpty ? nil : try MeetingService.checkInLinesStatement(taps: taps)
        }

        /// Decides each tap from its line; the statements counting the wrong codes, to run before the
        /// lines are written (so that a right code arriving in the same batch as the wrong code that
        /// holds the member back is held back too).
        mutating func decide(lines rows: [any SQLRow]) throws -> [SQLQueryString] {
            var lines: [Int: any SQLRow] = [:]
            for row in rows { lines[try row.decode(column: "n", as: Int.self)] = row }
            var wrongCodes: [SQLQueryString] = []
            for (k, tap) in taps.enumerated() {
                guard let line = lines[k], try line.decode(column: "active", as: Bool.self) else { continue }
                guard let memberID = try line.decode(column: "member_id", as: UUID?.self),
                    try line.decode(column: "id", as: UUID?.self) != nil, try line.decode(column: "visible", as: Bool.self)
                else {
                    outcomes[k] = .success(.ordinary)
                    continue
                }
                let actor = Actor(
                    accountID: try line.decode(column: "account_id", as: UUID.self),
                    username: try line.decode(column: "username", as: String.self))
                do {
                    switch try MeetingService.decideCheckIn(
                        line: line, memberID: memberID, actor: actor, meetingID: tap.meetingID,
                        code: tap.code, now: now)
                    {
                    case let .answer(entry):
                        outcomes[k] = .success(.checkedIn(entry))
                    case let .wrongCode(rollID):
                        wrongCodes.append(MeetingService.wrongCodeQuery(rollID: rollID))
                        outcomes[k] = .failure(MeetingService.checkinWrongCode)
                    case let .write(item, entry):
                        items.append(item)
                        tapped.append((k, item, entry))
                    }
                } catch let error as DomainError {
                    outcomes[k] = .failure(error)
                }
            }
            return wrongCodes
        }

        /// Writes the lines that may still be written (meeting open, member not yet present, not held
        /// back by wrong codes), returning the ids of those written (SQLite, whose writer holds the
        /// whole file until the commit).
        var updateQuery: SQLQueryString? {
            guard !items.isEmpty else { return nil }
            let windowStart = Date().addingTimeInterval(-MeetingService.checkInRules.windowSeconds)
            let cases = SQLList(
                items.map { SQLQueryString("WHEN \(bind: $0.rollID) THEN \(bind: $0.attendance.rawValue)") }, separator: SQLRaw(" "))
            return """
                UPDATE meeting_attendance SET attendance = CASE id \(cases) END, reason = NULL,
                    checked_in_at = \(bind: Date()), self_checkin = TRUE
                WHERE id IN (\(binds: items.map(\.rollID)))
                  AND (attendance IS NULL OR attendance NOT IN (\(unsafeRaw: attendedStatuses)))
                  AND (checkin_failures < \(bind: MeetingService.checkInRules.wrongCodesAllowed) OR checkin_failed_at IS NULL
                       OR checkin_failed_at <= \(bind: windowStart))
                  AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_attendance.meeting_id
                              AND m.status = '\(unsafeRaw: MeetingStatus.open.rawValue)')
                RETURNING id
                """
        }

        /// `updateQuery` as PostgreSQL's prepared statement: the lines' ids and statuses as two arrays
        /// (a line tapped twice in the batch takes its first status, as `CASE` does), and the meeting's
        /// row held until the commit, so that it cannot end in between.
        func updateStatement() throws -> PreparedText? {
            guard !items.isEmpty else { return nil }
            return try PreparedText(
                sql: Self.updateSQL,
                binds: [
                    items.map(\.rollID), items.map(\.attendance.rawValue), Date(), MeetingService.checkInRules.wrongCodesAllowed,
                    Date().addingTimeInterval(-MeetingService.checkInRules.windowSeconds),
                ])
        }

        static let updateSQL = """
            UPDATE meeting_attendance SET attendance = ($2::text[])[array_position($1::uuid[], id)], reason = NULL,
                checked_in_at = $3::timestamptz, self_checkin = TRUE
            WHERE id = ANY($1::uuid[])
              AND (attendance IS NULL OR attendance NOT IN (\(attendedStatuses)))
              AND (checkin_failures < $4::int8 OR checkin_failed_at IS NULL OR checkin_failed_at <= $5::timestamptz)
              AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_attendance.meeting_id
                          AND m.status = '\(MeetingStatus.open.rawValue)' FOR SHARE)
            RETURNING id
            """

        func written(_ rows: [any SQLRow]) throws -> Set<UUID> {
            Set(try rows.map { try $0.decode(column: "id", as: UUID.self) })
        }

        /// One audit entry per line written (a line tapped twice in the batch is written once).
        private func audited(written: Set<UUID>) -> [Item] {
            var seen = Set<UUID>()
            return items.filter { written.contains($0.rollID) && seen.insert($0.rollID).inserted }
        }

        /// Their audit entries (SQLite).
        func auditQuery(written: Set<UUID>) -> SQLQueryString? {
            Audit.insertQuery(
                audited(written: written).map { item in
                    Audit.Line(
                        actor: item.actor, action: Self.auditAction, entity: "meeting", id: item.meetingID, unit: item.unitID,
                        after: CheckInWriter.auditAfter(item))
                })
        }

        /// `auditQuery` as PostgreSQL's prepared statement: the entries' columns as arrays.
        func auditStatement(written: Set<UUID>) throws -> PreparedText? {
            let lines = audited(written: written)
            guard !lines.isEmpty else { return nil }
            return try PreparedText(
                sql: Self.auditSQL,
                binds: [
                    Date(), lines.map { _ in UUID() }, lines.map { $0.actor.accountID?.uuidString ?? "" }, lines.map(\.actor.username),
                    lines.map(\.meetingID), lines.map(\.unitID), lines.map { CheckInWriter.auditAfter($0) },
                ])
        }

        static let auditAction = "meeting.checkin"
        static let auditSQL = """
            INSERT INTO audit_log (id, at, account_id, username, action, entity, entity_id, unit_id, "before", "after")
            SELECT e.id, $1::timestamptz, NULLIF(e.account_id, '')::uuid, e.username, '\(auditAction)', 'meeting',
                   e.meeting_id, e.unit_id, NULL, e.after
            FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[])
                 AS e(id, account_id, username, meeting_id, unit_id, after)
            """

        /// The texts of the statements `PostgresBatchConnection` prepares for the writer.
        static var preparedTexts: [String] { [MeetingService.checkInLinesSQL, updateSQL, auditSQL] }

        func outcomes(written: Set<UUID>) -> [Result<TapOutcome, any Error>] {
            var outcomes = outcomes
            for (k, item, entry) in tapped {
                outcomes[k] = .success(
                    written.contains(item.rollID) ? .checkedIn(entry) : .notWritten(rollID: item.rollID, memberID: item.memberID))
            }
            return outcomes
        }
    }
}

/// The statuses that count as attending, as an SQL list.
private let attendedStatuses = AttendanceStatus.allCases.filter(\.attended).map { "'\($0.rawValue)'" }.joined(separator: ", ")

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
