/// The year's evaluation and classification of members and party organisations (QĐ 366-QĐ/TW,
/// HD 43-HD/BTCTW; RULES.md, "Annual evaluation"): a 100-point scale and four levels, the
/// conditions that cap a level, the share of "excellent" a grassroots organisation may decide,
/// and the steps from the member's self-assessment to the committee's published decision.

/// A classification level, for a member or an organisation.
public enum EvaluationLevel: String, Sendable, CaseIterable, Codable, Labelled, Comparable {
    case excellent
    case good
    case completed
    case notCompleted = "not_completed"

    /// Higher is better.
    public var rank: Int {
        switch self {
        case .excellent: 3
        case .good: 2
        case .completed: 1
        case .notCompleted: 0
        }
    }

    public static func < (a: EvaluationLevel, b: EvaluationLevel) -> Bool { a.rank < b.rank }

    /// Best first, as lists and tables show them.
    public static let descending: [EvaluationLevel] = [.excellent, .good, .completed, .notCompleted]

    /// The level a score falls in under the rulebook's bands.
    public static func band(score: Int, rules: EvaluationRules) -> EvaluationLevel {
        if score >= rules.excellentFrom { return .excellent }
        if score >= rules.goodFrom { return .good }
        if score >= rules.completedFrom { return .completed }
        return .notCompleted
    }

    /// The band's range as the rulebook writes it ("70–<90").
    public static func range(_ level: EvaluationLevel, rules: EvaluationRules) -> String {
        switch level {
        case .excellent: "≥ \(rules.excellentFrom)"
        case .good: "\(rules.goodFrom)–<\(rules.excellentFrom)"
        case .completed: "\(rules.completedFrom)–<\(rules.goodFrom)"
        case .notCompleted: "< \(rules.completedFrom)"
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.excellent, .vi): "Hoàn thành xuất sắc nhiệm vụ"
        case (.excellent, .en): "Excellent"
        case (.good, .vi): "Hoàn thành tốt nhiệm vụ"
        case (.good, .en): "Good"
        case (.completed, .vi): "Hoàn thành nhiệm vụ"
        case (.completed, .en): "Completed"
        case (.notCompleted, .vi): "Không hoàn thành nhiệm vụ"
        case (.notCompleted, .en): "Not completed"
        }
    }
}

/// The period an evaluation covers: the year by default; a term, a quarter or a one-off.
public enum EvaluationPeriodKind: String, Sendable, CaseIterable, Codable, Labelled {
    case year
    case term
    case quarter
    case oneOff = "one_off"

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.year, .vi): "Hằng năm"
        case (.year, .en): "Yearly"
        case (.term, .vi): "Cuối nhiệm kỳ"
        case (.term, .en): "End of term"
        case (.quarter, .vi): "Hằng quý"
        case (.quarter, .en): "Quarterly"
        case (.oneOff, .vi): "Đột xuất"
        case (.oneOff, .en): "One-off"
        }
    }
}

/// An evaluation's period: its kind and its first and last days (inclusive).
public struct EvaluationPeriod: Sendable, Equatable, Codable {
    public var kind: EvaluationPeriodKind
    public var first: CivilDate
    public var last: CivilDate

    public init(kind: EvaluationPeriodKind, first: CivilDate, last: CivilDate) {
        self.kind = kind
        self.first = first
        self.last = last
    }

    /// The calendar year `y`.
    public static func year(_ y: Int) -> EvaluationPeriod {
        EvaluationPeriod(kind: .year, first: CivilDate(year: y, month: 1, day: 1)!, last: CivilDate(year: y, month: 12, day: 31)!)
    }

    /// The year the results are counted in: the year of the last day.
    public var year: Int { last.year }

