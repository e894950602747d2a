import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// A member's party life over the API and the record page: dated periods, the roll of a day
/// typed in later, leaving, suspension, discipline and recognition, and who may record them.
@Suite struct MemberLifeTests {
    /// Opens a meeting of `cell` on `date` (typed in after the fact when past) and returns its roll by member id.
    func roll(_ api: APIClient, cell: UUID, on date: String, kind: String = "regular") async throws -> [String: [String: Any]] {
        let created = try await api.send(.POST, "/api/v1/units/\(cell)/meetings", json: #"{"kind":"\#(kind)","date":"\#(date)"}"#)
        #expect(created.status == .created, "\(created.body.string)")
        let id = try created.json()["id"] as! String
        let opened = try await api.send(.POST, "/api/v1/meetings/\(id)/open")
        #expect(opened.status == .ok, "\(opened.body.string)")
        let detail = try await api.send(.GET, "/api/v1/meetings/\(id)").json()
        let entries = detail["roll"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: entries.map { ($0["memberId"] as! String, $0) })
    }

    func code(_ res: TestingHTTPResponse) throws -> String? {
        (try res.json()["error"] as? [String: Any])?["code"] as? String
    }

    /// The commune's party-life figures for 2026, from the statistics API.
    func partyLife(_ api: APIClient, _ unit: UUID) async throws -> [String: Any] {
        let stats = try await api.send(.GET, "/api/v1/units/\(unit)/statistics?period=year&year=2026").json()
        return ((stats["total"] as? [String: Any])?["partyLife"] as? [String: Any]) ?? [:]
    }

    func signIn(_ app: Application, _ username: String) async throws -> HTTPStatus {
        var status = HTTPStatus.ok
        try await app.testing().test(
            .POST, "/api/v1/auth/token",
            beforeRequest: { req in try req.content.encode(["username": username, "password": Fixture.password]) },
            afterResponse: { res in
                status = res.status
            })
        return status
    }

    /// A meeting entered later from the paper minute book gets the roll of its own day: an
    /// exemption that began and ended in between, and a recognition dated back.
    @Test func aMeetingTypedInLaterGetsThatDaysRoll() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "staff")
            let an = f.an!.uuidString
            #expect(
                try await api.send(
                    .PUT, "/api/v1/members/\(an)/exemption",
                    json: #"{"kind":"temporary","decisionDate":"2026-03-01","reason":"Đi làm ăn xa"}"#
                ).status == .ok)
            #expect(try await api.send(.DELETE, "/api/v1/members/\(an)/exemption?until=2026-06-30").status == .ok)
            let chu =
                try await api.send(
                    .POST, "/api/v1/members",
                    json: #"""
                        {"unitId":"\#(f.cellA!)","fullName":"Chu Văn Cường","birthDate":"1990-02-02","gender":"male",
                         "admissionDate":"2025-09-15","status":"probationary"}
                        """#
                ).json()["id"] as! String
            let early = try await api.send(
                .POST, "/api/v1/members/\(chu)/recognition", json: #"{"decisionDate":"2026-09-10","decisionNumber":"125-QĐ/ĐU"}"#)
            #expect(early.status == .unprocessableEntity)
            #expect(try code(early) == "decisionDate.beforeProbationEnds")
            // The recognition file: the cell's steps (10–13-KNĐ, its vote), the committee's (14-KNĐ), then the decision.
            let sec = try await APIClient.login(app, "seca")
            func step(_ c: APIClient, _ json: String) async throws -> TestingHTTPResponse {
                try await c.send(.POST, "/api/v1/members/\(chu)/recognition-steps", json: json)
            }
            let noFile = try await step(sec, #"{"step":"cell_resolution","date":"2026-09-20"}"#)
            #expect(noFile.status == .unprocessableEntity)
            #expect(try await step(sec, #"{"step":"self_review","date":"2026-09-01"}"#).status == .ok)
            #expect(try await step(sec, #"{"step":"helper_review","date":"2026-09-02"}"#).status == .ok)
            #expect(try await step(sec, #"{"step":"residence","date":"2026-09-05"}"#).status == .ok)
            let meeting = try await sec.send(.POST, "/api/v1/units/\(f.cellA!)/meetings", json: #"{"kind":"regular","date":"2026-09-14"}"#)
            let meetingID = try meeting.json()["id"] as! String
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(meetingID)/open").status == .ok)
            #expect(
                try await sec.send(.PUT, "/api/v1/meetings/\(meetingID)/attendance/\(an)", json: #"{"attendance":"present"}"#).status == .ok
            )
            let vote = try await sec.send(
                .POST, "/api/v1/meetings/\(meetingID)/votes",
                json: #"{"kind":"recognition","subject":"Công nhận đồng chí Chu Văn Cường","subjectMemberId":"\#(chu)"}"#)
            let voteID = try vote.json()["id"] as! String
            #expect(
                try await sec.send(.POST, "/api/v1/meetings/\(meetingID)/votes/\(voteID)/tally", json: #"{"inFavour":1,"against":0}"#)
                    .status == .ok)
            let beforeEnd = try await step(sec, #"{"step":"cell_resolution","date":"2026-09-14","voteId":"\#(voteID)"}"#)
            #expect(try code(beforeEnd) == "date.beforeProbationEnds", "the cell considers it once the twelve months are over")
            #expect(try await step(sec, #"{"step":"cell_resolution","date":"2026-09-16","voteId":"\#(voteID)"}"#).status == .ok)
            #expect(try await step(sec, #"{"step":"committee_resolution","date":"2026-09-25"}"#).status == .forbidden)
            let filed = try await step(api, #"{"step":"committee_resolution","date":"2026-09-25","documentNumber":"NQ 14"}"#)
            #expect(filed.status == .ok)
            #expect((try filed.json()["recognitionSteps"] as? [[String: Any]])?.count == 5)
            #expect((try filed.json()["recognitionOpen"] as? [Any])?.isEmpty == true)
            let recognised = try await api.send(
                .POST, "/api/v1/members/\(chu)/recognition",
                json: #"{"decisionDate":"2026-10-02","decisionNumber":"131-QĐ/ĐU","voteId":"\#(voteID)"}"#)
            #expect(recognised.status == .ok)
            #expect(try recognised.json()["officialDate"] as? String == "2026-09-15", "official from the end of the twelve months")

            let april = try await roll(api, cell: f.cellA!, on: "2026-04-10")
            #expect(april[an]?["exempt"] as? Bool == true)
            #expect(april[chu.uppercased()]?["status"] as? String ?? april[chu]?["status"] as? String == "probationary")
            let september = try await roll(api, cell: f.cellA!, on: "2026-09-20")
            #expect(september[an]?["exempt"] as? Bool == false, "the exemption ended on 30/06 and is kept, closed")
            #expect(september[chu.uppercased()]?["status"] as? String ?? september[chu]?["status"] as? String == "official")
            #expect(try await partyLife(api, f.commune!)["recognised"] as? Int == 1)
            // A correction of the record rewrites the membership's periods but keeps their decisions.
            #expect(try await api.send(.PATCH, "/api/v1/members/\(chu)", json: #"{"admissionDate":"2025-09-14"}"#).status == .ok)
            let chuLife = try await api.send(.GET, "/api/v1/members/\(chu)/life").json()
            let official = (chuLife["periods"] as? [[String: Any]] ?? []).first { $0["kind"] as? String == "official" }
            #expect(official?["decisionNumber"] as? String == "131-QĐ/ĐU")
            #expect(try await partyLife(api, f.commune!)["recognised"] as? Int == 1)
            let life = try await api.send(.GET, "/api/v1/members/\(an)/life").json()
            let kinds = (life["periods"] as? [[String: Any]] ?? []).map { "\($0["kind"]!)/\($0["until"] ?? "")" }
            #expect(kinds == ["probationary/1996-05-31", "official/", "exempt/2026-06-30"])
        }
    }

    /// Someone who left is on no roll, list or count after that day, keeps their history, and
    /// their account can no longer do anything.
    @Test func someoneWhoLeftIsOnNoRollAndCannotSignIn() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "staff")
            let an = f.an!.uuidString
            let before = try await api.send(.GET, "/api/v1/units/\(f.commune!)/counts").json()["total"] as? Int
            let office = try await api.send(
                .POST, "/api/v1/units/\(f.cellA!)/officers", json: #"{"memberId":"\#(an)","role":"deputy","from":"2026-01-01"}"#)
            #expect(office.status == .ok, "\(office.body.string)")
            #expect(try await signIn(app, "dv.an") == .ok)
            let died = try await api.send(.POST, "/api/v1/members/\(an)/leaving", json: #"{"kind":"death","date":"2026-10-01"}"#)
            #expect(died.status == .ok, "\(died.body.string)")
            #expect((try died.json()["left"] as? [String: Any])?["kind"] as? String == "death")
            let again = try await api.send(.POST, "/api/v1/members/\(an)/leaving", json: #"{"kind":"death","date":"2026-10-05"}"#)
            #expect(again.status == .unprocessableEntity)
            #expect(try code(again) == "member.left")

            #expect(try await signIn(app, "dv.an") == .unprocessableEntity)
            let after = try await api.send(.GET, "/api/v1/units/\(f.commune!)/counts").json()["total"] as? Int
            #expect(after == before.map { $0 - 1 })
            let list = try await api.send(.GET, "/api/v1/members?unitId=\(f.cellA!)").json()
            #expect(!((list["items"] as? [[String: Any]]) ?? []).contains { ($0["id"] as? String)?.uppercased() == an })
            let officers = try await api.send(.GET, "/api/v1/units/\(f.cellA!)/officers").json()
            #expect(((officers["items"] as? [[String: Any]]) ?? []).isEmpty, "offices end with the membership")
            #expect(try await roll(api, cell: f.cellA!, on: "2026-09-20")[an] != nil, "still on the roll before that day")
            #expect(try await roll(api, cell: f.cellA!, on: "2026-10-01")[an] == nil)
            #expect(try await api.send(.GET, "/api/v1/members/\(an)").status == .ok, "the record stays readable")
            let audit = try await api.send(.GET, "/api/v1/audit").json()
            let actions = (audit["items"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
            #expect(actions.contains("member.leave") && actions.contains("account.followMembership"))
            #expect(try await partyLife(api, f.commune!)["leftDeath"] as? Int == 1)
            let moved = try await api.send(
                .POST, "/api/v1/members/\(an)/move", json: #"{"unitId":"\#(f.cellB!)","effectiveDate":"2026-11-01"}"#)
            #expect(moved.status == .unprocessableEntity)
        }
    }

    @Test func suspensionTakesTheMemberOutOfTheBaseAndTheSignIn() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "staff")
            let an = f.an!.uuidString
            let suspended = try await api.send(
                .PUT, "/api/v1/members/\(an)/suspension",
                json: #"{"kind":"suspension","from":"2026-11-01","reason":"Bị khởi tố, điều tra","decidedBy":"Đảng ủy xã"}"#)
            #expect(suspended.status == .ok, "\(suspended.body.string)")
            #expect(try await signIn(app, "dv.an") == .unprocessableEntity)
            let today = try await roll(api, cell: f.cellA!, on: app.clock.today.iso)
            #expect(today[an]?["suspended"] as? Bool == true)
            let office = try await api.send(
                .POST, "/api/v1/units/\(f.cellA!)/officers", json: #"{"memberId":"\#(an)","role":"deputy","from":"2026-11-20"}"#)
            #expect(try code(office) == "memberId.notServing", "a suspended member takes no office")
            #expect(try await partyLife(api, f.commune!)["suspensions"] as? Int == 1)
            let overlap = try await api.send(
                .PUT, "/api/v1/members/\(an)/suspension", json: #"{"kind":"detention","from":"2026-11-10","reason":"Tạm giam"}"#)
            #expect(overlap.status == .unprocessableEntity)
            #expect(try await api.send(.DELETE, "/api/v1/members/\(an)/suspension?until=2026-11-21").status == .ok)
            #expect(try await signIn(app, "dv.an") == .ok)
        }
    }

    @Test func aCellDecidesOnlyWhatTheCharterLetsIt() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "seca")
            let an = f.an!.uuidString
            let expel = try await api.send(
                .POST, "/api/v1/members/\(an)/discipline",
                json: #"{"kind":"expulsion","body":"cell","date":"2026-11-02","reason":"Vi phạm tư cách đảng viên"}"#)
            #expect(expel.status == .unprocessableEntity)
            #expect(try code(expel) == "discipline.beyondCell")
            let warning = try await api.send(
                .POST, "/api/v1/members/\(an)/discipline",
                json: #"{"kind":"warning","body":"cell","date":"2026-11-02","reason":"Vắng sinh hoạt nhiều lần"}"#)
            #expect(warning.status == .ok)
            let life = try await api.send(.GET, "/api/v1/members/\(an)/life").json()
            #expect((life["today"] as? [String: Any])?["discipline"] as? String == "warning")
            // Removal from post, decided by the committee, ends the member's offices that day.
            let staffClient = try await APIClient.login(app, "staff")
            #expect(
                try await staffClient.send(
                    .POST, "/api/v1/units/\(f.cellA!)/officers", json: #"{"memberId":"\#(an)","role":"deputy","from":"2026-01-01"}"#
                ).status == .ok)
            let removal = try await staffClient.send(
                .POST, "/api/v1/members/\(an)/discipline",
                json: #"{"kind":"removal","body":"committee","date":"2026-11-10","reason":"Vi phạm","decisionNumber":"77-QĐ/ĐU"}"#)
            #expect(removal.status == .ok)
            let officers = try await staffClient.send(.GET, "/api/v1/units/\(f.cellA!)/officers").json()
            #expect(((officers["items"] as? [[String: Any]]) ?? []).isEmpty)
            // The committee's decisions are not the cell's to record.
            let recognition = #"{"decisionDate":"2026-11-20","decisionNumber":"1"}"#
            #expect(try await api.send(.POST, "/api/v1/members/\(f.anh!)/recognition", json: recognition).status == .forbidden)
            let struck = #"{"kind":"struck_off","date":"2026-11-02","decisionNumber":"9","reason":"Bỏ sinh hoạt"}"#
            #expect(try await api.send(.POST, "/api/v1/members/\(an)/leaving", json: struck).status == .forbidden)
            let suspension = #"{"kind":"suspension","from":"2026-11-02","reason":"Bị khởi tố"}"#
            #expect(try await api.send(.PUT, "/api/v1/members/\(an)/suspension", json: suspension).status == .forbidden)
            let staff = try await APIClient.login(app, "staff")
            let early = try await staff.send(.POST, "/api/v1/members/\(f.anh!)/recognition", json: recognition)
            #expect(early.status == .unprocessableEntity, "a recognition before the twelve months")
        }
    }

    /// Outside the scope: another cell's secretary does not see the member, an inspector sees but may not write.
    @Test func outsideTheScopeIsRefused() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let leaving = #"{"kind":"request","date":"2026-11-02","decisionNumber":"9-QĐ/ĐU","reason":"Xin ra khỏi Đảng"}"#
            let secb = try await APIClient.login(app, "secb")
            #expect(try await secb.send(.POST, "/api/v1/members/\(f.an!)/leaving", json: leaving).status == .notFound)
            #expect(try await secb.send(.GET, "/api/v1/members/\(f.an!)/life").status == .notFound)
            let inspector = try await APIClient.login(app, "inspector")
            // No inspection of this member: the inspector reads nothing of it (issue 17).
            #expect(try await inspector.send(.GET, "/api/v1/members/\(f.an!)/life").status == .notFound)
            #expect(try await inspector.send(.POST, "/api/v1/members/\(f.an!)/leaving", json: leaving).status == .notFound)
            let member = try await APIClient.login(app, "dv.an")
            #expect(try await member.send(.POST, "/api/v1/members/\(f.an!)/leaving", json: leaving).status == .forbidden)
            let b = Browser(app)
            _ = try await b.login("secb")
            _ = try await b.get("/members?unit=\(f.cellB!)")
            let r = try await b.post("/members/\(f.an!)/leaving", ["kind": "request", "date": "2026-11-02"])
            #expect(r.status == .notFound)
        }
    }

    /// The record page: the life's table, the forms, a refused event shown in Vietnamese, nothing written.
    @Test func theRecordPageRecordsAStrikingOff() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let sec = Browser(app)
            _ = try await sec.login("seca")
            let secretarys = try await sec.get("/members/\(f.an!)").body.string
            #expect(
                secretarys.contains("id=\"leave-member\"") && !secretarys.contains("value=\"struck_off\""), "a cell records a death only")
            #expect(!secretarys.contains("id=\"suspend-member\""))
            let b = Browser(app)
            _ = try await b.login("staff")
            let page = try await b.get("/members/\(f.an!)")
            #expect(page.body.string.contains("id=\"status-history\""))
            #expect(page.body.string.contains("id=\"leave-member\""))
            let refused = try await b.post("/members/\(f.an!)/leaving", ["kind": "struck_off", "date": "2026-11-02"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Chưa nhập số quyết định"))
            #expect(try await MemberLifeService.periods(app.db, memberID: f.an!).count == 2, "nothing half-written")
            let done = try await b.post(
                "/members/\(f.an!)/leaving",
                ["kind": "struck_off", "date": "2026-11-02", "decisionNumber": "45-QĐ/ĐU", "reason": "Bỏ sinh hoạt 3 tháng không lý do"])
            #expect(done.status == .seeOther)
            let after = try await b.get("/members/\(f.an!)")
            #expect(after.body.string.contains("id=\"member-left\""))
            #expect(after.body.string.contains("Xóa tên"))
            #expect(!after.body.string.contains("id=\"leave-member\""))
        }
    }

    /// The cell committee's meeting has the committee as its roll, so its votes' base and its
    /// absences are the committee's, not the whole cell's.
    @Test func aCommitteeMeetingsRollIsTheCommittee() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "staff")
            let office = try await api.send(
                .POST, "/api/v1/units/\(f.cellA!)/officers", json: #"{"memberId":"\#(f.an!)","role":"secretary","from":"2026-01-01"}"#)
            #expect(office.status == .ok)
            let committee = try await roll(api, cell: f.cellA!, on: "2026-11-20", kind: "committee")
            #expect(Array(committee.keys) == [f.an!.uuidString])
            let whole = try await roll(api, cell: f.cellA!, on: "2026-11-21")
            #expect(whole.count == 2)
        }
    }

    /// A permanent transfer in opens a record with its history; a transfer out closes it with the letter's validity.
    @Test func permanentTransfersInAndOut() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "staff")
            let arrived = try await api.send(
                .POST, "/api/v1/members",
                json: #"""
                    {"unitId":"\#(f.cellA!)","fullName":"Bế Văn Sơn","birthDate":"1975-05-05","gender":"male","admissionDate":"2000-01-10",
                     "officialDate":"2001-01-10","status":"official","transferFrom":"Đảng bộ xã Lăng Can","letterNumber":"GGT 17",
                     "letterDate":"2026-10-01","arrivedOn":"2026-11-10"}
                    """#)
            #expect(arrived.status == .created, "\(arrived.body.string)")
            let id = try arrived.json()["id"] as! String
            let cells = try await api.send(.GET, "/api/v1/members/\(id)/history").json()["items"] as? [[String: Any]] ?? []
            #expect(cells.first?["from"] as? String == "2026-11-10")
            #expect((cells.first?["note"] as? String)?.contains("nộp chậm 10 ngày") == true, "presented 40 days after the letter")
            let life = try await api.send(.GET, "/api/v1/members/\(id)/life").json()
            #expect((life["periods"] as? [[String: Any]])?.first?["from"] as? String == "2000-01-10", "the history comes with the member")
            #expect(try await roll(api, cell: f.cellA!, on: "2026-11-01")[id.uppercased()] == nil)
            #expect(try await roll(api, cell: f.cellA!, on: "2026-11-20")[id.uppercased()]?["status"] as? String == "official")

            let noPlace = try await api.send(
                .POST, "/api/v1/members/\(f.binh!)/leaving",
                json: #"{"kind":"transferred_out","date":"2026-11-02","decisionNumber":"GGT 9"}"#)
            #expect(try code(noPlace) == "place.required")
            let out = try await api.send(
                .POST, "/api/v1/members/\(f.binh!)/leaving",
                json: #"{"kind":"transferred_out","date":"2026-11-02","decisionNumber":"GGT 9","place":"Đảng bộ phường Minh Xuân"}"#)
            #expect(out.status == .ok)
            let gone = try await api.send(.GET, "/api/v1/members/\(f.binh!)/life").json()
            #expect(gone["letterValidUntil"] as? String == "2026-12-02")
            #expect(try await partyLife(api, f.commune!)["leftTransferredOut"] as? Int == 1)
        }
    }

    /// M009 moves the statuses the members table held into periods without loss.
    @Test func theMigrationMovesStatusesIntoPeriods() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let sql = app.db as! any SQLDatabase
            // SQLite refuses to drop a column an index names, and later migrations' partial indexes
            // name `left_date` (M038); PostgreSQL drops them with the column.
            if !TestDatabase.isPostgres {
                let names = try await sql.raw(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'members' AND sql LIKE '%left_date%'"
                ).all().map { try $0.decode(column: "name", as: String.self) }
                for name in names { try await sql.drop(index: name).run() }
            }
            try await M009_MemberStatusPeriods().revert(on: app.db)
            try await sql.raw(
                """
                UPDATE members SET exemption_kind = 'full', exemption_date = '2020-01-01', exemption_reason = 'Tuổi cao'
                WHERE id = \(bind: f.an!)
                """
            ).run()
            try await sql.raw(
                """
                UPDATE members SET transfer_direction = 'in', transfer_from = '2026-02-01', transfer_until = '2026-12-31',
                transfer_place = 'Chi bộ Trường THPT' WHERE id = \(bind: f.binh!)
                """
            ).run()
            try await M009_MemberStatusPeriods().prepare(on: app.db)
            let an = try await MemberLifeService.periods(app.db, memberID: f.an!).map(\.period)
            #expect(
                an == [
                    StatusPeriod(.probationary, from: CivilDate(parsing: "1995-06-01")!, until: CivilDate(parsing: "1996-05-31")!),
                    StatusPeriod(.official, from: CivilDate(parsing: "1996-06-01")!),
                    StatusPeriod(.exempt, detail: "full", from: CivilDate(parsing: "2020-01-01")!),
                ])
            let anh = try await MemberLifeService.periods(app.db, memberID: f.anh!).map(\.period)
            #expect(anh == [StatusPeriod(.probationary, from: CivilDate(parsing: "2026-01-10")!)])
            let binh = try await MemberLifeService.periods(app.db, memberID: f.binh!)
            #expect(binh.last?.period.transfer == .incoming && binh.last?.place == "Chi bộ Trường THPT")
            #expect(binh.last?.untilDate == CivilDate(parsing: "2026-12-31"))
        }
    }
}
