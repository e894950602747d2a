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

extension LiaisonTests {
    /// A commune committee member and a provincial one follow the same cell; a new assignment
    /// replaces only its own committee's; the cell's secretary may not assign, a sibling commune's
    /// staff does not find the cell; every change is audited.
    @Test func severalCommitteesFollowACellEachWithOneMember() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            for (name, unit) in [("tinh", f.province!), ("staff2", f.commune2!)] {
                _ = try await AccountService.create(
                    app.db, admin, hasher: app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()),
                    .init(username: name, password: Fixture.password, displayName: name, role: Role.committeeStaff.rawValue, unitID: unit))
            }
            func account(_ name: String) async throws -> UUID {
                try await Account.query(on: app.db).filter(\.$username == name).first()!.id!
            }
            let staff = try await APIClient.login(app, "staff")
            let province = try await APIClient.login(app, "tinh")
            let path = "/api/v1/units/\(f.cellA!)/liaison"
            #expect(try await staff.send(.PUT, path, json: #"{"accountId":"\#(try await account("staff"))"}"#).status == .ok)
            let set = try await province.send(.PUT, path, json: #"{"accountId":"\#(try await account("tinh"))","from":"2026-03-01"}"#)
            #expect(set.status == .ok)
            #expect((try set.json()["levelUnitId"] as? String)?.lowercased() == f.province.uuidString.lowercased())

            func current() async throws -> [[String: Any]] {
                try await staff.send(.GET, "/api/v1/units/\(f.cellA!)/liaisons").json()["items"] as! [[String: Any]]
            }
            var items = try await current()
            #expect(items.map { $0["username"] as! String } == ["staff", "tinh"], "the commune's first, the province's beside it")
            // The commune assigns another of its own: only its own assignment is replaced.
            #expect(try await staff.send(.PUT, path, json: #"{"accountId":"\#(try await account("inspector"))"}"#).status == .ok)
            items = try await current()
            #expect(items.map { $0["username"] as! String } == ["inspector", "tinh"])
            let ended = try await UnitLiaison.query(on: app.db).filter(\.$unit.$id == f.cellA).filter(\.$untilDate != nil).all()
            let staffID = try await account("staff")
            #expect(ended.count == 1 && ended[0].$account.id == staffID)

            // Refusals: the cell's secretary (403), a sibling commune's staff (404), nothing written.
            let sec = try await APIClient.login(app, "seca")
            let other = try await APIClient.login(app, "staff2")
            let tinhLine = try #require(items.first { $0["username"] as? String == "tinh" })["id"] as! String
            #expect(try await sec.send(.POST, "/api/v1/units/\(f.cellA!)/liaisons/\(tinhLine)/end").status == .forbidden)
            #expect(try await other.send(.POST, "/api/v1/units/\(f.cellA!)/liaisons/\(tinhLine)/end").status == .notFound)
            #expect(try await other.send(.GET, "/api/v1/units/\(f.cellA!)/liaisons").status == .notFound)
            #expect(try await current().count == 2)

            // The commune's staff see both, and may not end the province's assignment.
            let web = Browser(app)
            _ = try await web.login("staff")
            let page = try await web.get("/units/\(f.cellA!)").body.string
            #expect(page.contains("id=\"liaisons\"") && page.contains("Đảng bộ tỉnh Tuyên Quang") && page.contains("Đảng bộ xã Thượng Lâm"))
            #expect(!page.contains("liaisons/\(tinhLine.lowercased())/end"), "no end offered for another committee's")
            #expect(try await staff.send(.POST, "/api/v1/units/\(f.cellA!)/liaisons/\(tinhLine)/end").status == .forbidden)
            // The province ends its own through the web: not before it began.
            let tinh = Browser(app)
            _ = try await tinh.login("tinh")
            #expect(try await tinh.get("/units/\(f.cellA!)").body.string.contains("liaisons/\(tinhLine.lowercased())/end"))
            let res = try await tinh.post("/units/\(f.cellA!)/liaisons/\(tinhLine)/end", ["until": "2026-02-01"])
            #expect(res.status == .unprocessableEntity && res.body.string.contains("trở đi"))
            #expect(try await current().count == 2, "an end before the start is refused")
            #expect(try await tinh.post("/units/\(f.cellA!)/liaisons/\(tinhLine)/end", ["until": "2026-11-22"]).status == .seeOther)
            #expect(try await current().map { $0["username"] as! String } == ["inspector"])
            let audited = try await AuditEntry.query(on: app.db).filter(\.$action ~~ ["unit.liaison", "unit.liaison.end"]).count()
            #expect(audited == 4)
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

/// The minutes and the resolution as a reader opens them: the chair and the meeting secretary were
/// there, the figures add up and agree with the votes, and the minute book says who spoke.
@Suite struct MinutesDocumentTests {
    /// The text of the document in a .docx: the runs' text, a line per paragraph or line break.
    static func text(_ docx: [UInt8]) throws -> String {
        // The writer stores its entries uncompressed: walk the local headers.
        var i = 0
        func u16(_ at: Int) -> Int { Int(docx[at]) | Int(docx[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        while i + 30 <= docx.count, u32(i) == 0x0403_4B50 {
            let size = u32(i + 18), nameLength = u16(i + 26), extra = u16(i + 28)
            let name = String(decoding: docx[(i + 30)..<(i + 30 + nameLength)], as: UTF8.self)
            let start = i + 30 + nameLength + extra
            if name == "word/document.xml" {
                return String(decoding: docx[start..<(start + size)], as: UTF8.self)
                    .replacingOccurrences(of: "<w:br/>", with: "\n").replacingOccurrences(of: "</w:p>", with: "\n")
                    .replacing(/<[^>]*>/, with: "")
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                    .replacingOccurrences(of: "&amp;", with: "&")
            }
            i = start + size
        }
        throw Abort(.internalServerError, reason: "no word/document.xml")
    }

    /// The roll's figures printed in a document, by their Vietnamese labels (0 for a part left out).
    struct Printed {
        var total = 0, official = 0, probationary = 0, present = 0, exemptPresent = 0, probationaryPresent = 0
        var absent = 0, exemptAbsent = 0, excused = 0, unexcused = 0, away = 0, suspended = 0

        init(_ text: String) throws {
            let t = try #require(text.firstMatch(of: /Tổng số đảng viên: (\d+) \(chính thức (\d+), dự bị (\d+)\)/))
            (total, official, probationary) = (Int(t.1)!, Int(t.2)!, Int(t.3)!)
            let p = try #require(text.firstMatch(of: /có mặt: (\d+)( \(trong đó ([^)]*)\))?/))
            present = Int(p.1)!
            let within = p.3.map(String.init) ?? ""
            exemptPresent = within.firstMatch(of: /(\d+) đảng viên miễn sinh hoạt dự họp/).flatMap { Int($0.1) } ?? 0
            probationaryPresent = within.firstMatch(of: /(\d+) đảng viên dự bị/).flatMap { Int($0.1) } ?? 0
            let a = try #require(text.firstMatch(of: /vắng: (\d+) \(([^)]*)\)/))
            absent = Int(a.1)!
            let parts = String(a.2)
            exemptAbsent = parts.firstMatch(of: /(\d+) đảng viên miễn sinh hoạt/).flatMap { Int($0.1) } ?? 0
            excused = try #require(parts.firstMatch(of: /có lý do (\d+)/).flatMap { Int($0.1) })
            unexcused = try #require(parts.firstMatch(of: /không lý do (\d+)/).flatMap { Int($0.1) })
            away = text.firstMatch(of: /chuyển sinh hoạt tạm thời nơi khác: (\d+)/).flatMap { Int($0.1) } ?? 0
            suspended = text.firstMatch(of: /đình chỉ sinh hoạt: (\d+)/).flatMap { Int($0.1) } ?? 0
        }
    }

    static func attended(_ line: RollEntryDTO) -> Bool { line.attendance == .present || line.attendance == .late }

    @Test func theDemosNovemberDocumentsAddUpAgreeWithTheVoteAndShowTheDebate() async throws {
        try await withApp { app in
            // Loaded in December, so that November's meeting is held and locked.
            let today = CivilDate(year: 2026, month: 12, day: 10)!
            _ = try await DemoLoader.load(
                on: app.db, passwordHash: try app.password.hash("demo-password"), actor: Actor(system: "test"), today: today,
                force: false)

            // Every locked meeting of the demo: its chair and meeting secretary were there, and every
            // item of its agenda has who spoke, members present, and a conclusion.
            let locked = try await Meeting.query(on: app.db).filter(\.$status == .locked).all()
            #expect(locked.count > 100)
            // The speeches and conclusions are part of what was locked: the chains verify.
            #expect(try await MinutesService.verify(app.db).problems.isEmpty)
            for m in locked {
                let snap = try #require(try await MinutesService.locked(app.db, meetingID: m.id!))
                for name in [snap.meeting.chairName, snap.meeting.secretaryName] {
                    let line = snap.roll.first { $0.fullName == name }
                    #expect(line.map(Self.attended) == true, "\(snap.unitName) \(m.date.iso): \(name ?? "nobody") did not attend")
                }
                #expect(snap.meeting.chairName != snap.meeting.secretaryName)
                let present = Set(snap.roll.filter(Self.attended).map(\.memberId))
                for item in snap.agenda {
                    #expect(!item.speeches.isEmpty && item.conclusion != nil, "\(snap.unitName) \(m.date.iso) item \(item.position)")
                    #expect(item.speeches.allSatisfy { $0.memberId.map(present.contains) == true })
                }
            }

            let november = try #require(
                try await Meeting.query(on: app.db).filter(\.$unit.$id == DemoLoader.id("unit:cb01")).filter(\.$status == .locked)
                    .sort(\.$date, .descending).first())
            #expect(november.date.month == 11)
            let snap = try #require(try await MinutesService.locked(app.db, meetingID: november.id!))
            let b = Browser(app)
            _ = try await b.login("bt01", password: "demo-password")
            let resolution = try Self.text(Array(try await b.get("/meetings/\(november.id!)/resolution.docx").body.readableBytesView))
            let minutes = try Self.text(Array(try await b.get("/meetings/\(november.id!)/minutes.docx").body.readableBytesView))

            // The opening paragraph's figures add up, and match the roll counted here.
            let p = try Printed(resolution)
            #expect(p.present + p.absent + p.away + p.suspended == p.total)
            #expect(p.official + p.probationary == p.total)
            #expect(p.exemptAbsent + p.excused + p.unexcused == p.absent)
            let cell = snap.roll.filter { $0.transfer != .incoming }
            let here = cell.filter { $0.transfer == nil && !$0.suspended && Self.attended($0) }
            #expect(p.total == cell.count)
            #expect(p.present == here.count)
            // Exempt members who came are among those present (the review's "có mặt 26" left them out).
            #expect(p.exemptPresent == here.filter(\.exempt).count)
            #expect(p.exemptPresent > 0)
            #expect(p.probationaryPresent == here.filter { $0.status == .probationary }.count)
            // The minutes print the same figures.
            let pm = try Printed(minutes)
            let inMinutes: [Int] = [pm.total, pm.present, pm.exemptPresent, pm.absent, pm.excused, pm.unexcused]
            #expect(inMinutes == [p.total, p.present, p.exemptPresent, p.absent, p.excused, p.unexcused])

            // The vote: its base is the official members less those the rule takes out, all of them
            // in the paragraph's figures; those who voted were official members present.
            let vote = try #require(snap.votes.last { $0.kind == .resolution })
            let tally = try #require(
                resolution.firstMatch(of: /tán thành (\d+)\/(\d+) đảng viên được tính, không tán thành (\d+), không biểu quyết (\d+) \(/))
            let (inFavour, base, against, abstain) = (Int(tally.1)!, Int(tally.2)!, Int(tally.3)!, Int(tally.4)!)
            #expect(inFavour == vote.inFavour && base == vote.base && against == vote.against && abstain == vote.abstain)
            let arithmetic = try #require(
                resolution.firstMatch(
                    of: /số đảng viên được tính: (\d+)((?: − \d+ \([^)]*\))*) = (\d+); (\d+) đảng viên chính thức có mặt được biểu quyết/))
            #expect(Int(arithmetic.3)! == base)
            #expect(Int(arithmetic.1)! == p.official)
            var minus: [String: Int] = [:]
            for m in String(arithmetic.2).matches(of: /− (\d+) \(([^)]*)\)/) { minus[String(m.2)] = Int(m.1)! }
            #expect(Int(arithmetic.1)! - minus.values.reduce(0, +) == base)
            #expect(minus["miễn sinh hoạt, vắng mặt", default: 0] <= p.exemptAbsent)
            #expect(minus["vắng có lý do", default: 0] <= p.excused)
            #expect(minus["chuyển sinh hoạt tạm thời", default: 0] <= p.away)
            let voters = Int(arithmetic.4)!
            #expect(voters == p.present - p.probationaryPresent)
            #expect(inFavour + against + abstain <= voters)

            // The minutes name a chair and a secretary who came, and carry every speech and conclusion.
            let chair = try #require(snap.meeting.chairName), secretary = try #require(snap.meeting.secretaryName)
            #expect(minutes.contains("Chủ trì: đồng chí \(chair)"))
            #expect(minutes.contains("Thư ký: đồng chí \(secretary)"))
            #expect(resolution.contains("Chủ trì: đồng chí \(chair); thư ký: đồng chí \(secretary)."))
            let items = try await MeetingService.agenda(app.db, meetingID: november.id!)
            #expect(items.count == snap.agenda.count)
            #expect(items.flatMap(\.speeches).count > items.count)
            for item in items {
                #expect(minutes.contains("\(item.position). \(item.title)"))
                for speech in item.speeches {
                    #expect(minutes.contains("Đồng chí \(speech.speaker) phát biểu:\n\(speech.content)"))
                }
                #expect(minutes.contains("Kết luận: \(try #require(item.conclusion))"))
            }
        }
    }

    @Test func aChairOrSecretaryListedAbsentIsRefusedAndNeverPrinted() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let today = app.clock.today
            let sec = try await APIClient.login(app, "seca")
            let created = try await sec.send(
                .POST, "/api/v1/units/\(f.cellA!)/meetings",
                json: #"{"kind":"regular","date":"\#(today.iso)","time":"07:30","location":"Nhà văn hóa"}"#)
            let id = try created.json()["id"] as! String
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/open").status == .ok)
            func mark(_ member: UUID, _ json: String) async throws -> HTTPStatus {
                try await sec.send(.PUT, "/api/v1/meetings/\(id)/attendance/\(member)", json: json).status
            }
            func minutes(_ json: String) async throws -> TestingHTTPResponse {
                try await sec.send(.PATCH, "/api/v1/meetings/\(id)/minutes", json: json)
            }
            func fields(_ res: TestingHTTPResponse) throws -> [String] {
                ((try res.json()["error"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            }
            #expect(try await mark(f.an, #"{"attendance":"present"}"#) == .ok)
            #expect(try await mark(f.anh, #"{"attendance":"excused","reason":"Ốm"}"#) == .ok)

            // Ánh is listed absent: she cannot keep the minutes, however her name is typed.
            let refused = try await minutes(#"{"chairName":"Nguyễn Văn An","secretaryName":"  đỗ thị  ánh "}"#)
            #expect(refused.status == .unprocessableEntity)
            #expect(try fields(refused) == ["secretaryName.absent"])
            let message = "Đồng chí Đỗ Thị Ánh có tên trong danh sách vắng mặt, không thể là thư ký buổi sinh hoạt."
            #expect(refused.body.string.contains(message))
            #expect(try await Meeting.find(UUID(uuidString: id), on: app.db)?.chairName == nil) // nothing saved
            // A guest, who is on no roll, may chair; An, present, keeps the minutes.
            #expect(try await minutes(#"{"chairName":"Ma Thị Hòa","secretaryName":"Nguyễn Văn An"}"#).status == .ok)

            // An is marked absent afterwards: the approval refuses the minutes he would sign.
            #expect(try await mark(f.an, #"{"attendance":"excused","reason":"Đi công tác"}"#) == .ok)
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/end").status == .ok)
            let late = try await sec.send(.POST, "/api/v1/meetings/\(id)/approve")
            #expect(late.status == .unprocessableEntity)
            #expect(try fields(late) == ["secretaryName.absent"])
            #expect(try await mark(f.an, #"{"attendance":"present"}"#) == .ok)
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/approve").status == .ok)
            let docx = try await sec.send(.GET, "/api/v1/meetings/\(id)/minutes.docx")
            let text = try Self.text(Array(docx.body.readableBytesView))
            #expect(text.contains("Chủ trì: đồng chí Ma Thị Hòa"))
            #expect(text.contains("Thư ký: đồng chí Nguyễn Văn An"))

            // Minutes locked before the rule may name an absentee: the documents leave the name out.
            var snap = try #require(try await MinutesService.locked(app.db, meetingID: UUID(uuidString: id)!))
            let an = try #require(snap.roll.firstIndex { $0.memberId == f.an })
            snap.roll[an].attendance = .excused
            let c = MeetingDocuments.Context(
                snapshot: snap, date: today, superior: snap.superior, issuer: snap.unitName, place: snap.place,
                cellSecretary: snap.cellSecretary, amendments: [])
            let doc = MeetingDocuments.minutes(c)
            #expect(doc.body.contains(.labelled(label: "Thư ký", text: "đồng chí " + MeetingDocuments.blank)))
            #expect(doc.signatures.map(\.name) == ["", "Ma Thị Hòa"])
            let opening = MeetingDocuments.resolution(c).body.first
            #expect(opening.map { "\($0)".contains("thư ký: đồng chí \(MeetingDocuments.blank).") } == true)
        }
    }
}
