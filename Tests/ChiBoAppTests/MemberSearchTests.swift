import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Member search (issue 20): diacritics folded (đ → d), the exact full name first, then the names it
/// starts, then a later word; a card number; the principal's scope; pages by key; the index kept in
/// step with renames; the accounts list and the audit log paged by key too.
@Suite struct MemberSearchTests {
    static func add(_ app: Application, _ cell: UUID, _ names: [String], cards: Int = 1000) async throws -> [String: UUID] {
        let admin = try await Fixture.admin(app)
        var ids: [String: UUID] = [:]
        for (i, name) in names.enumerated() {
            ids[name] = try await MemberService.create(
                app.db, admin, unitID: cell,
                draft: MemberDraft(
                    fullName: name, birthDate: "1980-01-01", gender: name.contains("Thị") ? "female" : "male",
                    cardNumber: "3300\(cards + i)", admissionDate: "2005-01-01", officialDate: "2006-01-01", status: "official"),
                today: app.clock.today
            ).id!
        }
        return ids
    }

    static func names(_ list: [String: Any]) -> [String] {
        (list["items"] as? [[String: Any]] ?? []).compactMap { $0["fullName"] as? String }
    }

    /// Every page of a search, following the `next` cursors.
    static func all(_ api: APIClient, _ query: String, per: Int) async throws -> [String] {
        var out: [String] = []
        var path = "/api/v1/members?\(query)&per=\(per)"
        for _ in 0..<50 {
            let page = try await api.send(.GET, path).json()
            let names = Self.names(page)
            #expect(names.count <= per)
            out += names
            guard let next = page["next"] as? String else { return out }
            path = "/api/v1/members?\(query)&per=\(per)&after=\(next)"
        }
        Issue.record("no last page")
        return out
    }

