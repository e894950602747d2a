/// Superiors at cell meetings (RULES.md, "Oversight from above"): committee members assigned
/// to cells attend their meetings, speak (running order, item 2) and evaluate the meeting with
/// the local rubric, apart from the cell's own self-assessment.

/// A criterion of the meeting rubric, with the points it carries (they add up to 100). The
/// criteria are HD 12's (preparation, attendance without unexcused absence, the running order)
/// and the seeds' (content close to the situation, democracy and criticism, a resolution with
/// named tasks); the bands the total falls in are local settings (`LocalSettings.quality…From`).
public enum RubricCriterion: String, Sendable, CaseIterable, Codable, Labelled {
    /// Content and draft resolution prepared; the cell committee met beforehand.
    case preparation
    /// Attendance, no absence without reason.
    case attendance
    /// The running order and procedure of a cell meeting.
    case procedure
    /// Content that is practical and close to the cell's situation.
    case content
    /// Democracy in discussion; criticism and self-criticism.
    case discussion
    /// A clear resolution or conclusion, tasks assigned to named members.
    case resolution

    /// The points the criterion carries.
    public var maxPoints: Int {
        switch self {
        case .preparation: 20
        case .attendance: 20
        case .procedure: 15
        case .content: 20
        case .discussion: 15
        case .resolution: 10
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.preparation, .vi): "Chuẩn bị nội dung, chi ủy họp trước"
        case (.preparation, .en): "Preparation; the cell committee met beforehand"
        case (.attendance, .vi): "Tỷ lệ dự họp, không vắng không lý do"
        case (.attendance, .en): "Attendance, no absence without reason"
        case (.procedure, .vi): "Đúng trình tự, thủ tục sinh hoạt"
        case (.procedure, .en): "Running order and procedure"
        case (.content, .vi): "Nội dung thiết thực, sát tình hình"
        case (.content, .en): "Practical content, close to the situation"
        case (.discussion, .vi): "Dân chủ, phê bình và tự phê bình"
        case (.discussion, .en): "Democracy, criticism and self-criticism"
        case (.resolution, .vi): "Nghị quyết rõ, phân công cụ thể"
        case (.resolution, .en): "Clear resolution, tasks to named members"
        }
    }
}

/// A superior's evaluation of a meeting: points for each criterion of the rubric.
public struct MeetingEvaluation: Sendable, Equatable, Codable {
    public let points: [RubricCriterion: Int]

    /// Checks that every criterion has points between 0 and its maximum.
    public init(points: [RubricCriterion: Int?]) throws(ValidationErrors) {
        var errors: [DomainError] = []
        var checked: [RubricCriterion: Int] = [:]
        for c in RubricCriterion.allCases {
            guard let p = points[c] ?? nil else {
                errors.append(
                    DomainError(
                        .invalid, code: "rubric.required", vi: "Chưa chấm điểm tiêu chí “\(c.label(.vi))”.",
                        en: "No points for “\(c.label(.en))”.", field: c.rawValue))
                continue
            }
            guard (0...c.maxPoints).contains(p) else {
                errors.append(
                    DomainError(
                        .invalid, code: "rubric.range",
                        vi: "Điểm tiêu chí “\(c.label(.vi))” từ 0 đến \(c.maxPoints).",
                        en: "Points for “\(c.label(.en))” are 0 to \(c.maxPoints).", field: c.rawValue))
                continue
            }
            checked[c] = p
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        self.points = checked
    }

    /// Out of 100.
    public var score: Int { points.values.reduce(0, +) }

    /// The band of the local rubric the score falls in.
    public func quality(_ local: LocalSettings) -> MeetingQuality { MeetingQuality.from(score: score, local: local) }

    /// The rubric's total: the criteria's points add up to this.
    public static var fullMarks: Int { RubricCriterion.allCases.reduce(0) { $0 + $1.maxPoints } }
}

/// How the superior's evaluation compares with the cell's own.
public enum EvaluationComparison: String, Sendable, Codable, Labelled {
    /// Same band.
    case agrees
    /// The superior rated the meeting a band lower than the cell did.
    case lower
    /// The superior rated it higher.
    case higher
    /// The cell has not scored its meeting.
    case noSelfAssessment

    public static func compare(superior: MeetingQuality, cell: MeetingQuality?) -> EvaluationComparison {
        guard let cell else { return .noSelfAssessment }
        let order = MeetingQuality.allCases
        let s = order.firstIndex(of: superior)!, c = order.firstIndex(of: cell)!
        // allCases runs from the best band to the worst.
        return s == c ? .agrees : (s > c ? .lower : .higher)
    }

