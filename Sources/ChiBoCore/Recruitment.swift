/// Recruitment (phát triển đảng viên), RULES.md "Members over time": a sympathiser's file from
/// the party-awareness course to the admission ceremony, each step dated with its form
/// (1-KNĐ … 9-KNĐ), checked in order, with the ceremony's deadline in working days.

/// A step of an admission case, in the order the file is built.
public enum AdmissionStep: String, Sendable, CaseIterable, Codable, Labelled {
    /// Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng (valid 5 years).
    case course
    /// Đơn xin vào Đảng.
    case application
    /// Lý lịch của người xin vào Đảng.
    case personalHistory = "personal_history"
    /// Giấy giới thiệu người vào Đảng: one a member introducing (two are needed), or the Youth Union's resolution.
    case introduction
    /// Tổng hợp ý kiến nhận xét của đoàn thể chính trị – xã hội và chi ủy nơi cư trú.
    case residence
    /// Nghị quyết đề nghị kết nạp của chi bộ (the cell's vote, ≥ 2/3).
    case cellResolution = "cell_resolution"
    /// Nghị quyết (báo cáo thẩm định) của cấp ủy cơ sở.
    case committeeResolution = "committee_resolution"
    /// Quyết định kết nạp đảng viên.
    case decision
    /// Lễ kết nạp: the probation starts; the person is admitted.
    case ceremony
    /// Hồ sơ đảng viên: after the ceremony the cell completes the new member's file (lý lịch
    /// đảng viên, phiếu đảng viên) and hands it to the committee; the file's last step.
    case memberFile = "member_file"

    /// The form of the step (Hướng dẫn nghiệp vụ công tác đảng viên).
    public var form: String? {
        switch self {
        case .course: nil
        case .application: "1-KNĐ"
        case .personalHistory: "2-KNĐ"
        case .introduction: "3-KNĐ / 4-KNĐ"
        case .residence: "5-KNĐ"
        case .cellResolution: "6-KNĐ"
        case .committeeResolution: "7-KNĐ, 8-KNĐ"
        case .decision: "9-KNĐ"
        case .ceremony: nil
        case .memberFile: "1-HSĐV, 2-HSĐV"
        }
    }

    /// Recorded by the competent committee, not by the cell.
    public var committeeRecords: Bool { self == .committeeResolution || self == .decision }

    /// The steps that must be recorded before this one.
    public var requires: [AdmissionStep] {
        switch self {
        case .course, .application, .personalHistory, .introduction, .residence: []
        case .cellResolution: [.course, .application, .personalHistory, .introduction, .residence]
        case .committeeResolution: [.cellResolution]
        case .decision: [.committeeResolution]
        case .ceremony: [.decision]
        case .memberFile: [.ceremony]
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.course, .vi): "Học lớp bồi dưỡng nhận thức về Đảng"
        case (.course, .en): "Party-awareness course"
        case (.application, .vi): "Đơn xin vào Đảng"
        case (.application, .en): "Application"
        case (.personalHistory, .vi): "Lý lịch người xin vào Đảng"
        case (.personalHistory, .en): "Personal history"
        case (.introduction, .vi): "Giới thiệu người vào Đảng"
        case (.introduction, .en): "Introduction"
        case (.residence, .vi): "Nhận xét của nơi cư trú"
        case (.residence, .en): "Comments from the residence area"
        case (.cellResolution, .vi): "Nghị quyết đề nghị kết nạp của chi bộ"
        case (.cellResolution, .en): "The cell's resolution"
        case (.committeeResolution, .vi): "Nghị quyết của đảng ủy cơ sở"
        case (.committeeResolution, .en): "The committee's resolution"
        case (.decision, .vi): "Quyết định kết nạp"
        case (.decision, .en): "Admission decision"
        case (.ceremony, .vi): "Lễ kết nạp"
        case (.ceremony, .en): "Admission ceremony"
        case (.memberFile, .vi): "Hoàn thiện hồ sơ đảng viên"
        case (.memberFile, .en): "The member's file completed"
        }
    }
}