    @Test func rankedExactThenPrefixThenWordFoldingĐ() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            _ = try await Self.add(
                app, f.cellA, ["Đặng Văn An", "Nguyễn Văn Anh", "Trần Nguyễn Văn An", "Nguyễn Văn Đức", "Nguyễn Văn An"])
            for who in ["admin", "staff"] {
                let api = try await APIClient.login(app, who)
                // "nguyen van an": the two exact "Nguyễn Văn An" (and "Nguyễn Văn Ân" none here), then
                // "Nguyễn Văn Anh" (starts with it), then "Trần Nguyễn Văn An" (a later word).
                let found = try await Self.all(api, "q=nguyen%20van%20an", per: 1)
                #expect(found == ["Nguyễn Văn An", "Nguyễn Văn An", "Nguyễn Văn Anh", "Trần Nguyễn Văn An"], "\(who)")
                #expect(try await Self.all(api, "q=Nguy%E1%BB%85n%20V%C4%83n%20An", per: 3) == found, "\(who): typed with diacritics")
                // đ is d: "dang" and "đặng" find "Đặng Văn An"; "duc" finds "Nguyễn Văn Đức" by a later word.
                #expect(try await Self.all(api, "q=dang", per: 10) == ["Đặng Văn An"], "\(who)")
                #expect(try await Self.all(api, "q=%C4%91%E1%BA%B7ng", per: 10) == ["Đặng Văn An"], "\(who)")
                #expect(try await Self.all(api, "q=duc", per: 10) == ["Nguyễn Văn Đức"], "\(who)")
                // A card number, whole or its beginning.
                #expect(try await Self.all(api, "q=22000002", per: 10) == ["Đỗ Thị Ánh"], "\(who)")
                #expect(Set(try await Self.all(api, "q=330010", per: 2)).count == 5, "\(who)")
                // A search is not counted; the plain list's total is the counters'.
                let first = try await api.send(.GET, "/api/v1/members?q=nguyen&per=1").json()
                #expect(first["total"] == nil && first["next"] is String)
            }
        }
    }

    @Test func theScopeHoldsAndPagesCoverTheListOnce() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            _ = try await Self.add(app, f.cellE, ["Nguyễn Thị Em", "Nguyễn Văn Ba"])
            _ = try await Self.add(app, f.cellB, (1...7).map { "Nguyễn Văn Bảy \($0)" }, cards: 2000)
            let staff = try await APIClient.login(app, "staff") // commune C: cells A and B, not E
            let seen = try await Self.all(staff, "q=nguyen", per: 2)
            #expect(seen.count == 8 && !seen.contains("Nguyễn Thị Em") && !seen.contains("Nguyễn Văn Ba"))
            let list = try await Self.all(staff, "unitId=\(f.commune!)", per: 3)
            #expect(list.count == 10 && Set(list).count == 10)
            let head = try await staff.send(.GET, "/api/v1/members?per=3").json()
            #expect(head["total"] as? Int == 10)
            let admin = try await APIClient.login(app, "admin")
            let everyone = try await Self.all(admin, "unitId=\(f.province!)", per: 4)
            #expect(everyone.count == 13)
            // A later word's tier is in the database's row order (rowid, or id on PostgreSQL).
            let em = try await Self.all(admin, "q=em", per: 1)
            #expect(em.count == 2 && Set(em) == ["Hà Thị Em", "Nguyễn Thị Em"])
            // Outside the scope: the unit is not found.
            #expect(try await staff.send(.GET, "/api/v1/members?unitId=\(f.cellE!)").status == .notFound)
            // A page of the web list links to the next by key; an old page= link or an edited cursor starts over.
            let b = Browser(app)
            _ = try await b.login("staff")
            let page = try await b.get("/members?q=nguyen").body.string
            #expect(page.contains("id=\"next-page\"") == false)
            for path in ["/members?page=3", "/members?after=xyz", "/members?q=an&after=%25%25", "/api/v1/members?after=e30"] {
                let res = path.hasPrefix("/api") ? try await staff.send(.GET, path) : try await b.get(path)
                #expect(res.status == .ok, "\(path)")
            }
        }
    }

    @Test func renamesImportsAndRemovalsKeepTheIndexInStep() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            let api = try await APIClient.login(app, "admin")
            let m = try await MemberService.find(app.db, admin, f.binh)
            let draft = MemberDraft(
                fullName: "Lò Văn Đoàn", birthDate: m.birthDate.iso, gender: m.gender.rawValue, cardNumber: m.cardNumber,
                admissionDate: m.admissionDate.iso, officialDate: m.officialDate?.iso, status: m.status.rawValue, phone: m.phone)
            _ = try await MemberService.update(app.db, admin, id: f.binh, draft: draft, today: app.clock.today)
            #expect(try await Self.all(api, "q=doan", per: 5) == ["Lò Văn Đoàn"])
            #expect(try await Self.all(api, "q=binh", per: 5).isEmpty)
            #expect(try await Self.all(api, "q=van%20doan", per: 5) == ["Lò Văn Đoàn"])
            // Rows written by SQL (as the country generator and the import write them) are found too.
            let sql = app.db as! any SQLDatabase
            try await sql.raw(
                """
                UPDATE members SET full_name = 'Lò Thị Xuân', search_name = 'lo thi xuan' WHERE id = \(bind: f.binh!)
                """
            ).run()
            #expect(try await Self.all(api, "q=thi%20xuan", per: 5) == ["Lò Thị Xuân"])
        }
    }

    static func entries(_ page: [String: Any]) -> [String] {
        (page["items"] as? [[String: Any]] ?? []).map { e in
            ["at", "action", "entity", "entityId", "after"].map { "\(e[$0] ?? "")" }.joined(separator: "|")
        }
    }

    @Test func accountsAndAuditArePagedByKey() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "admin")
            let all = try await api.send(.GET, "/api/v1/accounts").json()
            let names = (all["items"] as? [[String: Any]] ?? []).compactMap { $0["username"] as? String }
            #expect(names == names.sorted() && names.count == 6 && all["next"] == nil)
            let staff = try await APIClient.login(app, "staff")
            let own = try await staff.send(.GET, "/api/v1/accounts").json()
            let theirs = (own["items"] as? [[String: Any]] ?? []).compactMap { $0["username"] as? String }
            #expect(theirs.sorted() == ["dv.an", "inspector", "seca", "secb", "staff"])
            // The audit log, two entries a page, newest first, each entry once.
            var seen: [String] = []
            var path = "/api/v1/audit?limit=2"
            for _ in 0..<100 {
                let page = try await api.send(.GET, path).json()
                seen += Self.entries(page)
                guard let next = page["next"] as? String else { break }
                path = "/api/v1/audit?limit=2&after=\(next)"
            }
            let whole = try await api.send(.GET, "/api/v1/audit?limit=500").json()
            let ids = Self.entries(whole)
            #expect(seen == ids && ids.count > 4, "\(seen.count) by pages, \(ids.count) at once\n\(seen)\n\(ids)")
            let b = Browser(app)
            _ = try await b.login("admin")
            let log = try await b.get("/audit").body.string
            #expect(log.contains("id=\"next-page\"") == (ids.count > 100))
            #expect(try await b.get("/audit?after=junk").status == .ok)
            #expect(try await b.get("/accounts?after=junk").status == .ok)
            _ = f
        }
    }
}
