import Foundation
import Testing

@testable import ChiBoCore

@Suite struct DocumentTests {
    static let rules = Rulebook.inForce(on: CivilDate(year: 2026, month: 2, day: 5)!).documents

    static func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    static let resolution = OfficialDocument(
        superior: "Đảng bộ xã Thượng Lâm",
        issuer: "Chi bộ thôn Nà Thuôn",
        number: DocumentNumber(sequence: 7, type: "NQ", issuerCode: "CB"),
        place: "Thượng Lâm",
        date: date(2026, 2, 5),
        title: "Nghị quyết",
        subtitle: "Sinh hoạt chi bộ định kỳ tháng 02 năm 2026",
        body: [
            .paragraph("Hôm nay, ngày 05/02/2026, chi bộ họp: có mặt 21/24 đồng chí; vắng 3 (có lý do)."),
            .heading("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG TRƯỚC"),
            .bullet("Thu đảng phí đủ & đúng hạn <100%> \"đạt\" 'tốt'"),
            .labelled(label: "Chủ trì", text: "đồng chí Hoàng Văn Thụ"),
            .table(header: ["TT", "Nhiệm vụ", "Người thực hiện"], rows: [["1", "Làm đường", "Đ/c Nông Thị Lan"]]),
        ],
        signatures: SignatureBlock.resolution(secretary: "Hoàng Văn Thụ"),
        recipients: ["- Đảng ủy xã (để b/c),", "- Lưu chi bộ."])

    // MARK: Numbers and dates

    @Test func numberText() {
        #expect(DocumentNumber(sequence: 7, type: "NQ", issuerCode: "CB").text == "Số 07-NQ/CB")
        #expect(DocumentNumber(sequence: 12, type: "BB", issuerCode: "CB").text == "Số 12-BB/CB")
        #expect(DocumentNumber(sequence: 123, type: "NQ", issuerCode: "CB").code == "123-NQ/CB")
        #expect(DocumentNumber(sequence: 7, type: "NQ", issuerCode: "CB").isValid(under: Self.rules))
        #expect(!DocumentNumber(sequence: 7, type: "XX", issuerCode: "CB").isValid(under: Self.rules))
    }

    @Test func numberingRestartsPerType() {
        let issued = [
            DocumentNumber(sequence: 1, type: "NQ", issuerCode: "CB"),
            DocumentNumber(sequence: 2, type: "NQ", issuerCode: "CB"),
            DocumentNumber(sequence: 5, type: "BB", issuerCode: "CB"),
        ]
        #expect(DocumentNumber.next(type: "NQ", issuerCode: "CB", issuedThisTerm: issued).text == "Số 03-NQ/CB")
        #expect(DocumentNumber.next(type: "BC", issuerCode: "CB", issuedThisTerm: issued).text == "Số 01-BC/CB")
        #expect(DocumentNumber.next(type: "NQ", issuerCode: "CB", issuedThisTerm: []).sequence == 1)
    }

