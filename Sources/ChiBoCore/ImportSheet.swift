import CSV
import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A member list as a table, read from an `.xlsx` workbook (its first sheet) or a `.csv` file:
/// the header row and the rows under it, each with the row number a spreadsheet shows. Text is
/// composed (NFC) whatever the file's encoding: UTF-8 with or without a byte-order mark, UTF-16
/// with one, or Windows-1258.
public struct ImportSheet: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// The row's number as a spreadsheet shows it (the header is usually 1).
        public let number: Int
        public let cells: [String]

        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }

        public subscript(_ index: Int) -> String { index < cells.count ? cells[index] : "" }
    }

    public enum Format: String, Sendable, Codable { case xlsx, csv }

    public let format: Format
    public let headers: [String]
    public let rows: [Row]
    /// A workbook of the 1904 date system (`workbookPr date1904`): its date serials count from 1904.
    public var date1904 = false

    public init(format: Format, headers: [String], rows: [Row]) {
        self.format = format
        self.headers = headers
        self.rows = rows
    }

    /// Reads a file's bytes; the first non-empty row is the header.
    public static func read(_ bytes: [UInt8]) throws(DomainError) -> ImportSheet {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let (rows, date1904) = try XlsxReader.rows(Data(bytes))
            var sheet = try table(rows, format: .xlsx)
            sheet.date1904 = date1904
            return sheet
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw DomainError(
                .invalid, code: "file.xls", vi: "Tệp .xls (Excel 97–2003) chưa đọc được: hãy lưu lại thành .xlsx hoặc .csv.",
                en: "An .xls file (Excel 97–2003) cannot be read: save it as .xlsx or .csv.", field: "file")
        }
        return try table(CSVText.rows(ImportText.decode(bytes).text), format: .csv)
    }

    static func table(_ all: [Row], format: Format) throws(DomainError) -> ImportSheet {
        let rows = all.filter { $0.cells.contains { !$0.isEmpty } }
        guard let header = rows.first else {
            throw DomainError(
                .invalid, code: "file.empty", vi: "Tệp không có dòng nào.", en: "The file has no rows.", field: "file")
        }
        var headers = header.cells
        while headers.last?.isEmpty == true { headers.removeLast() }
        return ImportSheet(format: format, headers: headers, rows: Array(rows.dropFirst()))
    }

    /// A cell's text as stored: composed, trimmed.
    static func clean(_ s: String) -> String {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.utf8.allSatisfy({ $0 < 0x80 }) ? t : t.precomposedStringWithCanonicalMapping
    }
}

/// The text of a file's bytes, by its byte-order mark, else UTF-8 when the bytes are valid
/// UTF-8, else Windows-1258.
public enum ImportText {
    public enum Encoding: String, Sendable { case utf8, utf8BOM, utf16LE, utf16BE, windows1258 }

    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
                units.append(little ? a | b << 8 : a << 8 | b)
                i += 2
            }
            return (String(decoding: units, as: UTF16.self), little ? .utf16LE : .utf16BE)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        return (Windows1258.decode(bytes), .windows1258)
    }
}

/// CSV through CSV.swift: quoted fields may hold the delimiter, quotes and line breaks. The
/// delimiter is the header line's most frequent of comma, semicolon (spreadsheets set to
/// Vietnamese write it) and tab.
enum CSVText {
    static func delimiter(_ text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for s in text.unicodeScalars {
            if s == "\"" { quoted.toggle() }
            if !quoted, s == "\n" { break }
            if !quoted, counts[s] != nil { counts[s]! += 1 }
        }
        return [";", "\t"].reduce(Unicode.Scalar(",")) { best, s in counts[s]! > counts[best]! ? s : best }
    }

    static func rows(_ text: String) throws(DomainError) -> [ImportSheet.Row] {
        let unreadable = DomainError(
            .invalid, code: "file.unreadable", vi: "Không đọc được tệp CSV (dấu ngoặc kép không đóng?).",
            en: "The CSV file cannot be read (an unclosed quote?).", field: "file")
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter(text))
        } catch { throw unreadable }
        var rows: [ImportSheet.Row] = []
        var number = 0
        while let fields = reader.next() {
            number += 1
            rows.append(ImportSheet.Row(number: number, cells: fields.map(ImportSheet.clean)))
        }
        if reader.error != nil { throw unreadable }
        return rows
    }
}

/// The first sheet of an Office Open XML workbook: the zip read by ZIPFoundation, its parts by
/// Foundation's XMLParser. Shared strings, inline strings and formula results are text; numbers
/// keep their digits (an integral value without ".0"), so a date typed as a date arrives as its
/// Excel serial number, which `ImportDates` reads.
enum XlsxReader {
    static func unreadable(_ why: String) -> DomainError {
        DomainError(
            .invalid, code: "file.unreadable", vi: "Không đọc được tệp .xlsx (\(why)).",
            en: "The .xlsx file cannot be read (\(why)).", field: "file")
    }

