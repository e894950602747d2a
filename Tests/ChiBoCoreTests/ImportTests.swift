import Foundation
import Testing

@testable import ChiBoCore

/// The import of a member list without a database: files and encodings, dates, headers, the
/// rules of a row, and the plan against stored members.
@Suite struct ImportTests {
    static let today = CivilDate(year: 2026, month: 11, day: 22)!

    static let header = "STT,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Quê quán,Số thẻ đảng viên,Ngày vào Đảng,Ngày chính thức,Chi bộ"

    static func context(createCells: Bool = false) -> ImportRows.Context {
        ImportRows.Context(
            today: today, cells: ["chi bo thon 1": "Chi bộ thôn 1", "chi bo thon 2": "Chi bộ thôn 2"], ownCell: nil,
            createCells: createCells, unitName: "Đảng bộ xã Thượng Lâm")
    }

    static func read(_ text: String, createCells: Bool = false) throws -> ImportRows.Result {
        let sheet = try ImportSheet.read(Array(text.utf8))
        let columns = ImportColumns.recognise(sheet.headers, requireCell: true)
        return ImportRows.read(sheet, columns, context(createCells: createCells))
    }

    // MARK: Encodings

    @Test func windows1258DecodesToComposedVietnamese() throws {
        let name = "Nguyễn Thị Ánh Đào, Lê Văn Ưng, Phạm Quốc Việt"
        let bytes = try #require(Windows1258.encode(name))
        // The tones are combining marks after their letter: "ễ" is ê (0xEA) and the tilde (0xDE).
        #expect(bytes.starts(with: Array("Nguy".utf8) + [0xEA, 0xDE, 0x6E]))
        #expect(Windows1258.decode(bytes) == name)
        #expect(Windows1258.decode(bytes).unicodeScalars.count == name.precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(ImportText.decode(bytes).encoding == .windows1258)
        #expect(Windows1258.decode([0xD0, 0xF0, 0xFE]) == "Đđ₫")
    }