    @Test func placeDatePadding() {
        #expect(
            PlaceDate.line(place: "Thượng Lâm", date: Self.date(2026, 2, 5))
                == "Thượng Lâm, ngày 05 tháng 02 năm 2026")
        #expect(
            PlaceDate.line(place: "Thượng Lâm", date: Self.date(2026, 11, 15))
                == "Thượng Lâm, ngày 15 tháng 11 năm 2026")
        #expect(
            PlaceDate.line(place: "Thượng Lâm", date: Self.date(2026, 3, 3))
                == "Thượng Lâm, ngày 03 tháng 3 năm 2026")
        #expect(PlaceDate.dayMonthYear(Self.date(2026, 1, 31)) == "ngày 31 tháng 01 năm 2026")
        #expect(PlaceDate.dayMonthYear(Self.date(2026, 12, 9)) == "ngày 09 tháng 12 năm 2026")
    }

    @Test func minutesSignSecretaryLeftChairRight() {
        let s = SignatureBlock.minutes(chair: "Hoàng Văn Thụ", secretary: "Nông Thị Lan")
        #expect(s.map(\.title) == ["THƯ KÝ", "CHỦ TRÌ"])
        #expect(s.map(\.name) == ["Nông Thị Lan", "Hoàng Văn Thụ"])
    }

    // MARK: The package

    @Test func crcOfKnownInput() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func zipIsReadable() throws {
        let bytes = DocxWriter.write(Self.resolution, rules: Self.rules)
        let entries = try ZipReader.read(bytes)
        let names = entries.map(\.name)
        #expect(names.contains("word/document.xml"))
        #expect(names.contains("[Content_Types].xml"))
        #expect(names.contains("_rels/.rels"))
        #expect(names.contains("word/styles.xml"))
        #expect(names.contains("word/_rels/document.xml.rels"))
        for e in entries {
            #expect(e.method == 0)
            #expect(e.crc == ZipReader.crc(e.data), "CRC of \(e.name)")
            #expect(e.localCRC == e.crc)
            #expect(XMLCheck.wellFormed(String(decoding: e.data, as: UTF8.self)), "\(e.name) is well-formed")
        }
    }

    @Test func zipWithNoEntriesAndWithAUTF8Name() throws {
        #expect(try ZipReader.read(ZipWriter().finish()).isEmpty)
        let bytes = ZipWriter.archive([("biên bản.txt", Array("Nà Thuôn".utf8)), ("empty", [])])
        let entries = try ZipReader.read(bytes)
        #expect(entries.map(\.name) == ["biên bản.txt", "empty"])
        #expect(String(decoding: entries[0].data, as: UTF8.self) == "Nà Thuôn")
        #expect(entries[1].data.isEmpty)
    }

    @Test func theWellFormednessCheckRejectsBrokenXML() {
        #expect(XMLCheck.wellFormed("<?xml version=\"1.0\"?><a x=\"1\"><b/>t &amp; u</a>"))
        #expect(!XMLCheck.wellFormed("<a><b></a></b>"))
        #expect(!XMLCheck.wellFormed("<a>t & u</a>"))
        #expect(!XMLCheck.wellFormed("<a>"))
    }

    static func documentXML(_ doc: OfficialDocument = resolution, rules: DocumentRules = rules) throws -> String {
        let entries = try ZipReader.read(DocxWriter.write(doc, rules: rules))
        let entry = try #require(entries.first { $0.name == "word/document.xml" })
        return String(decoding: entry.data, as: UTF8.self)
    }

    /// The properties of the run holding `text`: from the "<w:r>" before it to the text.
    static func runBefore(_ text: String, in xml: String) -> String? {
        guard let at = xml.range(of: text) else { return nil }
        let head = xml[..<at.lowerBound]
        guard let open = head.range(of: "<w:r>", options: .backwards) else { return nil }
        return String(xml[open.lowerBound..<at.lowerBound])
    }

    @Test func documentText() throws {
        let xml = try Self.documentXML()
        #expect(xml.contains("ĐẢNG BỘ XÃ THƯỢNG LÂM"))
        #expect(xml.contains("CHI BỘ THÔN NÀ THUÔN"))
        #expect(xml.contains("Số 07-NQ/CB"))
        #expect(xml.contains("NGHỊ QUYẾT"))
        #expect(xml.contains("T/M CHI BỘ"))
        #expect(xml.contains("BÍ THƯ"))
        #expect(xml.contains("Nơi nhận:"))
        #expect(xml.contains("- Lưu chi bộ."))
        #expect(xml.contains("- Thu đảng phí đủ &amp; đúng hạn &lt;100%&gt; &quot;đạt&quot; &apos;tốt&apos;"))
        #expect(!xml.contains("đủ & đúng"))
        #expect(xml.contains("Chủ trì:"))
        #expect(xml.contains("Đ/c Nông Thị Lan"))
    }

    @Test func documentFontAndPage() throws {
        let xml = try Self.documentXML()
        #expect(
            xml.contains("w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\""))
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        // 20, 15, 20, 30 mm.
        #expect(xml.contains("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""))

        // The margins come from the rules, not from literals.
        var other = Self.rules
        other.font = "Arial"
        other.marginTopMM = 25
        other.marginLeftMM = 35
        let changed = try Self.documentXML(rules: other)
        #expect(changed.contains("w:top=\"\(DocxWriter.twips(mm: 25))\""))
        #expect(changed.contains("w:left=\"\(DocxWriter.twips(mm: 35))\""))
        #expect(changed.contains("w:ascii=\"Arial\""))
        #expect(!changed.contains("Times New Roman"))
        #expect(DocxWriter.twips(mm: 25) == 1417)
        #expect(DocxWriter.twips(mm: 35) == 1984)
    }

    @Test func documentEmphasis() throws {
        let xml = try Self.documentXML()
        let party = try #require(Self.runBefore("ĐẢNG CỘNG SẢN VIỆT NAM", in: xml))
        #expect(party.contains("<w:u w:val=\"single\"/>"))
        #expect(party.contains("<w:b/>"))
        let dateLine = try #require(Self.runBefore("Thượng Lâm, ngày 05 tháng 02 năm 2026", in: xml))
        #expect(dateLine.contains("<w:i/>"))
        #expect(!dateLine.contains("<w:b/>"))
        let issuer = try #require(Self.runBefore("CHI BỘ THÔN NÀ THUÔN", in: xml))
        #expect(issuer.contains("<w:b/>"))
        let superior = try #require(Self.runBefore("ĐẢNG BỘ XÃ THƯỢNG LÂM", in: xml))
        #expect(!superior.contains("<w:b/>"))
        let title = try #require(Self.runBefore("NGHỊ QUYẾT", in: xml))
        #expect(title.contains("<w:b/>") && title.contains("<w:sz w:val=\"32\"/>"))
        let item = try #require(Self.runBefore("- Lưu chi bộ.", in: xml))
        #expect(item.contains("<w:sz w:val=\"24\"/>"))
    }

    @Test func minutesHaveTwoSignaturesAndNoNumberNeeded() throws {
        let minutes = OfficialDocument(
            superior: "ĐẢNG BỘ XÃ THƯỢNG LÂM", issuer: "CHI BỘ THÔN NÀ THUÔN", place: "Thượng Lâm",
            date: Self.date(2026, 11, 15), title: "BIÊN BẢN", subtitle: "Sinh hoạt chi bộ định kỳ tháng 11 năm 2026",
            body: [.labelled(label: "Thời gian:", text: "8 giờ 00\nKết thúc: 10 giờ 00")],
            signatures: SignatureBlock.minutes(chair: "Hoàng Văn Thụ", secretary: "Nông Thị Lan"))
        let xml = try Self.documentXML(minutes)
        #expect(XMLCheck.wellFormed(xml))
        #expect(!xml.contains("Số "))
        #expect(!xml.contains("Nơi nhận"))
        #expect(xml.contains("Thời gian:"))
        #expect(!xml.contains("Thời gian::"))
        #expect(xml.contains("<w:br/>"))
        let secretary = try #require(xml.range(of: "THƯ KÝ"))
        let chair = try #require(xml.range(of: "CHỦ TRÌ"))
        #expect(secretary.lowerBound < chair.lowerBound)
    }

    @Test func sameDocumentSameBytes() {
        let a = DocxWriter.write(Self.resolution, rules: Self.rules)
        let b = DocxWriter.write(Self.resolution, rules: Self.rules)
        #expect(a == b)
        var changed = Self.resolution
        changed.date = Self.date(2026, 2, 6)
        #expect(DocxWriter.write(changed, rules: Self.rules) != a)
    }

    // MARK: iCalendar

    static func invitation(
        summary: String = "Sinh hoạt chi bộ định kỳ tháng 11",
        location: String = "Nhà văn hóa thôn Nà Thuôn",
        description: String = "Nội dung: kiểm điểm; thu đảng phí, bầu thư ký"
    ) -> String {
        ICalendar.event(
            uid: "meeting-42@chibo", start: (Self.date(2026, 11, 15), hour: 8, minute: 0),
            durationMinutes: 90, summary: summary, location: location, description: description,
            stamp: (Self.date(2026, 11, 10), hour: 5, minute: 30))
    }

    @Test func icsStructure() {
        let ics = Self.invitation()
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ChiBo//VI\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.contains("\r\nMETHOD:PUBLISH\r\n"))
        #expect(ics.contains("\r\nTZID:Asia/Ho_Chi_Minh\r\n"))
        #expect(ics.contains("\r\nTZOFFSETTO:+0700\r\n"))
        #expect(ics.contains("\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:20261115T080000\r\n"))
        #expect(ics.contains("\r\nDTEND;TZID=Asia/Ho_Chi_Minh:20261115T093000\r\n"))
        // 05:30 in Vietnam is 22:30 UTC the day before.
        #expect(ics.contains("\r\nDTSTAMP:20261109T223000Z\r\n"))
        #expect(ics.contains("\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"))
        #expect(ics.contains("\r\nTRIGGER:-P1D\r\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 2)
    }

    @Test func icsEndCrossesMidnight() {
        let ics = ICalendar.event(
            uid: "x", start: (Self.date(2026, 12, 31), hour: 23, minute: 0), durationMinutes: 120,
            summary: "s", location: "l", description: "d",
            stamp: (Self.date(2026, 1, 1), hour: 3, minute: 0))
        #expect(ics.contains("DTEND;TZID=Asia/Ho_Chi_Minh:20270101T010000\r\n"))
        #expect(ics.contains("DTSTAMP:20251231T200000Z\r\n"))
    }

    @Test func icsLineEndingsAreCRLF() {
        let bytes = Array(Self.invitation(description: "Dòng 1\nDòng 2\r\nDòng 3").utf8)
        for (i, b) in bytes.enumerated() where b == 0x0A {
            #expect(i > 0 && bytes[i - 1] == 0x0D)
        }
        for (i, b) in bytes.enumerated() where b == 0x0D {
            #expect(i + 1 < bytes.count && bytes[i + 1] == 0x0A)
        }
    }

    @Test func icsEscaping() {
        let ics = Self.invitation(
            summary: "Họp chi bộ; tháng 11, năm 2026 \\ đặc biệt",
            description: "Dòng 1\nDòng 2")
        #expect(ics.contains("SUMMARY:Họp chi bộ\\; tháng 11\\, năm 2026 \\\\ đặc biệt\r\n"))
        #expect(ics.contains("DESCRIPTION:Dòng 1\\nDòng 2\r\n"))
        #expect(ICalendar.escape("a\r\nb\rc") == "a\\nb\\nc")
    }

    @Test func icsFoldingKeepsUTF8Whole() {
        let long = Array(repeating: "Chi bộ thôn Nà Thuôn", count: 12).joined(separator: " ")
        let ics = Self.invitation(summary: long, location: long, description: long)
        let bytes = Array(ics.utf8)
        // Every physical line is at most 75 octets and valid UTF-8 on its own.
        var start = 0
        var lines: [[UInt8]] = []
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            lines.append(Array(bytes[start..<(i - 1)]))
            start = i + 1
        }
        #expect(start == bytes.count)
        for line in lines {
            #expect(line.count <= 75)
            #expect(Array(String(decoding: line, as: UTF8.self).utf8) == line)
        }
        #expect(lines.contains { $0.count > 70 })
        // Unfolding gives back the escaped value.
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:\(long)\r\n"))
        #expect(unfolded.contains("LOCATION:\(long)\r\n"))
    }
}