    static func rows(_ data: Data) throws(DomainError) -> (rows: [ImportSheet.Row], date1904: Bool) {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw unreadable("zip") }
        func part(_ path: String) throws(DomainError) -> Data? {
            guard let entry = archive[path] else { return nil }
            var out = Data()
            do { _ = try archive.extract(entry, skipCRC32: true) { out.append($0) } } catch { throw unreadable(path) }
            return out
        }
        var sheetPath = "xl/worksheets/sheet1.xml"
        var date1904 = false
        if let workbook = try part("xl/workbook.xml") {
            date1904 = ["1", "true"].contains(XMLScan.attributes(of: "workbookPr", in: workbook).first?["date1904"]?.lowercased() ?? "")
        }
        if let workbook = try part("xl/workbook.xml"), let rels = try part("xl/_rels/workbook.xml.rels") {
            let first = XMLScan.attributes(of: "sheet", in: workbook).first
            let targets = Dictionary(
                XMLScan.attributes(of: "Relationship", in: rels).compactMap { a in a["Id"].flatMap { id in a["Target"].map { (id, $0) } } },
                uniquingKeysWith: { a, _ in a })
            if let rid = first?["r:id"], let target = targets[rid] {
                sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        let shared = try part("xl/sharedStrings.xml").map(SharedStrings.parse) ?? []
        guard let sheet = try part(sheetPath) else { throw unreadable("no sheet") }
        return (try SheetParser.parse(sheet, shared: shared), date1904)
    }
}

/// The attributes of every element of one name (a workbook's sheets, its relationships).
enum XMLScan {
    final class Collector: NSObject, XMLParserDelegate {
        let name: String
        var found: [[String: String]] = []
        init(_ name: String) { self.name = name }
        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            if elementName == name || elementName.hasSuffix(":" + name) { found.append(attributeDict) }
        }
    }

    static func attributes(of name: String, in data: Data) -> [[String: String]] {
        let parser = XMLParser(stream: InputStream(data: data))
        let c = Collector(name)
        parser.delegate = c
        parser.parse()
        return c.found
    }
}

/// `xl/sharedStrings.xml`: each `<si>`'s text, its runs joined, phonetic runs left out.
enum SharedStrings {
    final class Delegate: NSObject, XMLParserDelegate {
        var strings: [String] = []
        var current = ""
        var inText = false
        var inPhonetic = false
        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            switch elementName {
            case "si": current = ""
            case "t": inText = !inPhonetic
            case "rPh": inPhonetic = true
            default: break
            }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            switch elementName {
            case "si": strings.append(current)
            case "t": inText = false
            case "rPh": inPhonetic = false
            default: break
            }
        }
    }

    static func parse(_ data: Data) -> [String] {
        let parser = XMLParser(stream: InputStream(data: data))
        let d = Delegate()
        parser.delegate = d
        parser.parse()
        return d.strings
    }
}

/// A worksheet's rows: `<row r>` with `<c r t>` cells holding `<v>` or `<is><t>`. Parts are read
/// from a stream, in chunks: libxml2 refuses a single chunk of a large sheet (a province's list).
enum SheetParser {
    final class Delegate: NSObject, XMLParserDelegate {
        let shared: [String]
        var rows: [ImportSheet.Row] = []
        var rowNumber = 0
        var cells: [String] = []
        var column = 0
        var type = ""
        var value = ""
        var collecting = false
        var bad = false
        init(shared: [String]) { self.shared = shared }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes a: [String: String] = [:]
        ) {
            switch elementName {
            case "row":
                rowNumber = a["r"].flatMap(Int.init) ?? rowNumber + 1
                cells = []
                column = 0
            case "c":
                column = a["r"].flatMap(SheetParser.column) ?? column
                type = a["t"] ?? "n"
                value = ""
            case "v", "t":
                collecting = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { value += string } }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            switch elementName {
            case "v", "t": collecting = false
            case "c":
                var text: String
                switch type {
                case "s":
                    guard let i = Int(value), i >= 0, i < shared.count else {
                        bad = true
                        return
                    }
                    text = shared[i]
                case "n": text = SheetParser.number(value)
                case "b": text = value == "1" ? "TRUE" : "FALSE"
                default: text = value
                }
                text = ImportSheet.clean(text)
                if column >= cells.count { cells += Array(repeating: "", count: column - cells.count + 1) }
                cells[column] = text
                column += 1
            case "row":
                rows.append(ImportSheet.Row(number: rowNumber, cells: cells))
            default: break
            }
        }
    }

    static func parse(_ data: Data, shared: [String]) throws(DomainError) -> [ImportSheet.Row] {
        let parser = XMLParser(stream: InputStream(data: data))
        let d = Delegate(shared: shared)
        parser.delegate = d
        guard parser.parse(), !d.bad else { throw XlsxReader.unreadable("sheet") }
        return d.rows
    }

    /// The zero-based column of a reference such as "AB12".
    static func column(_ ref: String) -> Int? {
        var n = 0
        var any = false
        for u in ref.utf8 {
            guard u >= 65, u <= 90 else { break }
            n = n * 26 + Int(u - 64)
            any = true
        }
        return any ? n - 1 : nil
    }

    /// A stored number as a person reads it: "12345678" for 1.2345678E7, "45000" for 45000.0.
    static func number(_ raw: String) -> String {
        guard raw.contains(where: { $0 == "." || $0 == "E" || $0 == "e" }), let d = Double(raw), d.rounded() == d,
            abs(d) < 1e15
        else { return raw }
        return String(Int(d))
    }
}
