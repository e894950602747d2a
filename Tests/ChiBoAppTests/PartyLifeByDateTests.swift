import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Party life read by its dates: a failed recognition leading to the striking off, the sign-in
/// following a suspension's days, a move away and its permanent transfer's deadline, what each
/// body may decide as local data, and events counted in the cell of their day.
@Suite struct PartyLifeByDateTests {
    func code(_ res: TestingHTTPResponse) throws -> String? {
        (try res.json()["error"] as? [String: Any])?["code"] as? String
    }

    func partyLife(_ api: APIClient, _ unit: UUID) async throws -> [String: Any] {
        let stats = try await api.send(.GET, "/api/v1/units/\(unit)/statistics?period=year&year=2026").json()
        return ((stats["total"] as? [String: Any])?["partyLife"] as? [String: Any]) ?? [:]
    }

    /// A recognition vote of the cell, held on `date` and counted `inFavour` to `against`.
    func recognitionVote(
        _ sec: APIClient, cell: UUID, member: String, present: UUID, on date: String, inFavour: Int, against: Int
    ) async throws -> String {
        let meeting = try await sec.send(.POST, "/api/v1/units/\(cell)/meetings", json: #"{"kind":"regular","date":"\#(date)"}"#)
        let meetingID = try meeting.json()["id"] as! String
        #expect(try await sec.send(.POST, "/api/v1/meetings/\(meetingID)/open").status == .ok)
        #expect(
            try await sec.send(.PUT, "/api/v1/meetings/\(meetingID)/attendance/\(present)", json: #"{"attendance":"present"}"#).status
                == .ok)
        let vote = try await sec.send(
            .POST, "/api/v1/meetings/\(meetingID)/votes",
            json: #"{"kind":"recognition","subject":"Công nhận đảng viên chính thức","subjectMemberId":"\#(member)"}"#)
        let voteID = try vote.json()["id"] as! String
        let tally = try await sec.send(
            .POST, "/api/v1/meetings/\(meetingID)/votes/\(voteID)/tally", json: #"{"inFavour":\#(inFavour),"against":\#(against)}"#)
        #expect(tally.status == .ok, "\(tally.body.string)")
        return voteID
    }

    /// The cell votes against recognising a probationary member once the twelve months are over:
    /// the record and the commune's list say so, and the committee strikes the member off on that vote.
    @Test func aFailedRecognitionLeadsToStrikingOff() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let sec = try await APIClient.login(app, "seca")
            let chu =
                try await staff.send(
                    .POST, "/api/v1/members",
                    json: #"""
                        {"unitId":"\#(f.cellA!)","fullName":"Chu Văn Cường","birthDate":"1990-02-02","gender":"male",
                         "admissionDate":"2025-09-15","status":"probationary"}
                        """#
                ).json()["id"] as! String
            let early = try await recognitionVote(
                sec, cell: f.cellA!, member: chu, present: f.an!, on: "2026-09-10", inFavour: 0, against: 1)
            // A vote that failed before the twelve months were over is not the recognition: nothing is offered on it.
            #expect(try await staff.send(.GET, "/api/v1/members/\(chu)/life").json()["failedRecognition"] == nil)
            let passed = try await recognitionVote(
                sec, cell: f.cellA!, member: chu, present: f.an!, on: "2026-09-12", inFavour: 1, against: 0)
            let failed = try await recognitionVote(
                sec, cell: f.cellA!, member: chu, present: f.an!, on: "2026-09-16", inFavour: 0, against: 1)

            let life = try await staff.send(.GET, "/api/v1/members/\(chu)/life").json()
            #expect((life["failedRecognition"] as? [String: Any])?["voteId"] as? String == failed)
            let recruitment = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/recruitment").json()
            let row = (recruitment["recognitions"] as? [[String: Any]] ?? []).first { $0["memberId"] as? String == chu }
            #expect(row?["cellVote"] as? String == "2026-09-16" && row?["cellVotePassed"] as? Bool == false)
            #expect(row?["deadline"] == nil, "the cell has considered it: the committee acts now")

            // The record page: the committee is offered the striking off on that vote, the cell is told.
            let committee = Browser(app)
            _ = try await committee.login("staff")
            let staffPage = try await committee.get("/members/\(chu)").body.string
            #expect(staffPage.contains("id=\"strike-off-failed\"") && staffPage.contains("value=\"\(failed.lowercased())\""))
            let cell = Browser(app)
            _ = try await cell.login("seca")
            let cellPage = try await cell.get("/members/\(chu)").body.string
            #expect(cellPage.contains("id=\"recognition-failed\"") && !cellPage.contains("id=\"strike-off-failed\""))

            func strike(_ c: APIClient, vote: String, on date: String, kind: String = "struck_off") async throws -> TestingHTTPResponse {
                try await c.send(
                    .POST, "/api/v1/members/\(chu)/leaving",
                    json: #"""
                        {"kind":"\#(kind)","date":"\#(date)","decisionNumber":"140-QĐ/ĐU",
                         "reason":"Không đủ điều kiện công nhận đảng viên chính thức","voteId":"\#(vote)"}
                        """#)
            }
            #expect(try await strike(sec, vote: failed, on: "2026-10-01").status == .forbidden, "the committee's decision")
            #expect(try code(try await strike(staff, vote: passed, on: "2026-10-01")) == "voteId.notFailedRecognition")
            #expect(try code(try await strike(staff, vote: early, on: "2026-10-01")) == "voteId.beforeProbationEnds")
            #expect(try code(try await strike(staff, vote: failed, on: "2026-09-15")) == "date.beforeVote")
            #expect(try code(try await strike(staff, vote: failed, on: "2026-10-01", kind: "request")) == "voteId.notApplicable")
            #expect(try await staff.send(.GET, "/api/v1/members/\(chu)").json()["left"] == nil, "nothing written by a refusal")

            let struck = try await strike(staff, vote: failed, on: "2026-10-01")
            #expect(struck.status == .ok, "\(struck.body.string)")
            #expect((try struck.json()["left"] as? [String: Any])?["kind"] as? String == "struck_off")
            let after = try await staff.send(.GET, "/api/v1/members/\(chu)/life").json()
            let left = (after["periods"] as? [[String: Any]] ?? []).first { $0["kind"] as? String == "left" }
            #expect(left?["voteId"] as? String == failed)
            #expect(after["failedRecognition"] == nil)
            #expect(try await partyLife(staff, f.commune!)["leftStruckOff"] as? Int == 1)
        }
    }

    /// The sign-in follows a suspension's days: it stops on the first and comes back after the
    /// last without anyone recording its end; a token issued before stops and comes back alike.
    @Test func theSignInFollowsTheSuspensionsDays() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let member = try await APIClient.login(app, "dv.an")
            #expect(try await member.send(.GET, "/api/v1/me").status == .ok)
            let suspended = try await staff.send(
                .PUT, "/api/v1/members/\(f.an!)/suspension",
                json: #"{"kind":"detention","from":"2026-11-20","until":"2026-11-25","reason":"Tạm giữ","decidedBy":"Đảng ủy xã"}"#)
            #expect(suspended.status == .ok, "\(suspended.body.string)")
            #expect(try await member.send(.GET, "/api/v1/me").status == .unauthorized)
            #expect(try await MemberLifeTests().signIn(app, "dv.an") == .unprocessableEntity)
            let account = try await Account.query(on: app.db).filter(\.$username == "dv.an").first()
            #expect(account?.active == true, "the account itself is not closed")

            app.clock.fix(CivilDate(year: 2026, month: 11, day: 26)!)
            #expect(try await member.send(.GET, "/api/v1/me").status == .ok, "the day after the last")
            #expect(try await MemberLifeTests().signIn(app, "dv.an") == .ok)
            app.clock.fix(CivilDate(year: 2026, month: 11, day: 25)!)
            #expect(try await member.send(.GET, "/api/v1/me").status == .unauthorized, "the last day is still suspended")
        }
    }

    /// A temporary transfer recorded with its end: the day after it, the cached standing (the counts
    /// of members now, the lists) follows once the daily refresh runs, and a second run changes nothing.
    @Test func theCachedStandingFollowsTheCalendar() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let away = try await staff.send(
                .PUT, "/api/v1/members/\(f.an!)/transfer",
                json: #"{"direction":"out","from":"2026-08-25","until":"2026-11-30","place":"Trường Chính trị tỉnh"}"#)
            #expect(away.status == .ok, "\(away.body.string)")
            func counts() async throws -> [String: Any] { try await staff.send(.GET, "/api/v1/units/\(f.cellA!)/counts").json() }
            #expect(try await counts()["transferredOut"] as? Int == 1)
            let today = CivilDate(year: 2026, month: 11, day: 22)!
            #expect(try await MemberLifeService.refreshStandings(app.db, since: today.adding(days: -31), today: today) == 0)

            let december = CivilDate(year: 2026, month: 12, day: 1)!
            app.clock.fix(december)
            #expect(try await MemberLifeService.refreshStandings(app.db, since: today, today: december) == 1)
            #expect(try await counts()["transferredOut"] as? Int == 0, "back in the cell from 01/12")
            #expect(try await Member.find(f.an!, on: app.db)?.transferDirection == nil)
            #expect(try await MemberLifeService.refreshStandings(app.db, since: today, today: december) == 0)
            let figures = try await StatisticsService.naive(app.db, unitID: f.commune!, period: .year(2026), today: december).total
            let stored = try await RollupService.stored(app.db as! any SQLDatabase, units: [f.commune!])[f.commune!] ?? [:]
            #expect(CellFigures.derive(rows: stored, period: .year(2026), today: december) == figures)
        }
    }

    /// A member who moves away is listed with the permanent transfer's deadline (60 working days
    /// on the holiday calendar) until the transfer is made; then the record says how late it was.
    @Test func aMoveAwayAndItsPermanentTransfer() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let sec = try await APIClient.login(app, "seca")
            let secb = try await APIClient.login(app, "secb")
            let move = #"{"movedOn":"2026-08-03","place":"Đảng bộ phường Hà Đông, Hà Nội"}"#
            #expect(try await secb.send(.PUT, "/api/v1/members/\(f.an!)/moved-away", json: move).status == .notFound)
            let future = try await sec.send(.PUT, "/api/v1/members/\(f.an!)/moved-away", json: #"{"movedOn":"2026-12-01","place":"X"}"#)
            #expect(try code(future) == "movedOn.future")
            let blank = try await sec.send(.PUT, "/api/v1/members/\(f.an!)/moved-away", json: #"{"movedOn":"2026-08-03"}"#)
            #expect(blank.status == .unprocessableEntity)
            let moved = try await sec.send(.PUT, "/api/v1/members/\(f.an!)/moved-away", json: move)
            #expect(moved.status == .ok, "\(moved.body.string)")
            #expect((try moved.json()["moved"] as? [String: Any])?["date"] as? String == "2026-08-03")

            let calendar = HolidayCalendar.vietnam()
            let due = MemberHistory.permanentTransferDeadline(movedOn: CivilDate(year: 2026, month: 8, day: 3)!, calendar).due
            #expect(due == CivilDate(year: 2026, month: 10, day: 28)!, "60 working days, 31/08–02/09 off")
            let list = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/recruitment").json()
            let row = (list["transfers"] as? [[String: Any]] ?? []).first { $0["memberId"] as? String == f.an!.uuidString }
            #expect((row?["deadline"] as? [String: Any])?["due"] as? String == due.iso)
            #expect((row?["deadline"] as? [String: Any])?["overdue"] as? Bool == true)
            let moving = try await staff.send(.GET, "/api/v1/members/\(f.an!)/life").json()
            #expect(moving["transferDue"] as? String == due.iso && moving["transferOverdue"] as? Bool == true)
            let browser = Browser(app)
            _ = try await browser.login("staff")
            let page = try await browser.get("/units/\(f.commune!)/recruitment").body.string
            #expect(page.contains("id=\"transfers\"") && page.contains("Đảng bộ phường Hà Đông"))
            let record = try await browser.get("/members/\(f.an!)").body.string
            #expect(record.contains("id=\"moved-away\"") && record.contains("28/10/2026"))

            let out = try await staff.send(
                .POST, "/api/v1/members/\(f.an!)/leaving",
                json: #"""
                    {"kind":"transferred_out","date":"2026-11-02","decisionNumber":"GGT 12","place":"Đảng bộ phường Hà Đông"}
                    """#)
            #expect(out.status == .ok, "\(out.body.string)")
            let life = try await staff.send(.GET, "/api/v1/members/\(f.an!)/life").json()
            #expect(life["transferDue"] == nil)
            #expect(
                life["transferLateDays"] as? Int
                    == MemberHistory.permanentTransferLate(
                        movedOn: CivilDate(year: 2026, month: 8, day: 3)!, transferred: CivilDate(year: 2026, month: 11, day: 2)!,
                        calendar))
            #expect(life["transferLateDays"] as? Int == 3)
            let after = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/recruitment").json()
            #expect((after["transfers"] as? [Any])?.isEmpty == true)
        }
    }

    /// What each body decides is the locality's data: a grassroots committee removes from post,
    /// and expels only once its committee's setting says so.
    @Test func theGrassrootsCommitteeDecidesWithinItsSetting() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let expel = #"""
                {"kind":"expulsion","body":"grassroots","date":"2026-11-10","reason":"Vi phạm nghiêm trọng","decisionNumber":"150-QĐ/ĐU"}
                """#
            let refused = try await staff.send(.POST, "/api/v1/members/\(f.an!)/discipline", json: expel)
            #expect(try code(refused) == "discipline.beyondBody")
            let set = try await staff.send(
                .PUT, "/api/v1/units/\(f.commune!)/settings",
                json: #"{"key":"discipline_grassroots_up_to","value":"expulsion","from":"2026-01-01"}"#)
            #expect(set.status == .ok, "\(set.body.string)")
            let expelled = try await staff.send(.POST, "/api/v1/members/\(f.an!)/discipline", json: expel)
            #expect(expelled.status == .ok, "\(expelled.body.string)")
            #expect((try expelled.json()["left"] as? [String: Any])?["kind"] as? String == "expelled")
        }
    }

    /// A member who moved takes none of their past with them: a suspension while in cell A stays
    /// in cell A's figures after the move to cell B.
    @Test func eventsCountInTheCellOfTheirDay() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            #expect(
                try await staff.send(
                    .PUT, "/api/v1/members/\(f.an!)/suspension",
                    json: #"{"kind":"suspension","from":"2026-03-01","until":"2026-03-31","reason":"Bị khởi tố"}"#
                ).status == .ok)
            let moved = try await staff.send(
                .POST, "/api/v1/members/\(f.an!)/move", json: #"{"unitId":"\#(f.cellB!)","effectiveDate":"2026-06-01"}"#)
            #expect(moved.status == .ok, "\(moved.body.string)")
            #expect(try await partyLife(staff, f.cellA!)["suspensions"] as? Int == 1)
            #expect(try await partyLife(staff, f.cellB!)["suspensions"] as? Int == 0)
            // The counters agree with a recomputation from the rows.
            let naive = try await StatisticsService.naive(
                app.db, unitID: f.commune!, period: .year(2026), today: app.clock.today)
            #expect(naive.cells[f.cellA!]?.partyLife.suspensions == 1)
            #expect(naive.cells[f.cellB!]?.partyLife.suspensions == 0)
        }
    }
}
