import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Access follows office (issue 19): roles ended with the office, the move or the leaving they
/// came from; accounts deactivated (their sessions and tokens end at once); one account per
/// member; another's password only with scope over every role; members not shown others'
/// absence reasons. Each tried as an attacker would, through the web and the API.
@Suite struct AccessOfficeTests {
    func code(_ res: TestingHTTPResponse) throws -> String? {
        (try res.json()["error"] as? [String: Any])?["code"] as? String
    }

    func accountID(_ app: Application, _ username: String) async throws -> UUID {
        try await Account.query(on: app.db).filter(\.$username == username).first()!.id!
    }

    func roles(_ app: Application, _ username: String) async throws -> [AccountRole] {
        try await AccountRole.query(on: app.db).filter(\.$account.$id == accountID(app, username)).all()
    }

    /// A third member of cell A, official, who can take office.
    func cuong(_ app: Application, _ f: Fixture) async throws -> UUID {
        let admin = try await Fixture.admin(app)
        return try await MemberService.create(
            app.db, admin, unitID: f.cellA,
            draft: MemberDraft(
                fullName: "Trần Văn Cường", birthDate: "1975-02-01", gender: "male", cardNumber: "22000009",
                admissionDate: "1999-06-01", officialDate: "2000-06-01", status: "official"),
            today: CivilDate(year: 2026, month: 11, day: 1)!
        ).id!
    }

