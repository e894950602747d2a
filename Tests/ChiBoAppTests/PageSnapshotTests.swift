import Fluent
import Foundation
import SnapshotTesting
import Testing
import Vapor

@testable import ChiBoApp
@testable import ChiBoCore

/// The main pages as a cell secretary and the commune's staff see them on the demo commune, on
/// the tests' fixed day: a change of markup shows in review as a change of these snapshots
/// (`__Snapshots__/PageSnapshotTests/`). Ids, hashes and the CSRF token vary between runs and are
/// replaced by placeholders in order of appearance. To accept a deliberate change, delete the
/// snapshot and run the test once: it records the new page and fails; the next run passes.
@Suite struct PageSnapshotTests {
    @Test func theSecretarysPages() async throws {
        try await withApp { app in
            _ = try await DemoLoader.load(
                on: app.db, passwordHash: try app.password.hash("demo-password"),
                actor: Actor(system: "test"), today: app.clock.today, force: false)
            let cell = DemoLoader.id("unit:cb01")
            let locked = try #require(
                try await Meeting.query(on: app.db).filter(\.$unit.$id == cell).filter(\.$status == .locked)
                    .sort(\.$date, .descending).first())
            let planned = try #require(
                try await Meeting.query(on: app.db).filter(\.$unit.$id == cell).filter(\.$status ~~ [.planned, .notified])
                    .sort(\.$date).first())
            let b = Browser(app)
            _ = try await b.login("bt01", password: "demo-password")
            let pages: [(String, String)] = [
                ("home", "/"),
                ("meetings", SiteURL.unitMeetings(cell, year: 2026).path),
                ("meeting-locked", SiteURL.meeting(locked.id).path),
                ("meeting-planned", SiteURL.meeting(planned.id).path),
                ("unit", SiteURL.unit(cell).path),
                ("members", SiteURL.members(unit: cell).path),
            ]
            for (name, path) in pages {
                let res = try await b.get(path)
                #expect(res.status == .ok, "\(path)")
                assertSnapshot(of: Self.stable(res.body.string), as: .lines, named: name)
            }
        }
    }

    @Test func theCommunesStatistics() async throws {
        try await withApp { app in
            _ = try await DemoLoader.load(
                on: app.db, passwordHash: try app.password.hash("demo-password"),
                actor: Actor(system: "test"), today: app.clock.today, force: false)
            let b = Browser(app)
            _ = try await b.login("vanphong", password: "demo-password")
            let res = try await b.get(SiteURL.unitStatistics(DemoLoader.id("unit:thuong-lam"), .year(2026)).path)
            #expect(res.status == .ok)
            assertSnapshot(of: Self.stable(res.body.string), as: .lines, named: "statistics")
        }
    }

    /// The page with what changes between runs replaced: ids by `<id-N>` in order of first
    /// appearance, record hashes by `<hash>`, the CSRF token by `<csrf>`.
    static func stable(_ html: String) -> String {
        var out = html.replacing(/name="_csrf" value="[^"]*"/) { _ in #"name="_csrf" value="<csrf>""# }
        out = out.replacing(/<code>[0-9a-f]{16}…<\/code>/) { _ in "<code><hash>…</code>" }
        var ids: [String: Int] = [:]
        out = out.replacing(/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/) { m in
            let key = String(m.output).lowercased()
            if ids[key] == nil { ids[key] = ids.count + 1 }
            return "<id-\(ids[key]!)>"
        }
        return out.replacing(/>\s*</) { _ in ">\n<" }
    }
}
