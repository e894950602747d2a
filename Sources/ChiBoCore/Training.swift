/// Training and contests for cell secretaries (issue 18; seeds 000, 003, 004): the committees
/// run courses for the secretaries and deputies of their cells ("lớp bồi dưỡng kỹ năng, nghiệp vụ
/// công tác Đảng cho bí thư, phó bí thư chi bộ", seed 003; "thường xuyên tập huấn, bồi dưỡng",
/// seed 004) and contests of good secretaries ("Hội thi Bí thư chi bộ giỏi", seed 000). Who
/// attended a course and completed it, with their certificates; who entered a contest and the
/// prize they won; which secretaries have had no training for a while.

/// What kind of course it is.
public enum CourseKind: String, Sendable, CaseIterable, Codable, Labelled {
    /// Party-work training for cell secretaries and deputies (bồi dưỡng nghiệp vụ công tác đảng).
    case partyWork = "party_work"
    /// A workshop (tập huấn): a day or two on one subject.
    case workshop
    /// Political theory (lý luận chính trị: sơ cấp, trung cấp…).
    case politicalTheory = "political_theory"
    case other

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.partyWork, .vi): "Bồi dưỡng nghiệp vụ công tác đảng cho bí thư, phó bí thư chi bộ"
        case (.partyWork, .en): "Party-work training for cell secretaries and deputies"
        case (.workshop, .vi): "Tập huấn"
        case (.workshop, .en): "Workshop"
        case (.politicalTheory, .vi): "Lý luận chính trị"
        case (.politicalTheory, .en): "Political theory"
        case (.other, .vi): "Khác"
        case (.other, .en): "Other"
        }
    }
}

/// An entrant's result in a contest.
public enum ContestPrize: String, Sendable, CaseIterable, Codable, Labelled {
    case first
    case second
    case third
    /// Giải khuyến khích.
    case consolation
    /// Took part without a prize.
    case participated

    /// Whether the result is a prize (every result but taking part).
    public var isPrize: Bool { self != .participated }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.first, .vi): "Giải Nhất"
        case (.first, .en): "First prize"
        case (.second, .vi): "Giải Nhì"
        case (.second, .en): "Second prize"
        case (.third, .vi): "Giải Ba"
        case (.third, .en): "Third prize"
        case (.consolation, .vi): "Giải Khuyến khích"
        case (.consolation, .en): "Consolation prize"
        case (.participated, .vi): "Tham gia"
        case (.participated, .en): "Took part"
        }
    }
}

/// A course as the committee records it.
public struct CourseDraft: Sendable, Equatable {
    public var kind: CourseKind
    public var topic: String
    /// Who runs it: the committee itself, or the body it sent its secretaries to.
    public var organiser: String
    public var location: String?
    public var startOn: CivilDate
    public var endOn: CivilDate

    public static let maxTopicLength = 300
    public static let maxOrganiserLength = 200
    public static let maxLocationLength = 200

    public init(kind: CourseKind, topic: String, organiser: String, location: String? = nil, startOn: CivilDate, endOn: CivilDate) {
        self.kind = kind
        self.topic = topic
        self.organiser = organiser
        self.location = location
        self.startOn = startOn
        self.endOn = endOn
    }

    /// The year the course is listed under: the year it starts.
    public var year: Int { startOn.year }

    /// Checks the course: a topic and an organiser within their lengths, a location not too
    /// long, the last day not before the first. Every problem at once.
    public func check() throws(ValidationErrors) {
        var errors: [DomainError] = []
        if let e = TrainingRules.text(topic, field: "topic", max: Self.maxTopicLength, vi: "chủ đề lớp học", en: "The topic") {
            errors.append(e)
        }
        if let e = TrainingRules.text(
            organiser, field: "organiser", max: Self.maxOrganiserLength, vi: "đơn vị tổ chức", en: "The organiser")
        {
            errors.append(e)
        }
        if let location, location.count > Self.maxLocationLength {
            errors.append(
                DomainError(
                    .invalid, code: "location.tooLong", vi: "Địa điểm dài quá \(Self.maxLocationLength) ký tự.",
                    en: "The location is longer than \(Self.maxLocationLength) characters.", field: "location"))
        }
        if startOn > endOn {
            errors.append(
                DomainError(
                    .invalid, code: "endOn.order", vi: "Ngày kết thúc lớp học không được trước ngày khai giảng.",
                    en: "The course must end on or after its first day.", field: "endOn"))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }
}

/// A member's attendance at a course: whether they completed it, and their certificate.
public struct CourseAttendance: Sendable, Equatable {
    public var completed: Bool
    public var certificateNumber: String?
    public var certificateDate: CivilDate?

