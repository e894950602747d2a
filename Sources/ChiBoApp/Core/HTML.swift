import ChiBoCore
import Vapor

/// A fragment of HTML. Interpolated `String`s are escaped; interpolated `HTML` is inserted as is.
/// Views are plain functions returning `HTML`, so a template context is typed Swift, not a dictionary.
public struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public var raw: String

    public init(raw: String) { self.raw = raw }
    public init(stringLiteral value: String) { raw = value }
    public init(stringInterpolation: Interpolation) { raw = stringInterpolation.raw }
    public var description: String { raw }

    public static let empty = HTML(raw: "")

    public struct Interpolation: StringInterpolationProtocol {
        var raw = ""
        public init(literalCapacity: Int, interpolationCount: Int) { raw.reserveCapacity(literalCapacity * 2) }
        public mutating func appendLiteral(_ literal: String) { raw += literal }
        public mutating func appendInterpolation(_ text: String) { raw += HTML.escape(text) }
        public mutating func appendInterpolation(_ text: String?) { raw += HTML.escape(text ?? "") }
        public mutating func appendInterpolation(_ html: HTML) { raw += html.raw }
        public mutating func appendInterpolation(_ html: [HTML]) { for h in html { raw += h.raw } }
        public mutating func appendInterpolation(_ n: Int) { raw += String(n) }
        public mutating func appendInterpolation(_ id: UUID?) { raw += id?.uuidString.lowercased() ?? "" }
        /// A date as Vietnamese pages show it: dd/MM/yyyy.
        public mutating func appendInterpolation(_ d: CivilDate?) { raw += d?.vietnamese ?? "" }
    }

    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    public static func join(_ parts: [HTML], separator: HTML = .empty) -> HTML {
        HTML(raw: parts.map(\.raw).joined(separator: separator.raw))
    }

    /// `selected`/`checked` attribute helpers.
    public static func attr(_ name: String, _ on: Bool) -> HTML { on ? HTML(raw: " \(name)") : .empty }
}

/// An HTML page with its status code.
public struct HTMLPage: AsyncResponseEncodable, Sendable {
    public var body: HTML
    public var status: HTTPStatus = .ok

    public init(_ body: HTML, status: HTTPStatus = .ok) {
        self.body = body
        self.status = status
    }

    public func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: body.raw))
    }
}