    /// A year is a calendar year, a quarter a calendar quarter, a term at most five years, a
    /// one-off any run of days in order; none may start after `today`.
    public func check(today: CivilDate) throws(ValidationErrors) {
        var errors: [DomainError] = []
        if first > last {
            errors.append(
                DomainError(
                    .invalid, code: "lastDay.order", vi: "Ngày cuối kỳ đánh giá không được trước ngày đầu.",
                    en: "The period must end after it begins.", field: "lastDay"))
        }
        switch kind {
        case .year:
            if first.month != 1 || first.day != 1 || last != CivilDate(year: first.year, month: 12, day: 31) {
                errors.append(
                    DomainError(
                        .invalid, code: "period.year", vi: "Kỳ đánh giá hằng năm là từ 01/01 đến 31/12 của một năm.",
                        en: "A yearly evaluation runs from 1 January to 31 December.", field: "firstDay"))
            }
        case .quarter:
            let q = (first.month - 1) / 3
            let lastMonth = q * 3 + 3
            if first.day != 1 || (first.month - 1) % 3 != 0
                || last != CivilDate(year: first.year, month: lastMonth, day: CivilDate.daysIn(month: lastMonth, year: first.year))
            {
                errors.append(
                    DomainError(
                        .invalid, code: "period.quarter", vi: "Kỳ đánh giá hằng quý là trọn một quý.",
                        en: "A quarterly evaluation covers one whole quarter.", field: "firstDay"))
            }
        case .term, .oneOff:
            // A term (a congress's five years) or a one-off: whole months of the statistics, at most
            // `ReportPeriod.maxMonths`.
            let months = (last.year * 12 + last.month) - (first.year * 12 + first.month) + 1
            if months > ReportPeriod.maxMonths {
                errors.append(
                    DomainError(
                        .invalid, code: "period.tooLong", vi: "Kỳ đánh giá không quá \(ReportPeriod.maxMonths) tháng.",
                        en: "A period lasts at most \(ReportPeriod.maxMonths) months.", field: "lastDay"))
            }
        }
        if first > today {
            errors.append(
                DomainError(
                    .invalid, code: "period.future", vi: "Kỳ đánh giá chưa bắt đầu.", en: "The period has not begun.", field: "firstDay"))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }

    public func contains(_ d: CivilDate) -> Bool { first <= d && d <= last }
}

/// The self-assessment form for a member's kind (HD 43's annex): 2A for members holding a
/// leading or managing office, 2B for members working in an agency, a public service unit or an
/// enterprise without such an office, 2C for the others (retired, farmers, self-employed, students).
public enum SelfAssessmentForm: String, Sendable, CaseIterable, Codable, Labelled {
    case leader = "2A"
    case employee = "2B"
    case other = "2C"

    /// The form a member is offered first: 2A for an officer, 2B in a workplace's cell, else 2C.
    public static func suggested(isOfficer: Bool, cellType: CellType?) -> SelfAssessmentForm {
        if isOfficer { return .leader }
        return EvaluationSteps.isWorkplace(cellType) ? .employee : .other
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.leader, .vi): "Mẫu 2A (cán bộ lãnh đạo, quản lý)"
        case (.leader, .en): "Form 2A (leaders and managers)"
        case (.employee, .vi): "Mẫu 2B (đảng viên công tác, không giữ chức vụ)"
        case (.employee, .en): "Form 2B (working members without office)"
        case (.other, .vi): "Mẫu 2C (đảng viên khác)"
        case (.other, .en): "Form 2C (other members)"
        }
    }
}

/// What ChiBo already knows of a member for a period, shown beside the form so that nobody types
/// it again (from the rolls, the tasks, the status periods and the fees).
public struct MemberRecordFacts: Sendable, Equatable, Codable {
    /// Meetings of the period at which the member was expected (on the roll, not exempt, not away
    /// nor suspended), and how they answered.
    public var meetingsExpected = 0
    public var present = 0
    public var late = 0
    public var excused = 0
    public var unexcused = 0
    /// Tasks due in the period: done by their deadline, done after it, still open after it, dropped.
    public var tasksDue = 0
    public var tasksOnTime = 0
    public var tasksLate = 0
    public var tasksOverdue = 0
    /// Disciplinary measures decided in the period (their labels, vi).
    public var measures: [String] = []
    /// Months of the period with a fee recorded, and those of them unpaid (not exempt).
    public var feeMonths = 0
    public var feeMonthsUnpaid = 0

    public init() {}

    /// Tasks that missed their deadline: done late or still open after it.
    public var tasksMissed: Int { tasksLate + tasksOverdue }
}

/// One reason a level is capped.
public struct LevelCap: Sendable, Equatable, Codable {
    /// The highest level allowed.
    public var ceiling: EvaluationLevel
    public var vi: String
    public var en: String

    public init(ceiling: EvaluationLevel, vi: String, en: String) {
        self.ceiling = ceiling
        self.vi = vi
        self.en = en
    }
}

/// The conditions that cap a level and the checks of each step.
public enum EvaluationSteps {
    public static let maxTextLength = 4000

    /// A cell of a workplace (agency, public service, enterprise, armed forces): its members are
    /// commented on by the cell where they live (QĐ 213-QĐ/TW).
    public static func isWorkplace(_ type: CellType?) -> Bool {
        switch type {
        case .ruralVillage, .urbanResidential, nil: false
        default: true
        }
    }

    /// Whether the residence area's comment is needed before the cell proposes a level.
    public static func needsResidenceComment(form: SelfAssessmentForm, cellType: CellType?) -> Bool {
        form != .other && isWorkplace(cellType)
    }

