import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// A round's page on the demo commune (over 400 members, issue 20): its figures, counted by
/// aggregate SQL, equal a count over the round's rows as the page made it before; its members come
/// a page at a time in Vietnamese order, every one once; the actions still act on the whole round.
@Suite struct EvaluationRoundPageTests {
    func rows(_ json: [String: Any], _ key: String) -> [[String: Any]] { json[key] as? [[String: Any]] ?? [] }

    /// The figures a reader of the round sees, counted from its rows (the page's former way), beside
    /// the page's own (`RoundTally`).
    func expectFiguresMatchTheRows(
        _ app: Application, _ client: APIClient, roundID: UUID, cells visible: Set<UUID>?, _ note: String
    ) async throws {
        let json = try await client.send(.GET, "/api/v1/evaluations/\(roundID)").json()
        let all = try await MemberEvaluation.query(on: app.db).filter(\.$round.$id == roundID).with(\.$unit).all()
        let round = try #require(try await EvaluationRound.find(roundID, on: app.db))
        let share = try #require(json["share"] as? Int)
        var steps: [(String, (MemberEvaluation) -> EvaluationLevel?)] = [
            ("self", { $0.selfLevel }), ("cell", { $0.cellLevel }), ("appraisal", { $0.appraisedLevel }),
        ]
        if round.status != .open { steps.append(("final", { $0.finalLevel })) }
        let caps = rows(json, "caps").filter { $0["step"] as? String != "organisations" }
        #expect(caps.map { $0["step"] as? String } == steps.map(\.0), "\(note)")
        for (step, level) in steps {
            let cap = ExcellentCap(share: share, levels: all.map(level))
            let got = caps.first { $0["step"] as? String == step }
            #expect(got?["excellent"] as? Int == cap.excellent && got?["good"] as? Int == cap.good, "\(note) \(step)")
            #expect(got?["vi"] as? String == cap.arithmetic(.vi), "\(note) \(step)")
        }
        #expect(json["pending"] as? Int == all.filter { $0.appraisedOn == nil }.count, "\(note)")
        let seen = all.filter { visible?.contains($0.$unit.id) ?? true }
        #expect(json["total"] as? Int == seen.count, "\(note)")
        var expected: [String] = []
        for (cell, mine) in Dictionary(grouping: seen, by: { $0.$unit.id }).sorted(by: { $0.value[0].unit.code < $1.value[0].unit.code }) {
            let levels = mine.map { $0.finalLevel ?? $0.appraisedLevel ?? $0.cellLevel }
            let counts = [EvaluationLevel.excellent, .good, .completed, .notCompleted].map { l in levels.filter { $0 == l }.count }
            expected.append("\(cell) \(mine.count) \(mine.filter { $0.appraisedOn == nil }.count) \(counts)")
        }
        let got = rows(json, "summaries").map { s in
            let counts = ["excellent", "good", "completed", "notCompleted"].map { s[$0] as? Int ?? -1 }
            return
                "\(UUID(uuidString: s["unitId"] as? String ?? "")!) \(s["members"] as? Int ?? -1) \(s["pending"] as? Int ?? -1) \(counts)"
        }
        #expect(got == expected, "\(note)")
    }

    /// Every member the reader sees, page after page.
    func walk(_ client: APIClient, _ path: String) async throws -> (ids: [String], pages: Int) {
        var ids: [String] = []
        var after: String? = nil
        var pages = 0
        repeat {
            let json = try await client.send(.GET, path + (after.map { (path.contains("?") ? "&" : "?") + "after=" + $0 } ?? "")).json()
            let members = rows(json, "members")
            #expect(members.count <= EvaluationRoundPage.perPage)
            ids += members.compactMap { $0["id"] as? String }
            after = json["next"] as? String
            pages += 1
        } while after != nil && pages < 100
        return (ids, pages)
    }

