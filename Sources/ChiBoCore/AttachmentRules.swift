/// Documents attached to a meeting: what is accepted, recognised by content, not by name alone.
public enum AttachmentRules {
    public static let maxBytes = 5 * 1024 * 1024

    public enum Kind: String, Sendable, CaseIterable {
        case pdf, docx, jpeg, png

        public var mimeType: String {
            switch self {
            case .pdf: "application/pdf"
            case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            case .jpeg: "image/jpeg"
            case .png: "image/png"
            }
        }

        public var extensions: [String] {
            switch self {
            case .pdf: ["pdf"]
            case .docx: ["docx"]
            case .jpeg: ["jpg", "jpeg"]
            case .png: ["png"]
            }
        }
    }

    /// Checks size, name and content; returns the kind and a safe file name.
    public static func check(filename raw: String, bytes: [UInt8]) throws(DomainError) -> (Kind, String) {
        if bytes.isEmpty {
            throw DomainError(.invalid, code: "file.empty", vi: "Tệp rỗng.", en: "The file is empty.", field: "file")
        }
        if bytes.count > maxBytes {
            throw DomainError(
                .invalid, code: "file.tooLarge", vi: "Tệp quá lớn (tối đa 5 MB).", en: "The file is too large (5 MB at most).",
                field: "file")
        }
        let name = safeName(raw)
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard let kind = detect(bytes) else {
            throw DomainError(
                .invalid, code: "file.type", vi: "Chỉ nhận tệp PDF, DOCX, JPG hoặc PNG.",
                en: "Only PDF, DOCX, JPG or PNG files are accepted.", field: "file")
        }
        guard kind.extensions.contains(ext) else {
            throw DomainError(
                .invalid, code: "file.mismatch", vi: "Phần mở rộng của tên tệp không khớp với nội dung tệp.",
                en: "The file name's extension does not match its content.", field: "file")
        }
        return (kind, name)
    }

    static func detect(_ b: [UInt8]) -> Kind? {
        func starts(_ sig: [UInt8]) -> Bool { b.count >= sig.count && Array(b.prefix(sig.count)) == sig }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x50, 0x4B, 0x03, 0x04]), contains(b, Array("word/document.xml".utf8)), contains(b, Array("[Content_Types].xml".utf8)) {
            return .docx
        }
        return nil
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first && Array(haystack[i..<(i + needle.count)]) == needle { return true }
            i += 1
        }
        return false
    }

    /// The last path component, without control characters or quotes, at most 120 characters.
    public static func safeName(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(last.filter { !$0.isNewline && $0 != "\"" && !($0.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) })
            .trimmingCharactersInSet()
        let name = cleaned.isEmpty ? "tai-lieu" : cleaned
        return String(name.suffix(120))
    }
}
