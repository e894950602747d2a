/// Meetings (RULES.md, "Meetings"): kinds, the running order, what is due, how long a meeting must last.

public enum MeetingKind: String, Sendable, CaseIterable, Codable, Labelled {
    /// Sinh hoạt thường kỳ: monthly.
    case regular
    /// Sinh hoạt chuyên đề: at least once a quarter; never replaces the monthly one.
    case thematic
    /// Thematic and regular in one session (≥ 120 minutes).
    case combined
    /// The cell committee's preparation meeting (chi ủy).
    case committee
    /// Sinh hoạt bất thường.
    case extraordinary
    /// Sinh hoạt điểm: a showcase meeting attended by a working group from above.
    case model

    /// Counts as the month's regular meeting.
    public var isRegular: Bool { self == .regular || self == .combined || self == .model }
    /// Counts as the quarter's thematic meeting.
    public var isThematic: Bool { self == .thematic || self == .combined }

    public func minimumMinutes(_ rules: MeetingRules) -> Int? {
        switch self {
        case .combined: rules.combinedMinimumMinutes
        case .regular, .thematic, .model: rules.minimumMinutes
        case .committee, .extraordinary: nil
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.regular, .vi): "Sinh hoạt thường kỳ"
        case (.regular, .en): "Regular meeting"
        case (.thematic, .vi): "Sinh hoạt chuyên đề"
        case (.thematic, .en): "Thematic meeting"
        case (.combined, .vi): "Thường kỳ kết hợp chuyên đề"
        case (.combined, .en): "Regular and thematic"
        case (.committee, .vi): "Họp chi ủy chuẩn bị"
        case (.committee, .en): "Committee preparation"
        case (.extraordinary, .vi): "Sinh hoạt bất thường"
        case (.extraordinary, .en): "Extraordinary meeting"
        case (.model, .vi): "Sinh hoạt điểm"
        case (.model, .en): "Model meeting"
        }
    }
}

public enum MeetingStatus: String, Sendable, CaseIterable, Codable, Labelled {
    case planned
    /// Members and the superior's representative have been notified.
    case notified
    case open
    /// Ended; minutes not yet approved.
    case ended
    /// Minutes approved by the cell and locked.
    case locked
    case cancelled

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.planned, .vi): "Dự kiến"
        case (.planned, .en): "Planned"
        case (.notified, .vi): "Đã thông báo"
        case (.notified, .en): "Notified"
        case (.open, .vi): "Đang họp"
        case (.open, .en): "In session"
        case (.ended, .vi): "Đã kết thúc, chờ thông qua biên bản"
        case (.ended, .en): "Ended, minutes to approve"
        case (.locked, .vi): "Biên bản đã thông qua"
        case (.locked, .en): "Minutes approved"
        case (.cancelled, .vi): "Hủy"
        case (.cancelled, .en): "Cancelled"
        }
    }
}

/// The running order of a regular meeting (HD 42), the agenda template a secretary edits.
public enum AgendaTemplate {
    public static func items(for kind: MeetingKind, theme: String?) -> [String] {
        let opening =
            "Khai mạc: thu đảng phí; báo cáo số lượng đảng viên (chính thức, dự bị, miễn sinh hoạt, có mặt, vắng có lý do); thông qua chương trình; cử thư ký; giới thiệu đại biểu"
        let closing =
            "Chủ trì kết luận; biểu quyết nghị quyết; khen, nhắc nhở; đánh giá chất lượng buổi sinh hoạt; thư ký đọc biên bản, chi bộ thông qua; bế mạc"
        let regular = [
            "Thông tin thời sự, chủ trương, chính sách mới",
            "Tình hình tư tưởng của đảng viên",
            "Kết quả thực hiện nghị quyết tháng trước",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Ý kiến phản ánh của đảng viên và nhân dân",
            "Nhiệm vụ tháng tới, phân công đảng viên",
            "Thảo luận, phê bình và tự phê bình",
            "Ý kiến của đại diện cấp ủy cấp trên",
        ]
        let thematic = [
            "Trình bày chuyên đề" + (theme.map { ": \($0)" } ?? ""),
            "Thảo luận chuyên đề",
            "Kết luận chuyên đề",
        ]
        switch kind {
        case .regular, .model, .extraordinary: return [opening] + regular + [closing]
        case .thematic: return [opening] + thematic + [closing]
        case .combined: return [opening] + regular + thematic + [closing]
        case .committee: return ["Thống nhất nội dung, dự thảo nghị quyết sinh hoạt chi bộ", "Phân công chuẩn bị"]
        }
    }
}

/// A duration check: flagged, never forbidden.
public struct DurationCheck: Sendable, Equatable, Codable {
    public let minutes: Int
    public let minimum: Int?
    public var tooShort: Bool { minimum.map { minutes < $0 } ?? false }

    public static func check(kind: MeetingKind, minutes: Int, rules: MeetingRules) -> DurationCheck {
        DurationCheck(minutes: minutes, minimum: kind.minimumMinutes(rules))
    }
}

