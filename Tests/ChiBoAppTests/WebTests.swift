import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// The browser side over HTTP: login, CSRF, search, scope, forms. Each test starts from its own database.
@Suite struct WebTests {
    @Test func loginLandsOnHomeAndWrongPasswordIsRefusedInVietnamese() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let b = Browser(app)
            let bad = try await b.login("seca", password: "sai-mat-khau")
            #expect(bad.status == .unauthorized)
            #expect(bad.body.string.contains("Tên đăng nhập hoặc mật khẩu không đúng."))
            let ok = try await b.login("seca")
            #expect(ok.status == .seeOther)
            #expect(ok.headers.first(name: .location) == "/")
            let home = try await b.get("/")
            #expect(home.status == .ok)
            #expect(home.body.string.contains("id=\"whoami\""))
            #expect(home.body.string.contains("Chi bộ thôn Nà Thuôn"))
        }
    }

    @Test func unknownAddressesGetAVietnameseNotFoundPage() async throws {
        try await withApp { app in
            for path in ["/favicon.ico", "/khong-co", "/api/v1/khong-co", "/units/\(UUID())/khong-co"] {
                var response: TestingHTTPResponse!
                try await app.testing().test(.GET, path) { res in response = res }
                #expect(response.status == .notFound)
                if path.hasPrefix("/api/") {
                    #expect(response.body.string.contains("\"code\":\"notFound\""))
                } else {
                    #expect(response.body.string.contains("<h1>Không tìm thấy</h1>"))
                }
            }
            try await app.testing().test(.TRACE, "/members") { res in #expect(res.status.code < 500) }
        }
    }

    @Test func pagesNeedALogin() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            let res = try await b.get("/members/\(f.an!)")
            #expect(res.status == .seeOther)
            #expect(res.headers.first(name: .location)?.hasPrefix("/login") == true)
        }
    }

    @Test func loginIsThrottledAfterRepeatedFailures() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let b = Browser(app)
            for _ in 0..<app.chibo.loginMaxFailures {
                #expect(try await b.login("seca", password: "wrong-password").status == .unauthorized)
            }
            let locked = try await b.login("seca")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.body.string.contains("Đăng nhập sai quá nhiều lần"))
        }
    }

    @Test func formsWithoutTheCSRFTokenAreRefused() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("staff")
            let res = try await b.post(
                "/members/\(f.an!)/move", ["unitId": f.cellB!.uuidString, "effectiveDate": "2026-11-01"],
                withCSRF: false)
            #expect(res.status == .forbidden)
            #expect(try await Member.find(f.an, on: app.db)?.$unit.id == f.cellA)
        }
    }

    @Test func searchIgnoresDiacriticsAndSortsTheVietnameseWay() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            for name in ["Trần Văn Bảo", "Lê Thị An", "Nguyễn Văn Ân"] {
                _ = try await MemberService.create(
                    app.db, admin, unitID: f.cellA,
                    draft: MemberDraft(
                        fullName: name, birthDate: "1980-01-01", gender: "male", admissionDate: "2005-01-01",
                        officialDate: "2006-01-01", status: "official"), today: app.clock.today)
            }
            let b = Browser(app)
            _ = try await b.login("seca")
            let res = try await b.get("/members?q=nguyen+van+an")
            #expect(res.status == .ok)
            #expect(res.body.string.contains(">Nguyễn Văn An</a>"))
            #expect(res.body.string.contains(">Nguyễn Văn Ân</a>"))
            let all = try await b.get("/members?unit=\(f.cellA!)").body.string
            let order = ["Lê Thị An", "Nguyễn Văn An", "Đỗ Thị Ánh", "Nguyễn Văn Ân", "Trần Văn Bảo"].map {
                all.range(of: ">\($0)</a>")!.lowerBound
            }
            #expect(order == order.sorted())
        }
    }

    @Test func aSecretaryCannotSeeAnotherCell() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("seca")
            let other = try await b.get("/members/\(f.binh!)")
            #expect(other.status == .notFound)
            #expect(other.body.string.contains("Không tìm thấy"))
            #expect(!other.body.string.contains("Lò Văn Bình"))
            #expect(try await b.get("/units/\(f.cellB!)").status == .notFound)
            #expect(try await b.get("/members?unit=\(f.cellB!)").status == .notFound)
            let list = try await b.get("/members").body.string
            #expect(list.contains("Nguyễn Văn An"))
            #expect(!list.contains("Lò Văn Bình"))
            #expect(try await b.get("/members/\(UUID())").status == .notFound)
            #expect(try await b.get("/members/not-a-uuid").status == .notFound)
        }
    }

    @Test func staffMovesAMemberAndHistoryIsKept() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("staff")
            let page = try await b.get("/members/\(f.an!)")
            #expect(page.body.string.contains("form id=\"move-member\""))
            let res = try await b.post("/members/\(f.an!)/move", ["unitId": f.cellB!.uuidString, "effectiveDate": app.clock.today.iso])
            #expect(res.status == .seeOther)
            let after = try await b.get("/members/\(f.an!)").body.string
            let unitCell = after.range(of: "id=\"member-unit\"")!
            #expect(after[unitCell.upperBound...].prefix(200).contains("Chi bộ thôn Bản Chợ"))
            let history = after[after.range(of: "id=\"unit-history\"")!.upperBound...]
            #expect(history.contains("Chi bộ thôn Nà Thuôn"))
            #expect(history.contains("Chi bộ thôn Bản Chợ"))
            // The old cell's secretary no longer sees the member; the new one does.
            let seca = Browser(app)
            _ = try await seca.login("seca")
            #expect(try await seca.get("/members/\(f.an!)").status == .notFound)
            let secb = Browser(app)
            _ = try await secb.login("secb")
            #expect(try await secb.get("/members/\(f.an!)").status == .ok)
        }
    }

    @Test func aSecretaryCannotMoveAMemberOutOfReach() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("seca")
            _ = try await b.get("/members/\(f.an!)")
            let res = try await b.post("/members/\(f.an!)/move", ["unitId": f.cellB!.uuidString, "effectiveDate": app.clock.today.iso])
            #expect(res.status == .notFound)
            #expect(try await Member.find(f.an, on: app.db)?.$unit.id == f.cellA)
            #expect(try await MemberUnitPeriod.query(on: app.db).filter(\.$member.$id == f.an).count() == 1)
        }
    }

    @Test func badMemberFormIsShownAgainWithErrorsAndNothingIsSaved() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("seca")
            _ = try await b.get("/members/new?unit=\(f.cellA!)")
            let before = try await Member.query(on: app.db).count()
            let auditBefore = try await AuditEntry.query(on: app.db).count()
            let res = try await b.post(
                "/members",
                [
                    "unitId": f.cellA!.uuidString, "fullName": "Nông Văn Cường", "birthDate": "1990-02-30", "gender": "male",
                    "admissionDate": "2015-05-01", "officialDate": "2015-01-01", "status": "official", "cardNumber": "22000001",
                ])
            #expect(res.status == .unprocessableEntity)
            let body = res.body.string
            #expect(body.contains("Ngày sinh không hợp lệ"))
            #expect(body.contains("value=\"Nông Văn Cường\""))
            #expect(try await Member.query(on: app.db).count() == before)
            #expect(try await AuditEntry.query(on: app.db).count() == auditBefore)
            let dup = try await b.post(
                "/members",
                [
                    "unitId": f.cellA!.uuidString, "fullName": "Nông Văn Cường", "birthDate": "1990-02-10", "gender": "male",
                    "admissionDate": "2015-05-01", "officialDate": "2016-05-01", "status": "official", "cardNumber": "22000001",
                ])
            #expect(dup.status == .unprocessableEntity)
            #expect(dup.body.string.contains("Số thẻ đảng viên 22000001 đã có trong hệ thống."))
            #expect(try await Member.query(on: app.db).count() == before)
        }
    }

    @Test func englishSwitchTranslatesThePage() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("seca")
            let switched = try await b.get("/lang/en?back=/members")
            #expect(switched.headers.first(name: .location) == "/members")
            let page = try await b.get("/members").body.string
            #expect(page.contains("<html lang=\"en\">"))
            #expect(page.contains(">Members</a>"))
            // An absolute URL is never followed.
            #expect(try await b.get("/lang/vi?back=//evil.example").headers.first(name: .location) == "/")
        }
    }

    /// Issue 17: an inspector reads what an item of the plan assigns it, nothing more; what it
    /// reads, it may not write.
    @Test func inspectorReadsOnlyWhatItsInspectionAssigns() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("inspector")
            #expect(try await b.get("/members/\(f.binh!)").status == .notFound, "no inspection of this member")
            #expect(try await b.get("/units/\(f.cellB!)").status == .ok, "the unit's page")
            #expect(try await b.get("/units/\(f.cellB!)/meetings").status == .forbidden, "not the cell's meetings")

            let i = Inspection()
            i.$unit.id = f.commune
            i.body = .inspectionCommittee
            i.year = 2026
            i.kind = .memberInspection
            i.$target.id = f.cellB
            i.$targetMember.id = f.binh
            i.content = "Kiểm tra đảng viên"
            i.reviewFrom = CivilDate(year: 2026, month: 1, day: 1)!
            i.reviewTo = CivilDate(year: 2026, month: 6, day: 30)!
            i.startOn = CivilDate(year: 2026, month: 11, day: 2)!
            i.endOn = CivilDate(year: 2026, month: 11, day: 30)!
            i.status = .planned
            try await i.create(on: app.db)
            let team = InspectionTeamMember()
            team.$inspection.id = i.id!
            team.$account.id = try await Account.query(on: app.db).filter(\.$username == "inspector").first()!.id!
            try await team.create(on: app.db)

            #expect(try await b.get("/members/\(f.binh!)").status == .ok, "the member its inspection concerns")
            let res = try await b.post(
                "/members/\(f.binh!)/exemption", ["kind": "full", "decisionDate": "2024-01-01", "reason": "Tuổi cao"])
            #expect(res.status == .forbidden)
            #expect(try await Member.find(f.binh, on: app.db)?.exemptionKind == nil)
            #expect(try await b.get("/members/\(f.an!)").status == .notFound, "not the other members")

            i.status = .closed
            try await i.save(on: app.db)
            #expect(try await b.get("/members/\(f.binh!)").status == .notFound, "the access ends with the work")
        }
    }

    @Test func aMemberSeesOnlyTheirOwnRecord() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("dv.an")
            #expect(try await b.get("/members/\(f.an!)").status == .ok)
            #expect(try await b.get("/members/\(f.anh!)").status == .notFound)
        }
    }

    @Test func unitPageShowsCountsOfTheSubtree() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("staff")
            let page = try await b.get("/units/\(f.commune!)").body.string
            #expect(page.contains("id=\"count-total\"><div class=\"n\">3</div>"))
            #expect(page.contains("id=\"count-probationary\"><div class=\"n\">1</div>"))
        }
    }

    @Test func staffCreatesACellAndAppointsASecretary() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("staff")
            _ = try await b.get("/units/new?parent=\(f.commune!)")
            let bad = try await b.post("/units", ["parentId": f.commune!.uuidString, "name": "", "code": "CB03", "kind": "cell"])
            #expect(bad.status == .unprocessableEntity)
            let res = try await b.post(
                "/units",
                [
                    "parentId": f.commune!.uuidString, "name": "Chi bộ thôn Khuôn Trã",
                    "code": "CB03", "kind": "cell", "cellType": "rural_village",
                ])
            #expect(res.status == .seeOther)
            let cell = try await OrgUnit.query(on: app.db).filter(\.$code == "CB03").first()!
            #expect(cell.depth == 2)
            let closure = try await UnitClosure.query(on: app.db).filter(\.$descendant.$id == cell.id!).count()
            #expect(closure == 3)
            let appoint = try await b.post(
                "/units/\(f.cellA!)/officers",
                [
                    "memberId": f.an!.uuidString, "role": "secretary",
                    "from": "2025-05-10",
                ])
            #expect(appoint.status == .seeOther)
            #expect(try await b.get("/units/\(f.cellA!)").body.string.contains("<tr class=\"officer\"><td>Bí thư</td>"))
            let probationary = try await b.post(
                "/units/\(f.cellA!)/officers",
                [
                    "memberId": f.anh!.uuidString, "role": "deputy",
                    "from": "2025-05-10",
                ])
            #expect(probationary.status == .unprocessableEntity)
        }
    }

    /// Above `UnitPage.listedCandidates` members (here forced to none) a committee's page searches
    /// the members to appoint by name or card number instead of listing them; a small committee
    /// keeps its list; a refused text is a clear error (issue 20).
    @Test func aLargeCommitteeSearchesTheMembersToAppoint() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            let today = app.clock.today
            let whole = try await UnitPage.load(app.db, admin, id: f.commune!, today: today)
            #expect(whole.officerSearch == nil && Set(whole.officerCandidates.map(\.id)) == [f.an, f.binh])
            let before = try await UnitPage.load(app.db, admin, id: f.commune!, today: today, listedCandidates: 0)
            #expect(before.officerSearch == ChoiceSearch(q: nil, more: false) && before.members.isEmpty)
            let byName = try await UnitPage.load(app.db, admin, id: f.commune!, today: today, q: "nguyen van an", listedCandidates: 0)
            #expect(byName.officerCandidates.map(\.id) == [f.an])
            let byCard = try await UnitPage.load(app.db, admin, id: f.commune!, today: today, q: "22000003", listedCandidates: 0)
            #expect(byCard.officerCandidates.map(\.id) == [f.binh])
            // Below the committee only: commune 2's member is not found from the commune.
            let outside = try await UnitPage.load(app.db, admin, id: f.commune!, today: today, q: "ha thi em")
            #expect(outside.members.isEmpty && outside.officerSearch?.q == "ha thi em")

            let b = Browser(app)
            _ = try await b.login("staff")
            let page = try await b.get("/units/\(f.commune!)?q=lo%20van").body.string
            #expect(page.contains("<form id=\"officer-search\" class=\"search\" method=\"get\"") && page.contains("value=\"lo van\""))
            #expect(
                page.contains("<option value=\"\(f.binh!.uuidString.lowercased())\">")
                    && !page.contains("<option value=\"\(f.an!.uuidString.lowercased())\">"))
            let none = try await b.get("/units/\(f.commune!)?q=zzz").body.string
            #expect(none.contains("id=\"officer-hint\"") && none.contains("Không có đảng viên chính thức nào khớp."))
            let refused = try await b.get("/units/\(f.commune!)?q=%21%21")
            #expect(
                refused.status == .unprocessableEntity
                    && refused.body.string.contains("Gõ họ tên, số thẻ đảng viên hoặc tên chi bộ để tìm."))
            let plain = try await b.get("/units/\(f.commune!)").body.string
            #expect(!plain.contains("id=\"officer-search\"") && plain.contains("<option value=\"\(f.an!.uuidString.lowercased())\">"))
        }
    }
}