    @Test func byteOrderMarksAndUTF8AreRecognised() {
        let text = "Họ và tên\nTrần Văn Đức"
        #expect(ImportText.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == (text, .utf8BOM))
        #expect(ImportText.decode(Array(text.utf8)) == (text, .utf8))
        var le: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(ImportText.decode(le) == (text, .utf16LE))
        var be: [UInt8] = [0xFE, 0xFF]
        for u in text.utf16 { be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(ImportText.decode(be) == (text, .utf16BE))
    }

    @Test func csvInWindows1258ReadsAsTheSameRows() throws {
        let csv = Self.header + "\r\n1,Nguyễn Văn Hùng,05/02/1980,Nam,Kinh,Thượng Lâm,12345678,03/02/2010,03/02/2011,Chi bộ thôn 1\r\n"
        let utf8 = try ImportSheet.read(Array(csv.utf8))
        let cp = try ImportSheet.read(try #require(Windows1258.encode(csv)))
        #expect(cp == utf8)
        #expect(cp.rows[0].cells[1] == "Nguyễn Văn Hùng")
    }

    @Test func csvQuotedFieldsMayHoldDelimitersQuotesAndLineBreaks() throws {
        let csv = "Họ và tên;Ghi chú;Ngày sinh\n\"Lê, Văn A\";\"dòng 1\ndòng 2 \"\"trích\"\"\";01/01/1970\nB;x;2/3/1971\n"
        let sheet = try ImportSheet.read(Array(csv.utf8))
        #expect(sheet.headers == ["Họ và tên", "Ghi chú", "Ngày sinh"])
        #expect(sheet.rows.map(\.cells) == [["Lê, Văn A", "dòng 1\ndòng 2 \"trích\"", "01/01/1970"], ["B", "x", "2/3/1971"]])
        #expect(sheet.rows.map(\.number) == [2, 3])
    }

    @Test func decomposedNamesAndTheOldEthBecomeComposedAndĐ() throws {
        let decomposed = "Ðo\u{0302}\u{0303} Va\u{0306}n Ðu\u{031B}\u{0301}c"
        let csv = Self.header + "\n1,\(decomposed),05/02/1980,Nam,,,,03/02/2010,03/02/2011,Chi bộ thôn 1\n"
        let r = try Self.read(csv)
        #expect(r.problems == [])
        #expect(r.members.first?.facts.fullName == "Đỗ Văn Đức")
        #expect(r.members.first?.facts.fullName.unicodeScalars.count == 10)
    }

    // MARK: xlsx

    @Test func xlsxWithSharedStringsInlineStringsAndDateSerials() throws {
        let shared = """
            <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <si><t>Họ và tên</t></si><si><t>Ngày sinh</t></si><si><r><t>Nguyễn </t></r><r><t>Văn A</t></r><rPh><t>x</t></rPh></si></sst>
            """
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>Số thẻ</t></is></c></row>\
            <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>29256</v></c><c r="D3"><v>1.2345678E7</v></c></row>\
            </sheetData></worksheet>
            """
        let workbook = """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="DS" sheetId="1" r:id="rId7"/></sheets></workbook>
            """
        let rels = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId7" Type="worksheet" Target="worksheets/danhsach.xml"/></Relationships>
            """
        let bytes = ZipWriter.archive([
            ("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(rels.utf8)),
            ("xl/sharedStrings.xml", Array(shared.utf8)), ("xl/worksheets/danhsach.xml", Array(sheet.utf8)),
        ])
        let read = try ImportSheet.read(bytes)
        #expect(read.format == .xlsx)
        #expect(read.headers == ["Họ và tên", "Ngày sinh", "", "Số thẻ"])
        #expect(read.rows == [ImportSheet.Row(number: 3, cells: ["Nguyễn Văn A", "29256", "", "12345678"])])
        #expect(ImportDates.parse("29256") == CivilDate(year: 1980, month: 2, day: 5))
    }

    /// A workbook saved in the 1904 date system (Excel for Mac's): the same day has a serial
    /// 1,462 lower; the dates read right, the card numbers stay as typed.
    @Test func xlsxOfThe1904DateSystem() throws {
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Ngày sinh</t></is></c><c r="C1" t="inlineStr"><is><t>Giới tính</t></is></c><c r="D1" t="inlineStr"><is><t>Số thẻ đảng viên</t></is></c><c r="E1" t="inlineStr"><is><t>Ngày vào Đảng</t></is></c><c r="F1" t="inlineStr"><is><t>Ngày chính thức</t></is></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>Nguyễn Văn A</t></is></c><c r="B2"><v>27794</v></c><c r="C2" t="inlineStr"><is><t>Nam</t></is></c><c r="D2"><v>12345678</v></c><c r="E2"><v>36959</v></c><c r="F2"><v>37324</v></c></row>\
            </sheetData></worksheet>
            """
        func book(_ pr: String) -> [UInt8] {
            let workbook = """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                \(pr)<sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>
                """
            let rels = """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """
            return ZipWriter.archive([
                ("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(rels.utf8)),
                ("xl/worksheets/sheet1.xml", Array(sheet.utf8)),
            ])
        }
        let mac = try ImportSheet.read(book(#"<workbookPr date1904="1"/>"#))
        #expect(mac.date1904 && mac.rows[0].cells == ["Nguyễn Văn A", "27794", "Nam", "12345678", "36959", "37324"])
        #expect(ImportDates.parse("27794", date1904: true) == CivilDate(year: 1980, month: 2, day: 5))
        let windows = try ImportSheet.read(book(#"<workbookPr defaultThemeVersion="166925"/>"#))
        #expect(!windows.date1904)
        #expect(ImportDates.parse("27794") == CivilDate(year: 1976, month: 2, day: 4))
        let columns = ImportColumns.recognise(mac.headers, mapping: [:], requireCell: false)
        let context = ImportRows.Context(
            today: CivilDate(year: 2026, month: 11, day: 22)!, cells: [:], ownCell: "Chi bộ 1", createCells: false, unitName: "Chi bộ 1")
        let read = ImportRows.read(mac, columns, context)
        #expect(read.problems == [])
        let facts = read.members.first?.facts
        #expect(facts?.birthDate == CivilDate(year: 1980, month: 2, day: 5) && facts?.cardNumber == "12345678")
        #expect(
            facts?.admissionDate == CivilDate(year: 2005, month: 3, day: 10)
                && facts?.officialDate == CivilDate(year: 2006, month: 3, day: 10))
    }

    @Test func xlsxWrittenByTheExportReadsBack() throws {
        let rows: [[SpreadsheetCell]] = [[.text("Họ và tên"), .text("Ngày sinh")], [.text("Trần Thị Bé"), .text("07/08/1990")]]
        let read = try ImportSheet.read(XlsxWriter.workbook([("Danh sách", rows)]))
        #expect(read.headers == ["Họ và tên", "Ngày sinh"])
        #expect(read.rows.map(\.cells) == [["Trần Thị Bé", "07/08/1990"]])
    }

    @Test func unreadableFilesAreRefusedWithAReason() {
        #expect(throws: DomainError.self) { try ImportSheet.read([0x50, 0x4B, 0x03, 0x04, 0, 0, 0]) }
        #expect(throws: DomainError.self) { try ImportSheet.read([0xD0, 0xCF, 0x11, 0xE0, 1, 2]) }
        #expect(throws: DomainError.self) { try ImportSheet.read(Array("\n\n".utf8)) }
    }

    // MARK: Dates

    @Test func datesInTheirUsualForms() {
        let d = CivilDate(year: 1980, month: 2, day: 5)!
        for text in ["05/02/1980", "5/2/1980", "1980-02-05", "05-02-1980", "05.02.1980", "29256", "29256.75", "05/02/1980 00:00:00"] {
            #expect(ImportDates.parse(text) == d, "\(text)")
        }
        for text in ["31/02/1980", "1980", "05/02/80", "abc", "0", "5/2", "13/13/1980"] {
            #expect(ImportDates.parse(text) == nil || text == "1980", "\(text)")
        }
    }

    @Test func excelSerialsCountTheLeapDayOf1900ThatNeverWas() {
        #expect(ImportDates.excel(serial: 1) == CivilDate(year: 1900, month: 1, day: 1))
        #expect(ImportDates.excel(serial: 59) == CivilDate(year: 1900, month: 2, day: 28))
        #expect(ImportDates.excel(serial: 60) == nil)
        #expect(ImportDates.excel(serial: 61) == CivilDate(year: 1900, month: 3, day: 1))
        #expect(ImportDates.excel(serial: 45_000) == CivilDate(year: 2023, month: 3, day: 15))
        for serial in [1, 59, 61, 29256, 46_000] {
            #expect(ImportDates.serial(ImportDates.excel(serial: serial)!) == serial)
        }
    }

    // MARK: Headers

    @Test func headersAreRecognisedWithOrWithoutDiacriticsAndInEnglish() {
        let c = ImportColumns.recognise(
            [
                "TT", "HO VA TEN", "ngay sinh (dd/mm/yyyy)", "Giới tính*", "Date of birth 2", "Party card number", "Ngày kết nạp", "Chi bo",
                "Cột lạ",
            ],
            requireCell: true)
        #expect(c.byIndex[1] == .fullName)
        #expect(c.byIndex[2] == .birthDate)
        #expect(c.byIndex[3] == .gender)
        #expect(c.byIndex[5] == .cardNumber)
        #expect(c.byIndex[6] == .admissionDate)
        #expect(c.byIndex[7] == .cell)
        #expect(c.unrecognised.map(\.header) == ["Date of birth 2", "Cột lạ"])
        #expect(c.problems == [])
    }

    @Test func headersMappedByHandAndMissingOrTwiceReported() {
        let mapped = ImportColumns.recognise(
            ["Tên ĐV", "Sinh", "Phái", "Kết nạp", "Chi bộ", "Ghi chú riêng"],
            mapping: ["Tên ĐV": "fullName", "Sinh": "birthDate", "Phái": "gender", "Kết nạp": "admissionDate", "Ghi chú riêng": "ignored"],
            requireCell: true)
        #expect(mapped.problems == [])
        #expect(mapped.unrecognised.isEmpty)
        let bad = ImportColumns.recognise(["Họ và tên", "Họ tên", "Ngày sinh"], requireCell: false)
        #expect(bad.problems.map(\.code) == ["column.twice", "column.missing", "column.missing"])
        #expect(bad.problems[0].vi.contains("cột A và B"))
    }

    // MARK: Rows

    @Test func aGoodRowBecomesAMember() throws {
        let csv =
            Self.header + ",Miễn sinh hoạt,Ngày miễn sinh hoạt,Lý do miễn sinh hoạt\n"
            + "1,  trần   văn  bình ,5/2/1950,nam,Tày,Bắc Kạn,12345678,03/02/1980,03/02/1981,chi bo thon 1,Miễn công tác và sinh hoạt,01/01/2020,Tuổi cao\n"
        let r = try Self.read(csv)
        #expect(r.problems == [])
        let m = try #require(r.members.first)
        #expect(m.facts.fullName == "trần văn bình")
        #expect(m.facts.gender == .male)
        #expect(m.facts.status == .official)
        #expect(m.cell == "Chi bộ thôn 1")
        #expect(m.ethnicity == "Tày")
        #expect(m.exemption == .init(kind: .full, on: CivilDate(year: 2020, month: 1, day: 1)!, reason: "Tuổi cao"))
    }

    @Test func everyBadRowIsReportedWithItsRowColumnAndReason() throws {
        let csv = [
            Self.header,
            "1,Nguyễn Văn A,05/02/1980,Nam,,,12345678,03/02/2010,03/02/2011,Chi bộ thôn 1",
            "2,Lê Văn B,06/02/1980,Nam,,,12345678,03/02/2010,03/02/2011,Chi bộ thôn 1", // card twice
            "3,Trần Văn C,05/02/1980,Nam,,,22345678,03/02/2010,03/06/2010,Chi bộ thôn 1", // official inside probation
            "4,Phạm Thị D,05/02/1980,Nữ,,,32345678,03/02/2010,,Chi bộ thôn 9", // unknown cell
            "5,Hoàng Văn E,05/02/1995,Nam,,,42345678,03/02/2010,,Chi bộ thôn 2", // 15 at admission
            "6,Vũ Văn G,31/02/1980,Nam,,,52345678,03/02/2010,,Chi bộ thôn 2", // a date that cannot be read
            "7,,05/02/1980,Nam,,,62345678,03/02/2010,,Chi bộ thôn 2", // no name
            "8,Đỗ Văn H,05/02/1980,Ông,,,72345678,03/02/2010,,Chi bộ thôn 2", // unclear sex
            "9,Ngô Văn I,05/02/1980,Nam,,,123,03/02/2010,,Chi bộ thôn 2", // card too short
            "10,Nguyễn Văn A,05/02/1980,Nam,,,,03/02/2010,03/02/2011,Chi bộ thôn 1", // the same person again
            "11,Bùi Văn K,05/02/1980,Nam,,,82345678,03/02/2030,,Chi bộ thôn 2", // admission in the future
        ].joined(separator: "\n")
        let r = try Self.read(csv)
        let found = r.problems.map { "\($0.row!) \($0.column?.rawValue ?? "-") \($0.code)" }
        #expect(
            found == [
                "3 cardNumber cardNumber.twice",
                "4 officialDate officialDate.beforeProbationEnds",
                "5 cell cell.unknown",
                "6 admissionDate admissionDate.tooYoung",
                "7 birthDate birthDate.unreadable",
                "8 fullName fullName.required",
                "9 gender gender.invalid",
                "10 cardNumber cardNumber.invalid",
                "11 fullName member.twice",
                "12 admissionDate admissionDate.future",
            ])
        #expect(r.members.map(\.row) == [2])
        let probation = try #require(r.problems.first { $0.code == "officialDate.beforeProbationEnds" })
        #expect(probation.located(.vi).hasPrefix("Dòng 4, cột «Ngày chính thức»: Ngày chính thức phải sau khi hết 12 tháng dự bị"))
        #expect(probation.located(.en).hasPrefix("Row 4, column “Official date”:"))
    }

    @Test func unknownCellsAreCreatedWhenChosen() throws {
        let csv =
            Self.header
            + "\n1,Phạm Thị D,05/02/1980,Nữ,,,32345678,03/02/2010,,Chi bộ thôn 9\n2,Phạm Thị E,05/02/1981,Nữ,,,32345679,03/02/2010,,chi bộ thôn 9\n"
        let r = try Self.read(csv, createCells: true)
        #expect(r.problems == [])
        #expect(r.newCells == ["Chi bộ thôn 9"])
        #expect(r.members.map(\.cell) == ["Chi bộ thôn 9", "Chi bộ thôn 9"])
    }

    // MARK: The plan

    static func stored(
        _ id: UUID, name: String, card: String?, cell: String? = "Chi bộ thôn 1",
        official: CivilDate? = CivilDate(year: 2011, month: 2, day: 3)
    ) -> StoredMember {
        StoredMember(
            id: id, fullName: name, birthDate: CivilDate(year: 1980, month: 2, day: 5)!, gender: .male, cardNumber: card,
            admissionDate: CivilDate(year: 2010, month: 2, day: 3)!, officialDate: official, phone: nil, ethnicity: "Kinh",
            homeTown: nil, cell: cell, leftDate: nil, exemption: nil, transfer: nil)
    }

    @Test func membersAreMatchedByCardThenByNameAndBirthDate() throws {
        let csv = [
            Self.header,
            "1,Nguyễn Văn A,05/02/1980,Nam,Kinh,,12345678,03/02/2010,03/02/2011,Chi bộ thôn 1", // unchanged (card)
            "2,Nguyễn Văn Bê,05/02/1980,Nam,Kinh,,22345678,03/02/2010,03/02/2011,Chi bộ thôn 2", // updated: name, cell
            "3,Lê Văn C,05/02/1980,Nam,Kinh,,,03/02/2010,03/02/2011,Chi bộ thôn 1", // by name and birth date, card none
            "4,Trần Văn D,05/02/1980,Nam,Kinh,,,03/02/2010,03/02/2011,Chi bộ thôn 1", // new
            "5,Hà Văn E,05/02/1980,Nam,Kinh,,99999999,03/02/2010,03/02/2011,Chi bộ thôn 1", // card held elsewhere
        ].joined(separator: "\n")
        let a = UUID(), b = UUID(), c = UUID(), x = UUID()
        let plan = ImportPlan.make(
            try Self.read(csv),
            stored: [
                Self.stored(a, name: "Nguyễn Văn A", card: "12345678"), Self.stored(b, name: "Nguyễn Văn B", card: "22345678"),
                Self.stored(c, name: "Lê Văn C", card: nil), Self.stored(x, name: "Hà Văn E", card: "99999999", cell: nil),
            ])
        #expect(
            plan.lines.map(\.action) == [
                .unchanged(a),
                .update(
                    b,
                    [
                        FieldChange(column: .fullName, before: "Nguyễn Văn B", after: "Nguyễn Văn Bê"),
                        FieldChange(column: .cell, before: "Chi bộ thôn 1", after: "Chi bộ thôn 2"),
                    ]),
                .unchanged(c), .create,
            ])
        #expect((plan.created, plan.updated, plan.unchanged) == (1, 1, 2))
        #expect(plan.problems.map(\.code) == ["cardNumber.elsewhere"])
    }

    @Test func theExportReadsBackAsTheSameMembers() throws {
        let facts = MemberFacts(
            fullName: "Nguyễn Văn A", birthDate: CivilDate(year: 1980, month: 2, day: 5)!, gender: .male, cardNumber: "12345678",
            admissionDate: CivilDate(year: 2010, month: 2, day: 3)!, officialDate: CivilDate(year: 2011, month: 2, day: 3)!,
            status: .official,
            phone: "0912345678")
        let line = MemberListTable.Line(
            facts: facts, ethnicity: "Kinh", homeTown: "Thượng Lâm, \"Tuyên Quang\"", cell: "Chi bộ thôn 1",
            exemption: .init(kind: .temporary, on: CivilDate(year: 2026, month: 1, day: 5)!, reason: "Ốm dài ngày"),
            transfer: .init(
                .outgoing, from: CivilDate(year: 2026, month: 3, day: 1)!, until: CivilDate(year: 2026, month: 9, day: 1)!, place: "Hà Nội")
        )
        let rows = MemberListTable.rows([line])
        for bytes in [Array(MemberListTable.csv(rows).utf8), XlsxWriter.workbook([("DS", rows)])] {
            let sheet = try ImportSheet.read(bytes)
            let r = ImportRows.read(sheet, ImportColumns.recognise(sheet.headers, requireCell: true), Self.context())
            #expect(r.problems == [])
            let m = try #require(r.members.first)
            #expect(m.facts == facts)
            #expect(m.homeTown == line.homeTown)
            #expect(m.exemption == line.exemption)
            #expect(m.transfer == line.transfer)
        }
    }
}