/// Whether a month's regular meeting or a quarter's thematic meeting is done, due or late.
public enum DueState: String, Sendable, Codable, Labelled {
    case held
    /// Planned or not yet, and the period is still running (or in the future).
    case due
    /// The period is over and no meeting was held.
    case late

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.held, .vi): "Đã sinh hoạt"
        case (.held, .en): "Held"
        case (.due, .vi): "Chưa đến hạn / đang chờ"
        case (.due, .en): "Due"
        case (.late, .vi): "Quá hạn, chưa sinh hoạt"
        case (.late, .en): "Late, not held"
        }
    }
}

public struct MeetingObligations: Sendable, Equatable, Codable {
    public struct Month: Sendable, Equatable, Codable {
        public let month: Int
        public let state: DueState
    }
    public struct Quarter: Sendable, Equatable, Codable {
        public let quarter: Int
        public let required: Int
        public let held: Int
        public let state: DueState
    }
    public let year: Int
    public let months: [Month]
    public let quarters: [Quarter]

    public var lateCount: Int { months.filter { $0.state == .late }.count + quarters.filter { $0.state == .late }.count }

    /// `held`: (kind, date) of the meetings that actually took place (ended or locked) in the year.
    public static func compute(year: Int, held: [(MeetingKind, CivilDate)], today: CivilDate, rules: MeetingRules) -> MeetingObligations {
        var months: [Month] = []
        for m in 1...12 {
            let done = held.contains { $0.0.isRegular && $0.1.year == year && $0.1.month == m }
            let lastDay = CivilDate(year: year, month: m, day: CivilDate.daysIn(month: m, year: year))!
            months.append(Month(month: m, state: done ? .held : (today > lastDay ? .late : .due)))
        }
        var quarters: [Quarter] = []
        for q in 1...4 {
            let n = held.filter { $0.0.isThematic && $0.1.year == year && ($0.1.month - 1) / 3 + 1 == q }.count
            let end = CivilDate(year: year, month: q * 3, day: CivilDate.daysIn(month: q * 3, year: year))!
            let state: DueState = n >= rules.thematicPerQuarter ? .held : (today > end ? .late : .due)
            quarters.append(Quarter(quarter: q, required: rules.thematicPerQuarter, held: n, state: state))
        }
        return MeetingObligations(year: year, months: months, quarters: quarters)
    }
}

/// Notice given to members before a meeting: documents at least N days before (a warning if later).
public enum NoticeRules {
    public static func isLate(notified: CivilDate, meeting: CivilDate, rules: MeetingRules) -> Bool {
        meeting.dayNumber - notified.dayNumber < rules.documentsDaysBefore
    }
}

/// The meeting's self-assessed quality (local 100-point rubric: Tốt ≥ 90, Khá ≥ 70, Trung bình ≥ 50).
public enum MeetingQuality: String, Sendable, CaseIterable, Codable, Labelled {
    case good, fair, average, poor

    public static func from(score: Int, local: LocalSettings) -> MeetingQuality {
        if score >= local.qualityGoodFrom { return .good }
        if score >= local.qualityFairFrom { return .fair }
        if score >= local.qualityAverageFrom { return .average }
        return .poor
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.good, .vi): "Tốt"
        case (.good, .en): "Good"
        case (.fair, .vi): "Khá"
        case (.fair, .en): "Fair"
        case (.average, .vi): "Trung bình"
        case (.average, .en): "Average"
        case (.poor, .vi): "Kém"
        case (.poor, .en): "Poor"
        }
    }
}

/// Attendance of a meeting with the rulebook's exclusions: exempt members and members away
/// are not expected; visiting members attend but are not counted.
public struct AttendanceSummary: Sendable, Equatable, Codable {
    public var expected = 0
    public var present = 0
    public var late = 0
    public var excused = 0
    public var unexcused = 0
    public var exemptPresent = 0
    public var visitingPresent = 0

    public init() {}

    public static func compute(_ roll: [RollMember]) -> AttendanceSummary {
        var s = AttendanceSummary()
        for m in roll {
            if m.transfer == .incoming {
                if m.attended { s.visitingPresent += 1 }
                continue
            }
            // Away, or suspended (not expected at meetings while it lasts).
            if m.transfer == .outgoing || m.suspended { continue }
            if m.exempt {
                if m.attended { s.exemptPresent += 1 }
                continue
            }
            s.expected += 1
            switch m.attendance {
            case .present: s.present += 1
            case .late: s.late += 1
            case .excused: s.excused += 1
            case .unexcused, nil: s.unexcused += 1
            }
        }
        return s
    }

    /// Attended of expected, percent with one decimal (rounded half up), nil when nobody is expected.
    public var ratePermille: Int? {
        guard expected > 0 else { return nil }
        return ((present + late) * 2000 + expected) / (2 * expected)
    }

    public func meetsRule(_ rules: MeetingRules) -> Bool {
        guard expected > 0 else { return true }
        return (present + late) * 100 > rules.attendanceAbovePercent * expected
    }
}
