import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Inputs that once crashed the server or slipped past a rule.
@Suite struct ReviewFixTests {
    @Test func hugeNumbersAreRefusedNotTrapped() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            try await app.testing().test(
                .POST, "/api/v1/votes/calculate",
                beforeRequest: { req in
                    req.headers.contentType = .json
                    req.body = ByteBuffer(string: #"{"kind":"resolution","roll":[],"inFavour":9223372036854775807,"against":1}"#)
                }, afterResponse: { res in #expect(res.status == .unprocessableEntity) })
            let b = Browser(app)
            _ = try await b.login("staff")
            #expect(try await b.get("/members?page=9223372036854775807").status == .ok)
        }
    }

    @Test func malformedMultipartAndNulCharactersAreClientErrors() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            try await app.testing().test(
                .POST, "/api/v1/votes/calculate",
                beforeRequest: { req in
                    req.headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=x")
                    req.body = ByteBuffer(string: "--x\r\n@\r\n")
                }, afterResponse: { res in #expect(res.status.code >= 400 && res.status.code < 500) })
            // A header name with a byte above 0x7F trapped MultipartKit's parser and stopped the server.
            try await app.testing().test(
                .POST, "/api/v1/votes/calculate",
                beforeRequest: { req in
                    req.headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=x")
                    var body = ByteBuffer(string: "--x\r\n")
                    body.writeBytes([0xC3, 0x8F, 0x3A, 0x20, 0x61, 0x0D, 0x0A, 0x0D, 0x0A])
                    body.writeString("1\r\n--x--\r\n")
                    req.body = body
                }, afterResponse: { res in #expect(res.status == .badRequest) })
            #expect(
                SafeFormDataDecoder.headerNamesAreASCII(
                    ByteBuffer(string: "--x\r\nContent-Disposition: form-data; name=\"tệp\"\r\n\r\nà\r\n--x--"), boundary: "x"))
            let api = try await APIClient.login(app, "staff")
            #expect(try await api.send(.GET, "/api/v1/members?q=%00").status == .ok)
        }
    }

    @Test func redirectsStayOnTheSite() {
        #expect(SiteURL.safeBack("/\t/evil.example") == nil)
        #expect(SiteURL.safeBack("//evil.example") == nil)
        #expect(SiteURL.safeBack("/members?q=a") == "/members?q=a")
    }

    @Test func checkInCodesCannotBeGuessedForever() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let sec = try await APIClient.login(app, "seca")
            let id =
                try
                (try await sec.send(
                    .POST, "/api/v1/units/\(f.cellA!)/meetings", json: #"{"kind":"regular","date":"\#(app.clock.today.iso)"}"#)).json()[
                    "id"] as! String
            let code = try (try await sec.send(.POST, "/api/v1/meetings/\(id)/open")).json()["checkinCode"] as! String
            let an = try await APIClient.login(app, "dv.an")
            let wrong = code == "000000" ? "111111" : "000000"
            for _ in 0..<5 {
                #expect(
                    try await an.send(.POST, "/api/v1/meetings/\(id)/checkin", json: #"{"code":"\#(wrong)"}"#).status
                        == .unprocessableEntity)
            }
            #expect(try await an.send(.POST, "/api/v1/meetings/\(id)/checkin", json: #"{"code":"\#(code)"}"#).status == .tooManyRequests)
        }
    }

    @Test func minutesAreApprovedOnceAndExemptMembersAreNotMarkedPresent() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            _ = try await MemberLifeService.exempt(
                app.db, admin, id: f.anh,
                input: ExemptionInput(kind: "full", decisionDate: "2026-02-01", reason: "Ốm đau điều trị dài ngày"),
                today: app.clock.today)
            let sec = try await APIClient.login(app, "seca")
            let id =
                try
                (try await sec.send(
                    .POST, "/api/v1/units/\(f.cellA!)/meetings", json: #"{"kind":"regular","date":"\#(app.clock.today.iso)"}"#)).json()[
                    "id"] as! String
            _ = try await sec.send(.POST, "/api/v1/meetings/\(id)/open")
            try await MeetingService.markMany(
                app.db,
                try await Principal.load(
                    accountID: try await Account.query(on: app.db).filter(\.$username == "seca").first()!.id!, today: app.clock.today,
                    on: app.db)!,
                meetingID: UUID(uuidString: id)!, entries: [], restPresent: true)
            let roll = try await MeetingService.roll(app.db, meetingID: UUID(uuidString: id)!)
            #expect(roll.first { $0.$member.id == f.an }?.attendance == .present)
            #expect(roll.first { $0.$member.id == f.anh }?.attendance == nil)
            _ = try await sec.send(.POST, "/api/v1/meetings/\(id)/end")
            _ = try await sec.send(
                .PATCH, "/api/v1/meetings/\(id)/minutes", json: #"{"chairName":"Nguyễn Văn An","secretaryName":"Nguyễn Văn An"}"#)
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/approve").status == .ok)
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/approve").status == .conflict)
            #expect(try await LockedRecord.query(on: app.db).filter(\.$kind == .minutes).count() == 1)
            // Renaming the cell later is not tampering.
            _ = try await UnitService.update(
                app.db, admin, id: f.cellA,
                draft: UnitDraft(
                    name: "Chi bộ thôn Nà Thuôn mới", code: "CB01",
                    cellType: "rural_village", termLabel: "2025–2030"))
            #expect(try await MinutesService.verify(app.db).problems.isEmpty)
        }
    }

    @Test func temporaryTransfersLastThreeMonthsToTwoYears() {
        let admission = CivilDate(year: 2000, month: 1, day: 1)!
        #expect(throws: ValidationErrors.self) {
            try MemberEvents.validateTransfer(
                direction: "out", from: "2026-01-01", until: "2026-01-02", place: "Bắc Ninh", admission: admission)
        }
        #expect(throws: ValidationErrors.self) {
            try MemberEvents.validateTransfer(
                direction: "out", from: "2026-01-01", until: "2028-06-01", place: "Hà Nội", admission: admission)
        }
        #expect(throws: Never.self) {
            try MemberEvents.validateTransfer(
                direction: "out", from: "2026-01-01", until: "2026-09-01", place: "Bắc Ninh", admission: admission)
        }
    }
}
