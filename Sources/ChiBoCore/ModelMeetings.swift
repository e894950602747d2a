/// Model meetings by cell type (sinh hoạt điểm, seed 004 and RULES.md "Meetings"): each level picks
/// a model cell per group of cell types for the year; a working group from above attends its
/// meeting and evaluates it (as superiors do, `SuperiorVisits`), and records the lessons, which the
/// other cells of the same group below that level can open.

/// The groups model meetings are chosen by.
public enum CellGroup: String, Sendable, CaseIterable, Codable, Labelled {
    /// Villages and residential quarters.
    case residential
    /// Party, state and mass-organisation agencies.
    case agency
    /// Schools, health stations and other public service units.
    case publicService = "public_service"
    /// Enterprises, state and private.
    case enterprise
    /// Military and police.
    case armedForces = "armed_forces"

    public static func of(_ type: CellType) -> CellGroup {
        switch type {
        case .ruralVillage, .urbanResidential: .residential
        case .agency: .agency
        case .publicService: .publicService
        case .stateEnterprise, .privateEnterprise: .enterprise
        case .armedForces: .armedForces
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.residential, .vi): "Chi bộ thôn, khu dân cư"
        case (.residential, .en): "Villages and residential areas"
        case (.agency, .vi): "Chi bộ cơ quan"
        case (.agency, .en): "Agencies"
        case (.publicService, .vi): "Chi bộ trường học, đơn vị sự nghiệp"
        case (.publicService, .en): "Schools and public services"
        case (.enterprise, .vi): "Chi bộ doanh nghiệp"
        case (.enterprise, .en): "Enterprises"
        case (.armedForces, .vi): "Chi bộ quân sự, công an"
        case (.armedForces, .en): "Armed forces and police"
        }
    }
}

/// What choosing a model cell and recording its lessons must satisfy.
public enum ModelMeetingRules {
    public static let maxLessonsLength = 4000

    /// The cell must be of the group (a cell of no recorded type belongs to none).
    public static func checkChoice(group: CellGroup, cellType: CellType?, alreadyChosen: Bool) throws(ValidationErrors) {
        var errors: [DomainError] = []
        if cellType.map(CellGroup.of) != group {
            errors.append(
                DomainError(
                    .invalid, code: "cellId.group", vi: "Chi bộ này không thuộc nhóm “\(group.label(.vi))”.",
                    en: "This cell is not in the group “\(group.label(.en))”.", field: "cellId"))
        }
        if alreadyChosen {
            errors.append(
                DomainError(
                    .invalid, code: "group.taken", vi: "Nhóm “\(group.label(.vi))” đã có chi bộ điểm trong năm.",
                    en: "The group “\(group.label(.en))” already has its model cell this year.", field: "group"))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }

    /// The model meeting: a meeting of the model cell, of the year.
    public static func checkMeeting(meetingCell: Bool, meetingYear: Int, year: Int) throws(ValidationErrors) {
        guard meetingCell, meetingYear == year else {
            throw ValidationErrors([
                DomainError(
                    .invalid, code: "meetingId.invalid", vi: "Chọn một buổi sinh hoạt của chi bộ điểm trong năm \(year).",
                    en: "Choose a meeting of the model cell in \(year).", field: "meetingId")
            ])
        }
    }

    /// The lessons, once the model meeting has taken place.
    public static func checkLessons(_ text: String?, meetingHeld: Bool) throws(ValidationErrors) {
        var errors: [DomainError] = []
        if !meetingHeld {
            errors.append(
                DomainError(
                    .invalid, code: "lessons.notHeld", vi: "Buổi sinh hoạt điểm chưa diễn ra; chưa rút kinh nghiệm được.",
                    en: "The model meeting has not taken place yet.", field: "lessons"))
        }
        let t = VietnameseText.normalizeText(text)
        if t == nil {
            errors.append(.required("lessons", vi: "bài học kinh nghiệm", en: "The lessons"))
        } else if let t, t.count > maxLessonsLength {
            errors.append(
                DomainError(
                    .invalid, code: "lessons.tooLong", vi: "Nội dung dài quá \(maxLessonsLength) ký tự.",
                    en: "Longer than \(maxLessonsLength) characters.", field: "lessons"))
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
    }
}
