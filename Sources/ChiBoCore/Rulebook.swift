/// The versioned rulebook (RULES.md). Every number the software enforces lives here, with the
/// document it comes from and the date it takes effect; a rule is picked by the date it is
/// applied on. Numbers RULES.md marks *local* or *unconfirmed* are `LocalSettings`.

/// A regulation a rule comes from.
public struct RuleSource: Sendable, Hashable, Codable {
    /// Its number, e.g. "HD 42-HD/BTCTW".
    public let document: String
    /// What it is, in Vietnamese.
    public let title: String
    /// The date it takes effect.
    public let effective: CivilDate

    public init(document: String, title: String, effective: CivilDate) {
        self.document = document
        self.title = title
        self.effective = effective
    }
}

/// A fraction threshold: "more than 1/2" or "at least 2/3".
public struct Threshold: Sendable, Hashable, Codable {
    public let numerator: Int
    public let denominator: Int
    /// true: at least (≥); false: more than (>).
    public let inclusive: Bool

    public init(_ numerator: Int, _ denominator: Int, inclusive: Bool) {
        self.numerator = numerator
        self.denominator = denominator
        self.inclusive = inclusive
    }

    /// Whether `votes` out of `base` meets the threshold, in integers (no rounding).
    public func isMet(votes: Int, base: Int) -> Bool {
        guard base > 0 else { return false }
        let lhs = votes * denominator, rhs = numerator * base
        return inclusive ? lhs >= rhs : lhs > rhs
    }

    /// The smallest number of votes that meets it for `base`.
    public func minimumVotes(base: Int) -> Int {
        guard base > 0 else { return 0 }
        return (0...base).first { isMet(votes: $0, base: base) } ?? base + 1
    }

    public func label(_ language: Language) -> String {
        switch language {
        case .vi: (inclusive ? "ít nhất " : "trên ") + "\(numerator)/\(denominator)"
        case .en: (inclusive ? "at least " : "more than ") + "\(numerator)/\(denominator)"
        }
    }
}

/// Meetings (HD 12 then HD 42).
public struct MeetingRules: Sendable, Hashable, Codable {
    public var source: RuleSource
    /// A regular meeting every N months.
    public var regularEveryMonths: Int
    /// At least this many thematic meetings a quarter.
    public var thematicPerQuarter: Int
    /// Minimum length of a meeting, minutes.
    public var minimumMinutes: Int
    /// Minimum when thematic and regular share one session.
    public var combinedMinimumMinutes: Int
    /// Documents go out at least this many days before.
    public var documentsDaysBefore: Int
    /// Attendance must be above this percentage.
    public var attendanceAbovePercent: Int
    /// No member absent with reason more than this many times in a row in a year.
    public var maxConsecutiveExcusedAbsences: Int
}

/// Votes (Charter art. 3, 9; QĐ 24 §9.3.2 kept by QĐ 232).
public struct VoteRules: Sendable, Hashable, Codable {
    public var source: RuleSource
    public var ordinary: Threshold
    /// Admission and official recognition: of official members.
    public var admission: Threshold
    public var recognition: Threshold
    public var discipline: Threshold
    public var expulsionProposal: Threshold
    /// A vote failing this many times is escalated upward.
    public var escalateAfterFailures: Int
    /// Whether probationary members vote (never, Charter art. 3).
    public var probationaryMembersVote: Bool
}

/// Members over time (QĐ 24, QĐ 29, QĐ 232).
public struct MembershipRules: Sendable, Hashable, Codable {
    public var source: RuleSource
    public var probationMonths: Int
    public var admissionMinimumAge: Int
    public var admissionMaximumAge: Int
    public var ceremonyWithinWorkingDays: Int
    public var recognitionWithinWorkingDays: Int
    public var awarenessCertificateYears: Int
    public var introducersRequired: Int
    public var introducerKnownMonths: Int
    /// Striking from the list: months of missed activities or fees within a year.
    public var strikeOffMonthsInYear: Int
    public var permanentTransferWorkingDays: Int
    public var introductionLetterDays: Int
    /// Temporary transfer for work: 3 months to under 1 year.
    public var temporaryTransferMinMonths: Int
    public var temporaryTransferMaxMonths: Int
    /// Temporary transfer to study: up to 2 years.
    public var temporaryStudyMaxMonths: Int
    /// Exemption for illness needs at least this many months of treatment.
    public var exemptionIllnessMonths: Int
    /// Party fees (QĐ 01-QĐ/TW, 2026): per mille of the insured salary, of a pension; exempt
    /// after this many years of membership.
    public var feeSalaryPermille: Int = 10
    public var feePensionPermille: Int = 5
    public var feeExemptAfterYears: Int = 50
}

/// Annual evaluation (QĐ 366, HD 43).
public struct EvaluationRules: Sendable, Hashable, Codable {
    public var source: RuleSource
    public var excellentFrom: Int
    public var goodFrom: Int
    public var completedFrom: Int
    public var excellentMinimumExceedingPercent: Int
}