/// Where a sympathiser stands.
public enum SympathiserStatus: String, Sendable, CaseIterable, Codable, Labelled {
    /// Being helped towards admission.
    case active
    /// Admitted: a probationary member now.
    case admitted
    /// No longer a case (moved away, withdrew, not proposed).
    case dropped

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.active, .vi): "Đang bồi dưỡng"
        case (.active, .en): "In progress"
        case (.admitted, .vi): "Đã kết nạp"
        case (.admitted, .en): "Admitted"
        case (.dropped, .vi): "Dừng xem xét"
        case (.dropped, .en): "Dropped"
        }
    }
}

/// One recorded step.
public struct RecordedStep: Sendable, Equatable {
    public var step: AdmissionStep
    public var date: CivilDate
    /// An introducing member (nil: the Youth Union's introduction, form 4-KNĐ).
    public var introducer: String?

    public init(_ step: AdmissionStep, on date: CivilDate, introducer: String? = nil) {
        self.step = step
        self.date = date
        self.introducer = introducer
    }
}

/// A sympathiser's admission file and its rules.
public struct AdmissionCase: Sendable, Equatable {
    public var birthDate: CivilDate
    public var steps: [RecordedStep]

    public init(birthDate: CivilDate, steps: [RecordedStep]) {
        self.birthDate = birthDate
        self.steps = steps
    }

    public func date(of step: AdmissionStep) -> CivilDate? { steps.filter { $0.step == step }.map(\.date).max() }

    /// Introductions make up the step once two members introduced, or one member and the Youth Union.
    public var introduced: Bool {
        let introductions = steps.filter { $0.step == .introduction }
        let members = Set(introductions.compactMap(\.introducer)).count
        let union = introductions.contains { $0.introducer == nil }
        let required = Rulebook.inForce(on: date(of: .introduction) ?? birthDate).membership.introducersRequired
        return members >= required || (union && members >= required - 1)
    }

    public func done(_ step: AdmissionStep) -> Bool {
        step == .introduction ? introduced : date(of: step) != nil
    }

    /// The next step to record: after the ceremony, the member's file; nil once it is complete.
    public var next: AdmissionStep? { AdmissionStep.allCases.first { !done($0) } }

    /// Admitted at the ceremony: the member record is open and the probation runs.
    public var admitted: Bool { done(.ceremony) }

    /// Admitted, and the member's file not yet completed.
    public var awaitingMemberFile: Bool { admitted && !done(.memberFile) }

    private static func problem(_ code: String, _ field: String, vi: String, en: String) -> ValidationErrors {
        ValidationErrors([DomainError(.invalid, code: code, vi: vi, en: en, field: field)])
    }

