import Foundation

/// Vietnamese text: folding for diacritic-insensitive search, and the collation key that sorts
/// names as Vietnamese lists sort them (a ă â b c d đ e ê … with tones as a second level,
/// given name first, then family name, then middle names).
public enum VietnameseText {
    /// One letter of the Vietnamese alphabet with its tone (0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng).
    struct Letter {
        let base: Character
        let tone: Int
    }

    /// The tone rows: ngang, huyền, hỏi, ngã, sắc, nặng (CLDR's secondary order for vi).
    private static let toneRows: [(Character, String)] = [
        ("a", "aàảãáạ"), ("ă", "ăằẳẵắặ"), ("â", "âầẩẫấậ"),
        ("e", "eèẻẽéẹ"), ("ê", "êềểễếệ"), ("i", "iìỉĩíị"),
        ("o", "oòỏõóọ"), ("ô", "ôồổỗốộ"), ("ơ", "ơờởỡớợ"),
        ("u", "uùủũúụ"), ("ư", "ưừửữứự"), ("y", "yỳỷỹýỵ"),
    ]

    private static let letters: [Character: Letter] = {
        var table: [Character: Letter] = [:]
        for (base, row) in toneRows {
            for (tone, ch) in row.enumerated() {
                table[ch] = Letter(base: base, tone: tone)
                for upper in String(ch).uppercased() { table[upper] = Letter(base: base, tone: tone) }
            }
        }
        table["đ"] = Letter(base: "đ", tone: 0)
        table["Đ"] = Letter(base: "đ", tone: 0)
        // Text converted from the old Vietnamese encodings (TCVN3, VNI) often carries the
        // Icelandic eth, Ð/ð (U+00D0/U+00F0), where Đ/đ was meant: it is the same letter here.
        for eth in Self.eths.keys { table[eth] = Letter(base: "đ", tone: 0) }
        return table
    }()

    /// Alphabet order; letters outside it (f, j, w, z, digits) keep a place after it.
    private static let alphabet: [Character] = Array("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz0123456789")
    private static let rank: [Character: Int] = {
        var r: [Character: Int] = [:]
        for (i, ch) in alphabet.enumerated() { r[ch] = i }
        return r
    }()

    private static let asciiBase: [Character: Character] = [
        "ă": "a", "â": "a", "đ": "d", "ê": "e", "ô": "o", "ơ": "o", "ư": "u",
    ]

    /// Letter and tone of a character, lower-cased; nil for characters outside letters and digits.
    static func letter(_ ch: Character) -> Letter? {
        if let l = letters[ch] { return l }
        let lower = Character(String(ch).lowercased())
        if let l = letters[lower] { return l }
        if rank[lower] != nil { return Letter(base: lower, tone: 0) }
        return nil
    }

    /// Lower-case, no diacritics, đ→d, single spaces: "Nguyễn  Văn Ân" → "nguyen van an".
    public static func fold(_ raw: String) -> String {
        let text = stripControls(raw)
        var out = ""
        var pendingSpace = false
        for ch in text {
            if let l = letter(ch) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(asciiBase[l.base] ?? l.base)
            } else if ch.isWhitespace || ch == "-" || ch == "," || ch == "." {
                pendingSpace = true
            } else {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                for lower in String(ch).lowercased() { out.append(lower) }
            }
        }
        return out
    }

    /// Splits a full name into words, trimmed and collapsed.
    public static func words(_ name: String) -> [String] {
        stripControls(name).split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// Removes control characters other than line breaks and tabs (a NUL cannot be stored as text).
    public static func stripControls(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 32 && $0 != "\n" && $0 != "\t" && $0 != "\r" || $0.value == 127 }) else {
            return s
        }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where !(u.value < 32 && u != "\n" && u != "\t" && u != "\r") && u.value != 127 { out.append(u) }
        return String(out)
    }

    /// What is stored as a paragraph of text (remarks, an assessment): composed, without control
    /// characters other than line breaks and tabs, trimmed; nil when blank.
    public static func normalizeText(_ text: String?) -> String? {
        let t = stripControls(text ?? "").precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    /// A paragraph that must be written (a finding, an answer): stored as `normalizeText` leaves it;
    /// refused when blank or longer than `max` characters. `vi`/`en` name it ("nội dung trả lời").
    public static func requiredText(_ text: String?, field: String, max: Int, vi: String, en: String) throws(ValidationErrors) -> String {
        guard let t = normalizeText(text) else { throw ValidationErrors([.required(field, vi: vi, en: en)]) }
        guard t.count <= max else {
            throw ValidationErrors([
                DomainError(
                    .invalid, code: "\(field).tooLong", vi: "Nội dung dài quá \(max) ký tự.",
                    en: "The text is longer than \(max) characters.",
                    field: field)
            ])
        }
        return t
    }

    /// The eth that old encodings left where Đ/đ was meant, and the letter it stands for.
    static let eths: [Character: Character] = ["Ð": "Đ", "ð": "đ"]

    /// What is stored as a name: composed (NFC, as a keyboard types it, whatever the source sent),
    /// Đ for the old encodings' eth, leading and trailing spaces removed and inner runs collapsed.
    public static func normalizeName(_ name: String) -> String {
        let composed = name.precomposedStringWithCanonicalMapping
        let spelled = composed.contains(where: { eths[$0] != nil }) ? String(composed.map { eths[$0] ?? $0 }) : composed
        return words(spelled).joined(separator: " ")
    }

    /// A key of decimal digits only, so that it sorts the same under any database collation:
    /// primary letters of given name, family name, middle names (two digits a letter, "01"
    /// between words, "00" before the tones), then one digit per letter for its tone.
    public static func sortKey(fullName: String) -> String {
        let w = words(fullName)
        guard !w.isEmpty else { return "" }
        let ordered = w.count == 1 ? w : [w[w.count - 1], w[0]] + w[1..<(w.count - 1)]
        var primary = ""
        var secondary = ""
        for (i, word) in ordered.enumerated() {
            if i > 0 { primary += "01" }
            for ch in word {
                guard let l = letter(ch), let r = rank[l.base] else { continue }
                let code = r + 2
                primary += code < 10 ? "0\(code)" : "\(code)"
                secondary += String(l.tone)
            }
        }
        return primary + "00" + secondary
    }

    /// Compares two full names as a Vietnamese list orders them.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        NameKey(a) < NameKey(b)
    }

    /// `items` in the order a Vietnamese list puts their names, each name's key computed once
    /// (`precedes` computes two keys at every comparison: about 700 keys for a province's 98
    /// communes where this computes 98).
    public static func sorted<T>(_ items: some Sequence<T>, byName name: (T) -> String) -> [T] {
        items.map { (NameKey(name($0)), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// A full name and its sort key (`sortKey(fullName:)`), ordered as a Vietnamese list orders
    /// names: by the key, then by the name itself.
    public struct NameKey: Comparable, Sendable {
        public let key: String
        public let name: String

        public init(_ name: String) {
            self.name = name
            key = VietnameseText.sortKey(fullName: name)
        }

        public static func < (a: NameKey, b: NameKey) -> Bool { a.key == b.key ? a.name < b.name : a.key < b.key }
    }

    /// The given name (last word): what a list is sorted by first.
    public static func givenName(_ fullName: String) -> String {
        words(fullName).last ?? ""
    }
}
