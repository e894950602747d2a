import Foundation

/// A column of a member list: what the export writes as its header, what an import recognises
/// (the Vietnamese header with or without diacritics, the English one, and the names the member
/// database and the committees' sheets use), or what a person maps an unrecognised header to.
public enum ImportColumn: String, CaseIterable, Sendable, Codable, Labelled {
    case ordinal
    case fullName, birthDate, gender, ethnicity, homeTown, cardNumber, admissionDate, officialDate, cell, phone
    case exemption, exemptionDate, exemptionReason
    case transfer, transferFrom, transferUntil, transferPlace
    case note
    /// A column mapped by hand to be left out.
    case ignored

    public func label(_ language: Language) -> String {
        let (vi, en): (String, String) =
            switch self {
            case .ordinal: ("STT", "No.")
            case .fullName: ("Họ và tên", "Full name")
            case .birthDate: ("Ngày sinh", "Date of birth")
            case .gender: ("Giới tính", "Sex")
            case .ethnicity: ("Dân tộc", "Ethnicity")
            case .homeTown: ("Quê quán", "Home town")
            case .cardNumber: ("Số thẻ đảng viên", "Party card number")
            case .admissionDate: ("Ngày vào Đảng", "Admission date")
            case .officialDate: ("Ngày chính thức", "Official date")
            case .cell: ("Chi bộ", "Party cell")
            case .phone: ("Số điện thoại", "Phone")
            case .exemption: ("Miễn sinh hoạt", "Exemption")
            case .exemptionDate: ("Ngày miễn sinh hoạt", "Exemption date")
            case .exemptionReason: ("Lý do miễn sinh hoạt", "Exemption reason")
            case .transfer: ("Chuyển sinh hoạt tạm thời", "Temporary transfer")
            case .transferFrom: ("Sinh hoạt tạm thời từ ngày", "Transfer from")
            case .transferUntil: ("Sinh hoạt tạm thời đến ngày", "Transfer until")
            case .transferPlace: ("Nơi sinh hoạt tạm thời", "Transfer place")
            case .note: ("Ghi chú", "Notes")
            case .ignored: ("(Bỏ qua cột này)", "(Leave this column out)")
            }
        return language == .vi ? vi : en
    }

    /// The columns an export writes, in order.
    public static let exported: [ImportColumn] = allCases.filter { $0 != .ignored }

    /// Columns read but never stored.
    public var isIgnored: Bool { self == .ordinal || self == .note || self == .ignored }

    /// Other headers this column goes by, folded.
    var aliases: [String] {
        switch self {
        case .ordinal: ["tt", "so thu tu", "no", "#", "stt"]
        case .fullName: ["ho ten", "ho va ten dang vien", "ho ten dang vien", "ten dang vien", "name", "full name"]
        case .birthDate: ["ngay thang nam sinh", "sinh ngay", "ngay sinh dang vien", "birth date", "date of birth", "dob", "birthday"]
        case .gender: ["gioi", "nam nu", "gender", "sex"]
        case .ethnicity: ["dan toc", "ethnic group", "ethnicity"]
        case .homeTown: ["que", "que quan", "nguyen quan", "hometown", "home town"]
        case .cardNumber: ["so the", "so the dang", "so the dv", "ma the dang vien", "card number", "party card", "card"]
        case .admissionDate: ["ngay ket nap", "ngay ket nap dang", "ngay vao dang", "admission", "admitted", "admission date"]
        case .officialDate: ["ngay cong nhan chinh thuc", "ngay dang vien chinh thuc", "ngay chinh thuc", "official", "official date"]
        case .cell: ["chi bo", "chi bo sinh hoat", "ten chi bo", "cell", "party cell"]
        case .phone: ["dien thoai", "sdt", "so dt", "so dien thoai", "phone", "phone number", "mobile"]
        case .exemption: ["mien sinh hoat", "mien cong tac va sinh hoat", "exemption", "exempt"]
        case .exemptionDate: ["ngay mien", "ngay mien sinh hoat", "exemption date"]
        case .exemptionReason: ["ly do mien", "ly do mien sinh hoat", "exemption reason"]
        case .transfer: ["sinh hoat tam thoi", "chuyen sinh hoat tam thoi", "temporary transfer", "transfer"]
        case .transferFrom: ["sinh hoat tam thoi tu ngay", "tu ngay", "transfer from"]
        case .transferUntil: ["sinh hoat tam thoi den ngay", "den ngay", "transfer until"]
        case .transferPlace: ["noi sinh hoat tam thoi", "noi sinh hoat", "transfer place"]
        case .note: ["ghi chu", "note", "notes", "remarks"]
        case .ignored: []
        }
    }

    static let byHeader: [String: ImportColumn] = {
        var table: [String: ImportColumn] = [:]
        for c in allCases where c != .ignored {
            for name in c.aliases + [c.label(.vi), c.label(.en)] { table[ImportColumns.key(name)] = c }
        }
        return table
    }()
}

/// Which column of a sheet is which.
public struct ImportColumns: Sendable, Equatable {
    /// The column each sheet column holds, by its index.
    public let byIndex: [Int: ImportColumn]
    /// Headers neither recognised nor mapped by hand, with their index.
    public let unrecognised: [(index: Int, header: String)]
    /// Problems with the header row itself: a column twice, a required column missing.
    public let problems: [ImportProblem]

    public static func == (a: ImportColumns, b: ImportColumns) -> Bool {
        a.byIndex == b.byIndex && a.unrecognised.map(\.index) == b.unrecognised.map(\.index) && a.problems == b.problems
    }

    public func index(of column: ImportColumn) -> Int? { byIndex.first { $0.value == column }?.key }

