import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Membership counts (home page, unit page, `/api/v1/units/{id}/counts`) come from the units'
/// counters, one row per unit: they must equal a count of the members' rows over the subtree.
@Suite struct MembershipCountsTests {
    @Test func theCountersCountsEqualTheRowsForEveryUnitOfTheDemo() async throws {
        try await withApp { app in
            let today = app.clock.today
            _ = try await DemoLoader.load(on: app.db, passwordHash: "x", actor: Actor(system: "test"), today: today, force: false)
            let units = try await OrgUnit.query(on: app.db).all()
            #expect(units.count > 10)
            for unit in units {
                let counted = try await UnitService.countsFromRows(app.db, unitID: unit.id!)
                #expect(try await UnitService.counts(app.db, unitID: unit.id!) == counted, "\(unit.name)")
            }
            let commune = try await UnitService.counts(app.db, unitID: DemoLoader.id("unit:thuong-lam"))
            #expect(commune.total > 400 && commune.exemptFull > 0 && commune.probationary > 0 && commune.transferredIn > 0)
        }
    }

    /// A committee's late list reads its sub-units' counters: for the demo's cells it equals each
    /// cell's obligations computed from its meetings, and the commune's line above is their sum.
    @Test func theLateListFromTheCountersIsTheMeetingsOwn() async throws {
        try await withApp { app in
            let today = app.clock.today
            _ = try await DemoLoader.load(on: app.db, passwordHash: "x", actor: Actor(system: "test"), today: today, force: false)
            let commune = try #require(try await OrgUnit.find(DemoLoader.id("unit:thuong-lam"), on: app.db))
            let late = try await UnitPage.lateBelow(app.db, commune, today: today)
            #expect(late.count == 17 && late.allSatisfy { $0.unit.kind.isCell })
            var total = 0
            for row in late {
                let o = try await MeetingService.obligations(app.db, unitID: row.unit.id!, year: today.year, today: today)
                #expect(row.lateCount == o.lateCount, "\(row.unit.name)")
                let periods =
                    o.months.filter { $0.state == .late }.map { "T\($0.month)" }
                    + o.quarters.filter { $0.state == .late }.map { "Q\($0.quarter)" }
                #expect(row.periods == periods, "\(row.unit.name)")
                total += row.lateCount
            }
            #expect(total > 0, "the demo has late meetings")
            #expect(zip(late, late.dropFirst()).allSatisfy { $0.lateCount >= $1.lateCount }, "the latest first")
            if let parent = commune.$parent.id, let above = try await OrgUnit.find(parent, on: app.db) {
                let line = try await UnitPage.lateBelow(app.db, above, today: today).first { $0.unit.id == commune.id }
                #expect(line?.lateCount == total && line?.cells == 17)
            }
        }
    }

    /// After each kind of change (a member added, exempt, away, moved, out of the party), through
    /// the API, the counts read from the counters still equal the rows'.
    @Test func theCountsFollowEveryChange() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            func same() async throws {
                for unit in [f.commune!, f.cellA!, f.cellB!] {
                    let served = try await staff.send(.GET, "/api/v1/units/\(unit)/counts").json()
                    let counted = try await UnitService.countsFromRows(app.db, unitID: unit)
                    #expect(served["total"] as? Int == counted.total)
                    #expect(try await UnitService.counts(app.db, unitID: unit) == counted)
                }
            }
            try await same()
            let an = f.an!.uuidString
            #expect(
                try await staff.send(
                    .PUT, "/api/v1/members/\(an)/exemption", json: #"{"kind":"temporary","decisionDate":"2026-11-01","reason":"Ốm"}"#
                ).status == .ok)
            try await same()
            #expect(
                try await staff.send(.POST, "/api/v1/members/\(an)/move", json: #"{"unitId":"\#(f.cellB!)","effectiveDate":"2026-11-20"}"#)
                    .status == .ok)
            try await same()
            let before = try await UnitService.counts(app.db, unitID: f.cellB!).total
            #expect(
                try await staff.send(.POST, "/api/v1/members/\(an)/leaving", json: #"{"kind":"death","date":"2026-11-21"}"#).status == .ok)
            try await same()
            #expect(try await UnitService.counts(app.db, unitID: f.cellB!).total == before - 1)
        }
    }
}
