import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

@Suite struct AttachmentTests {
    func multipart(_ fields: [(String, String)], file: (name: String, bytes: [UInt8])) -> (String, ByteBuffer) {
        let boundary = "----chibo\(UUID().uuidString)"
        var buffer = ByteBuffer()
        for (k, v) in fields {
            buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n")
        }
        buffer.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        buffer.writeBytes(file.bytes)
        buffer.writeString("\r\n--\(boundary)--\r\n")
        return ("multipart/form-data; boundary=\(boundary)", buffer)
    }

    @Test func documentsAreTypeCheckedAndServedOnlyInScope() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let sec = Browser(app)
            _ = try await sec.login("seca")
            _ = try await sec.get("/units/\(f.cellA!)/meetings")
            let made = try await sec.post("/units/\(f.cellA!)/meetings", ["kind": "regular", "date": app.clock.today.adding(days: 3).iso])
            let path = try #require(made.headers.first(name: .location))
            _ = try await sec.get(path)
            func upload(_ name: String, _ bytes: [UInt8]) async throws -> TestingHTTPResponse {
                let (type, body) = multipart([("_csrf", sec.csrf)], file: (name, bytes))
                var result: TestingHTTPResponse!
                try await app.testing().test(
                    .POST, path + "/attachments",
                    beforeRequest: { req in
                        req.headers.cookie = sec.cookies
                        req.headers.replaceOrAdd(name: .contentType, value: type)
                        req.body = body
                    }, afterResponse: { result = $0 })
                return result
            }
            let pdf = Array("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".utf8)
            #expect(try await upload("Dự thảo nghị quyết.pdf", pdf).status == .seeOther)
            let fake = try await upload("anh.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])
            #expect(fake.status == .unprocessableEntity)
            #expect(fake.body.string.contains("không khớp với nội dung"))
            let text = try await upload("virus.exe", Array("MZ hello".utf8))
            #expect(text.body.string.contains("Chỉ nhận tệp PDF, DOCX, JPG hoặc PNG."))
            let stored = try await Attachment.query(on: app.db).all()
            #expect(stored.count == 1)
            let link = "\(path)/attachments/\(stored[0].id!)"
            let mine = try await sec.get(link)
            #expect(mine.status == .ok)
            #expect(mine.headers.first(name: .contentType) == "application/pdf")
            #expect(Array(mine.body.readableBytesView) == pdf)
            #expect(mine.headers.first(name: .contentDisposition)?.contains("filename*=UTF-8''D%E1%BB%B1") == true)
            let other = Browser(app)
            _ = try await other.login("secb")
            #expect(try await other.get(link).status == .notFound)
        }
    }
}

@Suite struct LiaisonTests {
    @Test func theAssignedSuperiorMemberSeesTheCellsNotices() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let inspector = try await Account.query(on: app.db).filter(\.$username == "inspector").first()!
            let secb = try await Account.query(on: app.db).filter(\.$username == "secb").first()!
            let staff = try await APIClient.login(app, "staff")
            #expect(
                try await staff.send(.PUT, "/api/v1/units/\(f.cellA!)/liaison", json: #"{"accountId":"\#(secb.id!)"}"#).status
                    == .unprocessableEntity) // a secretary of a sibling cell is not a superior
            #expect(
                try await staff.send(.PUT, "/api/v1/units/\(f.cellA!)/liaison", json: #"{"accountId":"\#(inspector.id!)"}"#).status == .ok)
            let sec = try await APIClient.login(app, "seca")
            let created = try await sec.send(
                .POST, "/api/v1/units/\(f.cellA!)/meetings",
                json: #"{"kind":"regular","date":"\#(app.clock.today.adding(days: 2).iso)"}"#)
            let id = try created.json()["id"] as! String
            _ = try await sec.send(.POST, "/api/v1/meetings/\(id)/notify")
            let b = Browser(app)
            _ = try await b.login("inspector")
            let home = try await b.get("/").body.string
            #expect(home.contains("id=\"notices\""))
            #expect(home.contains("/meetings/\(id.lowercased())"))
        }
    }
}

@Suite struct DocumentEndpointTests {
    @Test func documentsExistOnceLockedAndPrintAsHTML() async throws {
        try await withApp { app in
            _ = try await DemoLoader.load(
                on: app.db, passwordHash: try app.password.hash("demo-password"), actor: Actor(system: "test"),
                today: app.clock.today, force: false)
            let locked = try #require(
                try await Meeting.query(on: app.db).filter(\.$status == .locked)
                    .filter(\.$unit.$id == DemoLoader.id("unit:cb01")).first())
            let planned = try #require(
                try await Meeting.query(on: app.db).filter(\.$status != .locked)
                    .filter(\.$unit.$id == DemoLoader.id("unit:cb01")).first())
            let b = Browser(app)
            _ = try await b.login("bt01", password: "demo-password")
            let docx = try await b.get("/meetings/\(locked.id!)/minutes.docx")
            #expect(docx.status == .ok)
            #expect(Array(docx.body.readableBytesView.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
            #expect(try await b.get("/meetings/\(planned.id!)/resolution.docx").status == .conflict)
            let print = try await b.get("/meetings/\(locked.id!)/print").body.string
            #expect(print.contains("<strong>T/M CHI BỘ</strong>"))
            #expect(print.contains("<strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong>"))
            #expect(!print.contains("&lt;strong&gt;"))
            let ics = try await b.get("/meetings/\(planned.id!)/invite.ics")
            #expect(ics.headers.first(name: .contentType)?.hasPrefix("text/calendar") == true)
            #expect(ics.body.string.contains("BEGIN:VEVENT"))
        }
    }
}
