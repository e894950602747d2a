import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoBench
@testable import ChiBoCore

/// The oversight lists of a scope above `MemberService.smallScope` members (issue 20): read down
/// an index in the list's order, they show what gathering the subtree showed; their totals are the
/// counters' (the year's visits, the open issues) or bounded by the page ("more than 100").
@Suite struct OversightListsTests {
    func ids(_ json: [String: Any], _ key: String) -> [String] {
        (json[key] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    @Test func aLargeScopeWalksItsListsAndBoundsItsTotals() async throws {
        try await withApp { app in
            let today = app.clock.today
            _ = try await CountryGenerator(scale: 0.002, seed: 7, months: 4, today: today).run(app.db) { _ in }
            _ = try await Fixture.admin(app)
            var seq = SequentialIDs(seed: 7)
            let national = seq.next()
            #expect(try await MemberService.scopeSize(app.db as! any SQLDatabase, roots: [national]) > MemberService.smallScope)
            let api = try await APIClient.login(app, "admin")

            // Every issue, the latest first: more than a page, so the total is a bound.
            let issues = try await RaisedIssue.query(on: app.db).sort(\.$raisedOn, .descending).sort(\.$id).all()
            #expect(issues.count > IssuesPage.limit)
            let all = try await api.send(.GET, "/api/v1/units/\(national)/issues?status=all")
            #expect(all.status == .ok, "\(all.body.string)")
            let allJSON = try all.json()
            #expect(ids(allJSON, "issues") == issues.prefix(IssuesPage.limit).map { $0.id!.uuidString })
            #expect(allJSON["total"] as? Int == IssuesPage.limit)
            #expect(allJSON["moreThanTotal"] as? Bool == true)
            let browser = Browser(app)
            _ = try await browser.login("admin")
            let page = try await browser.get("/units/\(national)/issues?status=all")
            #expect(page.body.string.contains("Hiển thị \(IssuesPage.limit) trong số hơn \(IssuesPage.limit)"))

            // The open ones by deadline, counted by the counters.
            let open = try await RaisedIssue.query(on: app.db).filter(\.$status == .open).sort(\.$due).sort(\.$raisedOn).sort(\.$id).all()
            let openJSON = try await api.send(.GET, "/api/v1/units/\(national)/issues").json()
            #expect(ids(openJSON, "issues") == open.prefix(IssuesPage.limit).map { $0.id!.uuidString })
            #expect(openJSON["total"] as? Int == open.count)
            #expect(openJSON["moreThanTotal"] as? Bool == false)

            // The year's visits, the latest first (the differing ones shown first), counted by the counters.
            let visits = try await SuperiorVisit.query(on: app.db)
                .filter(\.$meetingDate >= CivilDate(year: today.year, month: 1, day: 1)!)
                .filter(\.$meetingDate <= CivilDate(year: today.year, month: 12, day: 31)!)
                .sort(\.$meetingDate, .descending).sort(\.$id).all()
            #expect(visits.count > VisitsPage.limit)
            let visitsJSON = try await api.send(.GET, "/api/v1/units/\(national)/visits").json()
            #expect(Set(ids(visitsJSON, "visits")) == Set(visits.prefix(VisitsPage.limit).map { $0.id!.uuidString }))
            #expect(visitsJSON["visitsTotal"] as? Int == visits.count)

            // A commune's lists are gathered and counted as before.
            let province = try #require(try await OrgUnit.query(on: app.db).filter(\.$parent.$id == national).sort(\.$code).first()?.id)
            let commune = try #require(try await OrgUnit.query(on: app.db).filter(\.$parent.$id == province).sort(\.$code).first()?.id)
            let cells = try await OrgUnit.query(on: app.db).filter(\.$parent.$id == commune).all().map { $0.id! }
            let local = try await api.send(.GET, "/api/v1/units/\(commune)/issues?status=all").json()
            let here = issues.filter { cells.contains($0.$unit.id) }
            #expect(ids(local, "issues") == here.prefix(IssuesPage.limit).map { $0.id!.uuidString })
            #expect(local["total"] as? Int == here.count)
            #expect(local["moreThanTotal"] as? Bool == false)

            // The inspection form searches the cells of a subtree above a hundred, listing none before a text.
            let plan = try await api.send(.GET, "/api/v1/units/\(national)/inspections").json()
            #expect((plan["cells"] as? [[String: Any]] ?? []).isEmpty)
            #expect((plan["cellSearch"] as? [String: Any])?["more"] as? Bool == false)
            let firstCell = try #require(try await OrgUnit.query(on: app.db).filter(\.$parent.$id == commune).sort(\.$code).first())
            let found = try await api.send(.GET, "/api/v1/units/\(national)/inspections?q=\(firstCell.code)").json()
            #expect((found["cells"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }.contains(firstCell.id!.uuidString))
        }
    }
}
