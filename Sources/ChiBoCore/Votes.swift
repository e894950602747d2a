/// Votes (RULES.md, "Votes"): the base every vote of the cell is measured against, the
/// threshold of each kind of vote, and the outcome with its arithmetic.

/// What is being voted on; each kind has its threshold in the rulebook.
public enum VoteKind: String, Sendable, CaseIterable, Codable, Labelled {
    /// A resolution or conclusion of the meeting: more than 1/2.
    case resolution
    /// Admitting a new member: at least 2/3.
    case admission
    /// Recognising a probationary member as official: at least 2/3.
    case recognition
    /// Reprimand or warning, the most a cell may impose itself: more than 1/2.
    case discipline
    /// Proposing expulsion to the superior: at least 2/3.
    case expulsionProposal = "expulsion_proposal"

    public func threshold(_ rules: VoteRules) -> Threshold {
        switch self {
        case .resolution: rules.ordinary
        case .admission: rules.admission
        case .recognition: rules.recognition
        case .discipline: rules.discipline
        case .expulsionProposal: rules.expulsionProposal
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.resolution, .vi): "Thông qua nghị quyết, kết luận"
        case (.resolution, .en): "Resolution"
        case (.admission, .vi): "Kết nạp đảng viên"
        case (.admission, .en): "Admission"
        case (.recognition, .vi): "Công nhận đảng viên chính thức"
        case (.recognition, .en): "Official recognition"
        case (.discipline, .vi): "Kỷ luật khiển trách, cảnh cáo"
        case (.discipline, .en): "Reprimand or warning"
        case (.expulsionProposal, .vi): "Đề nghị khai trừ"
        case (.expulsionProposal, .en): "Proposing expulsion"
        }
    }
}

/// How a member stood at the meeting.
public enum AttendanceStatus: String, Sendable, CaseIterable, Codable, Labelled {
    case present
    case late
    /// Absent with a reason the cell accepted.
    case excused
    /// Absent without reason.
    case unexcused

    public var attended: Bool { self == .present || self == .late }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.present, .vi): "Có mặt"
        case (.present, .en): "Present"
        case (.late, .vi): "Đến muộn"
        case (.late, .en): "Late"
        case (.excused, .vi): "Vắng có lý do"
        case (.excused, .en): "Absent with reason"
        case (.unexcused, .vi): "Vắng không lý do"
        case (.unexcused, .en): "Absent without reason"
        }
    }
}

/// One member on a meeting's roll, as the vote base needs them.
public struct RollMember: Sendable, Equatable, Codable {
    public var status: MemberStatus
    /// Exempt from activities (fully or temporarily).
    public var exempt: Bool
    public var transfer: TransferDirection?
    /// Suspended from activities or detained.
    public var suspended: Bool
    /// nil: not yet marked (counts as not attending).
    public var attendance: AttendanceStatus?

    public init(
        status: MemberStatus, exempt: Bool = false, transfer: TransferDirection? = nil, suspended: Bool = false,
        attendance: AttendanceStatus?
    ) {
        self.status = status
        self.exempt = exempt
        self.transfer = transfer
        self.suspended = suspended
        self.attendance = attendance
    }

    var attended: Bool { attendance?.attended ?? false }

    /// May vote here: an official member of this cell, not away, not suspended, and present.
    public var votesHere: Bool {
        status == .official && transfer == nil && !suspended && attended
    }
}

/// The base of a vote and how it was reached (QĐ 24 §9.3.2, kept by QĐ 232).
public struct VoteBase: Sendable, Equatable, Codable {
    /// Official members of the cell (members temporarily transferred in are not the cell's).
    public var officialMembers = 0
    public var minusTransferredOut = 0
    public var minusExemptAbsent = 0
    public var minusSuspended = 0
    public var minusExcusedAbsent = 0
    /// Official members present who may vote.
    public var votersPresent = 0

    public var base: Int {
        officialMembers - minusTransferredOut - minusExemptAbsent - minusSuspended - minusExcusedAbsent
    }

    public init() {}

    /// Computes the base from the roll. Each member is subtracted once, for the first reason
    /// that applies, in the order the regulation lists them.
    public static func compute(_ roll: [RollMember]) -> VoteBase {
        var b = VoteBase()
        for m in roll where m.status == .official && m.transfer != .incoming {
            b.officialMembers += 1
            if m.transfer == .outgoing {
                b.minusTransferredOut += 1
            } else if m.exempt && !m.attended {
                b.minusExemptAbsent += 1
            } else if m.suspended {
                b.minusSuspended += 1
            } else if m.attendance == .excused {
                b.minusExcusedAbsent += 1
            }
            if m.votesHere { b.votersPresent += 1 }
        }
        return b
    }

    /// "35 − 1 (chuyển sinh hoạt tạm thời) − 4 (miễn sinh hoạt vắng mặt) − 2 (vắng có lý do) = 28".
    public func explanation(_ language: Language) -> String {
        var parts = ["\(officialMembers)"]
        func minus(_ n: Int, _ vi: String, _ en: String) {
            if n > 0 { parts.append("− \(n) (\(language == .vi ? vi : en))") }
        }
        minus(minusTransferredOut, "chuyển sinh hoạt tạm thời", "temporarily transferred out")
        minus(minusExemptAbsent, "miễn sinh hoạt, vắng mặt", "exempt and absent")
        minus(minusSuspended, "đình chỉ sinh hoạt hoặc bị tạm giam", "suspended or detained")
        minus(minusExcusedAbsent, "vắng có lý do", "absent with reason")
        return parts.joined(separator: " ") + " = \(base)"
    }
}

