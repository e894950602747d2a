import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// The import of a member list (issue 21) over the API, the pages and the command's service:
/// the preview writes nothing, the commit writes all of it in one transaction with one audit
/// entry holding the file's hash, a second import of the same file changes nothing, a corrected
/// file updates what changed, the export reads back unchanged, and the scope.
@Suite struct ImportAppTests {
    static let header = "STT,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Quê quán,Số thẻ đảng viên,Ngày vào Đảng,Ngày chính thức,Chi bộ"

    /// Two new members of the fixture's commune, and An as the fixture stores him.
    static let file = [
        header,
        "1,Nguyễn Văn An,15/03/1970,Nam,,,22000001,01/06/1995,01/06/1996,Chi bộ thôn Nà Thuôn",
        "2,Triệu Thị Mai,12/09/1985,Nữ,Dao,Thượng Lâm,33000001,19/05/2010,19/05/2011,Chi bộ thôn Bản Chợ",
        "3,Ma Văn Tùng,02/01/1990,Nam,Tày,Thượng Lâm,,03/02/2026,,Chi bộ thôn Nà Thuôn",
    ].joined(separator: "\r\n")

    static func body(_ text: String, name: String = "danh-sach.csv", extra: String = "") -> String {
        #"{"filename":"\#(name)","content":"\#(Data(text.utf8).base64EncodedString())"\#(extra)}"#
    }

    func counts(_ json: [String: Any]) -> [Int] {
        ["created", "updated", "unchanged"].map { json[$0] as? Int ?? -1 }
    }

    @Test func previewWritesNothingThenTheCommitWritesAllOnceAndAgainNothing() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let before = try await Member.query(on: app.db).count()
            let up = try await staff.send(.POST, "/api/v1/units/\(f.commune!)/imports", json: Self.body(Self.file))
            #expect(up.status == .created)
            let preview = try up.json()
            #expect(counts(preview) == [2, 0, 1])
            #expect((preview["problems"] as? [Any])?.isEmpty == true)
            #expect(preview["canCommit"] as? Bool == true)
            #expect((preview["lines"] as? [[String: Any]])?.map { $0["action"] as? String } == ["unchanged", "create", "create"])
            #expect(try await Member.query(on: app.db).count() == before)
            let id = try #require(preview["id"] as? String)
            let sha = ImportService.sha256(Array(Self.file.utf8))
            #expect(preview["sha256"] as? String == sha)

