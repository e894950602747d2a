/// A member's party life as dated periods (RULES.md, "Members over time", "Leaving, suspension
/// and discipline"): every status a member passes through is a period with a first and a last
/// day, and a member's standing on any date (for a roll, a base, a count) is read from them.
/// Nothing is overwritten: ending an exemption closes its period, leaving closes them all.

/// What a period records.
public enum StatusKind: String, Sendable, CaseIterable, Codable, Labelled {
    /// Probationary (dự bị), from the admission.
    case probationary
    /// Official (chính thức), from the end of the probation.
    case official
    /// Exempt from work and activities, fully or temporarily (detail: `ExemptionKind`).
    case exempt
    /// Temporarily away or visiting (detail: `TransferDirection`).
    case transfer
    /// Suspended from activities or detained (detail: `SuspensionKind`).
    case suspended
    /// Under a disciplinary measure (detail: `DisciplineKind`).
    case disciplined
    /// Out of the party (detail: `LeavingKind`); open-ended.
    case left

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.probationary, .vi): "Đảng viên dự bị"
        case (.probationary, .en): "Probationary member"
        case (.official, .vi): "Đảng viên chính thức"
        case (.official, .en): "Official member"
        case (.exempt, .vi): "Miễn công tác và sinh hoạt"
        case (.exempt, .en): "Exempt"
        case (.transfer, .vi): "Sinh hoạt tạm thời"
        case (.transfer, .en): "Temporary transfer"
        case (.suspended, .vi): "Đình chỉ sinh hoạt"
        case (.suspended, .en): "Suspended"
        case (.disciplined, .vi): "Kỷ luật"
        case (.disciplined, .en): "Disciplined"
        case (.left, .vi): "Ra khỏi Đảng"
        case (.left, .en): "Left the party"
        }
    }
}

/// Why a member is out of activities for a while: the vote base leaves them out (RULES.md, "Votes").
public enum SuspensionKind: String, Sendable, CaseIterable, Codable, Labelled {
    /// Đình chỉ sinh hoạt Đảng: prosecuted or under investigation.
    case suspension
    /// Bị tạm giam: detained.
    case detention

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.suspension, .vi): "Đình chỉ sinh hoạt Đảng"
        case (.suspension, .en): "Suspended from party activities"
        case (.detention, .vi): "Bị tạm giam"
        case (.detention, .en): "Detained"
        }
    }
}

/// The disciplinary measures of the Charter (art. 35).
public enum DisciplineKind: String, Sendable, CaseIterable, Codable, Labelled {
    case reprimand, warning, removal, expulsion

    /// Its place from the lightest (reprimand) to the heaviest (expulsion).
    public var severity: Int { Self.allCases.firstIndex(of: self)! }

    /// The vote the cell takes on it.
    public var voteKind: VoteKind { self == .expulsion ? .expulsionProposal : .discipline }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.reprimand, .vi): "Khiển trách"
        case (.reprimand, .en): "Reprimand"
        case (.warning, .vi): "Cảnh cáo"
        case (.warning, .en): "Warning"
        case (.removal, .vi): "Cách chức"
        case (.removal, .en): "Removal from post"
        case (.expulsion, .vi): "Khai trừ"
        case (.expulsion, .en): "Expulsion"
        }
    }
}

