import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Documents on a person's file (M026): next to an admission step, a recognition step or one of
/// a member's periods (decisions), uploaded by whoever records that step, read in the page's
/// scope, type-checked and audited; and the member's file (1-HSĐV, 2-HSĐV) as the admission's last step.
@Suite struct FileDocumentTests {
    static let pdf = Array("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".utf8)

    func code(_ res: TestingHTTPResponse) throws -> String? {
        (try res.json()["error"] as? [String: Any])?["code"] as? String
    }

    /// A multipart upload over the API (a token) or from the browser (cookies and the CSRF token).
    func upload(
        _ app: Application, _ path: String, target: String? = nil, targetId: String,
        file: (String, [UInt8]) = ("to-trinh.pdf", FileDocumentTests.pdf),
        api: APIClient? = nil, browser: Browser? = nil
    ) async throws -> TestingHTTPResponse {
        var fields = [("targetId", targetId)]
        if let target { fields.append(("target", target)) }
        if let browser { fields.append(("_csrf", browser.csrf)) }
        let (type, body) = AttachmentTests().multipart(fields, file: file)
        var result: TestingHTTPResponse!
        try await app.testing().test(
            .POST, path,
            beforeRequest: { req in
                if let api { req.headers.bearerAuthorization = BearerAuthorization(token: api.token) }
                if let browser { req.headers.cookie = browser.cookies }
                req.headers.replaceOrAdd(name: .contentType, value: type)
                req.body = body
            }, afterResponse: { result = $0 })
        return result
    }

    /// A sympathiser of cell A with the course recorded: the file's id and the step's.
    func sympathiser(_ api: APIClient, _ f: Fixture) async throws -> (String, String) {
        let added = try await api.send(
            .POST, "/api/v1/units/\(f.cellA!)/sympathisers", json: #"{"fullName":"Lý Thị Mai","birthDate":"1998-04-12","gender":"female"}"#)
        let id = try #require((added.json()["sympathiser"] as? [String: Any])?["id"] as? String)
        let file = try await api.send(.POST, "/api/v1/sympathisers/\(id)/steps", json: #"{"step":"course","date":"2026-03-01"}"#).json()
        let step = try #require((file["steps"] as? [[String: Any]])?.first?["id"] as? String)
        return (id, step)
    }

    @Test func anAdmissionStepsDocumentIsCheckedScopedAndAudited() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let seca = try await APIClient.login(app, "seca")
            let (id, step) = try await sympathiser(seca, f)
            let path = "/api/v1/sympathisers/\(id)/documents"
            let sent = try await upload(app, path, targetId: step, file: ("Giấy chứng nhận.pdf", Self.pdf), api: seca)
            #expect(sent.status == .created, "\(sent.body.string)")
            let doc = try sent.json()
            #expect(doc["target"] as? String == "admission_step" && doc["targetId"] as? String == step.uppercased())
            #expect(doc["uploadedBy"] as? String == "seca" && doc["size"] as? Int == Self.pdf.count)
            let docID = try #require(doc["id"] as? String)

            // A wrong type, a name that lies, an oversized file: refused in Vietnamese, nothing written.
            let exe = try await upload(app, path, targetId: step, file: ("virus.exe", Array("MZ hello".utf8)), api: seca)
            #expect(exe.status == .unprocessableEntity && exe.body.string.contains("Chỉ nhận tệp PDF, DOCX, JPG hoặc PNG."))
            let big = try await upload(
                app, path, targetId: step, file: ("lon.pdf", Self.pdf + [UInt8](repeating: 32, count: AttachmentRules.maxBytes)), api: seca)
            #expect(big.status == .unprocessableEntity && big.body.string.contains("Tệp quá lớn (tối đa 5 MB)."))
            let lie = try await upload(app, path, targetId: step, file: ("anh.png", Self.pdf), api: seca)
            #expect(try code(lie) == "file.mismatch")
            let nowhere = try await upload(app, path, targetId: UUID().uuidString, api: seca)
            #expect(nowhere.status == .notFound, "a step of no file")
            #expect(try await FileDocument.query(on: app.db).count() == 1)

            let mine = try await seca.send(.GET, "\(path)/\(docID)")
            #expect(mine.status == .ok && Array(mine.body.readableBytesView) == Self.pdf)
            #expect(mine.headers.first(name: .contentType) == "application/pdf")
            #expect(mine.headers.first(name: .contentDisposition)?.contains("filename*=UTF-8''Gi%E1%BA%A5y") == true)
            let page = try await seca.send(.GET, "/api/v1/sympathisers/\(id)").json()
            #expect((page["documents"] as? [[String: Any]])?.count == 1)
            #expect((page["attachable"] as? [String])?.map { $0.lowercased() } == [step.lowercased()])

            // Outside the scope: 404 to read and to attach; inside, reading only: 403 to attach.
            let secb = try await APIClient.login(app, "secb")
            #expect(try await secb.send(.GET, "\(path)/\(docID)").status == .notFound)
            #expect(try await upload(app, path, targetId: step, api: secb).status == .notFound)
            let inspector = try await APIClient.login(app, "inspector")
            // An inspector with no inspection of the cell reads none of its files (issue 17).
            #expect(try await inspector.send(.GET, "\(path)/\(docID)").status == .notFound)
            #expect(try await upload(app, path, targetId: step, api: inspector).status == .notFound)
            #expect(try await FileDocument.query(on: app.db).count() == 1)

            let audit = try await seca.send(.GET, "/api/v1/audit?entityId=\(id)").json()
            #expect((audit["items"] as? [[String: Any]] ?? []).contains { $0["action"] as? String == "sympathiser.document" })

            // The browser: a small form beside the step, the document's link after it.
            let b = Browser(app)
            _ = try await b.login("seca")
            let html = try await b.get("/sympathisers/\(id)").body.string
            #expect(html.contains("id=\"attach-\(step.lowercased())\""))
            let web = try await upload(app, "/sympathisers/\(id)/documents", targetId: step, browser: b)
            #expect(web.status == .seeOther)
            let after = try await b.get("/sympathisers/\(id)").body.string
            #expect(after.contains("href=\"/sympathisers/\(id.lowercased())/documents/"))
            let refused = try await upload(app, "/sympathisers/\(id)/documents", targetId: step, file: ("", []), browser: b)
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Chưa chọn tệp"))
        }
    }

