import Foundation

/// Text as typed in a form: blank is nothing.
enum MemberDraftBlank {
    static func of(_ s: String?) -> String? {
        guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
