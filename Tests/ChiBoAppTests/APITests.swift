import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// The JSON API over HTTP: tokens, scope, validation, errors as JSON in the user's language.
@Suite struct APITests {
    @Test func theAPINeedsAToken() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            try await app.testing().test(.GET, "/api/v1/members") { res in
                #expect(res.status == .unauthorized)
                let error = try res.content.get(String.self, at: "error", "code")
                #expect(error == "unauthorized")
            }
            let bad = APIClient(app: app, token: "forged")
            #expect(try await bad.send(.GET, "/api/v1/me").status == .unauthorized)
        }
    }

    @Test func tokensCanBeRevoked() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let api = try await APIClient.login(app, "seca")
            #expect(try await api.send(.GET, "/api/v1/me").status == .ok)
            #expect(try await api.send(.DELETE, "/api/v1/auth/token").status == .noContent)
            #expect(try await api.send(.GET, "/api/v1/me").status == .unauthorized)
        }
    }

    @Test func anotherCellsMemberIsNotFound() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "seca")
            let res = try await api.send(.GET, "/api/v1/members/\(f.binh!)")
            #expect(res.status == .notFound)
            #expect(!res.body.string.contains("Lò Văn Bình"))
            #expect(try await api.send(.GET, "/api/v1/members/\(f.an!)").status == .ok)
            let list = try await api.send(.GET, "/api/v1/members").json()
            let names = (list["items"] as? [[String: Any]] ?? []).compactMap { $0["fullName"] as? String }
            #expect(names == ["Nguyễn Văn An", "Đỗ Thị Ánh"])
            #expect(list["total"] as? Int == 2)
            #expect(try await api.send(.GET, "/api/v1/units/\(f.cellB!)/counts").status == .notFound)
            #expect(try await api.send(.GET, "/api/v1/members?unitId=\(f.cellB!)").status == .notFound)
        }
    }

    @Test func searchWithoutDiacritics() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let api = try await APIClient.login(app, "staff")
            let list = try await api.send(.GET, "/api/v1/members?q=do%20thi%20anh").json()
            let names = (list["items"] as? [[String: Any]] ?? []).compactMap { $0["fullName"] as? String }
            #expect(names == ["Đỗ Thị Ánh"])
            let byCard = try await api.send(.GET, "/api/v1/members?q=22000003").json()
            #expect((byCard["items"] as? [[String: Any]])?.count == 1)
        }
    }

    @Test func createValidatesEverythingAndWritesNothingOnError() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "seca")
            let count = try await Member.query(on: app.db).count()
            let missing = try await api.send(.POST, "/api/v1/members", json: #"{"unitId":"\#(f.cellA!)","fullName":"Lý A"}"#)
            #expect(missing.status == .unprocessableEntity)
            let fields = (try missing.json()["error"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []
            #expect(Set(fields.compactMap { $0["field"] as? String }).isSuperset(of: ["birthDate", "gender", "admissionDate"]))
            let malformed = try await api.send(.POST, "/api/v1/members", json: #"{"unitId": 12, "fullName": "#)
            #expect(malformed.status == .badRequest)
            #expect(try malformed.content.get(String.self, at: "error", "code") == "body.malformed")
            let wrongType = try await api.send(.POST, "/api/v1/members", json: #"{"unitId":"\#(f.cellA!)","fullName":["x"]}"#)
            #expect(wrongType.status == .badRequest)
            // Over real HTTP, a body above the configured limit is refused before it is read.
            let huge = String(repeating: "x", count: 200_000)
            try await app.testing(method: .running(hostname: "127.0.0.1", port: 0)).test(
                .POST, "/api/v1/members",
                beforeRequest: { req in
                    req.headers.bearerAuthorization = BearerAuthorization(token: api.token)
                    req.headers.contentType = .json
                    req.body = ByteBuffer(string: #"{"fullName":"\#(huge)"}"#)
                },
                afterResponse: { res in
                    #expect(res.status == .payloadTooLarge)
                })
            let otherCell = try await api.send(
                .POST, "/api/v1/members",
                json: """
                    {"unitId":"\(f.cellB!)","fullName":"Lý Văn Cường","birthDate":"1980-01-01","gender":"male","admissionDate":"2005-01-01","officialDate":"2006-01-01","status":"official"}
                    """)
            #expect(otherCell.status == .notFound)
            let notACell = try await api.send(
                .POST, "/api/v1/members",
                json: """
                    {"unitId":"\(f.commune!)","fullName":"Lý Văn Cường","birthDate":"1980-01-01","gender":"male","admissionDate":"2005-01-01","officialDate":"2006-01-01","status":"official"}
                    """)
            #expect(notACell.status == .notFound)
            #expect(try await Member.query(on: app.db).count() == count)
            let ok = try await api.send(
                .POST, "/api/v1/members",
                json: """
                    {"unitId":"\(f.cellA!)","fullName":"Lý Văn Cường","birthDate":"01/01/1980","gender":"male","admissionDate":"2005-01-01","officialDate":"2006-01-01","status":"official","cardNumber":"22000009"}
                    """)
            #expect(ok.status == .created)
            #expect(try ok.content.get(String.self, at: "birthDate") == "1980-01-01")
            let dup = try await api.send(
                .POST, "/api/v1/members",
                json: """
                    {"unitId":"\(f.cellA!)","fullName":"Lý Văn Dũng","birthDate":"1981-01-01","gender":"male","admissionDate":"2005-01-01","officialDate":"2006-01-01","status":"official","cardNumber":"22000009"}
                    """)
            #expect(dup.status == .conflict)
            #expect(try await Member.query(on: app.db).count() == count + 1)
        }
    }

    @Test func errorsComeInEnglishWhenAsked() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "seca")
            var message = ""
            try await app.testing().test(
                .PATCH, "/api/v1/members/\(f.an!)",
                beforeRequest: { req in
                    req.headers.bearerAuthorization = BearerAuthorization(token: api.token)
                    req.headers.replaceOrAdd(name: .acceptLanguage, value: "en")
                    req.headers.contentType = .json
                    req.body = ByteBuffer(string: #"{"officialDate":"1990-01-01"}"#)
                },
                afterResponse: { res in
                    #expect(res.status == .unprocessableEntity)
                    message = try res.content.get(String.self, at: "error", "message")
                })
            #expect(message.hasPrefix("The official date must be after"))
        }
    }

    @Test func moveExemptAndTransferThroughTheAPI() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let api = try await APIClient.login(app, "staff")
            let today = app.clock.today.iso
            let moved = try await api.send(
                .POST, "/api/v1/members/\(f.an!)/move", json: #"{"unitId":"\#(f.cellB!)","effectiveDate":"\#(today)"}"#)
            #expect(moved.status == .ok)
            let history = try await api.send(.GET, "/api/v1/members/\(f.an!)/history").json()
            #expect((history["items"] as? [[String: Any]])?.count == 2)
            let again = try await api.send(
                .POST, "/api/v1/members/\(f.an!)/move", json: #"{"unitId":"\#(f.cellB!)","effectiveDate":"\#(today)"}"#)
            #expect(again.status == .unprocessableEntity)
            let outOfScope = try await api.send(
                .POST, "/api/v1/members/\(f.an!)/move", json: #"{"unitId":"\#(f.cellE!)","effectiveDate":"\#(today)"}"#)
            #expect(outOfScope.status == .notFound)
            let exempt = try await api.send(
                .PUT, "/api/v1/members/\(f.binh!)/exemption",
                json: #"{"kind":"full","decisionDate":"2024-03-01","reason":"Ốm đau điều trị dài ngày"}"#)
            #expect(exempt.status == .ok)
            let counts = try await api.send(.GET, "/api/v1/units/\(f.commune!)/counts").json()
            #expect(counts["exemptFull"] as? Int == 1)
            #expect(counts["total"] as? Int == 3)
            let transfer = try await api.send(
                .PUT, "/api/v1/members/\(f.anh!)/transfer",
                json: #"{"direction":"in","from":"2026-02-01","until":"2026-12-31","place":"Chi bộ Trường THPT Lâm Bình"}"#)
            #expect(transfer.status == .ok)
            let after = try await api.send(.GET, "/api/v1/units/\(f.commune!)/counts").json()
            #expect(after["total"] as? Int == 2)
            #expect(after["transferredIn"] as? Int == 1)
            #expect(try await api.send(.DELETE, "/api/v1/members/\(f.anh!)/transfer").status == .ok)
            #expect(try await api.send(.DELETE, "/api/v1/members/\(f.anh!)/transfer").status == .unprocessableEntity)
            let audit = try await api.send(.GET, "/api/v1/audit?entityId=\(f.an!)").json()
            let actions = (audit["items"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
            #expect(actions.contains("member.move"))
        }
    }

    @Test func movingACellKeepsRollUpsAndHistoryRight() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            _ = try await UnitService.move(app.db, admin, id: f.cellB, newParentID: f.commune2, date: app.clock.today)
            #expect(try await UnitService.counts(app.db, unitID: f.commune).total == 2)
            #expect(try await UnitService.counts(app.db, unitID: f.commune2).total == 2)
            #expect(try await UnitService.counts(app.db, unitID: f.province).total == 4)
            let periods = try await UnitParentPeriod.query(on: app.db).filter(\.$unit.$id == f.cellB).all()
            #expect(periods.count == 2)
            #expect(periods.filter { $0.untilDate == nil }.first?.$parent.id == f.commune2)
            // The commune's staff no longer reaches the moved cell.
            let api = try await APIClient.login(app, "staff")
            #expect(try await api.send(.GET, "/api/v1/members/\(f.binh!)").status == .notFound)
            await #expect(throws: DomainError.self) {
                _ = try await UnitService.move(app.db, admin, id: f.commune, newParentID: f.cellA, date: app.clock.today)
            }
            await #expect(throws: DomainError.self) {
                _ = try await UnitService.move(app.db, admin, id: f.province, newParentID: f.commune, date: app.clock.today)
            }
        }
    }

    @Test func accountsAreScopedAndCannotEscalate() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let admin = try await staff.send(
                .POST, "/api/v1/accounts",
                json: #"{"username":"boss","password":"12345678","role":"administrator","unitId":"\#(f.commune!)"}"#)
            #expect(admin.status == .forbidden)
            let outside = try await staff.send(
                .POST, "/api/v1/accounts",
                json: #"{"username":"sece","password":"12345678","role":"cell_secretary","unitId":"\#(f.cellE!)"}"#)
            #expect(outside.status == .notFound)
            let ok = try await staff.send(
                .POST, "/api/v1/accounts",
                json: #"{"username":"Sec.B2","password":"12345678","role":"cell_secretary","unitId":"\#(f.cellB!)"}"#)
            #expect(ok.status == .created)
            #expect(try ok.content.get(String.self, at: "username") == "sec.b2")
            let dup = try await staff.send(
                .POST, "/api/v1/accounts",
                json: #"{"username":"sec.b2","password":"12345678","role":"cell_secretary","unitId":"\#(f.cellB!)"}"#)
            #expect(dup.status == .conflict)
            let seca = try await APIClient.login(app, "seca")
            #expect(try await seca.send(.GET, "/api/v1/accounts").status == .forbidden)
        }
    }

    @Test func everyAPIRouteIsInTheOpenAPIDocumentAndBack() async throws {
        try await withApp { app in
            let doc = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any]
            let paths = doc?["paths"] as? [String: [String: Any]] ?? [:]
            var documented = Set<String>()
            for (path, ops) in paths {
                for method in ops.keys where ["get", "post", "put", "patch", "delete"].contains(method) {
                    documented.insert("\(method.uppercased()) \(path)")
                }
            }
            var served = Set<String>()
            for route in app.routes.all {
                let path =
                    "/"
                    + route.path.map { c -> String in
                        if case .parameter(let name) = c { return "{\(name)}" }
                        return c.description
                    }.joined(separator: "/")
                if path.hasPrefix("/api/v1") { served.insert("\(route.method.rawValue) \(path)") }
            }
            #expect(
                served == documented, "not documented: \(served.subtracting(documented)); not served: \(documented.subtracting(served))")
            #expect(served.count > 20)
            try await app.testing().test(.GET, "/api/v1/openapi.json") { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType == .json)
            }
        }
    }
}

@Suite struct DatabaseTests {
    @Test func migrationsRevertAndRunAgain() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            try await app.autoRevert()
            try await app.autoMigrate()
            #expect(try await OrgUnit.query(on: app.db).count() == 0)
        }
    }

    @Test func demoIsIdempotentAndRefusesRealData() async throws {
        try await withApp { app in
            let actor = Actor(system: "test")
            let today = CivilDate(year: 2026, month: 11, day: 22)!
            let first = try await DemoLoader.load(on: app.db, passwordHash: "x", actor: actor, today: today, force: false)
            guard case let .loaded(units, members, accounts) = first else {
                Issue.record("expected the demo to load")
                return
            }
            #expect(units == 19)
            // vanphong, kiemtra, a provincial committee member (tinhuy01), four commune committee
            // members (uv01…uv04), 17 secretaries and a deputy who was the secretary the term
            // before (pbtNN, a role ended as history).
            #expect(accounts.count == 25)
            let former = try #require(accounts.first { $0.hasPrefix("pbt") })
            let roles = try await AccountRole.query(on: app.db).filter(\.$account.$id == DemoLoader.id("account:" + former)).all()
            #expect(roles.contains { $0.endReason == .termEnded && $0.endedOn != nil && $0.officerID != nil })
            #expect(roles.contains { $0.role == .cellSecretary && $0.endedOn == nil && $0.officerID != nil })
            #expect(accounts.contains("uv01"))
            #expect(members >= 435)
            let commune = DemoLoader.id("unit:thuong-lam")
            // 435 generated; this year two admitted, one died, one struck off, one transferred out (DemoLife).
            #expect(try await UnitService.counts(app.db, unitID: commune).total == 434)
            #expect(try await DemoLoader.load(on: app.db, passwordHash: "x", actor: actor, today: today, force: false) == .alreadyLoaded)
            // Its year of meetings: held and locked, one cell late, the chains intact.
            let locked = try await Meeting.query(on: app.db).filter(\.$status == .locked).count()
            #expect(locked >= 17 * (today.month - 1) - 1)
            let late = try await MeetingService.obligations(app.db, unitID: DemoLoader.id("unit:cb04"), year: today.year, today: today)
            #expect(late.lateCount >= 1)
            if today.month > 3 {
                let quarter = try await MeetingService.obligations(
                    app.db, unitID: DemoLoader.id("unit:cb09"), year: today.year, today: today)
                #expect(quarter.quarters.contains { $0.state == .late })
            }
            #expect(try await MinutesService.verify(app.db).problems.isEmpty)
            #expect(try await Member.query(on: app.db).count() == members + 2, "the two admitted this year")
        }
        try await withApp { app in
            _ = try await Fixture.make(app)
            await #expect(throws: DomainError.self) {
                _ = try await DemoLoader.load(
                    on: app.db, passwordHash: "x", actor: Actor(system: "test"),
                    today: app.clock.today, force: false)
            }
        }
    }
}