/// Who decided a measure. What each may decide is data (RULES.md: the competences per level are
/// unconfirmed): a cell and a grassroots committee up to the measure their local setting names
/// (`LocalSettings.disciplineCellUpTo`, `disciplineGrassrootsUpTo`); a higher committee or its
/// inspection committee, any.
public enum DecidingBody: String, Sendable, CaseIterable, Codable, Labelled {
    /// The cell itself, by its vote.
    case cell
    /// The grassroots committee (đảng ủy cơ sở) the cell belongs to.
    case grassroots
    /// A committee above the grassroots or its inspection committee.
    case committee

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.cell, .vi): "Chi bộ"
        case (.cell, .en): "The cell"
        case (.grassroots, .vi): "Đảng ủy cơ sở"
        case (.grassroots, .en): "The grassroots committee"
        case (.committee, .vi): "Cấp ủy, ủy ban kiểm tra cấp trên"
        case (.committee, .en): "A higher committee or inspection committee"
        }
    }

    /// The heaviest measure this body decides under `settings`; beyond it, it proposes upward.
    public func upTo(_ settings: LocalSettings) -> DisciplineKind {
        switch self {
        case .cell: settings.disciplineCellUpTo
        case .grassroots: settings.disciplineGrassrootsUpTo
        case .committee: .expulsion
        }
    }
}

/// How a membership ends (Charter art. 8; QĐ 24/QĐ 232 §8).
public enum LeavingKind: String, Sendable, CaseIterable, Codable, Labelled {
    /// Từ trần.
    case death
    /// Xóa tên: the three-months rule, a card returned, a failed probation…
    case struckOff = "struck_off"
    /// Khai trừ.
    case expelled
    /// Xin ra khỏi Đảng (handled by striking off).
    case request
    /// Chuyển sinh hoạt chính thức ra ngoài tổ chức mà hệ thống quản lý.
    case transferredOut = "transferred_out"

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.death, .vi): "Từ trần"
        case (.death, .en): "Died"
        case (.struckOff, .vi): "Xóa tên"
        case (.struckOff, .en): "Struck off"
        case (.expelled, .vi): "Khai trừ"
        case (.expelled, .en): "Expelled"
        case (.request, .vi): "Xin ra khỏi Đảng"
        case (.request, .en): "Left at own request"
        case (.transferredOut, .vi): "Chuyển sinh hoạt chính thức đi"
        case (.transferredOut, .en): "Transferred out permanently"
        }
    }
}

/// One dated period: its first day and its last (nil while it runs).
public struct StatusPeriod: Sendable, Equatable, Codable {
    public var kind: StatusKind
    /// The raw value of the kind's detail (`ExemptionKind`, `TransferDirection`, …), if any.
    public var detail: String?
    public var from: CivilDate
    /// The last day the period holds; nil: it runs on.
    public var until: CivilDate?

    public init(_ kind: StatusKind, detail: String? = nil, from: CivilDate, until: CivilDate? = nil) {
        self.kind = kind
        self.detail = detail
        self.from = from
        self.until = until
    }

    public func covers(_ date: CivilDate) -> Bool { from <= date && (until.map { date <= $0 } ?? true) }
    /// Runs on `date` or later.
    public func reaches(_ date: CivilDate) -> Bool { until.map { $0 >= date } ?? true }
    public var exemption: ExemptionKind? { kind == .exempt ? detail.flatMap(ExemptionKind.init(rawValue:)) : nil }
    public var transfer: TransferDirection? { kind == .transfer ? detail.flatMap(TransferDirection.init(rawValue:)) : nil }
    public var suspension: SuspensionKind? { kind == .suspended ? detail.flatMap(SuspensionKind.init(rawValue:)) : nil }
    public var discipline: DisciplineKind? { kind == .disciplined ? detail.flatMap(DisciplineKind.init(rawValue:)) : nil }
    public var leaving: LeavingKind? { kind == .left ? detail.flatMap(LeavingKind.init(rawValue:)) : nil }
}

/// A member as they stood on one day.
public struct Standing: Sendable, Equatable {
    public var status: MemberStatus
    public var exemption: ExemptionKind?
    public var transfer: TransferDirection?
    public var suspension: SuspensionKind?
    public var discipline: DisciplineKind?

    public init(
        status: MemberStatus, exemption: ExemptionKind? = nil, transfer: TransferDirection? = nil,
        suspension: SuspensionKind? = nil, discipline: DisciplineKind? = nil
    ) {
        self.status = status
        self.exemption = exemption
        self.transfer = transfer
        self.suspension = suspension
        self.discipline = discipline
    }
}

