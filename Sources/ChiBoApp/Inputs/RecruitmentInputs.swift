import ChiBoCore
import Foundation
import Vapor

// The inputs of recruitment, decoded alike from the web forms and the API's bodies.

/// A sympathiser put on a cell's list: `POST /units/{id}/recruitment`, `POST /api/v1/units/{id}/sympathisers`.
struct SympathiserInput: Content {
    @Input var fullName: String?
    @Input var birthDate: String?
    @Input var gender: String?
    @Input var phone: String?
    @Input var helperId: String?
    @Input var listedOn: String?
    @Input var note: String?

    struct Checked {
        let fullName: String
        let birthDate: CivilDate
        let gender: Gender
        let phone: String?
        let helperID: UUID?
        let listedOn: CivilDate
        let note: String?
    }

    func read(today: CivilDate) throws -> Checked {
        guard let name = try Read.text(fullName, "fullName", max: 100, vi: "Họ và tên", en: "Full name", required: true),
            name.contains(where: \.isLetter)
        else {
            throw DomainError(
                .invalid, code: "fullName.invalid", vi: "Họ và tên phải có chữ cái.", en: "Full name must contain letters.",
                field: "fullName")
        }
        let birth = try Read.date(birthDate, "birthDate", vi: "Ngày sinh", en: "Date of birth")
        let listed = try Read.optionalDate(listedOn, "listedOn", vi: "Ngày đưa vào danh sách", en: "Listed on") ?? today
        if birth >= today || listed > today {
            throw DomainError(
                .invalid, code: "date.future", vi: "Ngày sinh và ngày đưa vào danh sách không được sau hôm nay.",
                en: "Dates cannot be in the future.", field: birth >= today ? "birthDate" : "listedOn")
        }
        return Checked(
            fullName: name, birthDate: birth,
            gender: try Read.pick(gender, "gender", as: Gender.self, vi: "giới tính", en: "gender"),
            phone: try Read.text(phone, "phone", max: 15, vi: "Số điện thoại", en: "Phone"),
            helperID: try Read.uuid(helperId, "helperId", vi: "Đảng viên giúp đỡ", en: "helper"), listedOn: listed,
            note: try Read.text(note, "note", max: 500, vi: "Ghi chú", en: "Note"))
    }
}

/// A step of the admission file: `POST /sympathisers/{id}/steps` and its API.
struct AdmissionStepInput: Content {
    @Input var step: String?
    @Input var date: String?
    @Input var documentNumber: String?
    @Input var note: String?
    /// An introducing member; blank with `youthUnion` for the Youth Union's introduction.
    @Input var introducerId: String?
    @Input var knownSince: String?
    @Input var youthUnion: String?
    /// The cell's admission vote, for its resolution.
    @Input var voteId: String?

    struct Checked {
        let step: AdmissionStep
        let date: CivilDate
        let documentNumber: String?
        let note: String?
        let introducerID: UUID?
        let knownSince: CivilDate?
        let youthUnion: Bool
        let voteID: UUID?
    }

    func read() throws -> Checked {
        let step = try Read.pick(step, "step", as: AdmissionStep.self, vi: "bước", en: "step")
        let introducer = try Read.uuid(introducerId, "introducerId", vi: "Người giới thiệu", en: "introducer")
        let union = Read.flag(youthUnion)
        if step == .introduction && introducer == nil && !union {
            throw DomainError(
                .invalid, code: "introducerId.required", vi: "Chọn đảng viên giới thiệu, hoặc giới thiệu của Đoàn Thanh niên.",
                en: "Choose the introducing member, or the Youth Union's introduction.", field: "introducerId")
        }
        let voteID = try Read.uuid(voteId, "voteId", vi: "Biểu quyết", en: "vote")
        return Checked(
            step: step, date: try Read.date(date, "date", vi: "Ngày", en: "Date"),
            documentNumber: try Read.text(documentNumber, "documentNumber", max: 60, vi: "Số văn bản", en: "Document number"),
            note: try Read.text(note, "note", max: 500, vi: "Ghi chú", en: "Note"), introducerID: introducer,
            knownSince: try Read.optionalDate(knownSince, "knownSince", vi: "Cùng công tác từ ngày", en: "Known since"),
            youthUnion: union && introducer == nil, voteID: voteID)
    }
}
