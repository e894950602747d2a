import Foundation

/// A local (Vietnam) date and time "yyyy-MM-ddTHH:mm", as meetings record their start and end.
public struct LocalDateTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let date: CivilDate
    public let hour: Int
    public let minute: Int

    public init?(date: CivilDate, hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    /// "2026-11-05T19:30" or "2026-11-05 19:30".
    public init?(parsing text: String) {
        let t = text.trimmingCharactersInSet()
        guard t.count == 16 else { return nil }
        let datePart = String(t.prefix(10)), sep = t[t.index(t.startIndex, offsetBy: 10)], timePart = String(t.suffix(5))
        guard sep == "T" || sep == " ", let d = CivilDate(parsing: datePart), let (h, m) = LocalDateTime.time(timePart) else { return nil }
        self.init(date: d, hour: h, minute: m)
    }

    /// "19:30" → (19, 30).
    public static func time(_ text: String) -> (Int, Int)? {
        let parts = text.trimmingCharactersInSet().split(separator: ":")
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
            (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        return (h, m)
    }

    public static func now(secondsSince1970 s: Double) -> LocalDateTime {
        let local = Int((s + 7 * 3600).rounded(.down))
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        let secs = local - days * 86400
        return LocalDateTime(date: CivilDate(dayNumber: days), hour: secs / 3600, minute: (secs % 3600) / 60)!
    }

    public var minutesSinceEpoch: Int { date.dayNumber * 1440 + hour * 60 + minute }
    public var iso: String { "\(date.iso)T\(CivilDate.pad(hour, 2)):\(CivilDate.pad(minute, 2))" }
    public var clock: String { "\(CivilDate.pad(hour, 2)) giờ \(CivilDate.pad(minute, 2))" }
    public var hhmm: String { "\(CivilDate.pad(hour, 2)):\(CivilDate.pad(minute, 2))" }
    public var description: String { iso }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.minutesSinceEpoch < b.minutesSinceEpoch }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let v = LocalDateTime(parsing: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "Expected yyyy-MM-ddTHH:mm, got \(s)")
        }
        self = v
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

/// What a meeting must have to be scheduled.
public struct MeetingDraft: Sendable, Equatable, Codable {
    public var kind: String?
    public var title: String?
    public var theme: String?
    public var date: String?
    public var time: String?
    public var location: String?
    public var draftContent: String?
    public var draftResolution: String?

    public init(
        kind: String? = nil, title: String? = nil, theme: String? = nil, date: String? = nil, time: String? = nil,
        location: String? = nil, draftContent: String? = nil, draftResolution: String? = nil
    ) {
        self.kind = kind
        self.title = title
        self.theme = theme
        self.date = date
        self.time = time
        self.location = location
        self.draftContent = draftContent
        self.draftResolution = draftResolution
    }

    public struct Checked: Sendable, Equatable {
        public let kind: MeetingKind
        public let title: String
        public let theme: String?
        public let date: CivilDate
        public let time: String
        public let location: String
        public let draftContent: String?
        public let draftResolution: String?
    }

    public func validated() throws(ValidationErrors) -> Checked {
        var errors: [DomainError] = []
        let k = MemberDraft.blank(kind).flatMap(MeetingKind.init(rawValue:))
        if k == nil {
            errors.append(
                DomainError(
                    .invalid, code: "kind.invalid", vi: "Chọn loại buổi sinh hoạt.",
                    en: "Choose the kind of meeting.", field: "kind"))
        }
        var d: CivilDate?
        if let t = MemberDraft.blank(date) {
            d = CivilDate(parsing: t)
            if d == nil { errors.append(.badDate("date", vi: "Ngày sinh hoạt", en: "Meeting date")) }
        } else {
            errors.append(.required("date", vi: "ngày sinh hoạt", en: "Meeting date"))
        }
        let timeText = MemberDraft.blank(time) ?? "19:30"
        var hhmm = timeText
        if let (h, m) = LocalDateTime.time(timeText) {
            hhmm = "\(CivilDate.pad(h, 2)):\(CivilDate.pad(m, 2))"
        } else {
            errors.append(
                DomainError(
                    .invalid, code: "time.invalid", vi: "Giờ không hợp lệ (ví dụ 19:30).",
                    en: "The time is not valid (e.g. 19:30).", field: "time"))
        }
        let th = VietnameseText.normalizeName(theme ?? "")
        if k == .thematic || k == .combined, th.isEmpty {
            errors.append(.required("theme", vi: "chủ đề sinh hoạt chuyên đề", en: "Theme"))
        }
        let place = VietnameseText.normalizeName(location ?? "")
        func long(_ s: String?, _ field: String, _ max: Int) -> String? {
            guard let s = MemberDraft.blank(s) else { return nil }
            if s.count > max {
                errors.append(
                    DomainError(
                        .invalid, code: "\(field).tooLong", vi: "Nội dung quá dài (tối đa \(max) ký tự).",
                        en: "Too long (\(max) characters at most).", field: field))
            }
            return s
        }
        if place.count > 200 || th.count > 300 {
            errors.append(
                DomainError(
                    .invalid, code: "text.tooLong", vi: "Địa điểm hoặc chủ đề quá dài.",
                    en: "The place or theme is too long.", field: place.count > 200 ? "location" : "theme"))
        }
        let content = long(draftContent, "draftContent", 20_000)
        let resolution = long(draftResolution, "draftResolution", 20_000)
        guard errors.isEmpty, let k, let d else { throw ValidationErrors(errors) }
        var t = VietnameseText.normalizeName(title ?? "")
        if t.isEmpty {
            t = k.label(.vi) + (k.isRegular ? " tháng \(d.month)/\(d.year)" : "") + (th.isEmpty ? "" : ": \(th)")
        }
        return Checked(
            kind: k, title: String(t.prefix(300)), theme: th.isEmpty ? nil : th, date: d, time: hhmm,
            location: place.isEmpty ? "Nhà văn hóa" : place, draftContent: content, draftResolution: resolution)
    }
}
