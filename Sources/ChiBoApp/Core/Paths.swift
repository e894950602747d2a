import Foundation
import ChiBoCore

/// Every page's address in one place: routes are registered with these segments and links are
/// built from these functions, so a URL is never spelled twice.
enum Paths {
    static let home = "/"
    static let loginPath = "/login"
    static let logout = "/logout"
    static let units = "/units"
    static let members = "/members"
    static let accounts = "/accounts"
    static let rulebook = "/rulebook"
    static let audit = "/audit"
    static let account = "/account"
    static let demo = "/admin/demo"

    static func login(next: String? = nil) -> String {
        guard let next, next != "/", safeBack(next) != nil else { return loginPath }
        return loginPath + "?next=" + encode(next)
    }
    static func unit(_ id: UUID?) -> String { "/units/\(id.lowercased)" }
    static func unitEdit(_ id: UUID?) -> String { "/units/\(id.lowercased)/edit" }
    static func unitMove(_ id: UUID?) -> String { "/units/\(id.lowercased)/move" }
    static func unitOfficers(_ id: UUID?) -> String { "/units/\(id.lowercased)/officers" }
    static func unitOfficerEnd(_ id: UUID?, _ officer: UUID?) -> String { "/units/\(id.lowercased)/officers/\(officer.lowercased)/end" }
    static func newUnit(parent: UUID?) -> String { "/units/new" + (parent.map { "?parent=\($0.uuidString.lowercased())" } ?? "") }
    static func member(_ id: UUID?) -> String { "/members/\(id.lowercased)" }
    static func memberEdit(_ id: UUID?) -> String { "/members/\(id.lowercased)/edit" }
    static func memberMove(_ id: UUID?) -> String { "/members/\(id.lowercased)/move" }
    static func memberExemption(_ id: UUID?) -> String { "/members/\(id.lowercased)/exemption" }
    static func memberExemptionEnd(_ id: UUID?) -> String { "/members/\(id.lowercased)/exemption/end" }
    static func memberTransfer(_ id: UUID?) -> String { "/members/\(id.lowercased)/transfer" }
    static func memberTransferEnd(_ id: UUID?) -> String { "/members/\(id.lowercased)/transfer/end" }
    static func newMember(unit: UUID?) -> String { "/members/new" + (unit.map { "?unit=\($0.uuidString.lowercased())" } ?? "") }
    static func memberSearch(q: String? = nil, unit: UUID? = nil, page: Int? = nil) -> String {
        var parts: [String] = []
        if let q, !q.isEmpty { parts.append("q=" + encode(q)) }
        if let unit { parts.append("unit=" + unit.uuidString.lowercased()) }
        if let page, page > 1 { parts.append("page=\(page)") }
        return members + (parts.isEmpty ? "" : "?" + parts.joined(separator: "&"))
    }
    static func newAccount(unit: UUID? = nil, member: UUID? = nil) -> String {
        var parts: [String] = []
        if let unit { parts.append("unit=" + unit.uuidString.lowercased()) }
        if let member { parts.append("member=" + member.uuidString.lowercased()) }
        return "/accounts/new" + (parts.isEmpty ? "" : "?" + parts.joined(separator: "&"))
    }
    static func accountPassword(_ id: UUID?) -> String { "/accounts/\(id.lowercased)/password" }
    static func language(_ code: String, back: String) -> String { "/lang/\(code)?back=" + encode(back) }
    static func auditFor(_ id: UUID?) -> String { audit + "?entity=" + id.lowercased }

    /// A same-site relative path to go back to, or nil (never an absolute or protocol-relative URL).
    static func safeBack(_ s: String?) -> String? {
        guard let s, s.hasPrefix("/"), !s.hasPrefix("//"), !s.contains("\\"), s.count < 500,
              !s.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 32 || $0.value == 127 }) else { return nil }
        return s
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

extension Optional where Wrapped == UUID {
    var lowercased: String { self?.uuidString.lowercased() ?? "" }
}

extension Paths {
    static func unitMeetings(_ id: UUID?, year: Int? = nil) -> String {
        "/units/\(id.lowercased)/meetings" + (year.map { "?year=\($0)" } ?? "")
    }
    /// A unit's statistics page (or `.csv`/`.xlsx` with `format`), for a period when given.
    static func unitStatistics(_ id: UUID?, _ period: ReportPeriod? = nil, format: String = "") -> String {
        "/units/\(id.lowercased)/statistics" + (format.isEmpty ? "" : "." + format) + (period.map { "?" + $0.query } ?? "")
    }
    static func unitMeetingsPlan(_ id: UUID?) -> String { "/units/\(id.lowercased)/meetings/plan" }
    static func meeting(_ id: UUID?) -> String { "/meetings/\(id.lowercased)" }
    static func meetingAction(_ id: UUID?, _ action: String) -> String { "/meetings/\(id.lowercased)/\(action)" }
    static func meetingItem(_ id: UUID?, _ item: UUID?, _ action: String) -> String {
        "/meetings/\(id.lowercased)/agenda/\(item.lowercased)/\(action)"
    }
    static func meetingVote(_ id: UUID?, _ vote: UUID?, _ action: String) -> String {
        "/meetings/\(id.lowercased)/votes/\(vote.lowercased)/\(action)"
    }
    static func taskClose(_ id: UUID?) -> String { "/tasks/\(id.lowercased)/close" }
    static func attachment(_ meeting: UUID?, _ id: UUID?) -> String { "/meetings/\(meeting.lowercased)/attachments/\(id.lowercased)" }
}