@Suite struct SetupTests {
    @Test func aFreshInstallationAsksForTheAdministratorOnce() async throws {
        try await withApp { app in
            let b = Browser(app)
            let login = try await b.get("/login")
            #expect(login.headers.first(name: .location) == "/setup")
            _ = try await b.get("/setup")
            let short = try await b.post("/setup", ["username": "admin", "password": "123"])
            #expect(short.status == .unprocessableEntity)
            #expect(short.body.string.contains("Mật khẩu phải có ít nhất 8 ký tự."))
            let ok = try await b.post("/setup", ["username": "admin", "password": "mat-khau-manh"])
            #expect(ok.status == .seeOther)
            let home = try await b.get("/")
            #expect(home.body.string.contains("form id=\"load-demo\""))
            // Gone once an account exists.
            let other = Browser(app)
            #expect(try await other.get("/setup").headers.first(name: .location) == "/login")
            _ = try await other.get("/login")
            #expect(
                try await other.post("/setup", ["username": "evil", "password": "12345678"]).headers.first(name: .location) == "/login")
            #expect(try await Account.query(on: app.db).count() == 1)
            // The administrator loads the demo from the home page.
            let loaded = try await b.post("/admin/demo", ["password": "demo-password"])
            #expect(loaded.status == .seeOther)
            #expect(try await OrgUnit.query(on: app.db).count() == 19)
            let vanphong = Browser(app)
            #expect(try await vanphong.login("vanphong", password: "demo-password").status == .seeOther)
        }
    }
}