    /// Checks a step before it is recorded: in order, dated after what it rests on and not in
    /// the future, once only (introductions aside), the age and the course's certificate at the decision.
    public func check(_ step: AdmissionStep, on date: CivilDate, today: CivilDate) throws(ValidationErrors) {
        if date > today {
            throw Self.problem("date.future", "date", vi: "Ngày không được sau hôm nay.", en: "The date cannot be in the future.")
        }
        if step != .introduction && self.date(of: step) != nil {
            throw Self.problem(
                "step.done", "step", vi: "Bước \"\(step.label(.vi))\" đã được ghi nhận.", en: "\(step.label(.en)) is already recorded.")
        }
        if step == .introduction && introduced {
            throw Self.problem(
                "step.done", "step", vi: "Đã đủ người giới thiệu.", en: "The introductions are complete.")
        }
        for required in step.requires where !done(required) {
            throw Self.problem(
                "step.outOfOrder", "step", vi: "Chưa có bước \"\(required.label(.vi))\" trước \"\(step.label(.vi))\".",
                en: "\(required.label(.en)) must come before \(step.label(.en)).")
        }
        for required in step.requires {
            if let before = self.date(of: required), date < before {
                throw Self.problem(
                    "date.beforePrevious", "date",
                    vi:
                        "Ngày \(step.label(.vi).lowercased()) không được trước ngày \(required.label(.vi).lowercased()) (\(before.vietnamese)).",
                    en: "\(step.label(.en)) cannot be dated before \(required.label(.en).lowercased()) (\(before.iso)).")
            }
        }
        if step == .decision {
            let rules = Rulebook.inForce(on: date).membership
            let age = birthDate.years(until: date)
            if age < rules.admissionMinimumAge || age > rules.admissionMaximumAge {
                throw Self.problem(
                    "decision.age", "date",
                    vi: "Người vào Đảng phải từ đủ \(rules.admissionMinimumAge) đến \(rules.admissionMaximumAge) tuổi (nay \(age) tuổi).",
                    en: "Admission is from \(rules.admissionMinimumAge) to \(rules.admissionMaximumAge) years of age (\(age) here).")
            }
            if let course = self.date(of: .course), date > course.adding(months: rules.awarenessCertificateYears * 12) {
                throw Self.problem(
                    "decision.courseExpired", "date",
                    vi: "Giấy chứng nhận học lớp nhận thức về Đảng (\(course.vietnamese)) đã quá \(rules.awarenessCertificateYears) năm.",
                    en: "The course certificate (\(course.iso)) is older than \(rules.awarenessCertificateYears) years.")
            }
        }
    }

    /// A ceremony held after its deadline: how many working days late (nil when on time or not held).
    public func ceremonyLate(_ calendar: HolidayCalendar) -> Int? {
        guard let decided = date(of: .decision), let held = date(of: .ceremony) else { return nil }
        let deadline = calendar.deadline(workingDays: Rulebook.inForce(on: decided).membership.ceremonyWithinWorkingDays, after: decided)
        if case .met(let late) = deadline.state(today: held, doneOn: held), late > 0 { return late }
        return nil
    }

    /// The ceremony's deadline: the rulebook's working days after the decision, once decided and until held.
    public func ceremonyDeadline(_ calendar: HolidayCalendar) -> Deadline? {
        guard let decided = date(of: .decision), date(of: .ceremony) == nil else { return nil }
        return calendar.deadline(workingDays: Rulebook.inForce(on: decided).membership.ceremonyWithinWorkingDays, after: decided)
    }
}

extension AdmissionCase {
    /// An introducer must be an official member on the day of the introduction who has known
    /// the person for the rulebook's months (the date they started working together).
    public static func checkIntroducer(
        official: Bool, knownSince: CivilDate?, on date: CivilDate
    ) throws(ValidationErrors) {
        if !official {
            throw problem(
                "introducer.notOfficial", "introducerId", vi: "Người giới thiệu phải là đảng viên chính thức.",
                en: "An introducer must be an official member.")
        }
        let months = Rulebook.inForce(on: date).membership.introducerKnownMonths
        guard let knownSince else {
            throw ValidationErrors([.required("knownSince", vi: "ngày bắt đầu cùng công tác", en: "Known since")])
        }
        if knownSince.adding(months: months) > date {
            throw problem(
                "introducer.notKnownLongEnough", "knownSince",
                vi: "Người giới thiệu phải cùng công tác, sinh hoạt với người vào Đảng ít nhất \(months) tháng.",
                en: "An introducer must have worked with the person for at least \(months) months.")
        }
    }

    /// The recognition's deadline for a probationary member: the cell considers it within the
    /// rulebook's working days after the probation ends (the day before `officialFrom`).
    public static func recognitionDeadline(officialFrom: CivilDate, _ calendar: HolidayCalendar) -> Deadline {
        let ends = officialFrom.adding(days: -1)
        return calendar.deadline(workingDays: Rulebook.inForce(on: ends).membership.recognitionWithinWorkingDays, after: ends)
    }
}

