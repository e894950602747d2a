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