    /// A member's caps (HD 43; RULES.md): "excellent" needs every task done on time; a member
    /// disciplined in the period is at most "completed".
    public static func caps(_ facts: MemberRecordFacts) -> [LevelCap] {
        var caps: [LevelCap] = []
        if !facts.measures.isEmpty {
            caps.append(
                LevelCap(
                    ceiling: .completed,
                    vi: "Bị kỷ luật trong kỳ (\(facts.measures.joined(separator: ", "))): không xếp loại từ “Hoàn thành tốt” trở lên.",
                    en: "Disciplined in the period: at most “Completed”."))
        }
        if facts.tasksMissed > 0 {
            caps.append(
                LevelCap(
                    ceiling: .good,
                    vi: "\(facts.tasksMissed) nhiệm vụ không hoàn thành đúng hạn: không xếp loại “Hoàn thành xuất sắc”.",
                    en: "\(facts.tasksMissed) task(s) not done on time: not “Excellent”."))
        }
        return caps
    }

    /// The highest level the caps allow.
    public static func ceiling(_ caps: [LevelCap]) -> EvaluationLevel {
        caps.map(\.ceiling).min() ?? .excellent
    }

    /// A proposed or decided level with its score: a score on the 100-point scale, a level not
    /// above the score's band nor above the caps. `field` names the form's level field.
    /// "Excellent" also needs at least the rulebook's share of criteria and targets exceeded
    /// (`exceeding`, in percent, declared with the proposal).
    public static func checkLevel(
        score: Int?, level: EvaluationLevel?, caps: [LevelCap], rules: EvaluationRules, exceeding: Int? = nil, field: String = "level"
    ) throws(ValidationErrors) {
        var errors: [DomainError] = []
        guard let level else {
            throw ValidationErrors([.required(field, vi: "mức xếp loại", en: "The level")])
        }
        if let score {
            if !(0...100).contains(score) {
                errors.append(
                    DomainError(
                        .invalid, code: "score.range", vi: "Điểm phải từ 0 đến 100.", en: "The score is from 0 to 100.", field: "score"))
            } else {
                let band = EvaluationLevel.band(score: score, rules: rules)
                if level > band {
                    errors.append(
                        DomainError(
                            .invalid, code: "level.aboveScore",
                            vi:
                                "\(score) điểm thuộc mức “\(band.label(.vi))” (\(EvaluationLevel.range(band, rules: rules))); không thể xếp “\(level.label(.vi))”.",
                            en:
                                "\(score) points is “\(band.label(.en))” (\(EvaluationLevel.range(band, rules: rules))); not “\(level.label(.en))”.",
                            field: field))
                }
            }
        }
        if let exceeding, !(0...100).contains(exceeding) {
            errors.append(
                DomainError(
                    .invalid, code: "exceedingPercent.range", vi: "Tỷ lệ vượt mức phải từ 0 đến 100%.",
                    en: "The share exceeded is from 0 to 100%.", field: "exceedingPercent"))
        } else if level == .excellent && (exceeding ?? 0) < rules.excellentMinimumExceedingPercent {
            errors.append(
                DomainError(
                    .invalid, code: "level.exceeding",
                    vi:
                        "“Hoàn thành xuất sắc” cần ít nhất \(rules.excellentMinimumExceedingPercent)% tiêu chí, chỉ tiêu vượt mức (đã khai: \(exceeding.map { "\($0)%" } ?? "chưa khai")).",
                    en:
                        "“Excellent” needs at least \(rules.excellentMinimumExceedingPercent)% of criteria and targets exceeded (declared: \(exceeding.map { "\($0)%" } ?? "none")).",
                    field: "exceedingPercent"))
        }
        for cap in caps where level > cap.ceiling {
            errors.append(DomainError(.invalid, code: "level.capped", vi: cap.vi, en: cap.en, field: field))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }

    /// A required paragraph of a step (a self-assessment, a comment).
    public static func text(_ raw: String?, field: String, vi: String, en: String) throws(ValidationErrors) -> String {
        try VietnameseText.requiredText(raw, field: field, max: maxTextLength, vi: vi, en: en)
    }
}

/// "Excellent" may not exceed a share of those rated "good" in a grassroots organisation (HD 21,
/// 2019, applied locally since; RULES.md; the share is a local setting, 20% by default). Read as
/// RULES.md writes it: the number rated "excellent" against the number rated "good".
public struct ExcellentCap: Sendable, Equatable, Codable {
    public var share: Int
    public var excellent: Int
    public var good: Int

