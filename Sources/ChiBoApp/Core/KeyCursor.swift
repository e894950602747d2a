import Foundation

/// Where the next page of a list starts: the last row shown, by the list's key (a tier, a sort
/// value and a row key), carried by the "next page" link as opaque base64url text. A list paged by
/// key reads one page whatever the page's depth; an unreadable cursor (an old or edited link)
/// starts the list over instead of failing.
struct KeyCursor: Codable, Sendable, Equatable {
    var t: Int
    var s: String
    var k: String

    init(t: Int = 0, s: String, k: String) {
        self.t = t
        self.s = s
        self.k = k
    }

    init?(_ text: String?) {
        guard var b = text, !b.isEmpty, b.count <= 2_000 else { return nil } // not a rule: a cursor's size
        b = b.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b.count % 4 != 0 { b += "=" }
        guard let data = Data(base64Encoded: b), let c = try? JSONDecoder().decode(KeyCursor.self, from: data) else { return nil }
        self = c
    }

    var encoded: String {
        let data = (try? JSONEncoder().encode(self)) ?? Data()
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