/// The official document format (HD 36-HD/VPTW; QĐ 399 keeps the style).
public struct DocumentRules: Sendable, Hashable, Codable {
    public var source: RuleSource
    public var font: String
    public var marginTopMM: Int
    public var marginBottomMM: Int
    public var marginLeftMM: Int
    public var marginRightMM: Int
    public var documentTypes: [String]
}

/// Settings RULES.md calls *local* or *unconfirmed*, with their defaults.
public struct LocalSettings: Sendable, Hashable, Codable {
    /// Local attendance target (seed 003: 90%).
    public var attendanceTargetPercent: Int = 90
    /// Quality rubric bands: Tốt, Khá, Trung bình.
    public var qualityGoodFrom: Int = 90
    public var qualityFairFrom: Int = 70
    public var qualityAverageFrom: Int = 50
    /// Attendance quorum for a monthly meeting, percent; nil = none (unconfirmed centrally).
    public var meetingQuorumPercent: Int? = nil
    /// "Excellent" may not exceed this share of those rated good (HD 21, applied locally).
    public var excellentCapPercentOfGood: Int = 20
    /// Below this the level is "not completed" (unconfirmed).
    public var notCompletedBelow: Int = 50
    /// How often each cell should have a superior at one of its meetings (RULES.md: quarterly).
    public var superiorVisitEvery: VisitWindow = .quarter
    /// A self check-in more than this many minutes after the meeting opened counts as late.
    public var checkInLateAfterMinutes: Int = 15
    /// Six digits can be guessed: this many wrong codes per member and meeting, then wait
    /// `checkInWindowMinutes` from the last.
    public var checkInWrongCodesAllowed: Int = 5
    public var checkInWindowMinutes: Int = 15
    /// Seed 000 singles out cells that "have admitted no one for years": this many years.
    public var recruitmentIdleYears: Int = 3
    /// A deadline this many working days away is shown as due soon.
    public var deadlineWarningWorkingDays: Int = 5
    /// Working days whoever holds an opinion or petition raised at a meeting has to answer it, counted
    /// from the raise or the last escalation (RaisedIssues.swift). Local: no regulation sets it centrally.
    public var issueAnswerWorkingDays: Int = 15
    /// Day of the month the cell secretary's monthly report (trực báo) to the commune committee is due,
    /// clamped to the month's last day (RULES.md, "Local settings": the 25th). Local, not set centrally.
    public var monthlyReportDueDay: Int = 25
    /// The heaviest disciplinary measure a cell decides for its own members (RULES.md: reprimand or
    /// warning; the competences per level are unconfirmed, so they are data).
    public var disciplineCellUpTo: DisciplineKind = .warning
    /// The heaviest a grassroots committee decides: removal from post by default; expulsion where
    /// the committee above has delegated admissions to it.
    public var disciplineGrassrootsUpTo: DisciplineKind = .removal

    public init() {}
}

/// One version of a section: the value in force from its source's effective date.
public struct RuleVersion<Value: Sendable>: Sendable {
    public let value: Value
    public var effective: CivilDate { source.effective }
    public let source: RuleSource
}

/// The rules in force on one date.
public struct Rulebook: Sendable, Hashable {
    public let date: CivilDate
    public let meetings: MeetingRules
    public let votes: VoteRules
    public let membership: MembershipRules
    public let evaluation: EvaluationRules
    public let documents: DocumentRules
    public let local: LocalSettings

    /// The sections' sources, newest section versions as picked for `date`.
    public var sources: [RuleSource] {
        [meetings.source, votes.source, membership.source, evaluation.source, documents.source]
    }

    /// An identifier of the combination in force, e.g. "HD42-2025/QD232-2025/…", recorded with figures.
    public var versionID: String {
        sources.map { $0.document.filter { !$0.isWhitespace } + "@" + $0.effective.iso }.joined(separator: "|")
    }

    /// The rules in force on `date`. Before the oldest version, the oldest applies.
    public static func inForce(on date: CivilDate, local: LocalSettings = LocalSettings()) -> Rulebook {
        Rulebook(
            date: date,
            meetings: pick(History.meetings, date),
            votes: pick(History.votes, date),
            membership: pick(History.membership, date),
            evaluation: pick(History.evaluation, date),
            documents: pick(History.documents, date),
            local: local
        )
    }

    static func pick<T>(_ versions: [T], _ date: CivilDate) -> T where T: HasSource {
        let sorted = versions.sorted { $0.source.effective < $1.source.effective }
        return sorted.last { $0.source.effective <= date } ?? sorted[0]
    }
}

protocol HasSource { var source: RuleSource { get } }
extension MeetingRules: HasSource {}
extension VoteRules: HasSource {}
extension MembershipRules: HasSource {}
extension EvaluationRules: HasSource {}
extension DocumentRules: HasSource {}

/// Every version of every section, oldest first. Add a version here when a regulation changes;
/// never edit a number in place.
public enum History {
    static func d(_ y: Int, _ m: Int, _ day: Int) -> CivilDate { CivilDate(year: y, month: m, day: day)! }