/// A step of the recognition file, before the committee's decision (form 15-KNĐ).
public enum RecognitionStep: String, Sendable, CaseIterable, Codable, Labelled {
    /// Bản tự kiểm điểm của đảng viên dự bị.
    case selfReview = "self_review"
    /// Bản nhận xét của đảng viên chính thức được phân công giúp đỡ.
    case helperReview = "helper_review"
    /// Tổng hợp ý kiến nhận xét của đoàn thể nơi làm việc và chi ủy nơi cư trú.
    case residence
    /// Nghị quyết đề nghị công nhận đảng viên chính thức của chi bộ (the cell's vote, ≥ 2/3).
    case cellResolution = "cell_resolution"
    /// Nghị quyết của đảng ủy cơ sở.
    case committeeResolution = "committee_resolution"

    public var form: String {
        switch self {
        case .selfReview: "10-KNĐ"
        case .helperReview: "11-KNĐ"
        case .residence: "12-KNĐ"
        case .cellResolution: "13-KNĐ"
        case .committeeResolution: "14-KNĐ"
        }
    }

    /// Recorded by the competent committee, not by the cell.
    public var committeeRecords: Bool { self == .committeeResolution }

    public var requires: [RecognitionStep] {
        switch self {
        case .selfReview, .helperReview, .residence: []
        case .cellResolution: [.selfReview, .helperReview, .residence]
        case .committeeResolution: [.cellResolution]
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.selfReview, .vi): "Bản tự kiểm điểm của đảng viên dự bị"
        case (.selfReview, .en): "Self-review"
        case (.helperReview, .vi): "Nhận xét của đảng viên giúp đỡ"
        case (.helperReview, .en): "The helper's review"
        case (.residence, .vi): "Nhận xét của đoàn thể và nơi cư trú"
        case (.residence, .en): "Comments from work and residence"
        case (.cellResolution, .vi): "Nghị quyết đề nghị công nhận của chi bộ"
        case (.cellResolution, .en): "The cell's resolution"
        case (.committeeResolution, .vi): "Nghị quyết của đảng ủy cơ sở"
        case (.committeeResolution, .en): "The committee's resolution"
        }
    }
}

extension AdmissionCase {
    /// Checks a step of a probationary member's recognition file: once each, in order, not in
    /// the future; the cell's resolution only once the probation's months have run (`officialFrom`).
    public static func checkRecognitionStep(
        _ step: RecognitionStep, on date: CivilDate, done: [RecognitionStep: CivilDate], officialFrom: CivilDate, today: CivilDate
    ) throws(ValidationErrors) {
        func problem(_ code: String, vi: String, en: String) -> ValidationErrors {
            ValidationErrors([DomainError(.invalid, code: code, vi: vi, en: en, field: code.hasPrefix("date") ? "date" : "step")])
        }
        if date > today { throw problem("date.future", vi: "Ngày không được sau hôm nay.", en: "The date cannot be in the future.") }
        if done[step] != nil {
            throw problem("step.done", vi: "Bước \"\(step.label(.vi))\" đã được ghi nhận.", en: "\(step.label(.en)) is already recorded.")
        }
        for required in step.requires {
            guard let before = done[required] else {
                throw problem(
                    "step.outOfOrder", vi: "Chưa có bước \"\(required.label(.vi))\" trước \"\(step.label(.vi))\".",
                    en: "\(required.label(.en)) must come before \(step.label(.en)).")
            }
            if date < before {
                throw problem(
                    "date.beforePrevious", vi: "Ngày không được trước bước \"\(required.label(.vi))\" (\(before.vietnamese)).",
                    en: "The date cannot be before \(required.label(.en).lowercased()) (\(before.iso)).")
            }
        }
        if step == .cellResolution && date < officialFrom {
            throw problem(
                "date.beforeProbationEnds",
                vi: "Chi bộ chỉ xét công nhận chính thức khi hết thời gian dự bị (từ \(officialFrom.vietnamese)).",
                en: "The cell considers recognition once the probation is over (from \(officialFrom.iso)).")
        }
    }
}
