/// What an official document of a meeting states about its roll and its signers (RULES.md,
/// "Meetings", opening: official, probationary, exempt, present, absent with reason; "Documents":
/// the minutes' and the resolution's figures).

/// The roll's figures as the minutes and the resolution print them: every member of the cell in
/// exactly one of present, absent, away or suspended, so that the figures add up to the total,
/// and the figures a vote's base is made of (`VoteBase`) can be read from them.
public struct RollFigures: Sendable, Equatable, Codable {
    /// Members of the cell on the roll: official and probationary, away and suspended included,
    /// members temporarily transferred in excluded (they are not the cell's).
    public var total = 0
    public var official = 0
    public var probationary = 0
    /// Members of the cell who attended (present or late), exempt members who came included.
    public var present = 0
    /// Of those present: exempt members who attended.
    public var exemptPresent = 0
    /// Of those present: probationary members, who attend but do not vote.
    public var probationaryPresent = 0
    /// Exempt members who did not attend (not expected).
    public var exemptAbsent = 0
    /// Members expected who were absent with a reason the cell accepted.
    public var excused = 0
    /// Members expected who were absent without reason (or left unmarked).
    public var unexcused = 0
    /// Members temporarily transferred out, meeting with a host cell.
    public var away = 0
    /// Members suspended from activities or detained that day.
    public var suspended = 0
    /// Members temporarily transferred in who attended: printed apart, not part of the total.
    public var visitingPresent = 0

    public init() {}

    /// Absent: exempt members who did not come, and members expected who did not come.
    public var absent: Int { exemptAbsent + excused + unexcused }

    /// Present members who may vote: official members of the cell who attended (`VoteBase.votersPresent`).
    public var votersPresent: Int { present - probationaryPresent }

    public static func compute(_ roll: [RollMember]) -> RollFigures {
        var f = RollFigures()
        for m in roll {
            if m.transfer == .incoming {
                if m.attended { f.visitingPresent += 1 }
                continue
            }
            f.total += 1
            if m.status == .official { f.official += 1 } else { f.probationary += 1 }
            if m.transfer == .outgoing {
                f.away += 1
            } else if m.suspended {
                f.suspended += 1
            } else if m.attended {
                f.present += 1
                if m.exempt { f.exemptPresent += 1 }
                if m.status == .probationary { f.probationaryPresent += 1 }
            } else if m.exempt {
                f.exemptAbsent += 1
            } else if m.attendance == .excused {
                f.excused += 1
            } else {
                f.unexcused += 1
            }
        }
        return f
    }

    /// "Tổng số đảng viên: 38 (chính thức 36, dự bị 2); có mặt: 29 (trong đó 3 đảng viên miễn sinh
    /// hoạt dự họp, 2 đảng viên dự bị); vắng: 9 (6 đảng viên miễn sinh hoạt; có lý do 3; không lý do 0)",
    /// then the members away and suspended when there are any. Present + absent + away + suspended = total.
    public var text: String {
        var presentParts: [String] = []
        if exemptPresent > 0 { presentParts.append("\(exemptPresent) đảng viên miễn sinh hoạt dự họp") }
        if probationaryPresent > 0 { presentParts.append("\(probationaryPresent) đảng viên dự bị") }
        var absentParts: [String] = []
        if exemptAbsent > 0 { absentParts.append("\(exemptAbsent) đảng viên miễn sinh hoạt") }
        absentParts += ["có lý do \(excused)", "không lý do \(unexcused)"]
        var parts = [
            "Tổng số đảng viên: \(total) (chính thức \(official), dự bị \(probationary))",
            "có mặt: \(present)" + (presentParts.isEmpty ? "" : " (trong đó " + presentParts.joined(separator: ", ") + ")"),
            "vắng: \(absent) (" + absentParts.joined(separator: "; ") + ")",
        ]
        if away > 0 { parts.append("chuyển sinh hoạt tạm thời nơi khác: \(away)") }
        if suspended > 0 { parts.append("đình chỉ sinh hoạt: \(suspended)") }
        return parts.joined(separator: "; ")
    }

    /// "Đảng viên nơi khác sinh hoạt tạm thời dự họp: 1 (không tính vào tổng số đảng viên của chi bộ)", or nil.
    public var visitorsText: String? {
        visitingPresent > 0
            ? "Đảng viên nơi khác sinh hoạt tạm thời dự họp: \(visitingPresent) (không tính vào tổng số đảng viên của chi bộ)" : nil
    }
}

/// The chair and the meeting secretary of the minutes (RULES.md, "Meetings": the chair concludes,
/// the meeting secretary keeps and reads the minutes; both sign them): neither may be a member the
/// roll lists as absent. A name that is not on the roll (a guest, the superior's representative)
/// is accepted.
public enum MinutesSigners {
    /// One line of a meeting's roll as this check needs it.
    public struct Line: Sendable, Equatable {
        public var fullName: String
        public var attendance: AttendanceStatus?

        public init(fullName: String, attendance: AttendanceStatus?) {
            self.fullName = fullName
            self.attendance = attendance
        }
    }

    /// Names compare after `VietnameseText.normalizeName`, ignoring case.
    static func key(_ name: String) -> String { VietnameseText.normalizeName(name).lowercased() }

    /// Whether `name` is a member of the roll who did not attend: every line of the roll bearing
    /// that name is marked absent (with or without reason). With `unmarkedIsAbsent` (the roll is
    /// complete: at approval, in the locked minutes) a line left unmarked counts as absent too.
    public static func listedAbsent(_ name: String, roll: [Line], unmarkedIsAbsent: Bool) -> Bool {
        absentee(name, roll: roll, unmarkedIsAbsent: unmarkedIsAbsent) != nil
    }

    /// The absent member's name as the roll spells it, when `name` is one (`listedAbsent`).
    public static func absentee(_ name: String, roll: [Line], unmarkedIsAbsent: Bool) -> String? {
        let k = key(name)
        guard !k.isEmpty else { return nil }
        let lines = roll.filter { key($0.fullName) == k }
        guard !lines.isEmpty else { return nil }
        let absent = lines.allSatisfy { line in
            switch line.attendance {
            case .present, .late: false
            case .excused, .unexcused: true
            case nil: unmarkedIsAbsent
            }
        }
        return absent ? lines[0].fullName : nil
    }

    /// The refusals for a chair and a meeting secretary the roll lists as absent (nil: not given).
    public static func check(chair: String?, secretary: String?, roll: [Line], unmarkedIsAbsent: Bool) -> [DomainError] {
        var errors: [DomainError] = []
        if let chair, let name = absentee(chair, roll: roll, unmarkedIsAbsent: unmarkedIsAbsent) {
            errors.append(
                DomainError(
                    .invalid, code: "chairName.absent",
                    vi: "Đồng chí \(name) có tên trong danh sách vắng mặt, không thể là người chủ trì buổi sinh hoạt.",
                    en: "\(name) is listed as absent from this meeting and cannot be its chair.", field: "chairName"))
        }
        if let secretary, let name = absentee(secretary, roll: roll, unmarkedIsAbsent: unmarkedIsAbsent) {
            errors.append(
                DomainError(
                    .invalid, code: "secretaryName.absent",
                    vi: "Đồng chí \(name) có tên trong danh sách vắng mặt, không thể là thư ký buổi sinh hoạt.",
                    en: "\(name) is listed as absent from this meeting and cannot be its meeting secretary.",
                    field: "secretaryName"))
        }
        return errors
    }
}
