/// The cell secretary's monthly report to the commune committee (trực báo; RULES.md, "Oversight
/// from above"; seed 002: "tổ chức trực báo Bí thư chi bộ hàng tháng để nắm bắt tình hình tư tưởng
/// của cán bộ, đảng viên và nhân dân"): members' thinking, public opinion, pressing issues, results
/// and proposals, due each month on a local day (`LocalSettings.monthlyReportDueDay`). Lateness is
/// counted in calendar days: the due day is a day of the month, not a period in working days.

/// A section of the report, in the order it is written.
public enum MonthlyReportSection: String, Sendable, CaseIterable, Codable, Labelled {
    case membersThinking = "members_thinking"
    case publicOpinion = "public_opinion"
    case hotIssues = "hot_issues"
    case results
    case proposals

    /// The input field of the section in forms and the API.
    public var field: String {
        switch self {
        case .membersThinking: "membersThinking"
        case .publicOpinion: "publicOpinion"
        case .hotIssues: "hotIssues"
        case .results: "results"
        case .proposals: "proposals"
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.membersThinking, .vi): "Tình hình tư tưởng đảng viên"
        case (.membersThinking, .en): "Members' thinking"
        case (.publicOpinion, .vi): "Dư luận trong nhân dân"
        case (.publicOpinion, .en): "Public opinion"
        case (.hotIssues, .vi): "Vấn đề nổi cộm"
        case (.hotIssues, .en): "Pressing issues"
        case (.results, .vi): "Kết quả thực hiện nhiệm vụ"
        case (.results, .en): "Results of the tasks"
        case (.proposals, .vi): "Đề xuất, kiến nghị"
        case (.proposals, .en): "Proposals and petitions"
        }
    }
}

/// A monthly report as the secretary writes it, before it is submitted.
public struct MonthlyReportDraft: Sendable, Equatable {
    /// The month reported on.
    public var month: ReportPeriod.YearMonth
    /// The text of each section; a section left out or blank is not written.
    public var texts: [MonthlyReportSection: String]
    /// Pressing incidents in the month (vụ việc nổi cộm).
    public var hotIssueCount: Int
    /// Proposals and petitions put to the committee.
    public var proposalCount: Int

    public static let maxSectionLength = 4000
    public static let maxCount = 999

    public init(
        month: ReportPeriod.YearMonth, texts: [MonthlyReportSection: String] = [:], hotIssueCount: Int = 0, proposalCount: Int = 0
    ) {
        self.month = month
        self.texts = texts
        self.hotIssueCount = hotIssueCount
        self.proposalCount = proposalCount
    }

    /// The text of a section as stored (control characters removed, composed, trimmed); nil when blank.
    public func text(_ section: MonthlyReportSection) -> String? { VietnameseText.normalizeText(texts[section]) }

    /// The sections written, in order.
    public var written: [MonthlyReportSection] { MonthlyReportSection.allCases.filter { text($0) != nil } }

    /// Checks the draft: a real month not after `today`'s, at least one section written, none longer
    /// than `maxSectionLength`, both counts from 0 to `maxCount`. Every problem at once.
    public func check(today: CivilDate) throws(ValidationErrors) {
        var errors: [DomainError] = []
        if !(1...12).contains(month.month) {
            errors.append(
                DomainError(
                    .invalid, code: "monthlyReport.month.invalid", vi: "Tháng báo cáo không hợp lệ.",
                    en: "The month is not valid.", field: "month"))
        } else if month > ReportPeriod.YearMonth(today.year, today.month) {
            errors.append(
                DomainError(
                    .invalid, code: "monthlyReport.month.future",
                    vi: "Chưa đến tháng \(CivilDate.pad(month.month, 2))/\(month.year); không báo cáo trước.",
                    en: "\(month.key) has not begun; it cannot be reported on yet.", field: "month"))
        }
        if written.isEmpty {
            errors.append(
                DomainError(
                    .invalid, code: "monthlyReport.empty", vi: "Báo cáo chưa có nội dung: cần viết ít nhất một mục.",
                    en: "The report is empty: write at least one section.", field: MonthlyReportSection.membersThinking.field))
        }
        for section in MonthlyReportSection.allCases {
            if let t = text(section), t.count > Self.maxSectionLength {
                errors.append(
                    DomainError(
                        .invalid, code: "monthlyReport.section.tooLong",
                        vi: "Mục “\(section.label(.vi))” dài quá \(Self.maxSectionLength) ký tự.",
                        en: "“\(section.label(.en))” is longer than \(Self.maxSectionLength) characters.", field: section.field))
            }
        }
        for (field, count, vi, en) in [
            ("hotIssueCount", hotIssueCount, "Số vụ việc nổi cộm", "The number of pressing incidents"),
            ("proposalCount", proposalCount, "Số đề xuất, kiến nghị", "The number of proposals"),
        ] where !(0...Self.maxCount).contains(count) {
            errors.append(
                DomainError(
                    .invalid, code: "monthlyReport.\(field).range", vi: "\(vi) phải từ 0 đến \(Self.maxCount).",
                    en: "\(en) must be from 0 to \(Self.maxCount).", field: field))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }
}

/// Where a cell's report for a month stands on a day.
public enum MonthlyReportState: Sendable, Hashable, Labelled {
    /// The month has not begun.
    case notYetDue
    /// The month has begun and its due day is today or later; not submitted yet.
    case due
    /// Submitted on or before the due day.
    case onTime
    /// Submitted after the due day, by this many calendar days.
    case late(daysLate: Int)
    /// The due day has passed and nothing was submitted.
    case missing