/// A small ZIP reader: the end record, the central directory, each local header and its data.
enum ZipReader {
    struct Entry {
        let name: String
        let method: Int
        let crc: UInt32
        let localCRC: UInt32
        let data: [UInt8]
    }

    struct Malformed: Error { let reason: String }

    static func u16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }

    static func read(_ b: [UInt8]) throws -> [Entry] {
        guard b.count >= 22 else { throw Malformed(reason: "too short") }
        guard let end = stride(from: b.count - 22, through: 0, by: -1).first(where: { u32(b, $0) == 0x0605_4B50 })
        else { throw Malformed(reason: "no end record") }
        let count = u16(b, end + 10)
        guard u16(b, end + 8) == count else { throw Malformed(reason: "entry counts differ") }
        let size = Int(u32(b, end + 12)), offset = Int(u32(b, end + 16))
        guard offset + size == end else { throw Malformed(reason: "central directory not before end record") }
        var entries: [Entry] = []
        var p = offset
        for _ in 0..<count {
            guard u32(b, p) == 0x0201_4B50 else { throw Malformed(reason: "bad central header") }
            let method = u16(b, p + 10)
            let crc = u32(b, p + 16)
            let compressed = Int(u32(b, p + 20)), uncompressed = Int(u32(b, p + 24))
            let nameLength = u16(b, p + 28), extra = u16(b, p + 30), comment = u16(b, p + 32)
            let local = Int(u32(b, p + 42))
            let name = String(decoding: b[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            guard compressed == uncompressed else { throw Malformed(reason: "compressed entry") }
            guard u32(b, local) == 0x0403_4B50 else { throw Malformed(reason: "bad local header") }
            let localName = String(decoding: b[(local + 30)..<(local + 30 + u16(b, local + 26))], as: UTF8.self)
            guard localName == name, Int(u32(b, local + 18)) == compressed else {
                throw Malformed(reason: "local header differs for \(name)")
            }
            let dataStart = local + 30 + u16(b, local + 26) + u16(b, local + 28)
            guard dataStart + compressed <= offset else { throw Malformed(reason: "data overruns") }
            entries.append(
                Entry(
                    name: name, method: method, crc: crc, localCRC: u32(b, local + 14),
                    data: Array(b[dataStart..<(dataStart + compressed)])))
            p += 46 + nameLength + extra + comment
        }
        guard p == end else { throw Malformed(reason: "central directory size") }
        return entries
    }

    /// CRC-32 bit by bit, independent of the table the writer uses.
    static func crc(_ data: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in data {
            c ^= UInt32(byte)
            for _ in 0..<8 { c = (c >> 1) ^ (0xEDB8_8320 & (0 &- (c & 1))) }
        }
        return ~c
    }
}

/// A rough well-formedness check: every tag is closed in order, attributes are quoted, and
/// no bare "&" or "<" is left in text.
enum XMLCheck {
    static func wellFormed(_ xml: String) -> Bool {
        var stack: [Substring] = []
        var rest = Substring(xml)
        while let lt = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            if rest[lt] == "&" {
                let after = rest[rest.index(after: lt)...]
                guard let semi = after.firstIndex(of: ";"),
                    ["amp", "lt", "gt", "quot", "apos"].contains(String(after[..<semi]))
                else { return false }
                rest = after[after.index(after: semi)...]
                continue
            }
            guard let gt = rest[lt...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            if tag.hasPrefix("?") { continue }
            if tag.contains("<") || tag.filter({ $0 == "\"" }).count % 2 != 0 { return false }
            if tag.hasPrefix("/") {
                guard stack.popLast() == tag.dropFirst() else { return false }
            } else if !tag.hasSuffix("/") {
                stack.append(tag.prefix { !$0.isWhitespace })
            }
        }
        return stack.isEmpty
    }
}

@Suite struct MeetingPlaceTests {
    @Test func placeComesFromTheCommitteesName() {
        #expect(MeetingPlace.of("Đảng bộ xã Thượng Lâm") == "Thượng Lâm")
        #expect(MeetingPlace.of("ĐẢNG ỦY PHƯỜNG HÀ ĐÔNG") == "Hà Đông")
        #expect(MeetingPlace.of("Đảng bộ thị trấn Lăng Can") == "Lăng Can")
        #expect(MeetingPlace.of("Đảng bộ Cơ quan Sở Y tế") == "Cơ quan Sở Y tế")
        #expect(MeetingPlace.of("Đảng bộ tỉnh Tuyên Quang") == "Tuyên Quang")
    }
}

/// The figures an official document of a meeting prints, read back from the generated document.
@Suite struct RollFiguresTests {
    /// Every case a roll holds: present, late, absent with and without reason, unmarked, exempt
    /// members who came and who did not, a probationary member, a member away, a suspended one,
    /// and two visitors (one came).
    static let roll: [RollMember] = [
        RollMember(status: .official, attendance: .present),
        RollMember(status: .official, attendance: .late),
        RollMember(status: .official, attendance: .excused),
        RollMember(status: .official, attendance: .unexcused),
        RollMember(status: .official, attendance: nil),
        RollMember(status: .probationary, attendance: .present),
        RollMember(status: .probationary, attendance: .excused),
        RollMember(status: .official, exempt: true, attendance: .present),
        RollMember(status: .official, exempt: true, attendance: .excused),
        RollMember(status: .official, exempt: true, attendance: nil),
        RollMember(status: .official, transfer: .outgoing, attendance: nil),
        RollMember(status: .official, suspended: true, attendance: nil),
        RollMember(status: .official, transfer: .incoming, attendance: .present),
        RollMember(status: .probationary, transfer: .incoming, attendance: .excused),
    ]

    /// The text of a document's body as a reader sees it: the runs' text, a line per paragraph.
    static func text(_ doc: OfficialDocument) throws -> String {
        let xml = try DocumentTests.documentXML(doc)
        return
            xml
            .replacingOccurrences(of: "<w:br/>", with: "\n").replacingOccurrences(of: "</w:p>", with: "\n")
            .replacing(/<[^>]*>/, with: "")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The figures printed in `text`, by their Vietnamese labels (0 for a part left out).
    static func printed(_ text: String) throws -> [String: Int] {
        var f: [String: Int] = [:]
        let total = try #require(text.firstMatch(of: /Tổng số đảng viên: (\d+) \(chính thức (\d+), dự bị (\d+)\)/))
        f["total"] = Int(total.1)
        f["official"] = Int(total.2)
        f["probationary"] = Int(total.3)
        let present = try #require(text.firstMatch(of: /có mặt: (\d+)( \(trong đó ([^)]*)\))?/))
        f["present"] = Int(present.1)
        let within = present.3.map(String.init) ?? ""
        f["exemptPresent"] = within.firstMatch(of: /(\d+) đảng viên miễn sinh hoạt dự họp/).flatMap { Int($0.1) } ?? 0
        f["probationaryPresent"] = within.firstMatch(of: /(\d+) đảng viên dự bị/).flatMap { Int($0.1) } ?? 0
        let absent = try #require(text.firstMatch(of: /vắng: (\d+) \(([^)]*)\)/))
        f["absent"] = Int(absent.1)
        let parts = String(absent.2)
        f["exemptAbsent"] = parts.firstMatch(of: /(\d+) đảng viên miễn sinh hoạt/).flatMap { Int($0.1) } ?? 0
        f["excused"] = try #require(parts.firstMatch(of: /có lý do (\d+)/).flatMap { Int($0.1) })
        f["unexcused"] = try #require(parts.firstMatch(of: /không lý do (\d+)/).flatMap { Int($0.1) })
        f["away"] = text.firstMatch(of: /chuyển sinh hoạt tạm thời nơi khác: (\d+)/).flatMap { Int($0.1) } ?? 0
        f["suspended"] = text.firstMatch(of: /đình chỉ sinh hoạt: (\d+)/).flatMap { Int($0.1) } ?? 0
        f["visiting"] = text.firstMatch(of: /sinh hoạt tạm thời dự họp: (\d+)/).flatMap { Int($0.1) } ?? 0
        return f
    }

    @Test func everyMemberOfTheCellIsInOneFigure() {
        let f = RollFigures.compute(Self.roll)
        #expect(f.total == 12)
        #expect(f.official + f.probationary == f.total)
        #expect(f.present + f.absent + f.away + f.suspended == f.total)
        #expect(f.present == 4) // present, late, the probationary member, the exempt member who came
        #expect(f.exemptPresent == 1)
        #expect(f.probationaryPresent == 1)
        #expect(f.exemptAbsent == 2) // one with a reason, one unmarked
        #expect(f.excused == 2)
        #expect(f.unexcused == 2) // one marked so, one unmarked
        #expect(f.away == 1 && f.suspended == 1 && f.visitingPresent == 1)
        // The same roll as the meeting page and the statistics count it …
        let s = AttendanceSummary.compute(Self.roll)
        #expect(f.present == s.present + s.late + s.exemptPresent)
        #expect(f.present - f.exemptPresent + f.excused + f.unexcused == s.expected)
        #expect(f.excused == s.excused && f.unexcused == s.unexcused && f.visitingPresent == s.visitingPresent)
        // … and as the vote base does: the official members present are its voters.
        #expect(f.votersPresent == VoteBase.compute(Self.roll).votersPresent)
    }

    @Test func theDocumentsFiguresAddUp() throws {
        let f = RollFigures.compute(Self.roll)
        let doc = OfficialDocument(
            superior: "Đảng bộ xã Thượng Lâm", issuer: "Chi bộ thôn Nà Thuôn", place: "Thượng Lâm", date: DocumentTests.date(2026, 11, 5),
            title: "Nghị quyết", body: [.paragraph("Hôm nay, … \(f.text). \(f.visitorsText ?? "")")],
            signatures: SignatureBlock.resolution(secretary: "Hoàng Văn Thụ"))
        let text = try Self.text(doc)
        let p = try Self.printed(text)
        #expect(p["present"]! + p["absent"]! + p["away"]! + p["suspended"]! == p["total"]!)
        #expect(p["official"]! + p["probationary"]! == p["total"]!)
        #expect(p["exemptAbsent"]! + p["excused"]! + p["unexcused"]! == p["absent"]!)
        // The exempt member who came is counted among those present, not left out.
        #expect(p["exemptPresent"] == 1 && p["present"] == 4)
        #expect(p["visiting"] == 1)
        #expect(p["total"] == f.total && p["away"] == 1 && p["suspended"] == 1)
        #expect(text.contains("không tính vào tổng số đảng viên của chi bộ"))
    }

    @Test func partsThatAreZeroAreLeftOutButReasonsAreAlwaysGiven() {
        let f = RollFigures.compute([
            RollMember(status: .official, attendance: .present), RollMember(status: .official, attendance: .excused),
        ])
        #expect(f.text == "Tổng số đảng viên: 2 (chính thức 2, dự bị 0); có mặt: 1; vắng: 1 (có lý do 1; không lý do 0)")
        #expect(f.visitorsText == nil)
    }
}

/// The chair and the meeting secretary must have been at the meeting.
@Suite struct MinutesSignersTests {
    static let roll = [
        MinutesSigners.Line(fullName: "Đinh Thanh Xuân", attendance: .present),
        MinutesSigners.Line(fullName: "Lương Thị Bích", attendance: .excused),
        MinutesSigners.Line(fullName: "Quan Văn Long", attendance: .unexcused),
        MinutesSigners.Line(fullName: "Hoàng Văn Kiên", attendance: nil),
        MinutesSigners.Line(fullName: "Ma Văn An", attendance: .excused),
        MinutesSigners.Line(fullName: "Ma Văn An", attendance: .late),
    ]

    @Test func aMemberListedAbsentIsRefusedWhateverTheSpelling() {
        func absent(_ name: String, final: Bool = false) -> Bool {
            MinutesSigners.listedAbsent(name, roll: Self.roll, unmarkedIsAbsent: final)
        }
        #expect(absent("Lương Thị Bích"))
        #expect(absent("  lương   thị BÍCH "))
        #expect(absent("Lương Thị Bích".decomposedStringWithCanonicalMapping))
        #expect(absent("Quan Văn Long"))
        #expect(!absent("Đinh Thanh Xuân"))
        // A guest or the superior's representative is not on the roll.
        #expect(!absent("Ma Thị Hòa"))
        #expect(!absent(""))
        // Two members of one name, one of them present: the name may be hers.
        #expect(!absent("Ma Văn An"))
        // Unmarked: not yet absent while the roll is taken; absent once it is complete.
        #expect(!absent("Hoàng Văn Kiên"))
        #expect(absent("Hoàng Văn Kiên", final: true))
    }

    @Test func theRefusalsNameTheField() {
        let errors = MinutesSigners.check(chair: "Lương Thị Bích", secretary: "quan văn long", roll: Self.roll, unmarkedIsAbsent: false)
        #expect(errors.map(\.field) == ["chairName", "secretaryName"])
        #expect(errors.map(\.code) == ["chairName.absent", "secretaryName.absent"])
        #expect(errors[0].vi == "Đồng chí Lương Thị Bích có tên trong danh sách vắng mặt, không thể là người chủ trì buổi sinh hoạt.")
        #expect(errors[1].en == "Quan Văn Long is listed as absent from this meeting and cannot be its meeting secretary.")
        #expect(MinutesSigners.check(chair: "Đinh Thanh Xuân", secretary: nil, roll: Self.roll, unmarkedIsAbsent: true).isEmpty)
    }
}