/// What an event does to the periods: the last day given to some (by index), the new ones.
public struct StatusChange: Sendable, Equatable {
    public var close: [Int: CivilDate] = [:]
    public var open: [StatusPeriod] = []

    public init(close: [Int: CivilDate] = [:], open: [StatusPeriod] = []) {
        self.close = close
        self.open = open
    }
}

/// A member's periods, and the rules of every event that adds to them.
public struct MemberHistory: Sendable, Equatable {
    public var periods: [StatusPeriod]

    public init(_ periods: [StatusPeriod]) { self.periods = periods }

    /// The membership a record starts with: probationary from the admission, official from the
    /// official date (an official member recorded without one: official from the admission).
    public static func opening(admission: CivilDate, official: CivilDate?, status: MemberStatus) -> [StatusPeriod] {
        switch (status, official) {
        case (.probationary, _):
            return [StatusPeriod(.probationary, from: admission)]
        case (.official, let official?) where official > admission:
            return [
                StatusPeriod(.probationary, from: admission, until: official.adding(days: -1)),
                StatusPeriod(.official, from: official),
            ]
        case (.official, _):
            return [StatusPeriod(.official, from: admission)]
        }
    }

    /// The membership's first day: the admission.
    public var admission: CivilDate? {
        periods.filter { $0.kind == .probationary || $0.kind == .official }.map(\.from).min()
    }

    /// For a member still probationary: the day the probation's months are over, from which a
    /// recognition makes them official (dated back); nil otherwise.
    public var officialFrom: CivilDate? {
        guard leaving == nil, !periods.contains(where: { $0.kind == .official }),
            let start = periods.last(where: { $0.kind == .probationary && $0.until == nil })?.from
        else { return nil }
        return start.adding(months: Rulebook.inForce(on: start).membership.probationMonths)
    }

    /// For a permanent transfer out: the last day the introduction letter is valid.
    public var letterValidUntil: CivilDate? {
        guard let left = leaving, left.leaving == .transferredOut else { return nil }
        return left.from.adding(days: Rulebook.inForce(on: left.from).membership.introductionLetterDays)
    }

    /// A letter of transfer presented `arrived` after its date: the days beyond the rulebook's limit, or nil.
    public static func letterDaysLate(letter: CivilDate, arrived: CivilDate) -> Int? {
        let days = arrived.dayNumber - letter.dayNumber - Rulebook.inForce(on: letter).membership.introductionLetterDays
        return days > 0 ? days : nil
    }

    /// A member who moved their residence or work away on `movedOn`: the permanent transfer of
    /// their membership is due within the rulebook's working days (RULES.md, "Transfers").
    public static func permanentTransferDeadline(movedOn: CivilDate, _ calendar: HolidayCalendar) -> Deadline {
        calendar.deadline(workingDays: Rulebook.inForce(on: movedOn).membership.permanentTransferWorkingDays, after: movedOn)
    }

    /// A permanent transfer out made on `transferred` for a move on `movedOn`: the working days
    /// beyond the deadline, or nil when on time.
    public static func permanentTransferLate(movedOn: CivilDate, transferred: CivilDate, _ calendar: HolidayCalendar) -> Int? {
        if case .met(let late) = permanentTransferDeadline(movedOn: movedOn, calendar).state(today: transferred, doneOn: transferred),
            late > 0
        {
            return late
        }
        return nil
    }

    /// Checks the day a member moved away: within the membership, not in the future, and not
    /// after the permanent transfer it leads to (`transferred`), when that is being recorded.
    public func checkMove(_ movedOn: CivilDate, transferred: CivilDate? = nil, today: CivilDate) throws(ValidationErrors) {
        if let transferred, movedOn > transferred {
            throw Self.problem(
                "movedOn.afterTransfer", "movedOn", vi: "Ngày chuyển nơi ở, nơi công tác không được sau ngày chuyển sinh hoạt.",
                en: "The move cannot be after the transfer.")
        }
        try checkWithinMembership(movedOn, field: "movedOn", today: today)
    }