    /// A header as it is compared: folded, without what stands in parentheses, stars or colons.
    public static func key(_ header: String) -> String {
        var t = ""
        var depth = 0
        for ch in header {
            if ch == "(" || ch == "[" {
                depth += 1
            } else if ch == ")" || ch == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0, ch != "*", ch != ":" {
                t.append(ch)
            }
        }
        return VietnameseText.fold(t)
    }

    /// Recognises a sheet's headers; `mapping` (a header as written → a column's raw value) names
    /// the columns a person chose and overrides what was recognised. `requireCell`: the rows
    /// must name their cell (an import into a committee).
    public static func recognise(_ headers: [String], mapping: [String: String] = [:], requireCell: Bool) -> ImportColumns {
        var byIndex: [Int: ImportColumn] = [:]
        var unrecognised: [(Int, String)] = []
        var problems: [ImportProblem] = []
        let chosen = Dictionary(
            mapping.compactMap { k, v in ImportColumn(rawValue: v).map { (key(k), $0) } }, uniquingKeysWith: { a, _ in a })
        var seen: [ImportColumn: Int] = [:]
        for (i, header) in headers.enumerated() {
            let k = key(header)
            guard !k.isEmpty else { continue }
            guard let column = chosen[k] ?? ImportColumn.byHeader[k] else {
                unrecognised.append((i, header))
                continue
            }
            if column == .ignored { continue }
            if let first = seen[column], !column.isIgnored {
                problems.append(
                    ImportProblem(
                        row: nil, column: column, code: "column.twice",
                        vi: "Cột «\(column.label(.vi))» có hai lần (cột \(letters(first)) và \(letters(i))).",
                        en: "The column “\(column.label(.en))” appears twice (columns \(letters(first)) and \(letters(i)))."))
                continue
            }
            seen[column] = i
            byIndex[i] = column
        }
        var required: [ImportColumn] = [.fullName, .birthDate, .gender, .admissionDate]
        if requireCell { required.append(.cell) }
        for c in required where seen[c] == nil {
            problems.append(
                ImportProblem(
                    row: nil, column: c, code: "column.missing",
                    vi: "Thiếu cột «\(c.label(.vi))» (đặt tên cột hoặc chọn cột tương ứng).",
                    en: "The column “\(c.label(.en))” is missing (rename a column or map one to it)."))
        }
        return ImportColumns(byIndex: byIndex, unrecognised: unrecognised, problems: problems)
    }

    /// A column's letters as a spreadsheet shows them: 0 → A, 27 → AB.
    public static func letters(_ index: Int) -> String {
        var n = index + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }
}

/// What is wrong with a row (or the header, row nil), and in which column, in both languages.
public struct ImportProblem: Sendable, Equatable, Codable {
    public let row: Int?
    public let column: ImportColumn?
    public let code: String
    public let vi: String
    public let en: String

    public init(row: Int?, column: ImportColumn?, code: String, vi: String, en: String) {
        self.row = row
        self.column = column
        self.code = code
        self.vi = vi
        self.en = en
    }

    public func message(_ language: Language) -> String { language == .vi ? vi : en }

    /// "Dòng 7, cột «Ngày sinh»: …".
    public func located(_ language: Language) -> String {
        var place: [String] = []
        if let row { place.append(language == .vi ? "Dòng \(row)" : "Row \(row)") }
        if let column { place.append(language == .vi ? "cột «\(column.label(.vi))»" : "column “\(column.label(.en))”") }
        return place.isEmpty ? message(language) : place.joined(separator: ", ") + ": " + message(language)
    }
}

/// The dates a member list holds: dd/MM/yyyy and d/M/yyyy (also with "-" or "."), yyyy-MM-dd,
/// and Excel's serial numbers (days from 1900-01-00, counting Excel's 29/02/1900 that never was;
/// in a workbook of the 1904 date system, which Excel for Mac used, days from 1904-01-01).
public enum ImportDates {
    /// Days between the two systems' serial numbers of one day.
    public static let offset1904 = 1462

    public static func parse(_ raw: String, date1904: Bool = false) -> CivilDate? {
        var t = raw.trimmingCharacters(in: .whitespaces)
        if let space = t.firstIndex(of: " ") { t = String(t[..<space]) }
        if !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), t.filter({ $0 == "." }).count <= 1 {
            if let whole = Int(t.split(separator: ".").first ?? ""), t.count <= 12, !(t.count == 10 && t.contains(".")) {
                return excel(serial: date1904 ? whole + offset1904 : whole)
            }
        }
        for sep: Character in ["/", "-", "."] where t.contains(sep) {
            let parts = t.split(separator: sep, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
            if parts[0].count == 4 {
                return CivilDate(year: Int(parts[0])!, month: Int(parts[1])!, day: Int(parts[2])!)
            }
            guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
            return CivilDate(year: Int(parts[2])!, month: Int(parts[1])!, day: Int(parts[0])!)
        }
        return nil
    }

    /// Excel's 1900 date system: 1 is 01/01/1900, 60 the 29/02/1900 Lotus counted, 61 01/03/1900.
    public static func excel(serial: Int) -> CivilDate? {
        guard serial >= 1, serial != 60, serial < 2_958_466 else { return nil }
        let dayZero = CivilDate(year: 1900, month: 1, day: 1)!.dayNumber - 1
        let d = CivilDate(dayNumber: dayZero + serial - (serial > 60 ? 1 : 0))
        return CivilDate(year: d.year, month: d.month, day: d.day)
    }

    /// The serial number Excel stores for a date (the inverse of `excel(serial:)`).
    public static func serial(_ date: CivilDate) -> Int {
        let n = date.dayNumber - (CivilDate(year: 1900, month: 1, day: 1)!.dayNumber - 1)
        return n >= 60 ? n + 1 : n
    }
}
