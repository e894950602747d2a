/// Local settings set per unit (RULES.md, "Local settings"): what the rules leave to each
/// locality, set by a unit's committee, inherited by the units below unless they set their own,
/// dated (a value holds from its day until a later one), so that a figure of any day is computed
/// with the setting of that day and says which one it used.

/// A setting a unit may set, its label and its allowed values.
public enum LocalSettingKey: String, Sendable, CaseIterable, Codable, Labelled {
    case attendanceTargetPercent = "attendance_target_percent"
    case superiorVisitEvery = "superior_visit_every"
    case monthlyReportDueDay = "monthly_report_due_day"
    case issueAnswerWorkingDays = "issue_answer_working_days"
    case qualityGoodFrom = "quality_good_from"
    case qualityFairFrom = "quality_fair_from"
    case qualityAverageFrom = "quality_average_from"
    case excellentCapPercentOfGood = "excellent_cap_percent"
    case meetingQuorumPercent = "meeting_quorum_percent"
    case disciplineCellUpTo = "discipline_cell_up_to"
    case disciplineGrassrootsUpTo = "discipline_grassroots_up_to"

    /// The whole numbers a numeric setting may take; nil for a choice.
    public var range: ClosedRange<Int>? {
        switch self {
        case .attendanceTargetPercent, .qualityGoodFrom, .qualityFairFrom, .qualityAverageFrom, .excellentCapPercentOfGood,
            .meetingQuorumPercent:
            0...100
        case .monthlyReportDueDay: 1...31
        case .issueAnswerWorkingDays: 1...90
        case .superiorVisitEvery, .disciplineCellUpTo, .disciplineGrassrootsUpTo: nil
        }
    }

    /// The value as stored and shown (`90`, `quarter`; blank for "not set" where that is allowed).
    public func value(in s: LocalSettings) -> String {
        switch self {
        case .attendanceTargetPercent: String(s.attendanceTargetPercent)
        case .superiorVisitEvery: s.superiorVisitEvery.rawValue
        case .monthlyReportDueDay: String(s.monthlyReportDueDay)
        case .issueAnswerWorkingDays: String(s.issueAnswerWorkingDays)
        case .qualityGoodFrom: String(s.qualityGoodFrom)
        case .qualityFairFrom: String(s.qualityFairFrom)
        case .qualityAverageFrom: String(s.qualityAverageFrom)
        case .excellentCapPercentOfGood: String(s.excellentCapPercentOfGood)
        case .meetingQuorumPercent: s.meetingQuorumPercent.map(String.init) ?? ""
        case .disciplineCellUpTo: s.disciplineCellUpTo.rawValue
        case .disciplineGrassrootsUpTo: s.disciplineGrassrootsUpTo.rawValue
        }
    }

    /// Sets the value in `s`, refused with the allowed values when it is not one of them.
    public func set(_ raw: String, in s: inout LocalSettings) throws(ValidationErrors) {
        let text = raw.trimmingCharactersInSet()
        if self == .superiorVisitEvery {
            guard let w = VisitWindow(rawValue: text) else { throw refusal(vi: "tháng, quý hoặc năm", en: "month, quarter or year") }
            s.superiorVisitEvery = w
            return
        }
        if self == .disciplineCellUpTo || self == .disciplineGrassrootsUpTo {
            guard let kind = DisciplineKind(rawValue: text) else {
                throw refusal(vi: "reprimand, warning, removal hoặc expulsion", en: "reprimand, warning, removal or expulsion")
            }
            if self == .disciplineCellUpTo { s.disciplineCellUpTo = kind } else { s.disciplineGrassrootsUpTo = kind }
            return
        }
        if self == .meetingQuorumPercent && text.isEmpty {
            s.meetingQuorumPercent = nil
            return
        }
        let r = range ?? 0...0
        guard let n = Int(text), r.contains(n) else {
            throw refusal(
                vi: "số nguyên từ \(r.lowerBound) đến \(r.upperBound)", en: "a whole number from \(r.lowerBound) to \(r.upperBound)")
        }
        switch self {
        case .attendanceTargetPercent: s.attendanceTargetPercent = n
        case .monthlyReportDueDay: s.monthlyReportDueDay = n
        case .issueAnswerWorkingDays: s.issueAnswerWorkingDays = n
        case .qualityGoodFrom: s.qualityGoodFrom = n
        case .qualityFairFrom: s.qualityFairFrom = n
        case .qualityAverageFrom: s.qualityAverageFrom = n
        case .excellentCapPercentOfGood: s.excellentCapPercentOfGood = n
        case .meetingQuorumPercent: s.meetingQuorumPercent = n
        case .superiorVisitEvery, .disciplineCellUpTo, .disciplineGrassrootsUpTo: break
        }
    }