    public static let maxCertificateLength = 50

    public init(completed: Bool, certificateNumber: String? = nil, certificateDate: CivilDate? = nil) {
        self.completed = completed
        self.certificateNumber = certificateNumber
        self.certificateDate = certificateDate
    }

    /// Checks the record against its course: completed only once the course has ended; a
    /// certificate only for a completed attendance, with its number and its date, dated not
    /// before the course's last day nor after today. Every problem at once.
    public func check(courseEnd: CivilDate, today: CivilDate) throws(ValidationErrors) {
        var errors: [DomainError] = []
        if completed && !TrainingRules.hasEnded(courseEnd, today: today) {
            errors.append(
                DomainError(
                    .invalid, code: "completed.notEnded", vi: "Lớp học chưa kết thúc; chưa thể ghi nhận hoàn thành.",
                    en: "The course has not ended yet; no one has completed it.", field: "completed"))
        }
        let number = VietnameseText.normalizeText(certificateNumber)
        if !completed && (number != nil || certificateDate != nil) {
            errors.append(
                DomainError(
                    .invalid, code: "certificate.notCompleted", vi: "Chỉ cấp chứng nhận cho người đã hoàn thành lớp học.",
                    en: "A certificate is only for someone who completed the course.", field: "certificateNumber"))
        } else if completed {
            if number == nil && certificateDate != nil {
                errors.append(.required("certificateNumber", vi: "số chứng nhận", en: "The certificate's number"))
            }
            if let number, number.count > Self.maxCertificateLength {
                errors.append(
                    DomainError(
                        .invalid, code: "certificateNumber.tooLong", vi: "Số chứng nhận dài quá \(Self.maxCertificateLength) ký tự.",
                        en: "The certificate's number is longer than \(Self.maxCertificateLength) characters.",
                        field: "certificateNumber"))
            }
            if number != nil && certificateDate == nil {
                errors.append(.required("certificateDate", vi: "ngày cấp chứng nhận", en: "The certificate's date"))
            }
            if let d = certificateDate, d < courseEnd || d > today {
                errors.append(
                    DomainError(
                        .invalid, code: "certificateDate.range",
                        vi: "Ngày cấp chứng nhận phải từ ngày kết thúc lớp học (\(courseEnd.vietnamese)) đến hôm nay.",
                        en: "The certificate is dated between the course's last day (\(courseEnd.iso)) and today.",
                        field: "certificateDate"))
            }
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }
}

/// A contest as the committee records it (a contest of good cell secretaries, seed 000).
public struct ContestDraft: Sendable, Equatable {
    public var name: String
    public var year: Int
    public var startOn: CivilDate
    public var endOn: CivilDate

    public static let maxNameLength = 300

    public init(name: String, year: Int, startOn: CivilDate, endOn: CivilDate) {
        self.name = name
        self.year = year
        self.startOn = startOn
        self.endOn = endOn
    }

    /// Checks the contest: its name, its days in order and within its year. Every problem at once.
    public func check() throws(ValidationErrors) {
        var errors: [DomainError] = []
        if let e = TrainingRules.text(name, field: "name", max: Self.maxNameLength, vi: "tên hội thi", en: "The contest's name") {
            errors.append(e)
        }
        if startOn > endOn {
            errors.append(
                DomainError(
                    .invalid, code: "endOn.order", vi: "Ngày kết thúc hội thi không được trước ngày bắt đầu.",
                    en: "The contest must end on or after its first day.", field: "endOn"))
        }
        if startOn.year != year || endOn.year != year {
            errors.append(
                DomainError(
                    .invalid, code: "startOn.year", vi: "Hội thi phải diễn ra trong năm \(year).",
                    en: "The contest must take place within \(year).", field: "startOn"))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }
}

/// The rules of training and contests.
public enum TrainingRules {
    /// A cell's secretary or deputy is *without training* when they have completed no course
    /// (of any kind) that ended within the last `recentYears` years: the commune sees them
    /// listed to send them to the next one. Five years is one committee term (nhiệm kỳ): each
    /// secretary trained at least once a term (seeds 003 and 004 ask that secretaries and
    /// deputies be trained regularly; no central figure was found: *local*, unconfirmed).
    public static let recentYears = 5