    public init(share: Int, excellent: Int, good: Int) {
        self.share = share
        self.excellent = excellent
        self.good = good
    }

    /// Counts the levels given (nil: not yet given).
    public init(share: Int, levels: [EvaluationLevel?]) {
        self.init(
            share: share, excellent: levels.filter { $0 == .excellent }.count, good: levels.filter { $0 == .good }.count)
    }

    /// The most "excellent" allowed: the share of "good", rounded down.
    public var allowed: Int { good * share / 100 }

    public var isBroken: Bool { excellent > allowed }

    /// The arithmetic, as the refusal and the flags show it: "5 > 20% × 22 = 4,4 → tối đa 4".
    public func arithmetic(_ language: Language) -> String {
        let tenths = good * share / 10
        let exact = "\(tenths / 10)" + (tenths % 10 == 0 ? "" : (language == .vi ? "," : ".") + "\(tenths % 10)")
        switch language {
        case .vi:
            return
                "\(excellent) “Hoàn thành xuất sắc” \(isBroken ? ">" : "≤") \(share)% × \(good) “Hoàn thành tốt” = \(exact) → tối đa \(allowed)"
        case .en:
            return "\(excellent) “Excellent” \(isBroken ? ">" : "≤") \(share)% × \(good) “Good” = \(exact) → at most \(allowed)"
        }
    }

    /// Refuses a decision that breaks the cap, with the arithmetic.
    public func check(field: String = "levels") throws(ValidationErrors) {
        guard isBroken else { return }
        throw ValidationErrors([
            DomainError(
                .invalid, code: "cap.excellent",
                vi: "Vượt tỷ lệ “Hoàn thành xuất sắc”: \(arithmetic(.vi)). Hãy hạ \(excellent - allowed) trường hợp.",
                en: "Over the share of “Excellent”: \(arithmetic(.en)). Lower \(excellent - allowed) of them.", field: field)
        ])
    }
}

/// The committee's decision on a round.
public enum EvaluationDecision {
    public static let maxNumberLength = 40

    /// The decision's number as written on it ("125-QĐ/ĐU", "Số " optional), required, in the
    /// official form (a sequence, the type after a hyphen, the issuer's code after a slash).
    public static func checkNumber(_ raw: String?) throws(ValidationErrors) -> DocumentNumber {
        guard let t = VietnameseText.normalizeText(raw) else {
            throw ValidationErrors([.required("decisionNumber", vi: "số quyết định", en: "The decision's number")])
        }
        guard t.count <= maxNumberLength, let n = DocumentNumber.parse(t), n.type == "QĐ" else {
            throw ValidationErrors([
                DomainError(
                    .invalid, code: "decisionNumber.invalid",
                    vi: "Số quyết định viết như “125-QĐ/ĐU” (số, loại văn bản, mã cơ quan ban hành).",
                    en: "Write the number as “125-QĐ/ĐU” (sequence, type, issuer's code).", field: "decisionNumber")
            ])
        }
        return n
    }

    /// Every member appraised and every organisation rated; the share of "excellent" kept, for
    /// members and organisations each. Every problem at once.
    public static func check(membersPending: Int, orgsPending: Int, members: ExcellentCap, orgs: ExcellentCap) throws(ValidationErrors) {
        var errors: [DomainError] = []
        if membersPending > 0 {
            errors.append(
                DomainError(
                    .invalid, code: "members.pending", vi: "Còn \(membersPending) đảng viên chưa được thẩm định.",
                    en: "\(membersPending) member(s) not yet appraised.", field: "levels"))
        }
        if orgsPending > 0 {
            errors.append(
                DomainError(
                    .invalid, code: "organisations.pending", vi: "Còn \(orgsPending) tổ chức đảng chưa được xếp loại.",
                    en: "\(orgsPending) organisation(s) not yet rated.", field: "levels"))
        }
        do { try members.check(field: "levels") } catch { errors += error.errors }
        do { try orgs.check(field: "organisations") } catch {
            errors += error.errors.map {
                DomainError(
                    .invalid, code: "cap.organisations", vi: "Tổ chức đảng — \($0.vi)", en: "Organisations — \($0.en)", field: $0.field)
            }
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }
}

/// A member's evaluation step by step: what has been recorded and what comes next.
public enum MemberEvaluationStep: String, Sendable, CaseIterable, Codable, Labelled {
    case selfAssessment = "self"
    case residence
    case cell
    case appraisal
    case decided

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.selfAssessment, .vi): "Chờ tự kiểm điểm"
        case (.selfAssessment, .en): "Awaiting self-assessment"
        case (.residence, .vi): "Chờ nhận xét nơi cư trú"
        case (.residence, .en): "Awaiting the residence comment"
        case (.cell, .vi): "Chờ chi bộ nhận xét, đề xuất"
        case (.cell, .en): "Awaiting the cell's proposal"
        case (.appraisal, .vi): "Chờ cấp ủy thẩm định"
        case (.appraisal, .en): "Awaiting appraisal"
        case (.decided, .vi): "Đã thẩm định"
        case (.decided, .en): "Appraised"
        }
    }

    /// The next step of a member's evaluation given what is recorded.
    public static func next(
        selfDone: Bool, residenceNeeded: Bool, residenceDone: Bool, cellDone: Bool, appraised: Bool
    )
        -> MemberEvaluationStep
    {
        if !selfDone { return .selfAssessment }
        if residenceNeeded && !residenceDone { return .residence }
        if !cellDone { return .cell }
        if !appraised { return .appraisal }
        return .decided
    }

    /// Refuses a step recorded out of order (the one expected is `next`).
    public static func checkOrder(_ step: MemberEvaluationStep, next: MemberEvaluationStep) throws(ValidationErrors) {
        let order = MemberEvaluationStep.allCases
        let want = order.firstIndex(of: step)!
        let have = order.firstIndex(of: next)!
        if want > have {
            throw ValidationErrors([
                DomainError(
                    .invalid, code: "step.order", vi: "Chưa đến bước này: \(next.label(.vi)).",
                    en: "Not yet: \(next.label(.en)).", field: "step")
            ])
        }
    }
}