    private func refusal(vi: String, en: String) -> ValidationErrors {
        ValidationErrors([
            DomainError(
                .invalid, code: "value.invalid", vi: "“\(label(.vi))” phải là \(vi).", en: "“\(label(.en))” must be \(en).", field: "value")
        ])
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.attendanceTargetPercent, .vi): "Chỉ tiêu tỷ lệ đảng viên dự sinh hoạt (%)"
        case (.attendanceTargetPercent, .en): "Attendance target (%)"
        case (.superiorVisitEvery, .vi): "Cấp trên dự sinh hoạt chi bộ ít nhất"
        case (.superiorVisitEvery, .en): "A superior attends each cell at least"
        case (.monthlyReportDueDay, .vi): "Hạn trực báo (ngày trong tháng)"
        case (.monthlyReportDueDay, .en): "Monthly report due (day of the month)"
        case (.issueAnswerWorkingDays, .vi): "Thời hạn trả lời ý kiến, kiến nghị (ngày làm việc)"
        case (.issueAnswerWorkingDays, .en): "Time to answer an opinion (working days)"
        case (.qualityGoodFrom, .vi): "Sinh hoạt loại Tốt từ (điểm)"
        case (.qualityGoodFrom, .en): "A meeting is Good from (points)"
        case (.qualityFairFrom, .vi): "Sinh hoạt loại Khá từ (điểm)"
        case (.qualityFairFrom, .en): "A meeting is Fair from (points)"
        case (.qualityAverageFrom, .vi): "Sinh hoạt loại Trung bình từ (điểm)"
        case (.qualityAverageFrom, .en): "A meeting is Average from (points)"
        case (.excellentCapPercentOfGood, .vi): "Tỷ lệ tối đa “Hoàn thành xuất sắc” trong số “Hoàn thành tốt” (%)"
        case (.excellentCapPercentOfGood, .en): "“Excellent” at most, of those rated good (%)"
        case (.meetingQuorumPercent, .vi): "Tỷ lệ dự tối thiểu để sinh hoạt (%; để trống: không đặt)"
        case (.meetingQuorumPercent, .en): "Quorum (%; blank: none)"
        case (.disciplineCellUpTo, .vi): "Chi bộ được quyết định kỷ luật đến mức"
        case (.disciplineCellUpTo, .en): "A cell decides discipline up to"
        case (.disciplineGrassrootsUpTo, .vi): "Đảng ủy cơ sở được quyết định kỷ luật đến mức"
        case (.disciplineGrassrootsUpTo, .en): "A grassroots committee decides discipline up to"
        }
    }
}

/// One dated value of a setting, set by a unit at some distance above the unit it applies to
/// (0: the unit itself).
public struct LocalSettingVersion: Sendable, Equatable, Codable {
    public var key: LocalSettingKey
    public var value: String
    public var from: CivilDate
    /// How far above the unit it applies to the setting unit is.
    public var depth: Int
    /// The unit that set it, as the page names it.
    public var unitName: String

    public init(key: LocalSettingKey, value: String, from: CivilDate, depth: Int, unitName: String) {
        self.key = key
        self.value = value
        self.from = from
        self.depth = depth
        self.unitName = unitName
    }
}

extension LocalSettings {
    /// The settings in force on `date` for a unit, from the versions set by it and its ancestors:
    /// for each key, the nearest unit's latest version from a day not after `date`; the national
    /// default (`base`) where none applies. Returns the version each setting came from.
    public static func resolve(
        _ versions: [LocalSettingVersion], on date: CivilDate, base: LocalSettings = LocalSettings()
    ) -> (settings: LocalSettings, sources: [LocalSettingKey: LocalSettingVersion]) {
        var s = base
        var sources: [LocalSettingKey: LocalSettingVersion] = [:]
        for key in LocalSettingKey.allCases {
            let applicable = versions.filter { $0.key == key && $0.from <= date }
            guard let nearest = applicable.map(\.depth).min(),
                let v = applicable.filter({ $0.depth == nearest }).max(by: { $0.from < $1.from })
            else { continue }
            // A stored value the rules no longer accept leaves the default in place.
            do {
                try key.set(v.value, in: &s)
                sources[key] = v
            } catch {}
        }
        return (s, sources)
    }

    /// The meeting rubric's bands must fall in order: Good above Fair above Average.
    public func checkBands() throws(ValidationErrors) {
        guard qualityGoodFrom > qualityFairFrom, qualityFairFrom > qualityAverageFrom else {
            throw ValidationErrors([
                DomainError(
                    .invalid, code: "bands.order",
                    vi:
                        "Điểm các loại phải giảm dần: Tốt (\(qualityGoodFrom)) > Khá (\(qualityFairFrom)) > Trung bình (\(qualityAverageFrom)).",
                    en: "The bands must fall: Good (\(qualityGoodFrom)) > Fair (\(qualityFairFrom)) > Average (\(qualityAverageFrom)).",
                    field: "value")
            ])
        }
    }
}
