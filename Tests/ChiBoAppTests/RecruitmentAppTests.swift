import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoBench
@testable import ChiBoCore

/// Recruitment end to end over the API and the pages: a sympathiser's file step by step, the
/// cell's vote, the decision's deadline in working days, the ceremony opening the member record.
@Suite struct RecruitmentAppTests {
    func code(_ res: TestingHTTPResponse) throws -> String? {
        (try res.json()["error"] as? [String: Any])?["code"] as? String
    }

    /// A passed admission vote of the cell, at a meeting typed in for `date`.
    func admissionVote(_ api: APIClient, cell: UUID, voter: UUID, on date: String) async throws -> String {
        let meeting = try await api.send(.POST, "/api/v1/units/\(cell)/meetings", json: #"{"kind":"regular","date":"\#(date)"}"#)
        let id = try meeting.json()["id"] as! String
        #expect(try await api.send(.POST, "/api/v1/meetings/\(id)/open").status == .ok)
        #expect(
            try await api.send(.PUT, "/api/v1/meetings/\(id)/attendance/\(voter)", json: #"{"attendance":"present"}"#).status == .ok)
        let vote = try await api.send(
            .POST, "/api/v1/meetings/\(id)/votes", json: #"{"kind":"admission","subject":"Đề nghị kết nạp quần chúng Lý Thị Mai"}"#)
        let voteID = try vote.json()["id"] as! String
        let tally = try await api.send(.POST, "/api/v1/meetings/\(id)/votes/\(voteID)/tally", json: #"{"inFavour":1,"against":0}"#)
        #expect(try tally.json()["passed"] as? Bool == true)
        return voteID
    }

    @Test func aSympathiserBecomesAProbationaryMember() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "seca")
            let added = try await api.send(
                .POST, "/api/v1/units/\(f.cellA!)/sympathisers",
                json:
                    #"{"fullName":"Lý Thị Mai","birthDate":"1998-04-12","gender":"female","helperId":"\#(f.an!)","listedOn":"2026-02-01"}"#
            )
            #expect(added.status == .created, "\(added.body.string)")
            let id = try ((added.json()["sympathiser"] as? [String: Any])?["id"] as? String)!
            func step(_ json: String) async throws -> TestingHTTPResponse {
                try await api.send(.POST, "/api/v1/sympathisers/\(id)/steps", json: json)
            }
            let outOfOrder = try await step(#"{"step":"cell_resolution","date":"2026-03-01"}"#)
            #expect(outOfOrder.status == .unprocessableEntity)
            #expect(try code(outOfOrder) == "step.outOfOrder")
            #expect(try await step(#"{"step":"course","date":"2026-03-01","documentNumber":"GCN 112"}"#).status == .ok)
            #expect(try await step(#"{"step":"application","date":"2026-06-01"}"#).status == .ok)
            #expect(try await step(#"{"step":"personal_history","date":"2026-06-05"}"#).status == .ok)
            let probationary = try await step(
                #"{"step":"introduction","date":"2026-06-10","introducerId":"\#(f.anh!)","knownSince":"2024-01-01"}"#)
            #expect(try code(probationary) == "introducer.notOfficial", "an introducer who is probationary")
            let recent = try await step(
                #"{"step":"introduction","date":"2026-06-10","introducerId":"\#(f.an!)","knownSince":"2025-12-01"}"#)
            #expect(try code(recent) == "introducer.notKnownLongEnough")
            #expect(
                try await step(#"{"step":"introduction","date":"2026-06-10","introducerId":"\#(f.an!)","knownSince":"2024-01-01"}"#)
                    .status == .ok)
            #expect(try await step(#"{"step":"introduction","date":"2026-06-12","youthUnion":true}"#).status == .ok)
            #expect(try await step(#"{"step":"residence","date":"2026-06-20"}"#).status == .ok)
            let voteID = try await admissionVote(api, cell: f.cellA!, voter: f.an!, on: "2026-07-05")
            #expect(try await step(#"{"step":"cell_resolution","date":"2026-07-05","voteId":"\#(voteID)"}"#).status == .ok)
            // The committee's resolution and decision are the committee's to record, not the cell's.
            #expect(try await step(#"{"step":"committee_resolution","date":"2026-08-01"}"#).status == .forbidden)
            let committee = try await APIClient.login(app, "staff")
            func decide(_ json: String) async throws -> TestingHTTPResponse {
                try await committee.send(.POST, "/api/v1/sympathisers/\(id)/steps", json: json)
            }
            #expect(try await decide(#"{"step":"committee_resolution","date":"2026-08-01"}"#).status == .ok)
            #expect(try await decide(#"{"step":"decision","date":"2026-08-20","documentNumber":"125-QĐ/ĐU"}"#).status == .ok)

            // 30 working days after 20/08: Sat 22/08 is worked back, 31/08–02/09 are off: due on 05/10, overdue on 22/11.
            let recruitment = try await api.send(.GET, "/api/v1/units/\(f.commune!)/recruitment")
            #expect(recruitment.status == .forbidden || recruitment.status == .notFound, "a cell's secretary does not read the commune")
            let staff = try await APIClient.login(app, "staff")
            let page = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/recruitment").json()
            let cases = page["cases"] as? [[String: Any]] ?? []
            #expect(cases.count == 1)
            let deadline = cases.first?["deadline"] as? [String: Any]
            #expect(deadline?["due"] as? String == "2026-10-05")
            #expect(deadline?["overdue"] as? Bool == true)
            #expect((deadline?["who"] as? String)?.contains("Cấp ủy") == true, "the deadline names who must act")
            let idle = (page["idleCells"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(idle == ["Chi bộ thôn Bản Chợ"], "cell B's last admission is 1995; cell A admitted Ánh in 2026")
            // Above a commune, the idle cells are counted for each unit below, from the counters:
            // the same as each commune's list; the cases' total is the counters' too.
            let admin = try await APIClient.login(app, "admin")
            let province = try await admin.send(.GET, "/api/v1/units/\(f.province!)/recruitment").json()
            #expect((province["idleCells"] as? [Any])?.isEmpty == true)
            #expect(province["casesTotal"] as? Int == 1)
            var counted: [String: Int] = [:]
            for u in province["idleByUnit"] as? [[String: Any]] ?? [] { counted[u["unitId"] as? String ?? ""] = u["idleCells"] as? Int }
            for commune in [f.commune!, f.commune2!] {
                let listed = try await admin.send(.GET, "/api/v1/units/\(commune)/recruitment").json()
                #expect((listed["idleByUnit"] as? [Any])?.isEmpty == true)
                #expect(counted[commune.uuidString] == (listed["idleCells"] as? [Any])?.count, "\(commune)")
            }
            #expect(counted[f.commune!.uuidString] == 1)

            let early = try await step(#"{"step":"ceremony","date":"2026-08-19"}"#)
            #expect(try code(early) == "date.beforePrevious", "a ceremony before the decision")
            // Sent twice at once (a double tap): one member record, the other refused.
            async let first = step(#"{"step":"ceremony","date":"2026-09-10"}"#)
            async let second = step(#"{"step":"ceremony","date":"2026-09-10"}"#)
            let both = try await [first, second]
            #expect(both.map(\.status).sorted { $0.code < $1.code } == [.ok, .unprocessableEntity])
            #expect(try await Member.query(on: app.db).filter(\.$fullName == "Lý Thị Mai").count() == 1)
            let ceremony = both.first { $0.status == .ok }!
            let file = try ceremony.json()
            let sympathiser = file["sympathiser"] as? [String: Any]
            #expect(sympathiser?["status"] as? String == "admitted")
            let memberID = try #require(sympathiser?["memberId"] as? String)
            let member = try await api.send(.GET, "/api/v1/members/\(memberID)").json()
            #expect(member["status"] as? String == "probationary")
            #expect(member["admissionDate"] as? String == "2026-08-20", "party seniority from the decision")
            let life = try await api.send(.GET, "/api/v1/members/\(memberID)/life").json()
            #expect(life["officialFrom"] as? String == "2027-09-10", "twelve months from the ceremony")
            #expect(try await step(#"{"step":"ceremony","date":"2026-09-11"}"#).status == .unprocessableEntity)
            let after = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/recruitment").json()
            #expect((after["cases"] as? [[String: Any]] ?? []).isEmpty)
            let recognitions = (after["recognitions"] as? [[String: Any]] ?? []).compactMap { $0["fullName"] as? String }
            #expect(recognitions.contains("Lý Thị Mai") && recognitions.contains("Đỗ Thị Ánh"))
            let audit = try await staff.send(.GET, "/api/v1/audit").json()
            let actions = (audit["items"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
            #expect(actions.contains("member.admit") && actions.contains("sympathiser.step"))
            let stats = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/statistics?period=year&year=2026").json()
            let figures = (stats["total"] as? [String: Any])?["partyLife"] as? [String: Any]
            #expect(figures?["admitted"] as? Int == 1)
            #expect(figures?["sympathisers"] as? Int == 0)
        }
    }

    /// Above `MemberService.smallScope` members (a province, the country) each list is a sample of
    /// `largeListLimit` in its order, and the page says so (issue 20); a commune's keep `listLimit`.
    @Test func aLargeScopesListsAreSamples() async throws {
        try await withApp { app in
            _ = try await CountryGenerator(scale: 0.002, seed: 7, months: 1, today: app.clock.today).run(app.db) { _ in }
            _ = try await Fixture.admin(app)
            var seq = SequentialIDs(seed: 7)
            let national = seq.next()
            let probationary = try await Member.query(on: app.db).filter(\.$status == .probationary).filter(\.$leftDate == nil).count()
            #expect(probationary > RecruitmentPage.largeListLimit)
            let api = try await APIClient.login(app, "admin")
            let json = try await api.send(.GET, "/api/v1/units/\(national)/recruitment").json()
            #expect(json["listLength"] as? Int == RecruitmentPage.largeListLimit)
            #expect(json["listsCut"] as? Bool == true)
            #expect(((json["recognitions"] as? [Any])?.count ?? .max) <= RecruitmentPage.largeListLimit)
            let browser = Browser(app)
            _ = try await browser.login("admin")
            let page = try await browser.get("/units/\(national)/recruitment")
            #expect(page.body.string.contains("Mỗi danh sách dưới đây hiện nhiều nhất \(RecruitmentPage.largeListLimit)"))

            let commune = try #require(try await OrgUnit.query(on: app.db).filter(\.$kind == .grassroots).sort(\.$code).first()?.id)
            let small = try await api.send(.GET, "/api/v1/units/\(commune)/recruitment").json()
            #expect(small["listLength"] as? Int == RecruitmentPage.listLimit)
            #expect(small["listsCut"] as? Bool == false)
            #expect(try await browser.get("/units/\(commune)/recruitment").body.string.contains("lists-cut") == false)
        }
    }

    @Test func outsideTheScopeIsRefused() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let seca = try await APIClient.login(app, "seca")
            let added = try await seca.send(
                .POST, "/api/v1/units/\(f.cellA!)/sympathisers",
                json: #"{"fullName":"Lý Thị Mai","birthDate":"1998-04-12","gender":"female"}"#)
            let id = try ((added.json()["sympathiser"] as? [String: Any])?["id"] as? String)!
            let secb = try await APIClient.login(app, "secb")
            #expect(try await secb.send(.GET, "/api/v1/sympathisers/\(id)").status == .notFound)
            #expect(
                try await secb.send(
                    .POST, "/api/v1/units/\(f.cellA!)/sympathisers",
                    json: #"{"fullName":"Hà Văn Nam","birthDate":"1998-04-12","gender":"male"}"#
                ).status != .created)
            let inspector = try await APIClient.login(app, "inspector")
            // An inspector reads what an inspection assigns it, not a cell's sympathisers (issue 17).
            #expect(try await inspector.send(.GET, "/api/v1/sympathisers/\(id)").status == .notFound)
            #expect(
                try await inspector.send(.POST, "/api/v1/sympathisers/\(id)/steps", json: #"{"step":"course","date":"2026-03-01"}"#).status
                    == .notFound)
            let bad = try await seca.send(.POST, "/api/v1/units/\(f.cellA!)/sympathisers", json: #"{"fullName":"","gender":"x"}"#)
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test func theSecretarysPages() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("seca")
            let page = try await b.get("/units/\(f.cellA!)/recruitment")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("id=\"add-sympathiser\""))
            let refused = try await b.post("/units/\(f.cellA!)/recruitment", ["fullName": "Lý Thị Mai", "gender": "female"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Chưa nhập ngày sinh"))
            let added = try await b.post(
                "/units/\(f.cellA!)/recruitment", ["fullName": "Lý Thị Mai", "birthDate": "1998-04-12", "gender": "female"])
            #expect(added.status == .seeOther)
            let location = try #require(added.headers.first(name: .location))
            let file = try await b.get(location)
            #expect(file.body.string.contains("id=\"record-step\""))
            let step = try await b.post(location + "/steps", ["step": "course", "date": "2026-03-01"])
            #expect(step.status == .seeOther)
            #expect(try await b.get(location).body.string.contains("Học lớp bồi dưỡng nhận thức về Đảng"))
        }
    }
}
