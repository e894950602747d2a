import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoBench
@testable import ChiBoCore

/// The monthly reports search (issue 20): the latest month first, paged by key; a small subtree's
/// matches gathered and counted, a large one's read down the month index a bounded window at a time
/// (`ReportService.searchWindow`), its total a bound and the page saying how far it looked.
@Suite struct ReportSearchTests {
    func ids(_ json: [String: Any]) -> [String] {
        (json["found"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    func query(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s }

    @Test func aLargeScopeSearchesAWindowAtATimeAndASmallOneCounts() async throws {
        try await withApp { app in
            let today = app.clock.today
            _ = try await CountryGenerator(scale: 0.002, seed: 7, months: 4, today: today).run(app.db) { _ in }
            _ = try await Fixture.admin(app)
            let sql = app.db as! any SQLDatabase
            var seq = SequentialIDs(seed: 7)
            let national = seq.next()
            #expect(try await MemberService.scopeSize(sql, roots: [national]) > MemberService.smallScope)
            let api = try await APIClient.login(app, "admin")
            let all = try await MonthlyReport.query(on: app.db).sort(\.$month, .descending).sort(\.$id, .descending).all()
            #expect(all.count > ReportService.searchWindow + ReportsPage.searchLimit)
            let path = "/api/v1/units/\(national)/reports"

            // A common word (every generated report), diacritics folded: one page, the latest first,
            // the total a bound, and the next page by key.
            let first = try await api.send(.GET, "\(path)?q=\(query("PHẤN khởi"))")
            #expect(first.status == .ok, "\(first.body.string)")
            let p1 = try first.json()
            #expect(ids(p1) == all.prefix(ReportsPage.searchLimit).map { $0.id!.uuidString })
            #expect(p1["foundTotal"] as? Int == ReportsPage.searchLimit)
            #expect(p1["foundMoreThanTotal"] as? Bool == true)
            #expect(p1["searchedThrough"] == nil)
            let next = try #require(p1["next"] as? String)
            let p2 = try await api.send(.GET, "\(path)?q=phan%20khoi&after=\(next)").json()
            #expect(ids(p2) == all.dropFirst(ReportsPage.searchLimit).prefix(ReportsPage.searchLimit).map { $0.id!.uuidString })
            let web = Browser(app)
            _ = try await web.login("admin")
            let page = try await web.get("/units/\(national)/reports?q=\(query("phấn khởi"))")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Hiển thị \(ReportsPage.searchLimit) trong số hơn \(ReportsPage.searchLimit)"))
            #expect(page.body.string.contains("id=\"report-search-next\""))

            // A rare word, in one of the oldest reports: the first page reads the window and says so;
            // following `next` reaches it.
            let oldest = all[all.count - 2]
            try await sql.raw(
                """
                UPDATE monthly_reports SET public_opinion = 'Bà con lo lũ lụt.', search_text = search_text || ' ba con lo lu lut'
                WHERE id = \(bind: oldest.id!)
                """
            ).run()
            let rare = try await api.send(.GET, "\(path)?q=\(query("lũ lụt"))").json()
            #expect(ids(rare).isEmpty)
            #expect(rare["foundTotal"] as? Int == 0)
            #expect(rare["foundMoreThanTotal"] as? Bool == false)
            #expect(rare["searchedThrough"] as? String == all[ReportService.searchWindow - 1].month)
            #expect(rare["searchedReports"] as? Int == ReportService.searchWindow)
            var after = rare["next"] as? String
            var found: [String] = []
            var pages = 1
            while let a = after, pages < 10 {
                let p = try await api.send(.GET, "\(path)?q=lu%20lut&after=\(a)").json()
                found += ids(p)
                after = p["next"] as? String
                pages += 1
            }
            #expect(found == [oldest.id!.uuidString])
            #expect(pages == (all.count + ReportService.searchWindow - 1) / ReportService.searchWindow)
            let rarePage = try await web.get("/units/\(national)/reports?q=\(query("lũ lụt"))")
            #expect(rarePage.body.string.contains("Đã tìm trong \(ReportService.searchWindow) trực báo, đến các trực báo tháng"))
            #expect(rarePage.body.string.contains("Tìm tiếp"))

            // A small subtree with more than a page of reports: gathered and counted exactly, paged by key.
            var small: (UUID, [MonthlyReport])?
            for unit in try await OrgUnit.query(on: app.db).filter(\.$kind != .cell).sort(\.$code).all() {
                guard try await MemberService.scopeSize(sql, roots: [unit.id!]) <= MemberService.smallScope else { continue }
                let cells = try await UnitClosure.query(on: app.db).filter(\.$ancestor.$id == unit.id!).all().map { $0.$descendant.id }
                let here = all.filter { cells.contains($0.$unit.id) }
                if here.count > ReportsPage.searchLimit {
                    small = (unit.id!, here)
                    break
                }
            }
            let (unit, here) = try #require(small)
            let s1 = try await api.send(.GET, "/api/v1/units/\(unit)/reports?q=phan%20khoi").json()
            #expect(ids(s1) == here.prefix(ReportsPage.searchLimit).map { $0.id!.uuidString })
            #expect(s1["foundTotal"] as? Int == here.count)
            #expect(s1["foundMoreThanTotal"] as? Bool == false)
            let s2 = try await api.send(.GET, "/api/v1/units/\(unit)/reports?q=phan%20khoi&after=\(try #require(s1["next"] as? String))")
                .json()
            #expect(ids(s2) == here.dropFirst(ReportsPage.searchLimit).prefix(ReportsPage.searchLimit).map { $0.id!.uuidString })
            #expect(s2["foundTotal"] as? Int == here.count)
            let none = try await api.send(.GET, "/api/v1/units/\(unit)/reports?q=khong%20co%20dau").json()
            #expect(ids(none).isEmpty && none["foundTotal"] as? Int == 0 && none["next"] == nil)

            // Bad input: an unreadable or edited cursor starts over; a search too long is refused
            // in the user's language; nothing searchable finds nothing.
            for bad in ["zzz", KeyCursor(t: 0, s: "2026-13", k: UUID().uuidString).encoded, KeyCursor(t: 0, s: "2026-01", k: "x").encoded] {
                let again = try await api.send(.GET, "\(path)?q=phan%20khoi&after=\(bad)")
                #expect(again.status == .ok)
                #expect(ids(try again.json()) == ids(p1))
            }
            let long = String(repeating: "a", count: ReportService.searchMaxLength + 1)
            let tooLong = try await api.send(.GET, "\(path)?q=\(long)")
            #expect(tooLong.status == .unprocessableEntity)
            #expect(((try tooLong.json()["error"] as? [String: Any])?["code"] as? String) == "q.tooLong")
            let tooLongPage = try await web.get("/units/\(national)/reports?q=\(long)")
            #expect(tooLongPage.status == .unprocessableEntity)
            #expect(tooLongPage.body.string.contains("Nội dung tìm quá dài"))
            let wild = try await api.send(.GET, "\(path)?q=%25%25_")
            #expect(wild.status == .ok)
            #expect(ids(try wild.json()).isEmpty)

            // Someone outside the scope: a commune's administrator searches neither the country nor
            // another province's commune.
            let provinces = try await OrgUnit.query(on: app.db).filter(\.$parent.$id == national).sort(\.$code).limit(2).all()
            try #require(provinces.count == 2)
            var communes: [OrgUnit] = []
            for p in provinces {
                communes.append(try #require(try await OrgUnit.query(on: app.db).filter(\.$parent.$id == p.id!).sort(\.$code).first()))
            }
            let a = Account(username: "xa", passwordHash: try app.password.hash(Fixture.password), displayName: "xa", memberID: nil)
            try await a.create(on: app.db)
            try await AccountRole(accountID: a.id!, role: .administrator, unitID: communes[0].id!).create(on: app.db)
            let xa = try await APIClient.login(app, "xa")
            #expect(try await xa.send(.GET, "\(path)?q=phan%20khoi").status == .notFound)
            #expect(try await xa.send(.GET, "/api/v1/units/\(communes[1].id!)/reports?q=phan%20khoi").status == .notFound)
            #expect(try await xa.send(.GET, "/api/v1/units/\(communes[0].id!)/reports?q=phan%20khoi").status == .ok)
        }
    }

    /// A large scope below the top reads its reports month by month (`searchByMonth`), in the same
    /// order and pages as the walk: forced here on the country, whose reports are the oracle.
    @Test func aLargeScopeBelowTheTopSearchesMonthByMonth() async throws {
        try await withApp { app in
            let today = app.clock.today
            _ = try await CountryGenerator(scale: 0.002, seed: 7, months: 4, today: today).run(app.db) { _ in }
            let sql = app.db as! any SQLDatabase
            var seq = SequentialIDs(seed: 7)
            let national = seq.next()
            let all = try await MonthlyReport.query(on: app.db).sort(\.$month, .descending).sort(\.$id, .descending).all()
            let limit = ReportsPage.searchLimit
            func search(_ text: String, after: String? = nil) async throws -> ReportService.SearchPage {
                try await ReportService.search(app.db, unitID: national, text: text, after: after, limit: limit, byMonth: true)
            }
            // A common word: the latest first, across the months, paged by key.
            let p1 = try await search("phấn khởi")
            #expect(p1.reports.map(\.id) == all.prefix(limit).map(\.id))
            #expect(p1.moreThanTotal && p1.searchedThrough == nil)
            var after = p1.next
            var seen = p1.reports.map(\.id)
            while let a = after, seen.count < all.count {
                let p = try await search("phan khoi", after: a)
                seen += p.reports.map(\.id)
                after = p.next
            }
            #expect(seen == all.map(\.id), "every report once, in order, month after month")

            // A rare word in one of the oldest reports: each page reads whole months up to the
            // window and says how far it looked; following `next` reaches it, then ends.
            let oldest = all[all.count - 2]
            try await sql.raw(
                """
                UPDATE monthly_reports SET search_text = search_text || ' ba con lo lu lut' WHERE id = \(bind: oldest.id!)
                """
            ).run()
            let rare = try await search("lũ lụt")
            #expect(rare.reports.isEmpty && !rare.moreThanTotal)
            let read = try #require(rare.searched)
            #expect(read >= ReportService.searchWindow, "a page stops at the window, in whole months")
            #expect(read == all.filter { $0.month >= rare.searchedThrough! }.count, "whole months, the latest first")
            var found: [UUID] = []
            after = rare.next
            var pages = 1
            while let a = after, pages < 10 {
                let p = try await search("lu lut", after: a)
                found += p.reports.map { $0.id! }
                after = p.next
                pages += 1
            }
            #expect(found == [oldest.id!])
            #expect(after == nil)

            // On SQLite a month's statement finds the subtree's reports by unit, never by the month.
            if sql.dialect.name == "sqlite" {
                let statement = ReportService.monthStatement(
                    unitID: national, pattern: "%lu lut%", month: all[0].month, before: nil, limit: 101, sqlite: true)
                let plan = try await sql.raw("EXPLAIN QUERY PLAN " + statement).all()
                    .map { try $0.decode(column: "detail", as: String.self) }.joined(separator: "\n")
                #expect(plan.contains("unit_id=?"), "\(plan)")
                #expect(!plan.contains("monthly_reports_month") && !plan.contains("SCAN r"), "\(plan)")
            }
        }
    }
}
