/// What a member search looks for, from the text typed: folded as the stored `search_name` is
/// (`VietnameseText.fold`: lower case, no diacritics, đ → d), a card number when it is all digits,
/// and the bounds and patterns the three tiers of a name search use (the exact full name, the
/// names it starts, the names where it starts a later word).
public struct MemberSearchText: Sendable, Equatable {
    /// The folded text, without double quotes (they would end an FTS5 phrase).
    public let folded: String

    public init(_ raw: String) {
        folded = VietnameseText.fold(raw).filter { $0 != "\"" }
    }

    public var isEmpty: Bool { folded.isEmpty }

    /// A card number (số thẻ đảng viên) is looked up by its digits.
    public var isCardNumber: Bool { !folded.isEmpty && folded.allSatisfy { $0.isASCII && $0.isNumber } }

    /// Whether a word search can match anything (the text holds a letter or a digit).
    public var hasWords: Bool { folded.contains { $0.isLetter || $0.isNumber } }

    /// The least text after every text starting with `folded` (its last character's successor):
    /// names starting with the text are those in `[folded, prefixEnd)`, compared byte by byte.
    public var prefixEnd: String { Self.successor(folded) }

    /// `LIKE` pattern on `' ' || search_name`: the text starts a word ("van an" in "nguyen van an").
    public var wordPattern: String { "% " + folded.filter { !"%_\\".contains($0) } + "%" }

    /// `LIKE` pattern on `search_name` anywhere (what a trigram index serves).
    public var anywherePattern: String { "%" + folded.filter { !"%_\\".contains($0) } + "%" }

    /// FTS5 query: the words in order, the last one a prefix (`"van an"*`).
    public var phrase: String { "\"" + folded + "\"*" }

    static func successor(_ prefix: String) -> String {
        var scalars = Array(prefix.unicodeScalars)
        while let last = scalars.popLast() {
            var v = last.value + 1
            if (0xD800...0xDFFF).contains(v) { v = 0xE000 }
            if let next = Unicode.Scalar(v) {
                scalars.append(next)
                var out = String.UnicodeScalarView()
                out.append(contentsOf: scalars)
                return String(out)
            }
        }
        return prefix + "\u{10FFFF}"
    }
}