    /// The first day a course may have ended on to count as recent training on `today`.
    public static func recentSince(today: CivilDate) -> CivilDate { today.adding(months: -12 * recentYears) }

    /// Whether a course completed that ended on `courseEnd` counts as recent training on `today`.
    public static func isRecent(courseEnd: CivilDate, today: CivilDate) -> Bool {
        courseEnd >= recentSince(today: today) && courseEnd <= today
    }

    /// Whether a course or a contest whose last day is `last` is over on `today` (its last day included).
    public static func hasEnded(_ last: CivilDate, today: CivilDate) -> Bool { last <= today }

    /// The last day of the latest course completed by `today`, of those that ended on `completed`.
    public static func lastTraining(completed: [CivilDate], today: CivilDate) -> CivilDate? {
        completed.filter { hasEnded($0, today: today) }.max()
    }

    /// Whether someone whose completed courses ended on `completed` is without training on `today`.
    public static func lacksTraining(completed: [CivilDate], today: CivilDate) -> Bool {
        !completed.contains { isRecent(courseEnd: $0, today: today) }
    }

    /// The officers a secretaries' course or contest is for, and whom the list of those without
    /// training names: a cell's secretary and deputy.
    public static func isSecretary(_ role: OfficerRole) -> Bool { role == .secretary || role == .deputy }

    /// A contest's results are recorded once it has ended, with a note of at most `maxNoteLength`.
    public static func checkResult(contestEnd: CivilDate, note: String? = nil, today: CivilDate) throws(ValidationErrors) {
        var errors: [DomainError] = []
        if !hasEnded(contestEnd, today: today) {
            errors.append(
                DomainError(
                    .invalid, code: "prize.notEnded", vi: "Hội thi chưa kết thúc; chưa thể ghi kết quả.",
                    en: "The contest has not ended yet; no results yet.", field: "prize"))
        }
        if let note, note.count > maxNoteLength {
            errors.append(
                DomainError(
                    .invalid, code: "note.tooLong", vi: "Ghi chú dài quá \(maxNoteLength) ký tự.",
                    en: "The note is longer than \(maxNoteLength) characters.", field: "note"))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }

    /// The most people one request adds to a course or a contest.
    public static let maxPerRequest = 500
    public static let maxNoteLength = 500

    /// A required line of text within `max` characters, or the problem with it.
    static func text(_ raw: String, field: String, max: Int, vi: String, en: String) -> DomainError? {
        guard let t = VietnameseText.normalizeText(raw) else { return .required(field, vi: vi, en: en) }
        guard t.count <= max else {
            return DomainError(
                .invalid, code: "\(field).tooLong", vi: "\(vi.prefix(1).uppercased() + vi.dropFirst()) dài quá \(max) ký tự.",
                en: "\(en) is longer than \(max) characters.", field: field)
        }
        return nil
    }
}

/// Training and contests over a period: completed attendances by the month their course ended,
/// entrants by the month their contest ended and those who won a prize; each counted at the
/// member's cell.
public struct TrainingFigures: Sendable, Equatable, Codable {
    public var completed = 0
    public var contestEntrants = 0
    public var contestPrizes = 0

    public init() {}

    mutating func add(_ row: FigureRow) {
        completed += row[.trainingCompleted]
        contestEntrants += row[.contestEntrants]
        contestPrizes += row[.contestPrizes]
    }

    /// A unit's training figures over a period from its counters (`rows` by key, already summed
    /// over its cells): the months' rows summed. What `CellFigures.derive(...).training` gives,
    /// without deriving the rest (a page listing many sub-units' training alone, issue 20).
    public static func derive(rows: [String: FigureRow], period: ReportPeriod) -> TrainingFigures {
        var f = TrainingFigures()
        for m in period.months { if let r = rows[m.key] { f.add(r) } }
        return f
    }

    mutating func add(_ o: TrainingFigures) {
        completed += o.completed
        contestEntrants += o.contestEntrants
        contestPrizes += o.contestPrizes
    }
}