    @Test func aMembersDecisionsTakeTheirRecordersDocuments() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let seca = try await APIClient.login(app, "seca")
            let staff = try await APIClient.login(app, "staff")
            #expect(
                try await seca.send(
                    .PUT, "/api/v1/members/\(f.an!)/exemption", json: #"{"kind":"temporary","decisionDate":"2026-10-01","reason":"Ốm"}"#
                ).status == .ok)
            let life = try await seca.send(.GET, "/api/v1/members/\(f.an!)/life").json()
            let periods = life["periods"] as? [[String: Any]] ?? []
            let official = try #require(periods.first { $0["kind"] as? String == "official" }?["id"] as? String)
            let exemption = try #require(periods.first { $0["kind"] as? String == "exempt" }?["id"] as? String)
            let path = "/api/v1/members/\(f.an!)/documents"

            // The cell's exemption: the cell's secretary attaches; the official period's decision is the committee's.
            #expect(try await upload(app, path, target: "status_period", targetId: exemption, api: seca).status == .created)
            #expect(try await upload(app, path, target: "status_period", targetId: official, api: seca).status == .forbidden)
            let decided = try await upload(app, path, target: "status_period", targetId: official, file: ("QĐ.pdf", Self.pdf), api: staff)
            #expect(decided.status == .created)
            let missing = try await upload(app, path, targetId: official, api: staff)
            #expect(try code(missing) == "target.invalid", "the target is required on a member's file")
            let other = try await upload(
                app, "/api/v1/members/\(f.binh!)/documents", target: "status_period", targetId: official, api: staff)
            #expect(other.status == .notFound, "another member's period")
            // A probationary member's self-review (10-KNĐ), the cell's step: its document beside it on the recognition file.
            let review = try await seca.send(
                .POST, "/api/v1/members/\(f.anh!)/recognition-steps", json: #"{"step":"self_review","date":"2026-11-02"}"#
            ).json()
            let selfReview = try #require((review["recognitionSteps"] as? [[String: Any]])?.first?["id"] as? String)
            let reviewPath = "/api/v1/members/\(f.anh!)/documents"
            #expect(try await upload(app, reviewPath, target: "recognition_step", targetId: selfReview, api: seca).status == .created)
            #expect(try await upload(app, reviewPath, target: "status_period", targetId: selfReview, api: seca).status == .notFound)
            let anhPage = try await Browser(app).loggedIn("seca").get("/members/\(f.anh!)").body.string
            #expect(anhPage.contains("id=\"recognition-steps\"") && anhPage.contains("to-trinh.pdf"))
            #expect(try await FileDocument.query(on: app.db).filter(\.$member.$id == f.anh!).count() == 1)

            // The member reads their own record and its documents, and attaches nothing.
            let an = try await APIClient.login(app, "dv.an")
            let docs = try await an.send(.GET, "/api/v1/members/\(f.an!)/life").json()["documents"] as? [[String: Any]] ?? []
            #expect(docs.count == 2)
            let docID = try #require(docs.first?["id"] as? String)
            #expect(try await an.send(.GET, "\(path)/\(docID)").status == .ok)
            #expect(try await upload(app, path, target: "status_period", targetId: exemption, api: an).status == .forbidden)
            let secb = try await APIClient.login(app, "secb")
            #expect(try await secb.send(.GET, "\(path)/\(docID)").status == .notFound)
            #expect(try await an.send(.GET, "/api/v1/members/\(f.binh!)/documents/\(docID)").status == .notFound)

            // A correction of the record rewrites the membership's periods: the decision's document follows.
            #expect(try await staff.send(.PATCH, "/api/v1/members/\(f.an!)", json: #"{"officialDate":"1996-07-01"}"#).status == .ok)
            let corrected = try await staff.send(.GET, "/api/v1/members/\(f.an!)/life").json()
            let newOfficial =
                (corrected["periods"] as? [[String: Any]] ?? []).first { $0["kind"] as? String == "official" }?["id"] as? String
            #expect(newOfficial != nil && newOfficial != official)
            let qd = (corrected["documents"] as? [[String: Any]] ?? []).first { $0["filename"] as? String == "QĐ.pdf" }
            #expect(qd?["targetId"] as? String == newOfficial)

            // The record page: the form beside the cell's period only, the documents' links to all who read it.
            let b = Browser(app)
            _ = try await b.login("seca")
            let html = try await b.get("/members/\(f.an!)").body.string
            #expect(html.contains("id=\"attach-\(exemption.lowercased())\""))
            #expect(!html.contains("id=\"attach-\(newOfficial!.lowercased())\""))
            #expect(html.contains("QĐ.pdf"))
            let web = try await upload(
                app, "/members/\(f.an!)/documents", target: "status_period", targetId: exemption, file: ("don.docx", [1, 2, 3]), browser: b)
            #expect(web.status == .unprocessableEntity && web.body.string.contains("Chỉ nhận tệp PDF, DOCX, JPG hoặc PNG."))
            #expect(try await FileDocument.query(on: app.db).filter(\.$member.$id == f.an!).count() == 2)
            let audit = try await staff.send(.GET, "/api/v1/audit?entityId=\(f.an!)").json()
            #expect((audit["items"] as? [[String: Any]] ?? []).filter { $0["action"] as? String == "member.document" }.count == 2)
        }
    }

    /// A file up to the decision, written as the recruitment's tests leave it; the ceremony through the API.
    func admitted(_ app: Application, _ f: Fixture, ceremony: String) async throws -> (sympathiser: UUID, member: String) {
        let s = Sympathiser()
        s.$unit.id = f.cellA
        s.fullName = "Lý Thị Mai"
        s.searchName = VietnameseText.fold(s.fullName)
        s.sortKey = VietnameseText.sortKey(fullName: s.fullName)
        s.birthDate = CivilDate(parsing: "1998-04-12")!
        s.gender = .female
        s.listedOn = CivilDate(parsing: "2026-01-05")!
        s.status = .active
        try await s.create(on: app.db)
        let steps: [(AdmissionStep, String)] = [
            (.course, "2026-02-01"), (.application, "2026-03-01"), (.personalHistory, "2026-03-02"), (.introduction, "2026-03-03"),
            (.introduction, "2026-03-04"), (.residence, "2026-03-05"), (.cellResolution, "2026-04-01"),
            (.committeeResolution, "2026-05-01"), (.decision, "2026-06-01"),
        ]
        for (i, (step, date)) in steps.enumerated() {
            let row = AdmissionStepRecord()
            row.$sympathiser.id = s.id!
            row.step = step
            row.date = CivilDate(parsing: date)!
            if step == .introduction && i == 3 { row.$introducer.id = f.an }
            try await row.create(on: app.db)
        }
        let seca = try await APIClient.login(app, "seca")
        let held = try await seca.send(.POST, "/api/v1/sympathisers/\(s.id!)/steps", json: #"{"step":"ceremony","date":"\#(ceremony)"}"#)
        #expect(held.status == .ok, "\(held.body.string)")
        let file = try held.json()
        #expect((file["sympathiser"] as? [String: Any])?["status"] as? String == "admitted", "admitted at the ceremony")
        #expect(file["nextStep"] as? String == "member_file")
        return (s.id!, try #require((file["sympathiser"] as? [String: Any])?["memberId"] as? String))
    }

    @Test func theMembersFileIsTheAdmissionsLastStep() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let (sympathiser, member) = try await admitted(app, f, ceremony: "2026-06-20")
            let staff = try await APIClient.login(app, "staff")
            let before = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/recruitment").json()
            let waiting = before["memberFiles"] as? [[String: Any]] ?? []
            #expect(waiting.map { $0["fullName"] as? String } == ["Lý Thị Mai"])
            #expect(waiting.first?["ceremony"] as? String == "2026-06-20")
            #expect((before["cases"] as? [[String: Any]] ?? []).isEmpty, "admitted: no longer a case in flight")

            let seca = try await APIClient.login(app, "seca")
            func complete(_ api: APIClient, _ json: String, member other: String? = nil) async throws -> TestingHTTPResponse {
                try await api.send(.POST, "/api/v1/members/\(other ?? member)/member-file", json: json)
            }
            #expect(try code(try await complete(seca, #"{"date":"2026-06-19"}"#)) == "date.beforePrevious")
            #expect(try code(try await complete(seca, #"{"date":"2026-11-23"}"#)) == "date.future")
            #expect(try code(try await complete(seca, #"{}"#)) == "date.required")
            #expect(try code(try await complete(seca, #"{"date":"2026-07-10"}"#, member: f.an!.uuidString)) == "member.noAdmissionFile")
            let inspector = try await APIClient.login(app, "inspector")
            #expect(try await complete(inspector, #"{"date":"2026-07-10"}"#).status == .notFound)
            let secb = try await APIClient.login(app, "secb")
            #expect(try await complete(secb, #"{"date":"2026-07-10"}"#).status == .notFound)
            #expect(try await AdmissionStepRecord.query(on: app.db).filter(\.$step == .memberFile).count() == 0, "nothing written")

            // The member's page offers it to the cell; recorded there.
            let b = Browser(app)
            _ = try await b.login("seca")
            #expect(try await b.get("/members/\(member)").body.string.contains("id=\"member-file\""))
            let done = try await b.post(
                "/members/\(member)/member-file", ["date": "2026-07-10", "documentNumber": "LL 01/2026", "note": "Đã chuyển Đảng ủy"])
            #expect(done.status == .seeOther)
            let html = try await b.get("/members/\(member)").body.string
            #expect(!html.contains("id=\"member-file\"") && html.contains("Hoàn thiện hồ sơ đảng viên (1-HSĐV, 2-HSĐV)"))
            #expect(try code(try await complete(seca, #"{"date":"2026-07-11"}"#)) == "step.done")
            let life = try await seca.send(.GET, "/api/v1/members/\(member)/life").json()
            let admission = life["admission"] as? [String: Any]
            #expect(admission?["awaitingMemberFile"] as? Bool == false)
            #expect((admission?["steps"] as? [[String: Any]] ?? []).last?["step"] as? String == "member_file")
            let file = try await seca.send(.GET, "/api/v1/sympathisers/\(sympathiser)").json()
            #expect((file["sympathiser"] as? [String: Any])?["status"] as? String == "admitted")
            #expect(file["nextStep"] == nil || file["nextStep"] is NSNull)
            let after = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/recruitment").json()
            #expect((after["memberFiles"] as? [[String: Any]] ?? []).isEmpty)
            let audit = try await staff.send(.GET, "/api/v1/audit?entityId=\(member)").json()
            #expect((audit["items"] as? [[String: Any]] ?? []).contains { $0["action"] as? String == "member.file" })

            // A document beside the step, from the member's page: the admission file's, read in the member's scope.
            let steps = admission?["steps"] as? [[String: Any]] ?? []
            let memberFile = try #require(steps.last?["id"] as? String)
            let sent = try await upload(
                app, "/api/v1/members/\(member)/documents", target: "admission_step", targetId: memberFile, file: ("Lý lịch.pdf", Self.pdf),
                api: seca)
            #expect(sent.status == .created)
            let decision = try #require(steps.first { $0["step"] as? String == "decision" }?["id"] as? String)
            #expect(
                try await upload(app, "/api/v1/members/\(member)/documents", target: "admission_step", targetId: decision, api: seca).status
                    == .forbidden, "the decision is the committee's")
            let docID = try #require(try sent.json()["id"] as? String)
            #expect(try await seca.send(.GET, "/api/v1/members/\(member)/documents/\(docID)").status == .ok)
            #expect(try await seca.send(.GET, "/api/v1/sympathisers/\(sympathiser)/documents/\(docID)").status == .ok)
        }
    }
}

extension Browser {
    /// A browser signed in as `username`.
    func loggedIn(_ username: String) async throws -> Browser {
        _ = try await login(username)
        return self
    }
}