            let commit = try await staff.send(.POST, "/api/v1/imports/\(id)/commit")
            #expect(commit.status == .ok)
            #expect(counts(try commit.json()) == [2, 0, 1])
            #expect(try await Member.query(on: app.db).count() == before + 2)
            let mai = try #require(try await Member.query(on: app.db).filter(\.$cardNumber == "33000001").first())
            #expect(mai.$unit.id == f.cellB)
            #expect(mai.ethnicity == "Dao")
            #expect(mai.homeTown == "Thượng Lâm")
            #expect(mai.status == .official)
            // The same dated periods as the member form writes: probationary, then official from the end of the 12 months.
            let periods = try await MemberLifeService.periods(app.db, memberID: mai.id!).map(\.period)
            #expect(periods == MemberHistory.opening(admission: mai.admissionDate, official: mai.officialDate, status: .official))
            #expect(try await MemberUnitPeriod.query(on: app.db).filter(\.$member.$id == mai.id!).count() == 1)
            let tung = try #require(try await Member.query(on: app.db).filter(\.$fullName == "Ma Văn Tùng").first())
            #expect(tung.status == .probationary)
            // One audit entry, with the file's hash.
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "members.import").all()
            #expect(audit.count == 1)
            #expect(audit.first?.after?.contains(sha) == true)
            #expect(audit.first?.unitID == f.commune)
            // The commune's counters follow.
            #expect(try await UnitService.counts(app.db, unitID: f.commune).total == 5)
            #expect(try await staff.send(.POST, "/api/v1/imports/\(id)/commit").status == .conflict)

            // The same file again: nothing to change, and nothing changes.
            let again = try await staff.send(.POST, "/api/v1/units/\(f.commune!)/imports", json: Self.body(Self.file))
            #expect(counts(try again.json()) == [0, 0, 3])
            let id2 = try #require(try again.json()["id"] as? String)
            #expect(id2 != id)
            let second = try await staff.send(.POST, "/api/v1/imports/\(id2)/commit")
            #expect(counts(try second.json()) == [0, 0, 3])
            #expect(try await Member.query(on: app.db).count() == before + 2)
            #expect(try await MemberStatusPeriod.query(on: app.db).filter(\.$member.$id == mai.id!).count() == periods.count)
        }
    }

    @Test func aCorrectedFileUpdatesWhatChangedAndSaysWhat() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let first = try await staff.send(.POST, "/api/v1/units/\(f.commune!)/imports", json: Self.body(Self.file))
            #expect(try await staff.send(.POST, "/api/v1/imports/\(try first.json()["id"] as! String)/commit").status == .ok)
            // Mai's birth date and cell corrected; Tùng matched by name and birth date, given a card.
            let corrected = Self.file
                .replacingOccurrences(
                    of: "12/09/1985,Nữ,Dao,Thượng Lâm,33000001,19/05/2010,19/05/2011,Chi bộ thôn Bản Chợ",
                    with: "21/09/1985,Nữ,Dao,Thượng Lâm,33000001,19/05/2010,19/05/2011,Chi bộ thôn Nà Thuôn"
                )
                .replacingOccurrences(of: "Tày,Thượng Lâm,,", with: "Tày,Thượng Lâm,33000002,")
            let up = try await staff.send(.POST, "/api/v1/units/\(f.commune!)/imports", json: Self.body(corrected))
            let preview = try up.json()
            #expect(counts(preview) == [0, 2, 1])
            let changes = try #require(preview["changes"] as? [[String: Any]])
            let described = changes.map { c in
                ((c["fields"] as? [[String: Any]]) ?? []).map { "\(c["row"]!) \($0["column"]!) \($0["before"]!)→\($0["after"]!)" }
            }.flatMap { $0 }
            #expect(
                described == [
                    "3 birthDate 12/09/1985→21/09/1985", "3 cell Chi bộ thôn Bản Chợ→Chi bộ thôn Nà Thuôn", "4 cardNumber →33000002",
                ])
            let result = try await staff.send(.POST, "/api/v1/imports/\(preview["id"] as! String)/commit")
            #expect(counts(try result.json()) == [0, 2, 1])
            let mai = try #require(try await Member.query(on: app.db).filter(\.$cardNumber == "33000001").first())
            #expect(mai.birthDate == CivilDate(year: 1985, month: 9, day: 21))
            #expect(mai.$unit.id == f.cellA)
            // The move is dated: the cell before is kept as a closed period.
            let cells = try await MemberUnitPeriod.query(on: app.db).filter(\.$member.$id == mai.id!).all()
            #expect(cells.count == 2)
            #expect(cells.contains { $0.$unit.id == f.cellB && $0.untilDate == app.clock.today })
            #expect(try await UnitService.counts(app.db, unitID: f.cellA).total == 4)
        }
    }

    @Test func everyProblemIsShownAndNothingIsWrittenUntilTheFileIsClean() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let bad = Self.file + "\r\n4,Lý Thị Hoa,05/02/2012,Nữ,,,33000009,03/02/2026,,Chi bộ thôn Không Có"
            let up = try await staff.send(.POST, "/api/v1/units/\(f.commune!)/imports", json: Self.body(bad))
            let preview = try up.json()
            let problems = try #require(preview["problems"] as? [[String: Any]])
            #expect(problems.map { "\($0["row"]!) \($0["code"]!)" } == ["5 admissionDate.tooYoung", "5 cell.unknown"])
            #expect(preview["canCommit"] as? Bool == false)
            let id = try #require(preview["id"] as? String)
            let refused = try await staff.send(.POST, "/api/v1/imports/\(id)/commit")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Dòng 5"))
            #expect(try await Member.query(on: app.db).count() == 4)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "members.import").count() == 0)
            // Choosing to create the missing cell leaves the age: still nothing written.
            let mapped = try await staff.send(.POST, "/api/v1/imports/\(id)/mapping", json: #"{"createCells":true}"#)
            #expect(try (mapped.json()["problems"] as? [[String: Any]])?.map { $0["code"] as! String } == ["admissionDate.tooYoung"])
            #expect(try mapped.json()["newCells"] as? [String] == ["Chi bộ thôn Không Có"])
            #expect(try await staff.send(.POST, "/api/v1/imports/\(id)/commit").status == .unprocessableEntity)
            #expect(try await OrgUnit.query(on: app.db).filter(\.$name == "Chi bộ thôn Không Có").count() == 0)
            // Corrected, the cell is created under the commune with its member.
            let fixed = bad.replacingOccurrences(of: "05/02/2012", with: "05/02/1992")
            let up2 = try await staff.send(
                .POST, "/api/v1/units/\(f.commune!)/imports", json: Self.body(fixed, extra: #","createCells":true"#))
            let r = try await staff.send(.POST, "/api/v1/imports/\(try up2.json()["id"] as! String)/commit")
            #expect(try r.json()["cellsCreated"] as? [String] == ["Chi bộ thôn Không Có"])
            let cell = try #require(try await OrgUnit.query(on: app.db).filter(\.$name == "Chi bộ thôn Không Có").first())
            #expect(cell.$parent.id == f.commune)
            #expect(try await UnitService.counts(app.db, unitID: cell.id!).total == 1)
            #expect(try await UnitClosure.query(on: app.db).filter(\.$descendant.$id == cell.id!).count() == 3)
        }
    }

    @Test func mappingAColumnByHandAndAWindows1258File() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let text = Self.file.replacingOccurrences(of: "Họ và tên", with: "Tên đảng viên đầy đủ")
            let bytes = try #require(Windows1258.encode(text))
            let json = #"{"filename":"ds.csv","content":"\#(Data(bytes).base64EncodedString())"}"#
            let up = try (await staff.send(.POST, "/api/v1/units/\(f.commune!)/imports", json: json)).json()
            #expect((up["problems"] as? [[String: Any]])?.map { $0["code"] as! String } == ["column.missing"])
            #expect((up["columns"] as? [[String: Any]])?.first { $0["column"] == nil }?["header"] as? String == "Tên đảng viên đầy đủ")
            let mapped = try await staff.send(
                .POST, "/api/v1/imports/\(up["id"] as! String)/mapping", json: #"{"mapping":{"Tên đảng viên đầy đủ":"fullName"}}"#)
            #expect(counts(try mapped.json()) == [2, 0, 1])
            #expect((try mapped.json()["lines"] as? [[String: Any]])?[1]["fullName"] as? String == "Triệu Thị Mai")
            let wrong = try await staff.send(.POST, "/api/v1/imports/\(up["id"] as! String)/mapping", json: #"{"mapping":{"x":"nope"}}"#)
            #expect(wrong.status == .unprocessableEntity)
        }
    }

    @Test func onlyCommitteeStaffInTheirScope() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            // Outside the scope: not found; a secretary or an inspector inside it: forbidden.
            #expect(try await staff.send(.POST, "/api/v1/units/\(f.commune2!)/imports", json: Self.body(Self.file)).status == .notFound)
            #expect(
                try await APIClient.login(app, "seca").send(.POST, "/api/v1/units/\(f.cellA!)/imports", json: Self.body(Self.file)).status
                    == .forbidden)
            #expect(
                try await APIClient.login(app, "inspector").send(.POST, "/api/v1/units/\(f.commune!)/imports", json: Self.body(Self.file))
                    .status == .forbidden)
            // Another account never sees someone's upload.
            let up = try await staff.send(.POST, "/api/v1/units/\(f.commune!)/imports", json: Self.body(Self.file))
            let id = try up.json()["id"] as! String
            let admin = Browser(app)
            _ = try await admin.login("admin")
            #expect(try await admin.get("/imports/\(id)").status == .notFound)
            #expect(try await APIClient.login(app, "inspector").send(.GET, "/api/v1/imports/\(id)").status == .notFound)
            #expect(try await APIClient.login(app, "inspector").send(.POST, "/api/v1/imports/\(id)/commit").status == .notFound)
            // A member list is read by whoever reads the members; the secretary reads their cell's only.
            let seca = try await APIClient.login(app, "seca")
            #expect(try await seca.send(.GET, "/api/v1/units/\(f.cellA!)/members.csv").status == .ok)
            #expect(try await seca.send(.GET, "/api/v1/units/\(f.commune!)/members.csv").status == .notFound)
            // A file that is not a list is refused with a reason, not a 500.
            let junk = try await staff.send(
                .POST, "/api/v1/units/\(f.commune!)/imports", json: #"{"filename":"x.xlsx","content":"UEsDBAAAAA=="}"#)
            #expect(junk.status == .unprocessableEntity)
            #expect(
                try await staff.send(.POST, "/api/v1/units/\(f.commune!)/imports", json: #"{"content":"%%%"}"#).status
                    == .unprocessableEntity)
        }
    }

    /// A multipart body with one file field and a CSRF token.
    static func multipart(
        _ browser: Browser, path: String, filename: String, bytes: [UInt8], fields: [String: String] = [:]
    ) async throws
        -> TestingHTTPResponse
    {
        let boundary = "----chibo\(UUID().uuidString)"
        var body = ByteBuffer()
        for (k, v) in fields.merging(["_csrf": browser.csrf], uniquingKeysWith: { a, _ in a }) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var result: TestingHTTPResponse!
        try await browser.app.testing().test(
            .POST, path,
            beforeRequest: { req in
                req.headers.cookie = browser.cookies
                req.headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
                req.body = body
            },
            afterResponse: { res in result = res })
        return result
    }

    @Test func thePagesUploadPreviewAndWriteWithProgress() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let web = Browser(app)
            _ = try await web.login("staff")
            let page = try await web.get("/units/\(f.commune!)/import")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("id=\"import-upload\""))
            let xlsx = XlsxWriter.workbook([
                (
                    "DS",
                    try ImportSheet.read(Array(Self.file.utf8)).rows.reduce(into: [
                        ImportSheet.Row(number: 1, cells: Self.header.components(separatedBy: ","))
                    ]) { $0.append($1) }.map { $0.cells.map(SpreadsheetCell.text) }
                )
            ])
            let up = try await Self.multipart(web, path: "/units/\(f.commune!)/import", filename: "danh sách.xlsx", bytes: xlsx)
            #expect(up.status == .seeOther)
            let location = try #require(up.headers.first(name: .location))
            let preview = try await web.get(location)
            #expect(preview.body.string.contains("id=\"import-counts\""))
            #expect(preview.body.string.contains("Triệu Thị Mai"))
            #expect(preview.body.string.contains("id=\"import-commit\""))
            let commit = try await web.post(location + "/commit", [:])
            #expect(commit.status == .seeOther)
            var shown = ""
            for _ in 0..<100 {
                shown = try await web.get(location).body.string
                if shown.contains("id=\"import-result\"") { break }
                #expect(shown.contains("id=\"import-progress\"") || shown.contains("id=\"import-result\""))
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(shown.contains("id=\"import-result\""))
            #expect(try await Member.query(on: app.db).count() == 6)
            let progress = try await web.get(location + "/progress")
            #expect(try progress.json()["percent"] as? Int == 100)
            // A file that cannot be read: the upload page again, with the reason.
            let junk = try await Self.multipart(
                web, path: "/units/\(f.commune!)/import", filename: "x.xls", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0])
            #expect(junk.status == .unprocessableEntity)
            #expect(junk.body.string.contains(".xlsx"))
        }
    }

    // MARK: The demo commune, exported, corrupted and imported again

    static func demo(_ app: Application) async throws -> (Principal, UUID) {
        let admin = try await Fixture.admin(app)
        _ = try await DemoLoader.load(on: app.db, passwordHash: "x", actor: Actor(system: "test"), today: app.clock.today, force: true)
        return (admin, DemoLoader.id("unit:thuong-lam"))
    }

    static func csvRows(_ rows: [[SpreadsheetCell]]) -> [[String]] { rows.map { $0.map(\.plain) } }

    static func csv(_ rows: [[String]]) -> String {
        MemberListTable.csv(rows.map { $0.map(SpreadsheetCell.text) })
    }

    @Test func theDemoCommuneExportedCorruptedTenWaysAndImportedAgain() async throws {
        try await withApp { app in
            let (admin, commune) = try await Self.demo(app)
            let today = app.clock.today
            let (_, exported) = try await ImportService.export(app.db, admin, unitID: commune)
            let original = Self.csvRows(exported)
            let header = original[0]
            func col(_ c: ImportColumn) -> Int { header.firstIndex(of: c.label(.vi))! }
            #expect(original.count > 400)

            // The export imports back as it is: nothing to change.
            let clean = try await ImportService.plan(
                app.db, unit: try #require(try await OrgUnit.find(commune, on: app.db)), bytes: Array(Self.csv(original).utf8),
                options: .init(), today: today)
            #expect(clean.plan.problems.map { $0.located(.en) } == [])
            #expect((clean.plan.created, clean.plan.updated) == (0, 0))
            #expect(clean.plan.unchanged == original.count - 1)

            // Ten realistic corruptions, each on its own row (the row number a spreadsheet shows is the index + 1).
            var rows = original
            let official = rows.indices.dropFirst().filter { !rows[$0][col(.officialDate)].isEmpty }
            let r = Array(official.prefix(10))
            let last = rows.count - 1
            rows[last][col(.cardNumber)] = rows[r[0]][col(.cardNumber)] // 1. a card number typed twice
            let admitted = ImportDates.parse(rows[r[1]][col(.admissionDate)])!
            rows[r[1]][col(.officialDate)] = admitted.adding(months: 6).vietnamese // 2. official inside the probation
            rows[r[2]][col(.cell)] = rows[r[2]][col(.cell)] + "x" // 3. a cell misspelt
            // 4. 15 at admission
            rows[r[3]][col(.birthDate)] = ImportDates.parse(rows[r[3]][col(.admissionDate)])!.adding(months: -15 * 12).vietnamese
            rows[r[4]][col(.birthDate)] = "31/02/1975" // 5. a date that does not exist
            rows[r[5]][col(.fullName)] = "" // 6. the name deleted
            rows[r[6]][col(.gender)] = "N" // 7. sex unclear
            rows[r[7]][col(.cardNumber)] = "12AB5678" // 8. a card number mistyped
            rows[r[8]][col(.officialDate)] = "2027-01-01" // 9. a date in the future
            var copy = rows[r[9]] // 10. a member pasted twice, the card left out
            copy[col(.cardNumber)] = ""
            rows.append(copy)
            let expected = [
                "\(last + 1) cardNumber cardNumber.twice",
                "\(r[1] + 1) officialDate officialDate.beforeProbationEnds",
                "\(r[2] + 1) cell cell.unknown",
                "\(r[3] + 1) admissionDate admissionDate.tooYoung",
                "\(r[4] + 1) birthDate birthDate.unreadable",
                "\(r[5] + 1) fullName fullName.required",
                "\(r[6] + 1) gender gender.invalid",
                "\(r[7] + 1) cardNumber cardNumber.invalid",
                "\(r[8] + 1) officialDate officialDate.future",
                "\(rows.count) fullName member.twice",
            ]
            let staffUnit = try #require(try await OrgUnit.find(commune, on: app.db))
            let corrupted = try await ImportService.plan(
                app.db, unit: staffUnit, bytes: Array(Self.csv(rows).utf8), options: .init(), today: today)
            let found = corrupted.plan.problems.map { "\($0.row!) \($0.column!.rawValue) \($0.code)" }
                .sorted { Int($0.split(separator: " ")[0])! < Int($1.split(separator: " ")[0])! }
            // The duplicated card is reported on the later of its two rows.
            #expect(Set(found) == Set(expected))
            #expect(found.count == 10)

            // Nothing is written while a problem remains.
            let before = try await ImportService.export(app.db, admin, unitID: commune).1
            let upload = try await ImportService.upload(
                app.db, admin, unitID: commune, filename: "thuong-lam-sai.csv", bytes: Array(Self.csv(rows).utf8), options: .init())
            await #expect(throws: ValidationErrors.self) { _ = try await ImportService.commit(app.db, admin, id: upload.id!, today: today) }
            #expect(Self.csvRows(try await ImportService.export(app.db, admin, unitID: commune).1) == Self.csvRows(before))

            // Corrected (the original again): written, nothing changed, the registry equal to the original.
            let fixed = try await ImportService.upload(
                app.db, admin, unitID: commune, filename: "thuong-lam.csv", bytes: Array(Self.csv(original).utf8), options: .init())
            let result = try await ImportService.commit(app.db, admin, id: fixed.id!, today: today)
            #expect((result.created, result.updated, result.unchanged) == (0, 0, original.count - 1))
            #expect(Self.csvRows(try await ImportService.export(app.db, admin, unitID: commune).1) == original)
            // And as .xlsx, the same.
            let xlsx = try await ImportService.plan(
                app.db, unit: staffUnit, bytes: XlsxWriter.workbook([("DS", exported)]), options: .init(), today: today)
            #expect(xlsx.plan.problems.isEmpty && xlsx.plan.unchanged == original.count - 1)
        }
    }

    /// On PostgreSQL a large import tells the planner what it wrote, inside its transaction, before
    /// the counters' queries (without it they scanned whole tables: 1,000 cells took 42 s more).
    @Test func aLargeImportAnalysesTheTablesItWroteOnPostgres() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let sql = app.db as! any SQLDatabase
            try await app.db.transaction { tx in
                let txSQL = tx as! any SQLDatabase
                func planned() async throws -> Double {
                    try await txSQL.raw("SELECT CAST(reltuples AS FLOAT8) AS n FROM pg_class WHERE relname = 'members'").first()!
                        .decode(column: "n", as: Double.self)
                }
                guard sql.dialect.name != "sqlite" else {
                    // Nothing to do on SQLite, and nothing fails.
                    try await ImportService.analyseAfterBulkWrite(tx, rows: ImportService.analyseAfterRows)
                    return
                }
                let before = try await planned()
                try await ImportService.analyseAfterBulkWrite(tx, rows: ImportService.analyseAfterRows - 1)
                #expect(try await planned() == before)
                try await ImportService.analyseAfterBulkWrite(tx, rows: ImportService.analyseAfterRows)
                let members = try await Member.query(on: tx).count()
                #expect(members > 0)
                #expect(try await planned() == Double(members))
            }
        }
    }

    @Test func theDemoCommuneImportedIntoAFreshInstallationEqualsTheOriginal() async throws {
        var exported: [[SpreadsheetCell]] = []
        try await withApp { app in
            let (admin, commune) = try await Self.demo(app)
            exported = try await ImportService.export(app.db, admin, unitID: commune).1
        }
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            let unit = try await UnitService.create(
                app.db, admin, parentID: f.province,
                draft: UnitDraft(name: "Đảng bộ xã Mới", code: "ĐU", kind: "grassroots", termLabel: "2025–2030", termStart: "2025-05-10"),
                today: app.clock.today)
            let result = try await ImportService.apply(
                app.db, Actor(system: "test"), unit: unit, bytes: XlsxWriter.workbook([("DS", exported)]), filename: "tl.xlsx",
                options: .init(createCells: true), today: app.clock.today)
            #expect(result.created == exported.count - 1) // all but the header
            #expect(result.cellsCreated.count == 17)
            let back = try await ImportService.export(app.db, admin, unitID: unit.id!).1
            // The same members in the same cells (their order within a cell aside).
            let mine = Self.csvRows(back).dropFirst().map { Array($0.dropFirst()) }
            let theirs = Self.csvRows(exported).dropFirst().map { Array($0.dropFirst()) }
            #expect(Set(mine.map { $0.joined(separator: "|") }) == Set(theirs.map { $0.joined(separator: "|") }))
            // Dry run writes nothing.
            await #expect(throws: ImportService.DryRun.self) {
                _ = try await ImportService.apply(
                    app.db, Actor(system: "test"), unit: unit, bytes: XlsxWriter.workbook([("DS", exported)]), filename: "tl.xlsx",
                    options: .init(createCells: true), today: app.clock.today, dryRun: true)
            }
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "members.import").count() == 1)
        }
    }
}