    /// The period that ended the membership, if it has ended.
    public var leaving: StatusPeriod? { periods.first { $0.kind == .left } }

    /// A record kept in a host cell for a member of another organisation.
    public var isVisitorRecord: Bool { periods.contains { $0.transfer == .incoming } }

    /// The period of `kind` still running on `date` or after it (the current or coming one).
    public func running(_ kind: StatusKind, on date: CivilDate) -> StatusPeriod? {
        periods.last { $0.kind == kind && $0.reaches(date) }
    }

    /// The member's standing on `date`; nil when they were not a member that day (before the
    /// admission, or from the day they left).
    public func standing(on date: CivilDate) -> Standing? {
        if periods.contains(where: { $0.kind == .left && $0.covers(date) }) { return nil }
        guard let membership = periods.last(where: { ($0.kind == .probationary || $0.kind == .official) && $0.covers(date) })
        else { return nil }
        func detail<T>(_ kind: StatusKind, _ read: (StatusPeriod) -> T?) -> T? {
            periods.last { $0.kind == kind && $0.covers(date) }.flatMap(read)
        }
        return Standing(
            status: membership.kind == .official ? .official : .probationary,
            exemption: detail(.exempt, \.exemption), transfer: detail(.transfer, \.transfer),
            suspension: detail(.suspended, \.suspension), discipline: detail(.disciplined, \.discipline))
    }

    /// The member on the roll of a meeting on `date`, or nil when they are not on it: not a member
    /// that day, or a visiting member whose temporary transfer does not run that day.
    public func rollMember(on date: CivilDate) -> RollMember? {
        guard let s = standing(on: date) else { return nil }
        if isVisitorRecord && s.transfer != .incoming { return nil }
        return RollMember(
            status: s.status, exempt: s.exemption != nil, transfer: s.transfer, suspended: s.suspension != nil,
            attendance: nil)
    }
}

// MARK: - Events

extension MemberHistory {
    private static func problem(_ code: String, _ field: String?, vi: String, en: String) -> ValidationErrors {
        ValidationErrors([DomainError(.invalid, code: code, vi: vi, en: en, field: field)])
    }

    /// Checks that an event on `date` falls within the membership: not before the admission, not
    /// on or after the day the member left, and (unless `future` is allowed) not after today.
    public func checkWithinMembership(
        _ date: CivilDate, field: String, today: CivilDate, future: Bool = false
    ) throws(ValidationErrors) {
        if let left = leaving, date >= left.from {
            throw Self.problem(
                "member.left", field,
                vi: "Đảng viên đã ra khỏi Đảng từ ngày \(left.from.vietnamese) (\(left.leaving?.label(.vi) ?? "")).",
                en: "The member left the party on \(left.from.iso).")
        }
        if let admission, date < admission {
            throw Self.problem(
                "\(field).beforeAdmission", field, vi: "Ngày này trước ngày vào Đảng (\(admission.vietnamese)).",
                en: "The date is before the admission (\(admission.iso)).")
        }
        if !future && date > today {
            throw Self.problem(
                "\(field).future", field, vi: "Ngày này không được sau hôm nay.", en: "The date cannot be in the future.")
        }
    }

