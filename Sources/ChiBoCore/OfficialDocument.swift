/// An official party document (RULES.md, "Documents": HD 36-HD/VPTW, 2018; QĐ 399-QĐ/TW keeps the
/// style): its number, the place-and-date line, and the typed content `DocxWriter` lays out.

/// The number of a party document: "Số 07-NQ/CB" (HD 36): the sequence, then the document type
/// after a hyphen, then the issuer's code after a slash. Numbering restarts at 01 for each
/// document type in each committee term.
public struct DocumentNumber: Sendable, Hashable, Codable {
    /// 1, 2, …; printed with at least two digits.
    public let sequence: Int
    /// The type abbreviation: "NQ", "BB", … (`DocumentRules.documentTypes`).
    public let type: String
    /// The issuer's code: "CB" for a cell (chi bộ).
    public let issuerCode: String

    public init(sequence: Int, type: String, issuerCode: String) {
        self.sequence = sequence
        self.type = type
        self.issuerCode = issuerCode
    }

    /// "07-NQ/CB".
    public var code: String {
        "\(CivilDate.pad(sequence, 2))-\(type)/\(issuerCode)"
    }

    /// "Số 07-NQ/CB", as printed under the issuer.
    public var text: String { "Số " + code }

    /// Reads a number as written ("07-NQ/CB", with or without "Số "); nil when it is not one.
    public static func parse(_ written: String) -> DocumentNumber? {
        var code = Substring(written.trimmingCharactersInSet())
        if code.hasPrefix("Số ") { code = code.dropFirst(3) }
        let dash = code.split(separator: "-", maxSplits: 1)
        guard dash.count == 2, let seq = Int(dash[0]), seq > 0 else { return nil }
        let slash = dash[1].split(separator: "/", maxSplits: 1)
        guard slash.count == 2, !slash[0].isEmpty, !slash[1].isEmpty, !slash[1].contains(" ") else { return nil }
        return DocumentNumber(sequence: seq, type: String(slash[0]), issuerCode: String(slash[1]))
    }

    /// Whether the type is one the rules know and the rest is filled in.
    public func isValid(under rules: DocumentRules) -> Bool {
        sequence >= 1 && rules.documentTypes.contains(type) && !issuerCode.isEmpty
    }

    /// The next number of `type` for `issuerCode`, given the numbers already issued in the
    /// current committee term (numbering restarts at 01 each term, separately for each type).
    public static func next(type: String, issuerCode: String, issuedThisTerm: [DocumentNumber]) -> DocumentNumber {
        let last =
            issuedThisTerm
            .filter { $0.type == type && $0.issuerCode == issuerCode }
            .map(\.sequence)
            .max() ?? 0
        return DocumentNumber(sequence: last + 1, type: type, issuerCode: issuerCode)
    }
}

/// The place-and-date line, printed in italics under "ĐẢNG CỘNG SẢN VIỆT NAM".
public enum PlaceDate {
    /// "Thượng Lâm, ngày 05 tháng 02 năm 2026".
    ///
    /// Padding as RULES.md states the HD 36 rule: a day below 10 takes a leading zero
    /// ("ngày 05"); months 1 and 2 take one ("tháng 01", "tháng 02"), so that nobody can add a
    /// digit and turn them into 11 or 12; months 3 to 12 are printed as they are ("tháng 3",
    /// "tháng 12"). The year is printed in full.
    public static func line(place: String, date: CivilDate) -> String {
        "\(place), \(dayMonthYear(date))"
    }

    /// "ngày 05 tháng 02 năm 2026", the same padding without the place.
    public static func dayMonthYear(_ date: CivilDate) -> String {
        let day = CivilDate.pad(date.day, 2)
        let month = date.month <= 2 ? CivilDate.pad(date.month, 2) : String(date.month)
        return "ngày \(day) tháng \(month) năm \(date.year)"
    }
}

/// One signature: who signs on whose behalf, their title, their name.
public struct SignatureBlock: Sendable, Hashable {
    /// "T/M CHI BỘ" (thay mặt: on behalf of the cell), or nil when one signs in one's own role.
    public let onBehalf: String?
    /// "BÍ THƯ", "CHỦ TRÌ", "THƯ KÝ". Printed in capitals.
    public let title: String
    /// The signer's full name, printed as given.
    public let name: String

    public init(onBehalf: String? = nil, title: String, name: String) {
        self.onBehalf = onBehalf
        self.title = title
        self.name = name
    }

    /// A resolution's signature (RULES.md): "T/M CHI BỘ / BÍ THƯ", on the right.
    public static func resolution(secretary name: String, title: String = "BÍ THƯ") -> [SignatureBlock] {
        [SignatureBlock(onBehalf: "T/M CHI BỘ", title: title, name: name)]
    }