    @Test func theRoundsFiguresAreCountedInSQLAndItsMembersPagedByKey() async throws {
        try await withApp { app in
            let today = app.clock.today
            _ = try await DemoLoader.load(
                on: app.db, passwordHash: try app.password.hash(Fixture.password), actor: Actor(system: "test"), today: today, force: false)
            let round = try #require(try await EvaluationRound.query(on: app.db).filter(\.$year == today.year).first())
            let roundID = round.id!
            let all = try await MemberEvaluation.query(on: app.db).filter(\.$round.$id == roundID).all()
            #expect(all.count > 400)
            // A few members not yet appraised, so that every figure has something to count.
            let reopened = all.filter { $0.appraisedLevel == $0.cellLevel }.prefix(7)
            for e in reopened {
                e.appraisedLevel = nil
                e.appraisedOn = nil
                e.appraisedBy = nil
                try await e.save(on: app.db)
            }
            let office = try await APIClient.login(app, "vanphong")
            try await expectFiguresMatchTheRows(app, office, roundID: roundID, cells: nil, "open, the office")
            let secretary = try await APIClient.login(app, "bt03")
            let account = try #require(try await Account.query(on: app.db).filter(\.$username == "bt03").first())
            let cell = try #require(
                try await AccountRole.query(on: app.db).filter(\.$account.$id == account.id!).filter(\.$role == .cellSecretary).first()?
                    .$unit.id)
            try await expectFiguresMatchTheRows(app, secretary, roundID: roundID, cells: [cell], "open, a secretary")

            // Every member once, in Vietnamese order, a page at a time; of one cell when asked.
            let (ids, pages) = try await walk(office, "/api/v1/evaluations/\(roundID)")
            let ordered = all.sorted { ($0.sortKey, $0.id!.uuidString) < ($1.sortKey, $1.id!.uuidString) }
            #expect(pages > 1)
            #expect(ids.map { UUID(uuidString: $0) } == ordered.map(\.id))
            let (mine, _) = try await walk(secretary, "/api/v1/evaluations/\(roundID)")
            #expect(Set(mine.compactMap(UUID.init(uuidString:))) == Set(all.filter { $0.$unit.id == cell }.map(\.id!)))
            let (asked, _) = try await walk(office, "/api/v1/evaluations/\(roundID)?cell=\(cell)")
            #expect(asked == mine)
            // An unreadable cursor starts over.
            let first = rows(try await office.send(.GET, "/api/v1/evaluations/\(roundID)?after=nonsense").json(), "members")
            #expect(first.first?["id"] as? String == ids.first)

            // The actions act on the whole round, whatever page is shown: the seven appraised again, decided.
            #expect(try await office.send(.POST, "/api/v1/evaluations/\(roundID)/appraise-all").status == .ok)
            #expect(try await MemberEvaluation.query(on: app.db).filter(\.$round.$id == roundID).filter(\.$appraisedOn == nil).count() == 0)
            let decided = try await office.send(
                .POST, "/api/v1/evaluations/\(roundID)/decision", json: #"{"decisionNumber":"125-QĐ/ĐU","decisionOn":"\#(today.iso)"}"#)
            #expect(decided.status == .ok)
            try await expectFiguresMatchTheRows(app, office, roundID: roundID, cells: nil, "decided, the office")
            try await expectFiguresMatchTheRows(app, secretary, roundID: roundID, cells: [cell], "decided, a secretary")

            // The page's next link in the browser, and the link back to the first page: the round's
            // members put in one cell, which then holds more than a page.
            let sql = app.db as! any SQLDatabase
            try await sql.raw("UPDATE member_evaluations SET unit_id = \(bind: cell) WHERE round_id = \(bind: roundID)").run()
            let web = Browser(app)
            _ = try await web.login("vanphong")
            let html = try await web.get("/evaluations/\(roundID)?cell=\(cell)").body.string
            #expect(html.components(separatedBy: "class=\"member-evaluation\"").count - 1 == EvaluationRoundPage.perPage)
            let range = try #require(html.range(of: "id=\"next-page\" href=\""))
            let href = String(html[range.upperBound...].prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
            let second = try await web.get(href).body.string
            #expect(second.contains("Trang đầu"))
            #expect(second.components(separatedBy: "class=\"member-evaluation\"").count - 1 == EvaluationRoundPage.perPage)
        }
    }
}