    /// A stable code for the API and styles: "not_yet_due", "due", "on_time", "late", "missing".
    public var code: String {
        switch self {
        case .notYetDue: "not_yet_due"
        case .due: "due"
        case .onTime: "on_time"
        case .late: "late"
        case .missing: "missing"
        }
    }

    /// The state a `code` names (with the days late of `late`); nil for a code it does not know.
    public init?(code: String, daysLate: Int? = nil) {
        switch code {
        case "not_yet_due": self = .notYetDue
        case "due": self = .due
        case "on_time": self = .onTime
        case "late": self = .late(daysLate: daysLate ?? 0)
        case "missing": self = .missing
        default: return nil
        }
    }

    public var isSubmitted: Bool {
        switch self {
        case .onTime, .late: true
        case .notYetDue, .due, .missing: false
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.notYetDue, .vi): "Chưa đến kỳ báo cáo"
        case (.notYetDue, .en): "Not yet due"
        case (.due, .vi): "Chưa nộp — còn trong hạn"
        case (.due, .en): "Not submitted — still in time"
        case (.onTime, .vi): "Đúng hạn"
        case (.onTime, .en): "On time"
        case (.late(let n), .vi): "Nộp muộn \(n) ngày"
        case (.late(let n), .en): "Submitted \(n) day\(n == 1 ? "" : "s") late"
        case (.missing, .vi): "Chưa nộp — quá hạn"
        case (.missing, .en): "Not submitted — overdue"
        }
    }
}

/// When a monthly report is due, and where it stands.
public enum MonthlyReportRules {
    /// The due date of `month`'s report: its `dueDay` (`LocalSettings.monthlyReportDueDay`), clamped
    /// to the month's days (the 31st is the 28th or 29th in February; below 1 is the 1st).
    public static func due(month: ReportPeriod.YearMonth, dueDay: Int) -> CivilDate {
        let m = month.adding(months: 0) // normalised: a month 13 is January of the next year
        let day = min(max(dueDay, 1), CivilDate.daysIn(month: m.month, year: m.year))
        return CivilDate(year: m.year, month: m.month, day: day)!
    }

    /// Where `month`'s report stands on `today`: submitted on time or how many days late; else not
    /// yet due before the month begins, due until its due date, missing after.
    public static func state(
        month: ReportPeriod.YearMonth, submittedOn: CivilDate?, today: CivilDate, dueDay: Int
    ) -> MonthlyReportState {
        let due = due(month: month, dueDay: dueDay)
        if let submittedOn {
            return submittedOn <= due ? .onTime : .late(daysLate: submittedOn.dayNumber - due.dayNumber)
        }
        if ReportPeriod.YearMonth(today.year, today.month) < ReportPeriod.YearMonth(due.year, due.month) { return .notYetDue }
        return today <= due ? .due : .missing
    }
}

/// Reports counted by where they stand: a committee's roll-up over its cells and months.
public struct MonthlyReportTally: Sendable, Equatable, Codable {
    public var notYetDue = 0
    public var due = 0
    public var onTime = 0
    public var late = 0
    public var missing = 0
    /// Calendar days late, summed over the late reports.
    public var daysLate = 0

    public init() {}

    /// The tally of these states, one per cell and month.
    public init(_ states: some Sequence<MonthlyReportState>) {
        for s in states { add(s) }
    }

    public mutating func add(_ state: MonthlyReportState) {
        switch state {
        case .notYetDue: notYetDue += 1
        case .due: due += 1
        case .onTime: onTime += 1
        case .late(let n):
            late += 1
            daysLate += n
        case .missing: missing += 1
        }
    }

    /// Adds another tally (a sub-committee's).
    public mutating func add(_ other: MonthlyReportTally) {
        notYetDue += other.notYetDue
        due += other.due
        onTime += other.onTime
        late += other.late
        missing += other.missing
        daysLate += other.daysLate
    }

    public var submitted: Int { onTime + late }
    /// Reports submitted or past due: what on-time is measured against.
    public var expected: Int { submitted + missing }
    public var total: Int { notYetDue + due + expected }

    /// On time of expected, percent with one decimal (rounded half up); nil when none is expected yet.
    public var onTimePermille: Int? {
        guard expected > 0 else { return nil }
        return (onTime * 2000 + expected) / (2 * expected)
    }
}