    /// A new period of `kind` from `from` (until `until`), refused if one of the same kind runs then.
    public func starting(
        _ kind: StatusKind, detail: String, from: CivilDate, until: CivilDate?, today: CivilDate, future: Bool = false,
        overlapping: Bool = false
    ) throws(ValidationErrors) -> StatusChange {
        try checkWithinMembership(from, field: "from", today: today, future: future)
        if let until, until < from {
            throw Self.problem(
                "until.beforeFrom", "until", vi: "Ngày kết thúc phải từ ngày bắt đầu trở về sau.",
                en: "The end date must be on or after the start date.")
        }
        if let left = leaving, (until ?? left.from) >= left.from {
            throw Self.problem(
                "until.afterLeaving", "until", vi: "Ngày kết thúc phải trước ngày ra khỏi Đảng (\(left.from.vietnamese)).",
                en: "The end date must be before the member left (\(left.from.iso)).")
        }
        let clash = periods.first { p in
            p.kind == kind && p.reaches(from) && (until.map { p.from <= $0 } ?? true)
        }
        if let clash, !overlapping {
            throw Self.problem(
                "\(kind.rawValue).overlaps", "from",
                vi:
                    "Trùng với thời gian \(kind.label(.vi).lowercased()) đã ghi (từ \(clash.from.vietnamese)\(clash.until.map { " đến \($0.vietnamese)" } ?? "")).",
                en: "Overlaps the \(kind.label(.en).lowercased()) already recorded (from \(clash.from.iso)).")
        }
        return StatusChange(open: [StatusPeriod(kind, detail: detail, from: from, until: until)])
    }

    /// Ends the running period of `kind` on `last` (its last day).
    public func ending(_ kind: StatusKind, last: CivilDate, today: CivilDate) throws(ValidationErrors) -> StatusChange {
        guard let index = periods.lastIndex(where: { $0.kind == kind && $0.reaches(today) }) else {
            throw Self.problem(
                "\(kind.rawValue).none", nil, vi: "Không có thời gian \(kind.label(.vi).lowercased()) nào đang chạy.",
                en: "No \(kind.label(.en).lowercased()) is running.")
        }
        let p = periods[index]
        if last < p.from {
            throw Self.problem(
                "until.beforeFrom", "until", vi: "Ngày kết thúc phải từ ngày bắt đầu (\(p.from.vietnamese)) trở về sau.",
                en: "The end date must be on or after the start (\(p.from.iso)).")
        }
        if let until = p.until, last >= until {
            throw Self.problem(
                "until.afterEnd", "until", vi: "Thời gian này đã có ngày kết thúc \(until.vietnamese).",
                en: "The period already ends on \(until.iso).")
        }
        if last > today {
            throw Self.problem(
                "until.future", "until", vi: "Ngày kết thúc không được sau hôm nay.", en: "The end date cannot be in the future.")
        }
        return StatusChange(close: [index: last])
    }

    /// The membership ends on `date` (the first day out): every period still running then takes
    /// the day before as its last, and a `left` period opens. A second leaving is refused.
    public func leaving(_ kind: LeavingKind, on date: CivilDate, today: CivilDate) throws(ValidationErrors) -> StatusChange {
        try checkWithinMembership(date, field: "date", today: today)
        if let later = periods.first(where: { $0.from >= date }) {
            throw Self.problem(
                "date.beforeLaterEvent", "date",
                vi: "Đã có \(later.kind.label(.vi).lowercased()) từ ngày \(later.from.vietnamese), sau ngày này.",
                en: "A later period (\(later.kind.label(.en).lowercased()), from \(later.from.iso)) is recorded.")
        }
        var change = StatusChange(open: [StatusPeriod(.left, detail: kind.rawValue, from: date)])
        for (i, p) in periods.enumerated() where p.reaches(date) {
            change.close[i] = date.adding(days: -1)
        }
        return change
    }