    /// The minutes' signatures (RULES.md: "signatures of chair and meeting secretary").
    /// RULES.md does not say which side is whose; we follow the usual presentation of minutes
    /// (the meeting secretary who wrote them on the left, the chair on the right, where a single
    /// signer of a document would sign), so the list is [secretary, chair].
    public static func minutes(chair: String, secretary: String) -> [SignatureBlock] {
        [
            SignatureBlock(title: "THƯ KÝ", name: secretary),
            SignatureBlock(title: "CHỦ TRÌ", name: chair),
        ]
    }
}

/// A piece of a document's body.
public enum Block: Sendable, Hashable {
    /// A section heading in bold: "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG TRƯỚC".
    case heading(String)
    /// A justified paragraph with a first-line indent. A "\n" inside breaks the line.
    case paragraph(String)
    /// An item of a list, printed after a dash: "- …".
    case bullet(String)
    /// A bold label, then the text: "Chủ trì: đồng chí …". A colon is added after the label
    /// unless it ends with one already.
    case labelled(label: String, text: String)
    /// A ruled table with a bold header row; short rows are padded with empty cells.
    case table(header: [String], rows: [[String]])
}

/// An official document of a cell: a resolution (NGHỊ QUYẾT), minutes (BIÊN BẢN), a report, ….
public struct OfficialDocument: Sendable, Hashable {
    /// The superior body, top left: "ĐẢNG BỘ XÃ THƯỢNG LÂM". Printed in capitals.
    public var superior: String
    /// The issuer, top left in bold: "CHI BỘ THÔN NÀ THUÔN". Printed in capitals.
    public var issuer: String
    /// "Số 07-NQ/CB", under the issuer, when the document is numbered.
    public var number: DocumentNumber?
    /// The place of the place-and-date line: "Thượng Lâm".
    public var place: String
    public var date: CivilDate
    /// "NGHỊ QUYẾT", "BIÊN BẢN". Printed in capitals.
    public var title: String
    /// What it is about, under the title in bold: "Sinh hoạt chi bộ định kỳ tháng 11 năm 2026".
    public var subtitle: String?
    public var body: [Block]
    /// The signatures, laid out left to right in this order; a single one sits in the right
    /// half. See `SignatureBlock.resolution` and `SignatureBlock.minutes`.
    public var signatures: [SignatureBlock]
    /// The "Nơi nhận:" list, each line as printed ("- Đảng ủy xã (để b/c),", "- Lưu chi bộ.").
    /// Empty for minutes.
    public var recipients: [String]

    public init(
        superior: String, issuer: String, number: DocumentNumber? = nil, place: String,
        date: CivilDate, title: String, subtitle: String? = nil, body: [Block],
        signatures: [SignatureBlock], recipients: [String] = []
    ) {
        self.superior = superior
        self.issuer = issuer
        self.number = number
        self.place = place
        self.date = date
        self.title = title
        self.subtitle = subtitle
        self.body = body
        self.signatures = signatures
        self.recipients = recipients
    }

    /// The place-and-date line of this document.
    public var placeDateLine: String { PlaceDate.line(place: place, date: date) }
}

/// The place name of the date line, from the name of the committee the cell belongs to.
public enum MeetingPlace {
    /// "Đảng bộ xã Thượng Lâm" → "Thượng Lâm"; "ĐẢNG ỦY PHƯỜNG HÀ ĐÔNG" → "Hà Đông"; an agency's
    /// committee ("Đảng bộ Cơ quan Sở Y tế") keeps its own name.
    public static func of(_ committee: String) -> String {
        let words = VietnameseText.words(committee)
        var i = 0
        func folded(_ k: Int) -> String { k < words.count ? VietnameseText.fold(words[k]) : "" }
        if folded(0) == "dang" && ["bo", "uy"].contains(folded(1)) { i = 2 } else if folded(0) == "chi" && folded(1) == "bo" { i = 2 }
        let levels: [[String]] = [
            ["xa"], ["phuong"], ["thi", "tran"], ["thi", "xa"], ["thanh", "pho"], ["tinh"], ["huyen"], ["quan"], ["dac", "khu"],
        ]
        for level in levels where (0..<level.count).allSatisfy({ folded(i + $0) == level[$0] }) {
            i += level.count
            break
        }
        let rest = words[min(i, words.count)...]
        guard !rest.isEmpty else { return committee }
        // Restore ordinary capitalisation if the name was written in capitals.
        return rest.map { w in w == w.uppercased() && w.count > 1 ? w.prefix(1) + w.dropFirst().lowercased() : w }.joined(separator: " ")
    }
}