    public static let meetings: [MeetingRules] = [
        MeetingRules(
            source: RuleSource(
                document: "HD 12-HD/BTCTW",
                title: "Hướng dẫn một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ",
                effective: d(2018, 7, 6)),
            regularEveryMonths: 1, thematicPerQuarter: 1, minimumMinutes: 90, combinedMinimumMinutes: 120,
            documentsDaysBefore: 1, attendanceAbovePercent: 85, maxConsecutiveExcusedAbsences: 3),
        MeetingRules(
            source: RuleSource(
                document: "HD 42-HD/BTCTW",
                title: "Hướng dẫn nâng cao chất lượng sinh hoạt chi bộ (thực hiện Chỉ thị 50-CT/TW)",
                effective: d(2025, 10, 28)),
            regularEveryMonths: 1, thematicPerQuarter: 1, minimumMinutes: 90, combinedMinimumMinutes: 120,
            documentsDaysBefore: 1, attendanceAbovePercent: 85, maxConsecutiveExcusedAbsences: 3),
    ]

    public static let votes: [VoteRules] = [
        VoteRules(
            source: RuleSource(
                document: "QĐ 24-QĐ/TW",
                title: "Quy định thi hành Điều lệ Đảng (mục 9.3.2)",
                effective: d(2021, 7, 30)),
            ordinary: Threshold(1, 2, inclusive: false),
            admission: Threshold(2, 3, inclusive: true),
            recognition: Threshold(2, 3, inclusive: true),
            discipline: Threshold(1, 2, inclusive: false),
            expulsionProposal: Threshold(2, 3, inclusive: true),
            escalateAfterFailures: 3, probationaryMembersVote: false),
        VoteRules(
            source: RuleSource(
                document: "QĐ 232-QĐ/TW",
                title: "Quy định thi hành Điều lệ Đảng (giữ nguyên cách tính mục 9.3.2)",
                effective: d(2025, 1, 20)),
            ordinary: Threshold(1, 2, inclusive: false),
            admission: Threshold(2, 3, inclusive: true),
            recognition: Threshold(2, 3, inclusive: true),
            discipline: Threshold(1, 2, inclusive: false),
            expulsionProposal: Threshold(2, 3, inclusive: true),
            escalateAfterFailures: 3, probationaryMembersVote: false),
    ]

    public static let membership: [MembershipRules] = [
        MembershipRules(
            source: RuleSource(
                document: "QĐ 24-QĐ/TW",
                title: "Quy định thi hành Điều lệ Đảng",
                effective: d(2021, 7, 30)),
            probationMonths: 12, admissionMinimumAge: 18, admissionMaximumAge: 60,
            ceremonyWithinWorkingDays: 30, recognitionWithinWorkingDays: 30, awarenessCertificateYears: 5,
            introducersRequired: 2, introducerKnownMonths: 12, strikeOffMonthsInYear: 3,
            permanentTransferWorkingDays: 60, introductionLetterDays: 30,
            temporaryTransferMinMonths: 3, temporaryTransferMaxMonths: 12, temporaryStudyMaxMonths: 24, exemptionIllnessMonths: 3),
        MembershipRules(
            source: RuleSource(
                document: "QĐ 232-QĐ/TW",
                title: "Quy định thi hành Điều lệ Đảng",
                effective: d(2025, 1, 20)),
            probationMonths: 12, admissionMinimumAge: 18, admissionMaximumAge: 60,
            ceremonyWithinWorkingDays: 30, recognitionWithinWorkingDays: 30, awarenessCertificateYears: 5,
            introducersRequired: 2, introducerKnownMonths: 12, strikeOffMonthsInYear: 3,
            permanentTransferWorkingDays: 60, introductionLetterDays: 30,
            temporaryTransferMinMonths: 3, temporaryTransferMaxMonths: 12, temporaryStudyMaxMonths: 24, exemptionIllnessMonths: 3),
    ]

    public static let evaluation: [EvaluationRules] = [
        EvaluationRules(
            source: RuleSource(
                document: "QĐ 366-QĐ/TW",
                title: "Quy định về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm",
                effective: d(2025, 8, 30)),
            excellentFrom: 90, goodFrom: 70, completedFrom: 50, excellentMinimumExceedingPercent: 30)
    ]

    public static let documents: [DocumentRules] = [
        DocumentRules(
            source: RuleSource(
                document: "HD 36-HD/VPTW",
                title: "Hướng dẫn thể thức và kỹ thuật trình bày văn bản của Đảng",
                effective: d(2018, 4, 3)),
            font: "Times New Roman", marginTopMM: 20, marginBottomMM: 20, marginLeftMM: 30, marginRightMM: 15,
            documentTypes: ["NQ", "QĐ", "QĐi", "QC", "CT", "KL", "TB", "HD", "CV", "BC", "KH", "CTr", "TTr", "BB"])
    ]
}