    /// Recognition as official (RULES.md, "Members over time"): once the probation's months have
    /// run, the committee's decision makes the member official from the end of them, dated back.
    /// Returns the change and the official date.
    public func recognising(decisionDate: CivilDate, today: CivilDate) throws(ValidationErrors) -> (StatusChange, CivilDate) {
        try checkWithinMembership(decisionDate, field: "decisionDate", today: today)
        guard let official = officialFrom, let index = periods.lastIndex(where: { $0.kind == .probationary && $0.until == nil })
        else {
            throw Self.problem(
                "member.notProbationary", nil, vi: "Đảng viên không phải đảng viên dự bị.", en: "The member is not probationary.")
        }
        let months = Rulebook.inForce(on: periods[index].from).membership.probationMonths
        if decisionDate < official {
            throw Self.problem(
                "decisionDate.beforeProbationEnds", "decisionDate",
                vi: "Chưa hết \(months) tháng dự bị: chỉ xét công nhận chính thức từ ngày \(official.vietnamese).",
                en: "The \(months)-month probation runs until \(official.adding(days: -1).iso): recognition from \(official.iso).")
        }
        return (
            StatusChange(close: [index: official.adding(days: -1)], open: [StatusPeriod(.official, from: official)]),
            official
        )
    }

    /// A probationary member the cell did not propose for recognition (its recognition vote,
    /// held once the probation's months had run, did not pass) is struck off by the committee's
    /// decision (RULES.md, "Leaving, suspension and discipline": a probationary member who fails
    /// probation is struck off). The decision comes on or after the vote.
    public func strikingOffAfterFailedRecognition(
        decisionDate: CivilDate, voteDate: CivilDate, today: CivilDate
    ) throws(ValidationErrors) -> StatusChange {
        guard let official = officialFrom else {
            throw Self.problem(
                "member.notProbationary", nil, vi: "Đảng viên không phải đảng viên dự bị.", en: "The member is not probationary.")
        }
        if voteDate < official {
            throw Self.problem(
                "voteId.beforeProbationEnds", "voteId",
                vi: "Biểu quyết này diễn ra khi chưa hết thời gian dự bị (đến \(official.adding(days: -1).vietnamese)): "
                    + "chưa phải việc xét công nhận chính thức.",
                en: "That vote was held before the probation ended (\(official.adding(days: -1).iso)): it was not the recognition.")
        }
        if decisionDate < voteDate {
            throw Self.problem(
                "date.beforeVote", "date", vi: "Ngày quyết định xóa tên không được trước ngày chi bộ biểu quyết (\(voteDate.vietnamese)).",
                en: "The decision cannot be dated before the cell's vote (\(voteDate.iso)).")
        }
        return try leaving(.struckOff, on: decisionDate, today: today)
    }

    /// A disciplinary measure decided on `date` by `body`, within what `settings` lets that body
    /// decide (a cell: reprimand and warning by default); expulsion also ends the membership that day.
    public func disciplining(
        _ kind: DisciplineKind, by body: DecidingBody, on date: CivilDate, until: CivilDate?, today: CivilDate,
        settings: LocalSettings = LocalSettings()
    ) throws(ValidationErrors) -> StatusChange {
        let most = body.upTo(settings)
        if kind.severity > most.severity {
            let allowed = DisciplineKind.allCases.filter { $0.severity <= most.severity }
            throw Self.problem(
                body == .cell ? "discipline.beyondCell" : "discipline.beyondBody", "kind",
                vi: "\(body.label(.vi)) chỉ được quyết định \(allowed.map { $0.label(.vi).lowercased() }.joined(separator: ", ")); "
                    + "\(kind.label(.vi).lowercased()) do cấp trên có thẩm quyền quyết định (\(body.label(.vi).lowercased()) đề nghị).",
                en: "\(body.label(.en)) decides only \(allowed.map { $0.label(.en).lowercased() }.joined(separator: ", ")); "
                    + "\(kind.label(.en).lowercased()) is for a higher body to decide (on its proposal).")
        }
        if kind == .expulsion {
            var change = try leaving(.expelled, on: date, today: today)
            change.open.insert(StatusPeriod(.disciplined, detail: kind.rawValue, from: date), at: 0)
            return change
        }
        // Measures may run together (a warning while a reprimand is still in effect).
        return try starting(.disciplined, detail: kind.rawValue, from: date, until: until, today: today, overlapping: true)
    }
}