/// Where a round stands: open (steps being recorded), decided, published to the members.
public enum EvaluationRoundStatus: String, Sendable, CaseIterable, Codable, Labelled {
    case open
    case decided
    case published

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.open, .vi): "Đang đánh giá"
        case (.open, .en): "In progress"
        case (.decided, .vi): "Đã quyết định"
        case (.decided, .en): "Decided"
        case (.published, .vi): "Đã công khai"
        case (.published, .en): "Published"
        }
    }
}

/// What ChiBo knows of a party organisation for a period, beside its own report (form 01).
public struct OrganisationRecordFacts: Sendable, Equatable, Codable {
    /// Months of the period (whole or part) and those with a regular meeting held.
    public var months = 0
    public var regularMonthsHeld = 0
    public var quarters = 0
    public var thematicQuartersHeld = 0
    public var meetingsHeld = 0
    /// Superiors' evaluations of its meetings: how many and their average score.
    public var visitsEvaluated = 0
    public var visitScoreTotal = 0
    public var issuesRaised = 0
    public var issuesClosed = 0
    public var issuesOverdue = 0
    public var remediesDone = 0
    public var remediesOverdue = 0
    public var admitted = 0
    /// Its members' results in the same round, by level (rawValue → count).
    public var members: [String: Int] = [:]
    public var membersTotal = 0

    public init() {}

    public var visitAverage: Int? { visitsEvaluated > 0 ? (visitScoreTotal + visitsEvaluated / 2) / visitsEvaluated : nil }
    public var regularMonthsMissed: Int { max(0, months - regularMonthsHeld) }
}

extension EvaluationSteps {
    /// An organisation's caps (QĐ 366; RULES.md: "excellent" needs every task done on time and no
    /// discipline of the collective). ChiBo reads "every task on time" for a cell as a regular
    /// meeting every month and no remedy of an inspection overdue.
    public static func caps(_ facts: OrganisationRecordFacts, collectiveDisciplined: Bool) -> [LevelCap] {
        var caps: [LevelCap] = []
        if collectiveDisciplined {
            caps.append(
                LevelCap(
                    ceiling: .good, vi: "Tập thể bị kỷ luật trong kỳ: không xếp loại “Hoàn thành xuất sắc”.",
                    en: "The collective was disciplined in the period: not “Excellent”."))
        }
        if facts.regularMonthsMissed > 0 {
            caps.append(
                LevelCap(
                    ceiling: .good,
                    vi: "\(facts.regularMonthsMissed) tháng không sinh hoạt định kỳ: không xếp loại “Hoàn thành xuất sắc”.",
                    en: "\(facts.regularMonthsMissed) month(s) without a regular meeting: not “Excellent”."))
        }
        if facts.remediesOverdue > 0 {
            caps.append(
                LevelCap(
                    ceiling: .good,
                    vi: "\(facts.remediesOverdue) yêu cầu khắc phục sau kiểm tra quá hạn: không xếp loại “Hoàn thành xuất sắc”.",
                    en: "\(facts.remediesOverdue) inspection remedy(ies) overdue: not “Excellent”."))
        }
        return caps
    }
}
