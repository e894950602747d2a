/// CSV as a spreadsheet opens it safely: RFC 4180 quoting, and text cells that a spreadsheet would
/// run as a formula made inert.
public enum CSVWriter {
    /// The rows as CSV (UTF-8 with a byte-order mark so spreadsheets read the diacritics; CRLF lines).
    public static func document(_ rows: [[SpreadsheetCell]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One cell: a number as it is (negative numbers stay numbers); a text starting with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it instead
    /// of evaluating it (`=HYPERLINK(…)` in a unit's name); then quoted when it must be.
    public static func field(_ cell: SpreadsheetCell) -> String {
        switch cell {
        case .number, .decimal:
            return cell.plain
        case .text(let s):
            return quoted(neutralised(s))
        }
    }

    /// The characters a spreadsheet reads at the start of a cell as the start of a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    public static func neutralised(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, formulaStarts.contains(Character(first)) else { return s }
        return "'" + s
    }

    static func quoted(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
