import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Meeting-day load: many members checking in at once are all written, once each.
@Suite struct CheckInTests {
    /// Cell A's secretary plans today's meeting and opens it: the secretary, the meeting's id, the code.
    func openMeeting(_ app: Application, _ f: Fixture) async throws -> (APIClient, String, String) {
        let sec = try await APIClient.login(app, "seca")
        let meeting =
            try
            (try await sec.send(
                .POST, "/api/v1/units/\(f.cellA!)/meetings",
                json: #"{"kind":"regular","date":"\#(app.clock.today.iso)"}"#)).json()["id"] as! String
        let code = try (try await sec.send(.POST, "/api/v1/meetings/\(meeting)/open")).json()["checkinCode"] as! String
        return (sec, meeting, code)
    }

    /// `count` official members of cell A ("\(name) 0", …), each with an account ("\(username)0", …)
    /// holding the member role there: their ids and principals.
    func members(
        _ app: Application, _ f: Fixture, count: Int, name: String, username: String,
        cards: Int
    ) async throws -> [(UUID, Principal)] {
        let admin = try await Fixture.admin(app)
        var made: [(UUID, Principal)] = []
        for i in 0..<count {
            let id = try await MemberService.create(
                app.db, admin, unitID: f.cellA,
                draft: MemberDraft(
                    fullName: "\(name) \(i)", birthDate: "1980-01-01", gender: "male", cardNumber: String(format: "%04d%04d", cards, i),
                    admissionDate: "2000-06-01", officialDate: "2001-06-01", status: "official"),
                today: CivilDate(year: 2026, month: 11, day: 1)!
            ).id!
            let account = Account(username: "\(username)\(i)", passwordHash: "x", displayName: "\(name) \(i)", memberID: id)
            try await account.create(on: app.db)
            try await AccountRole(accountID: account.id!, role: .member, unitID: f.cellA).create(on: app.db)
            made.append((id, try await Principal.load(accountID: account.id!, today: app.clock.today, on: app.db)!))
        }
        return made
    }

    /// `count` members of cell A, each with an API token: their ids and clients.
    func tappers(
        _ app: Application, _ f: Fixture, count: Int, name: String, username: String,
        cards: Int
    ) async throws -> [(UUID, APIClient)] {
        var made: [(UUID, APIClient)] = []
        for (id, principal) in try await members(app, f, count: count, name: name, username: username, cards: cards) {
            made.append((id, APIClient(app: app, token: try await AccountService.issueToken(app.db, principal, lifetime: 3600).0)))
        }
        return made
    }

    @Test func membersCheckingInAtOnceAreAllWrittenWithOneAuditEntryEach() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let principals = try await members(app, f, count: 30, name: "Đảng Viên Số", username: "dv", cards: 2300).map(\.1)
            let (sec, meeting, code) = try await openMeeting(app, f)
            let meetingID = UUID(uuidString: meeting)!

            // Everyone at once, and everyone taps twice.
            let entries = try await withThrowingTaskGroup(of: RollEntryDTO.self) { group in
                for p in principals + principals {
                    group.addTask {
                        try await MeetingService.checkIn(
                            app.db, p, writer: app.checkIns, meetingID: meetingID, code: code, now: app.clock.localNow)
                    }
                }
                return try await group.reduce(into: [RollEntryDTO]()) { $0.append($1) }
            }
            #expect(entries.count == 60)
            #expect(entries.allSatisfy { $0.attendance == .present && $0.selfCheckin })

            let roll = try await MeetingService.roll(app.db, meetingID: meetingID)
            let checked = Set(principals.compactMap(\.memberID))
            #expect(roll.filter { checked.contains($0.$member.id) }.allSatisfy { $0.attendance == .present && $0.selfCheckin })
            #expect(roll.filter { !checked.contains($0.$member.id) }.allSatisfy { $0.attendance == nil })
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "meeting.checkin").all()
            #expect(audit.count == 30)
            #expect(Set(audit.compactMap(\.accountID)) == Set(principals.map(\.accountID)))
            #expect(audit.allSatisfy { $0.entityID == meetingID && $0.unitID == f.cellA })

            // Once the meeting has ended nobody checks in, present or not.
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(meeting)/end").status == .ok)
            let an = try await APIClient.login(app, "dv.an")
            #expect(try await an.send(.POST, "/api/v1/meetings/\(meeting)/checkin", json: #"{"code":"\#(code)"}"#).status == .conflict)
            await #expect(throws: DomainError.self) {
                try await MeetingService.checkIn(
                    app.db, principals[0], writer: app.checkIns, meetingID: meetingID, code: code, now: app.clock.localNow)
            }
        }
    }

    /// Taps over the API are read, checked and written in the check-in writer's batches: every answer is
    /// the one a tap alone would get, whoever else is in the batch.
    @Test func tapsArrivingTogetherEachGetTheirOwnAnswer() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let clients = try await tappers(app, f, count: 24, name: "Người Chạm Số", username: "tap", cards: 2400)
            let (_, meeting, code) = try await openMeeting(app, f)
            let path = "/api/v1/meetings/\(meeting)/checkin"
            let wrong = code == "000000" ? "111111" : "000000"
            // A role in cell A, but the account's member (of cell B) is not on this meeting's roll.
            let outsider = Account(username: "tap.binh", passwordHash: "x", displayName: "Lò Văn Bình", memberID: f.binh)
            try await outsider.create(on: app.db)
            try await AccountRole(accountID: outsider.id!, role: .member, unitID: f.cellA).create(on: app.db)
            let binh = APIClient(
                app: app,
                token: try await AccountService.issueToken(
                    app.db, try await Principal.load(accountID: outsider.id!, today: app.clock.today, on: app.db)!, lifetime: 3600
                ).0)
            let stranger = APIClient(app: app, token: "not-a-token")

            // 16 members tap twice, 8 type a wrong code, and a stranger and a member not on the roll tap too:
            // all at once.
            enum Who: Sendable { case member(Int), wrongCode(Int), stranger, notOnRoll }
            let taps: [Who] = (0..<16).map(Who.member) + (0..<16).map(Who.member) + (16..<24).map(Who.wrongCode) + [.stranger, .notOnRoll]
            struct Answer: Sendable {
                let who: Who, status: HTTPStatus, memberId: String?, attendance: String?, selfCheckin: Bool?, error: String?
            }
            let answers = try await withThrowingTaskGroup(of: Answer.self) { group in
                for who in taps.shuffled() {
                    group.addTask {
                        let res: TestingHTTPResponse
                        switch who {
                        case let .member(i): res = try await clients[i].1.send(.POST, path, json: #"{"code":"\#(code)"}"#)
                        case let .wrongCode(i): res = try await clients[i].1.send(.POST, path, json: #"{"code":"\#(wrong)"}"#)
                        case .stranger: res = try await stranger.send(.POST, path, json: #"{"code":"\#(code)"}"#)
                        case .notOnRoll: res = try await binh.send(.POST, path, json: #"{"code":"\#(code)"}"#)
                        }
                        let body = try res.json()
                        return Answer(
                            who: who, status: res.status, memberId: body["memberId"] as? String, attendance: body["attendance"] as? String,
                            selfCheckin: body["selfCheckin"] as? Bool, error: (body["error"] as? [String: Any])?["code"] as? String)
                    }
                }
                return try await group.reduce(into: [Answer]()) { $0.append($1) }
            }
            #expect(answers.count == taps.count)
            for a in answers {
                switch a.who {
                case let .member(i):
                    #expect(a.status == .ok)
                    #expect(a.memberId == clients[i].0.uuidString)
                    #expect(a.attendance == "present")
                    #expect(a.selfCheckin == true)
                case .wrongCode:
                    #expect(a.status == .unprocessableEntity)
                    #expect(a.error == "checkin.code")
                case .stranger:
                    #expect(a.status == .unauthorized)
                case .notOnRoll:
                    #expect(a.status == .forbidden)
                    #expect(a.error == "checkin.notOnRoll")
                }
            }

            let lines = try await (app.db as! any SQLDatabase).raw(
                """
                SELECT member_id, attendance, checkin_failures FROM meeting_attendance WHERE meeting_id = \(bind: UUID(uuidString: meeting)!)
                """
            ).all()
            var roll: [UUID: (String?, Int)] = [:]
            for line in lines {
                roll[try line.decode(column: "member_id", as: UUID.self)] = (
                    try line.decode(column: "attendance", as: String?.self),
                    try line.decode(column: "checkin_failures", as: Int.self)
                )
            }
            for (i, (id, _)) in clients.enumerated() {
                #expect(roll[id]?.0 == (i < 16 ? "present" : nil))
                #expect(roll[id]?.1 == (i < 16 ? 0 : 1))
            }
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "meeting.checkin").all()
            #expect(audit.count == 16)
            #expect(Set(audit.compactMap(\.username)) == Set((0..<16).map { "tap\($0)" }))
        }
    }

    /// Everyone taps at once: the answers' statuses.
    func tapTogether(_ clients: [(UUID, APIClient)], meeting: String, code: String) async throws -> [HTTPStatus] {
        try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for (_, client) in clients {
                group.addTask { try await client.send(.POST, "/api/v1/meetings/\(meeting)/checkin", json: #"{"code":"\#(code)"}"#).status }
            }
            return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
        }
    }

    /// The members on the meeting's roll marked present, and the check-ins audited.
    func presentAndAudited(_ app: Application, meeting: String) async throws -> (Int, Int) {
        let roll = try await MeetingService.roll(app.db, meetingID: UUID(uuidString: meeting)!)
        let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "meeting.checkin").count()
        return (roll.filter { $0.attendance == .present }.count, audit)
    }

    /// A batch is one transaction: when one of its statements fails (here the audit INSERT, refused by
    /// a trigger), nobody in it is marked present, everyone gets the error, and the writer goes on
    /// with the next batch.
    @Test func aBatchThatFailsWritesNothingForAnyoneInIt() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let clients = try await tappers(app, f, count: 12, name: "Người Chạm Hỏng", username: "fail", cards: 2500)
            let (_, meeting, code) = try await openMeeting(app, f)
            let sql = app.db as! any SQLDatabase
            if TestDatabase.isPostgres {
                try await sql.raw(
                    """
                    CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$
                    """
                ).run()
                try await sql.raw("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()")
                    .run()
            } else {
                try await sql.raw("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END")
                    .run()
            }
            let refused = try await tapTogether(clients, meeting: meeting, code: code)
            #expect(refused.allSatisfy { $0 == .internalServerError })
            let (present, audited) = try await presentAndAudited(app, meeting: meeting)
            #expect(present == 0)
            #expect(audited == 0)

            try await sql.raw("DROP TRIGGER refuse_audit\(unsafeRaw: TestDatabase.isPostgres ? " ON audit_log" : "")").run()
            let accepted = try await tapTogether(clients, meeting: meeting, code: code)
            #expect(accepted.allSatisfy { $0 == .ok })
            let (presentNow, auditedNow) = try await presentAndAudited(app, meeting: meeting)
            #expect(presentNow == 12)
            #expect(auditedNow == 12)
        }
    }

    /// PostgreSQL: the writer's own connection, lost between two batches (its backend ended, as when
    /// PostgreSQL restarts), is opened again, and the next taps are written as if nothing happened.
    @Test(.enabled(if: TestDatabase.isPostgres)) func theWriterOpensItsConnectionAgainWhenItIsLost() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let clients = try await tappers(app, f, count: 8, name: "Người Chạm Lại", username: "lost", cards: 2600)
            let (_, meeting, code) = try await openMeeting(app, f)
            #expect(try await tapTogether(Array(clients.prefix(4)), meeting: meeting, code: code).allSatisfy { $0 == .ok })

            let sql = app.db as! any SQLDatabase
            let ended = try await sql.raw(
                """
                SELECT pid, pg_terminate_backend(pid) AS ended FROM pg_stat_activity
                WHERE datname = current_database() AND application_name = \(bind: PostgresBatchConnection.applicationName)
                """
            ).all()
            #expect(try ended.map { try $0.decode(column: "ended", as: Bool.self) } == [true])
            // pg_terminate_backend only signals the backend: the connection is lost *between* two
            // batches once it has gone, which a loaded machine may take a moment to do.
            let pid = try ended.first?.decode(column: "pid", as: Int.self) ?? 0
            for _ in 0..<100 {
                let alive = try await sql.raw("SELECT COUNT(*) AS n FROM pg_stat_activity WHERE pid = \(bind: pid)").first()?
                    .decode(column: "n", as: Int.self)
                if alive == 0 { break }
                try await Task.sleep(for: .milliseconds(50))
            }

            #expect(try await tapTogether(Array(clients.suffix(4)), meeting: meeting, code: code).allSatisfy { $0 == .ok })
            let (present, audited) = try await presentAndAudited(app, meeting: meeting)
            #expect(present == 8)
            #expect(audited == 8)
        }
    }

    /// PostgreSQL: the writer's statements are prepared on its connection. When one can no longer run
    /// there (here a column it returns changed type, as a migration might do), the batch fails and the
    /// connection is closed; the next batch prepares them again and is written.
    @Test(.enabled(if: TestDatabase.isPostgres)) func theWriterPreparesItsStatementsAgainAfterAFailedBatch() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let clients = try await tappers(app, f, count: 8, name: "Người Chạm Mới", username: "again", cards: 2700)
            let (_, meeting, code) = try await openMeeting(app, f)
            #expect(try await tapTogether(Array(clients.prefix(4)), meeting: meeting, code: code).allSatisfy { $0 == .ok })

            try await (app.db as! any SQLDatabase).raw("ALTER TABLE meeting_attendance ALTER COLUMN reason TYPE varchar(2000)").run()
            #expect(try await tapTogether([clients[4]], meeting: meeting, code: code) == [.internalServerError])
            #expect(try await tapTogether([clients[4]], meeting: meeting, code: code) == [.ok])
            #expect(try await tapTogether(Array(clients.suffix(3)), meeting: meeting, code: code).allSatisfy { $0 == .ok })
            let (present, audited) = try await presentAndAudited(app, meeting: meeting)
            #expect(present == 8)
            #expect(audited == 8)
        }
    }

    @Test func wrongCodesAreCountedOnTheLineAndTheWindowPasses() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let (_, meeting, code) = try await openMeeting(app, f)
            let an = try await APIClient.login(app, "dv.an")
            let wrong = code == "000000" ? "111111" : "000000"
            for _ in 0..<5 {
                #expect(
                    try await an.send(.POST, "/api/v1/meetings/\(meeting)/checkin", json: #"{"code":"\#(wrong)"}"#).status
                        == .unprocessableEntity)
            }
            let held = try await an.send(.POST, "/api/v1/meetings/\(meeting)/checkin", json: #"{"code":"\#(code)"}"#)
            #expect(held.status == .tooManyRequests)
            #expect((try held.json()["error"] as? [String: Any])?["code"] as? String == "checkin.throttled")
            // Fifteen minutes later (the first wrong code moved back in time) the member may try again.
            let sql = app.db as! any SQLDatabase
            try await sql.raw(
                """
                UPDATE meeting_attendance SET checkin_failed_at = \(bind: Date().addingTimeInterval(-MeetingService.checkInRules.windowSeconds - 1))
                WHERE member_id = \(bind: f.an!)
                """
            ).run()
            let ok = try await an.send(.POST, "/api/v1/meetings/\(meeting)/checkin", json: #"{"code":"\#(code)"}"#)
            #expect(ok.status == .ok)
            #expect(try ok.json()["attendance"] as? String == "present")
        }
    }

    @Test func onlyAccountsThatMayReadTheMeetingCheckIn() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let (_, meeting, code) = try await openMeeting(app, f)
            func principal(_ name: String, member: UUID, role: Role, at unit: UUID?) async throws -> Principal {
                // A member has one active account (M028): the member's earlier ones are closed first.
                try await Account.query(on: app.db).filter(\.$member.$id == member).set(\.$active, to: false).update()
                let account = Account(username: name, passwordHash: "x", displayName: name, memberID: member)
                try await account.create(on: app.db)
                try await AccountRole(accountID: account.id!, role: role, unitID: unit).create(on: app.db)
                return try await Principal.load(accountID: account.id!, today: app.clock.today, on: app.db)!
            }
            let id = UUID(uuidString: meeting)!
            // On the roll, but the account's role is held in another cell: the meeting is not found.
            let elsewhere = try await principal("x.elsewhere", member: f.an, role: .member, at: f.cellB)
            await #expect(throws: DomainError.notFound("meeting")) {
                try await MeetingService.checkIn(
                    app.db, elsewhere, writer: app.checkIns, meetingID: id, code: code, now: app.clock.localNow)
            }
            // A role held above the cell (the commune) or everywhere covers it.
            let above = try await principal("x.above", member: f.an, role: .committeeStaff, at: f.commune)
            #expect(
                try await MeetingService.checkIn(app.db, above, writer: app.checkIns, meetingID: id, code: code, now: app.clock.localNow)
                    .attendance == .present)
            let everywhere = try await principal("x.everywhere", member: f.anh, role: .administrator, at: nil)
            #expect(
                try await MeetingService.checkIn(
                    app.db, everywhere, writer: app.checkIns, meetingID: id, code: code, now: app.clock.localNow
                ).attendance == .present)
            // Not on the roll at all: forbidden, as before.
            let binh = try await principal("x.binh", member: f.binh, role: .member, at: f.cellA)
            await #expect(throws: DomainError.self) {
                try await MeetingService.checkIn(app.db, binh, writer: app.checkIns, meetingID: id, code: code, now: app.clock.localNow)
            }
        }
    }
}