/// A show of hands (or the members' own votes) counted.
public struct Tally: Sendable, Equatable, Codable {
    public var inFavour: Int
    public var against: Int
    public var abstain: Int

    public init(inFavour: Int, against: Int, abstain: Int) {
        self.inFavour = inFavour
        self.against = against
        self.abstain = abstain
    }

    public var cast: Int { inFavour + against + abstain }
}

/// The outcome of a vote with its arithmetic.
public struct VoteOutcome: Sendable, Equatable, Codable {
    public let kind: VoteKind
    public let base: VoteBase
    public let tally: Tally
    public let threshold: Threshold
    public let minimumInFavour: Int
    public let passed: Bool
    public let rulebookSource: String

    /// Checks the tally against the base and decides. A tally larger than the voters present
    /// (and so than the base) is refused: probationary and visiting members do not vote.
    public static func decide(kind: VoteKind, roll: [RollMember], tally: Tally, rules: VoteRules) throws(ValidationErrors) -> VoteOutcome {
        let base = VoteBase.compute(roll)
        var errors: [DomainError] = []
        let limit = max(roll.count, 0)
        for n in [tally.inFavour, tally.against, tally.abstain] where n < 0 || n > limit {
            throw ValidationErrors([
                DomainError(
                    .invalid, code: n < 0 ? "tally.negative" : "tally.overBase",
                    vi: n < 0 ? "Số phiếu không được âm." : "Số phiếu (\(n)) lớn hơn số đảng viên trong danh sách (\(limit)).",
                    en: n < 0 ? "Vote counts cannot be negative." : "A vote count (\(n)) exceeds the roll (\(limit)).",
                    field: "tally")
            ])
        }
        if tally.cast > base.base {
            errors.append(
                DomainError(
                    .invalid, code: "tally.overBase",
                    vi: "Tổng số biểu quyết (\(tally.cast)) lớn hơn số đảng viên được tính ("
                        + "\(base.base) = \(base.explanation(.vi))).",
                    en: "The votes cast (\(tally.cast)) exceed the base (\(base.base) = \(base.explanation(.en))).",
                    field: "tally"))
        } else if tally.cast > base.votersPresent {
            errors.append(
                DomainError(
                    .invalid, code: "tally.overPresent",
                    vi:
                        "Tổng số biểu quyết (\(tally.cast)) lớn hơn số đảng viên chính thức có mặt được biểu quyết (\(base.votersPresent)).",
                    en: "The votes cast (\(tally.cast)) exceed the official members present who may vote (\(base.votersPresent)).",
                    field: "tally"))
        }
        if base.base <= 0 {
            errors.append(
                DomainError(
                    .invalid, code: "base.empty", vi: "Không có đảng viên nào được tính để biểu quyết.",
                    en: "No member counts towards the base of this vote.", field: "tally"))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        let threshold = kind.threshold(rules)
        return VoteOutcome(
            kind: kind, base: base, tally: tally, threshold: threshold,
            minimumInFavour: threshold.minimumVotes(base: base.base),
            passed: threshold.isMet(votes: tally.inFavour, base: base.base),
            rulebookSource: rules.source.document)
    }

    /// "Tán thành 20/28 (71,4%); cần ít nhất 2/3 số đảng viên được tính: 19. Thông qua."
    public func explanation(_ language: Language) -> String {
        let pct = base.base > 0 ? Double(tally.inFavour) * 100 / Double(base.base) : 0
        let pctText = String(Int((pct * 10).rounded()) / 10) + (language == .vi ? "," : ".") + String(Int((pct * 10).rounded()) % 10)
        switch language {
        case .vi:
            return
                "Tán thành \(tally.inFavour)/\(base.base) (\(pctText)%), không tán thành \(tally.against), không biểu quyết \(tally.abstain); "
                + "cần \(threshold.label(.vi)) số đảng viên được tính (\(base.explanation(.vi))): ít nhất \(minimumInFavour) phiếu. "
                + (passed ? "Đạt, được thông qua." : "Không đạt.")
        case .en:
            return "In favour \(tally.inFavour)/\(base.base) (\(pctText)%), against \(tally.against), abstaining \(tally.abstain); "
                + "needs \(threshold.label(.en)) of the base (\(base.explanation(.en))): at least \(minimumInFavour). "
                + (passed ? "Passed." : "Not passed.")
        }
    }
}

/// Whether a vote still takes hands or ballots.
public enum VoteStatus: String, Sendable, CaseIterable, Codable {
    case open, closed
}

/// How a vote is taken: a show of hands counted by the secretary, or members on their phones.
public enum VoteMode: String, Sendable, CaseIterable, Codable {
    case hands, phones
}

/// A member's ballot.
public enum BallotChoice: String, Sendable, CaseIterable, Codable, Labelled {
    case inFavour = "for"
    case against, abstain

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.inFavour, .vi): "Tán thành"
        case (.inFavour, .en): "For"
        case (.against, .vi): "Không tán thành"
        case (.against, .en): "Against"
        case (.abstain, .vi): "Không biểu quyết"
        case (.abstain, .en): "Abstain"
        }
    }
}