    /// The two differ: a committee looks at these first.
    public var differs: Bool { self == .lower || self == .higher }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.agrees, .vi): "Trùng với chi bộ tự đánh giá"
        case (.agrees, .en): "Agrees with the cell's own"
        case (.lower, .vi): "Thấp hơn chi bộ tự đánh giá"
        case (.lower, .en): "Lower than the cell's own"
        case (.higher, .vi): "Cao hơn chi bộ tự đánh giá"
        case (.higher, .en): "Higher than the cell's own"
        case (.noSelfAssessment, .vi): "Chi bộ chưa tự đánh giá"
        case (.noSelfAssessment, .en): "The cell has not scored it"
        }
    }
}

/// How often each cell should have a superior at one of its meetings (a local setting; RULES.md:
/// at least once a quarter by default). Windows are calendar months, quarters or years.
public enum VisitWindow: String, Sendable, CaseIterable, Codable, Labelled {
    case month, quarter, year

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.month, .vi): "Mỗi tháng"
        case (.month, .en): "Every month"
        case (.quarter, .vi): "Mỗi quý"
        case (.quarter, .en): "Every quarter"
        case (.year, .vi): "Mỗi năm"
        case (.year, .en): "Every year"
        }
    }
}

/// What a superior's attendance must satisfy.
public enum VisitRules {
    public static let maxNameLength = 100
    public static let maxPositionLength = 200
    public static let maxTextLength = 4000

    /// Checks the visitor's name and position, their remarks and what they took up.
    public static func check(name: String, position: String, remarks: String?, takenUp: String?) throws(ValidationErrors) {
        var errors: [DomainError] = []
        if name.isEmpty { errors.append(.required("name", vi: "họ tên người dự", en: "The visitor's name")) }
        if name.count > maxNameLength || position.count > maxPositionLength {
            errors.append(
                DomainError(
                    .invalid, code: "visit.tooLong", vi: "Họ tên hoặc chức vụ quá dài.", en: "Name or position too long.",
                    field: "name"))
        }
        for (field, text) in [("remarks", remarks), ("takenUp", takenUp)] where (text?.count ?? 0) > maxTextLength {
            errors.append(
                DomainError(
                    .invalid, code: "\(field).tooLong", vi: "Nội dung dài quá \(maxTextLength) ký tự.",
                    en: "The text is longer than \(maxTextLength) characters.", field: field))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }

    /// Whether a cell had a superior at a meeting in every window of its year that is over by
    /// `today`: the windows over, and those without a visit.
    public static func coverage(
        visitDates: [CivilDate], year: Int, window: VisitWindow, today: CivilDate
    ) -> (
        due: Int, missed: Int
    ) {
        let visited = Set(visitDates.filter { $0.year == year }.map { key(of: $0, window) })
        var due = 0, missed = 0
        for w in windows(year: year, window) where today > w.last {
            due += 1
            if !visited.contains(w.key) { missed += 1 }
        }
        return (due, missed)
    }

    /// The window a date falls in, as a period key (`2026-03`, `2026-Q1`, `2026`).
    public static func key(of date: CivilDate, _ window: VisitWindow) -> String {
        switch window {
        case .month: PeriodKey.month(date.year, date.month)
        case .quarter: PeriodKey.quarter(date.year, (date.month - 1) / 3 + 1)
        case .year: PeriodKey.year(date.year)
        }
    }

    /// The first and last days of the window a date falls in.
    public static func window(containing date: CivilDate, _ window: VisitWindow) -> (first: CivilDate, last: CivilDate) {
        switch window {
        case .month:
            return (CivilDate(year: date.year, month: date.month, day: 1)!, ReportPeriod.YearMonth(date.year, date.month).lastDay)
        case .quarter:
            let q = (date.month - 1) / 3
            return (CivilDate(year: date.year, month: q * 3 + 1, day: 1)!, ReportPeriod.YearMonth(date.year, q * 3 + 3).lastDay)
        case .year:
            return (CivilDate(year: date.year, month: 1, day: 1)!, CivilDate(year: date.year, month: 12, day: 31)!)
        }
    }

    /// The windows of a year with their last days.
    public static func windows(year: Int, _ window: VisitWindow) -> [(key: String, last: CivilDate)] {
        switch window {
        case .month: (1...12).map { (PeriodKey.month(year, $0), ReportPeriod.YearMonth(year, $0).lastDay) }
        case .quarter: (1...4).map { (PeriodKey.quarter(year, $0), ReportPeriod.YearMonth(year, $0 * 3).lastDay) }
        case .year: [(PeriodKey.year(year), ReportPeriod.YearMonth(year, 12).lastDay)]
        }
    }
}