    /// A meeting of cell A held today and its minutes written, waiting for approval.
    func meetingToApprove(_ app: Application, _ api: APIClient, _ f: Fixture) async throws -> String {
        let today = app.clock.today
        let created = try await api.send(
            .POST, "/api/v1/units/\(f.cellA!)/meetings",
            json: #"{"kind":"regular","date":"\#(today.iso)","time":"07:30","location":"Nhà văn hóa"}"#)
        #expect(created.status == .created, "\(created.body.string)")
        let id = try created.json()["id"] as! String
        #expect(try await api.send(.POST, "/api/v1/meetings/\(id)/open").status == .ok)
        #expect(
            try await api.send(.PUT, "/api/v1/meetings/\(id)/attendance/\(f.an!)", json: #"{"attendance":"present"}"#).status == .ok)
        #expect(
            try await api.send(
                .PUT, "/api/v1/meetings/\(id)/attendance/\(f.anh!)", json: #"{"attendance":"excused","reason":"Ốm nằm viện"}"#
            )
            .status == .ok)
        #expect(try await api.send(.POST, "/api/v1/meetings/\(id)/end").status == .ok)
        let minutes = try await api.send(
            .PATCH, "/api/v1/meetings/\(id)/minutes",
            json: #"{"chairName":"Nguyễn Văn An","secretaryName":"Nguyễn Văn An","qualityScore":85}"#)
        #expect(minutes.status == .ok, "\(minutes.body.string)")
        return id
    }

    @Test func aReplacedSecretaryCanNoLongerApproveMinutesNorEditMembers() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let cuong = try await cuong(app, f)
            let staff = try await APIClient.login(app, "staff")
            let today = app.clock.today
            // An becomes the cell's secretary: his account gets the office's role, linked to it.
            let set = try await staff.send(
                .POST, "/api/v1/units/\(f.cellA!)/officers", json: #"{"memberId":"\#(f.an!)","role":"secretary","from":"2026-01-01"}"#)
            #expect(set.status == .ok, "\(set.body.string)")
            let granted = try await roles(app, "dv.an").filter { $0.role == .cellSecretary }
            #expect(granted.count == 1 && granted.first?.officerID != nil && granted.first?.endedOn == nil)

            let api = try await APIClient.login(app, "dv.an")
            let web = Browser(app)
            #expect(try await web.login("dv.an").status == .seeOther)
            let meeting = try await meetingToApprove(app, api, f)
            #expect(
                try await api.send(.PUT, "/api/v1/meetings/\(meeting)/attendance/\(cuong)", json: #"{"attendance":"present"}"#).status
                    == .ok)
            _ = try await web.get("/members/\(f.anh!)/edit")
            let edit = [
                "fullName": "Đỗ Thị Ánh", "birthDate": "1970-03-15", "gender": "female", "cardNumber": "22000002",
                "admissionDate": "2026-01-10", "status": "probationary",
            ]
            let edited = try await web.post("/members/\(f.anh!)/edit", edit)
            #expect(edited.status == .seeOther, "the secretary edits members: \(edited.body.string.suffix(3000))")

            // At the cell's congress Cường takes over from today: An's secretary role ends today.
            let replaced = try await staff.send(
                .POST, "/api/v1/units/\(f.cellA!)/officers", json: #"{"memberId":"\#(cuong)","role":"secretary","from":"\#(today.iso)"}"#)
            #expect(replaced.status == .ok, "\(replaced.body.string)")
            let ended = try await roles(app, "dv.an").first { $0.role == .cellSecretary }
            #expect(ended?.endedOn == today && ended?.endReason == .termEnded)

            // The same token and the same browser session, as an attacker would keep them.
            #expect([.forbidden, .notFound].contains(try await api.send(.POST, "/api/v1/meetings/\(meeting)/approve").status))
            let patch = try await api.send(
                .PATCH, "/api/v1/members/\(f.anh!)",
                json:
                    #"{"fullName":"Đỗ Thị Ánh","birthDate":"1970-03-15","gender":"female","cardNumber":"22000002","admissionDate":"2026-01-10","status":"probationary","phone":"0912345678"}"#
            )
            #expect([.forbidden, .notFound].contains(patch.status))
            _ = try await web.get("/meetings/\(meeting)")
            #expect([.forbidden, .notFound].contains(try await web.post("/meetings/\(meeting)/approve", [:]).status))
            #expect([.forbidden, .notFound].contains(try await web.post("/members/\(f.anh!)/edit", edit).status))
            // He stays a member of the cell: he still reads its meetings.
            #expect(try await api.send(.GET, "/api/v1/meetings/\(meeting)").status == .ok)
            // The ended role stays in the account's history, on the account's page and its API.
            let page = try await staff.send(.GET, "/api/v1/accounts/\(try await accountID(app, "dv.an"))").json()
            let rows = page["roles"] as? [[String: Any]] ?? []
            #expect(
                rows.contains {
                    $0["role"] as? String == "cell_secretary" && $0["held"] as? Bool == false && $0["endReason"] as? String == "term_ended"
                })
            // Cường's account, when he gets one, holds the role from the office.
            let created = try await staff.send(
                .POST, "/api/v1/accounts",
                json:
                    #"{"username":"dv.cuong","password":"matkhau123","memberId":"\#(cuong)","role":"cell_secretary","unitId":"\#(f.cellA!)"}"#
            )
            #expect(created.status == .created, "\(created.body.string)")
            #expect(try await roles(app, "dv.cuong").first?.officerID != nil)
            let successor = try await APIClient.login(app, "dv.cuong")
            let approved = try await successor.send(.POST, "/api/v1/meetings/\(meeting)/approve")
            #expect(approved.status == .ok, "\(approved.body.string)")
        }
    }

    @Test func endingAnOfficeEndsItsRoleOnItsDayAndNotBefore() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            #expect(
                try await staff.send(
                    .POST, "/api/v1/units/\(f.commune!)/officers",
                    json: #"{"memberId":"\#(f.an!)","role":"committee_member","from":"2026-01-01"}"#
                ).status == .ok)
            let role = try await roles(app, "dv.an").first { $0.role == .committeeStaff }
            #expect(role?.$unit.id == f.commune && role?.officerID != nil)
            let officer = try #require(role?.officerID)
            // The web form ends the office tomorrow: the role holds today, not from tomorrow.
            let web = Browser(app)
            _ = try await web.login("staff")
            _ = try await web.get("/units/\(f.commune!)")
            let tomorrow = app.clock.today.adding(days: 1)
            #expect(try await web.post("/units/\(f.commune!)/officers/\(officer)/end", ["until": tomorrow.iso]).status == .seeOther)
            let p = try await Principal.load(accountID: try await accountID(app, "dv.an"), today: app.clock.today, on: app.db)
            #expect(p?.grants.contains { $0.role == .committeeStaff } == true)
            let later = try await Principal.load(accountID: try await accountID(app, "dv.an"), today: tomorrow, on: app.db)
            #expect(later?.grants.contains { $0.role == .committeeStaff } == false)
            #expect(later?.grants.contains { $0.role == .member } == true)
        }
    }

    @Test func aDeactivatedAccountsSessionAndTokenStopAtOnce() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let seca = try await accountID(app, "seca")
            let victim = Browser(app)
            #expect(try await victim.login("seca").status == .seeOther)
            #expect(try await victim.get("/units/\(f.cellA!)").status == .ok)
            let token = try await APIClient.login(app, "seca")
            #expect(try await token.send(.GET, "/api/v1/me").status == .ok)

            let web = Browser(app)
            _ = try await web.login("staff")
            let page = try await web.get("/accounts/\(seca)")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("deactivate-form"))
            #expect(try await web.post("/accounts/\(seca)/deactivate", [:]).status == .seeOther)
            #expect(try await Account.find(seca, on: app.db)?.active == false)
            #expect(try await WebSession.query(on: app.db).filter(\.$account.$id == seca).count() == 0)
            #expect(try await APIToken.query(on: app.db).filter(\.$account.$id == seca).count() == 0)

            #expect(try await token.send(.GET, "/api/v1/me").status == .unauthorized)
            let after = try await victim.get("/units/\(f.cellA!)")
            #expect(after.status != .ok)
            #expect(try await Browser(app).login("seca").status != .seeOther, "no new sign-in either")
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "account.deactivate").all()
            #expect(audit.map(\.unitID) == [f.cellA])

            // Reactivated through the API, it signs in again; its ended roles would stay ended.
            let staff = try await APIClient.login(app, "staff")
            let again = try await staff.send(.POST, "/api/v1/accounts/\(seca)/reactivate")
            #expect(again.status == .ok)
            #expect(try again.json()["active"] as? Bool == true)
            #expect(try await Browser(app).login("seca").status == .seeOther)
            // One's own account is not deactivated here.
            let own = try await staff.send(.POST, "/api/v1/accounts/\(try await accountID(app, "staff"))/deactivate")
            #expect(own.status == .unprocessableEntity)
        }
    }

    @Test func endingARoleByHandIsDatedAuditedAndScoped() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let seca = try await accountID(app, "seca")
            let role = try #require(try await roles(app, "seca").first)
            let staff = try await APIClient.login(app, "staff")
            let bad = try await staff.send(.POST, "/api/v1/accounts/\(seca)/roles/\(role.id!)/end", json: #"{"reason":"whim"}"#)
            #expect(bad.status == .unprocessableEntity)
            #expect(try code(bad) == "reason.invalid")
            let ended = try await staff.send(
                .POST, "/api/v1/accounts/\(seca)/roles/\(role.id!)/end", json: #"{"on":"\#(app.clock.today.iso)","reason":"moved"}"#)
            #expect(ended.status == .ok, "\(ended.body.string)")
            let row = (try ended.json()["roles"] as? [[String: Any]])?.first
            #expect(row?["held"] as? Bool == false && row?["endReason"] as? String == "moved" && row?["endedBy"] as? String == "staff")
            let secaAPI = try await APIClient.login(app, "seca")
            #expect(try await secaAPI.send(.GET, "/api/v1/units/\(f.cellA!)").status == .notFound)
            let twice = try await staff.send(.POST, "/api/v1/accounts/\(seca)/roles/\(role.id!)/end")
            #expect(twice.status == .conflict)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "account.role.end").count() == 1)

            // Outside one's scope: not found; a role outside it: forbidden; no right to manage accounts: forbidden.
            let admin = try await Fixture.admin(app)
            let hasher = app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any())
            _ = try await AccountService.create(
                app.db, admin, hasher: hasher,
                .init(username: "staff2", password: Fixture.password, displayName: "staff2", role: "committee_staff", unitID: f.commune2))
            let mixed = try await AccountService.create(
                app.db, admin, hasher: hasher,
                .init(username: "mixed", password: Fixture.password, displayName: "mixed", role: "cell_secretary", unitID: f.cellB))
            try await AccountRole(accountID: mixed.id!, role: .cellSecretary, unitID: f.cellE).create(on: app.db)
            let staff2 = try await APIClient.login(app, "staff2")
            #expect(try await staff2.send(.GET, "/api/v1/accounts/\(seca)").status == .notFound)
            #expect(try await staff2.send(.POST, "/api/v1/accounts/\(seca)/deactivate").status == .notFound)
            #expect(try await staff.send(.POST, "/api/v1/accounts/\(mixed.id!)/deactivate").status == .forbidden)
            let other = try #require(try await roles(app, "mixed").first { $0.$unit.id == f.cellB })
            #expect(try await staff.send(.POST, "/api/v1/accounts/\(mixed.id!)/roles/\(other.id!)/end").status == .forbidden)
            let inspector = try await APIClient.login(app, "inspector")
            #expect(try await inspector.send(.GET, "/api/v1/accounts/\(seca)").status == .forbidden)
            #expect(try await inspector.send(.POST, "/api/v1/accounts/\(seca)/reactivate").status == .forbidden)
        }
    }

    @Test func anotherAccountsPasswordNeedsScopeOverEveryRoleAndIsAuditedAtEachUnit() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            let hasher = app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any())
            let mixed = try await AccountService.create(
                app.db, admin, hasher: hasher,
                .init(username: "mixed", password: Fixture.password, displayName: "mixed", role: "cell_secretary", unitID: f.cellB))
            try await AccountRole(accountID: mixed.id!, role: .cellSecretary, unitID: f.cellE).create(on: app.db)
            // The commune's staff sees the account (a role in its scope) but may not take it over.
            let web = Browser(app)
            _ = try await web.login("staff")
            _ = try await web.get("/accounts/\(mixed.id!)")
            let refused = try await web.post("/accounts/\(mixed.id!)/password", ["password": "chiem-quyen-123"])
            #expect(refused.status == .forbidden)
            #expect(try await Browser(app).login("mixed").status == .seeOther, "the old password still works")
            // The administrator may; the reset is in the audit of both cells.
            let adminWeb = Browser(app)
            _ = try await adminWeb.login("admin")
            _ = try await adminWeb.get("/accounts/\(mixed.id!)")
            let reset = try await adminWeb.post("/accounts/\(mixed.id!)/password", ["password": "mat-khau-moi-1"])
            #expect(reset.status == .seeOther, "\(reset.status) \(reset.body.string.suffix(2000))")
            let entries = try await AuditEntry.query(on: app.db).filter(\.$action == "account.password").all()
            #expect(Set(entries.compactMap(\.unitID)) == [f.cellB, f.cellE])
            // The cell's audit page shows it to its reader.
            let secb = Browser(app)
            _ = try await secb.login("secb")
            let audit = try await secb.get("/audit")
            #expect(audit.status == .ok)
            #expect(audit.body.string.contains("account.password"))
        }
    }

    @Test func aMemberHasOneAccount() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let body = #"{"username":"dv.an2","password":"matkhau123","memberId":"\#(f.an!)","role":"member","unitId":"\#(f.cellA!)"}"#
            let staff = try await APIClient.login(app, "staff")
            let api = try await staff.send(.POST, "/api/v1/accounts", json: body)
            #expect(api.status == .conflict)
            #expect(try code(api) == "memberId.hasAccount")
            let web = Browser(app)
            _ = try await web.login("staff")
            _ = try await web.get("/accounts/new?member=\(f.an!)")
            let form = try await web.post(
                "/accounts",
                [
                    "username": "dv.an3", "password": "matkhau123", "memberId": f.an!.uuidString, "role": "member",
                    "unitId": f.cellA!.uuidString,
                ])
            #expect(form.status != .seeOther)
            #expect(form.body.string.contains("Mỗi đảng viên chỉ có một tài khoản"))
            #expect(try await Account.query(on: app.db).filter(\.$member.$id == f.an!).count() == 1)
            // The database holds it too, whatever the code does.
            await #expect(throws: (any Error).self) {
                try await Account(username: "direct", passwordHash: "x", displayName: "x", memberID: f.an).create(on: app.db)
            }
            // Once the first is deactivated a new one may be made, and the old one is not reopened beside it.
            let dvAn = try await accountID(app, "dv.an")
            #expect(try await staff.send(.POST, "/api/v1/accounts/\(dvAn)/deactivate").status == .ok)
            #expect(try await staff.send(.POST, "/api/v1/accounts", json: body).status == .created)
            let reopen = try await staff.send(.POST, "/api/v1/accounts/\(dvAn)/reactivate")
            #expect(reopen.status == .conflict)
            #expect(try code(reopen) == "memberId.hasAccount")
        }
    }

    @Test func movingAndLeavingEndTheRolesOfTheOldCell() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            #expect(
                try await staff.send(
                    .POST, "/api/v1/units/\(f.cellA!)/officers", json: #"{"memberId":"\#(f.an!)","role":"deputy","from":"2026-01-01"}"#
                ).status == .ok)
            let today = app.clock.today
            let moved = try await staff.send(
                .POST, "/api/v1/members/\(f.an!)/move", json: #"{"unitId":"\#(f.cellB!)","effectiveDate":"\#(today.iso)"}"#)
            #expect(moved.status == .ok, "\(moved.body.string)")
            let after = try await roles(app, "dv.an")
            // The deputy's office ends with the move (its role with it); the member's role moves.
            #expect(after.filter { $0.$unit.id == f.cellA }.allSatisfy { $0.endedOn == today })
            #expect(after.contains { $0.$unit.id == f.cellA && $0.role == .member && $0.endReason == .moved })
            #expect(after.contains { $0.$unit.id == f.cellA && $0.role == .cellSecretary && $0.endReason == .termEnded })
            #expect(after.filter { $0.$unit.id == f.cellA }.count == 2, "kept as history")
            #expect(after.contains { $0.$unit.id == f.cellB && $0.role == .member && $0.endedOn == nil })
            let an = try await APIClient.login(app, "dv.an")
            #expect(try await an.send(.GET, "/api/v1/units/\(f.cellA!)").status == .notFound)
            #expect(try await an.send(.GET, "/api/v1/units/\(f.cellB!)").status == .ok)

            let died = try await staff.send(.POST, "/api/v1/members/\(f.an!)/leaving", json: #"{"kind":"death","date":"\#(today.iso)"}"#)
            #expect(died.status == .ok, "\(died.body.string)")
            let last = try await roles(app, "dv.an")
            #expect(last.allSatisfy { $0.endedOn != nil })
            #expect(last.contains { $0.$unit.id == f.cellB && $0.endReason == .left })
            #expect(try await an.send(.GET, "/api/v1/me").status == .unauthorized)
        }
    }

    @Test func aMemberSeesTheirOwnAbsenceReasonNotOthers() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let seca = try await APIClient.login(app, "seca")
            let meeting = try await meetingToApprove(app, seca, f)
            func reason(_ api: APIClient, _ member: UUID) async throws -> String? {
                let roll = try await api.send(.GET, "/api/v1/meetings/\(meeting)").json()["roll"] as? [[String: Any]] ?? []
                return roll.first { ($0["memberId"] as? String)?.uppercased() == member.uuidString }?["reason"] as? String
            }
            #expect(try await reason(seca, f.anh) == "Ốm nằm viện")
            let an = try await APIClient.login(app, "dv.an")
            #expect(try await reason(an, f.anh) == nil)
            let web = Browser(app)
            _ = try await web.login("dv.an")
            let page = try await web.get("/meetings/\(meeting)")
            #expect(page.status == .ok)
            #expect(!page.body.string.contains("Ốm nằm viện"))
            let sec = Browser(app)
            _ = try await sec.login("seca")
            #expect(try await sec.get("/meetings/\(meeting)").body.string.contains("Ốm nằm viện"))
        }
    }

    /// The striking-off list (a cell's statistics, web and API): the names at the rule are for the
    /// secretary and the committee; a plain member of the cell sees their own line only.
    @Test func aMemberSeesTheirOwnLineOfTheStrikingOffListNotOthers() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let seca = try await APIClient.login(app, "seca")
            // An and Ánh leave three months' fees unpaid: both are at the rule.
            for month in ["2026-03", "2026-04", "2026-05"] {
                let fees = try await seca.send(
                    .PUT, "/api/v1/units/\(f.cellA!)/fees",
                    json:
                        #"{"month":"\#(month)","entries":[{"memberId":"\#(f.an!)","amount":49600},{"memberId":"\#(f.anh!)","amount":20000}]}"#
                )
                #expect(fees.status == .ok, "\(fees.body.string)")
            }
            let address = "/units/\(f.cellA!)/statistics?period=year&year=2026"
            func names(_ api: APIClient) async throws -> [String] {
                let stats = try await api.send(.GET, "/api/v1" + address).json()
                return (stats["strikeOff"] as? [[String: Any]] ?? []).compactMap { $0["fullName"] as? String }
            }
            func list(_ web: Browser) async throws -> String {
                let page = try await web.get(address)
                #expect(page.status == .ok)
                let body = page.body.string
                guard let start = body.range(of: "<ul id=\"strike-off\">"), let end = body[start.upperBound...].range(of: "</ul>") else {
                    Issue.record("no striking-off list on the page")
                    return ""
                }
                return String(body[start.upperBound..<end.lowerBound])
            }
            // The secretary and the committee see both.
            #expect(Set(try await names(seca)) == ["Nguyễn Văn An", "Đỗ Thị Ánh"])
            #expect(Set(try await names(try await APIClient.login(app, "staff"))) == ["Nguyễn Văn An", "Đỗ Thị Ánh"])
            let sec = Browser(app)
            _ = try await sec.login("seca")
            let secList = try await list(sec)
            #expect(secList.contains("Nguyễn Văn An") && secList.contains("Đỗ Thị Ánh"))
            // An sees his own line, not Ánh's, on the page and through the API.
            let an = try await APIClient.login(app, "dv.an")
            #expect(try await names(an) == ["Nguyễn Văn An"])
            let anStats = try await an.send(.GET, "/api/v1" + address)
            #expect(!anStats.body.string.contains("Đỗ Thị Ánh") && !anStats.body.string.contains(f.anh!.uuidString.lowercased()))
            let web = Browser(app)
            _ = try await web.login("dv.an")
            let anList = try await list(web)
            #expect(anList.contains("Nguyễn Văn An"))
            let page = try await web.get(address).body.string
            #expect(!page.contains("Đỗ Thị Ánh") && !page.contains(f.anh!.uuidString.lowercased()))
            // Ánh, once she has an account, sees hers and not An's.
            let staff = try await APIClient.login(app, "staff")
            let created = try await staff.send(
                .POST, "/api/v1/accounts",
                json: #"{"username":"dv.anh","password":"matkhau123","memberId":"\#(f.anh!)","role":"member","unitId":"\#(f.cellA!)"}"#)
            #expect(created.status == .created, "\(created.body.string)")
            #expect(try await names(try await APIClient.login(app, "dv.anh")) == ["Đỗ Thị Ánh"])
        }
    }
}
