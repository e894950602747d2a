import ChiBoCore
import Foundation
import Vapor

// The inputs of the members' commands, decoded alike from the web forms and the API's bodies.

/// A member's record: `POST /members`, `POST /members/{id}/edit`, `POST|PATCH /api/v1/members…`.
/// Its fields stay as typed (an API update's empty string clears an optional field; a field
/// left out keeps its value), and the page shows them back as typed when they are refused.
struct MemberInput: Content {
    var fullName: String?
    var birthDate: String?
    var gender: String?
    var cardNumber: String?
    var admissionDate: String?
    var officialDate: String?
    var status: String?
    var phone: String?
    var unitId: String?
    /// A permanent transfer in (on create only): where from, the introduction letter, the day of arrival.
    var transferFrom: String?
    var letterNumber: String?
    var letterDate: String?
    var arrivedOn: String?

    init(
        fullName: String? = nil, birthDate: String? = nil, gender: String? = nil, cardNumber: String? = nil,
        admissionDate: String? = nil, officialDate: String? = nil, status: String? = nil, phone: String? = nil,
        unitId: String? = nil
    ) {
        self.fullName = fullName
        self.birthDate = birthDate
        self.gender = gender
        self.cardNumber = cardNumber
        self.admissionDate = admissionDate
        self.officialDate = officialDate
        self.status = status
        self.phone = phone
        self.unitId = unitId
    }

    /// The record as it is, to edit it.
    init(_ m: Member) {
        self.init(
            fullName: m.fullName, birthDate: m.birthDate.iso, gender: m.gender.rawValue, cardNumber: m.cardNumber,
            admissionDate: m.admissionDate.iso, officialDate: m.officialDate?.iso, status: m.status.rawValue, phone: m.phone,
            unitId: m.$unit.id.uuidString.lowercased())
    }

    var draft: MemberDraft {
        MemberDraft(
            fullName: fullName, birthDate: birthDate, gender: gender, cardNumber: cardNumber,
            admissionDate: admissionDate, officialDate: officialDate, status: status, phone: phone)
    }

    /// This input over a record: what it leaves out keeps the record's value.
    func over(_ m: Member) -> MemberInput {
        let current = MemberInput(m)
        return MemberInput(
            fullName: fullName ?? current.fullName, birthDate: birthDate ?? current.birthDate,
            gender: gender ?? current.gender, cardNumber: cardNumber ?? current.cardNumber,
            admissionDate: admissionDate ?? current.admissionDate, officialDate: officialDate ?? current.officialDate,
            status: status ?? current.status, phone: phone ?? current.phone, unitId: unitId ?? current.unitId)
    }

    func unit() throws -> UUID { try Read.choice(unitId, "unitId") }

    /// A permanent transfer in, when `transferFrom` is given.
    func transferIn(today: CivilDate) throws -> TransferIn? {
        guard let from = try Read.text(transferFrom, "transferFrom", max: 300, vi: "Nơi chuyển đến từ", en: "Transferred from") else {
            return nil
        }
        let letter = try Read.optionalDate(letterDate, "letterDate", vi: "Ngày giấy giới thiệu", en: "Letter date")
        let arrived = try Read.optionalDate(arrivedOn, "arrivedOn", vi: "Ngày nộp giấy giới thiệu", en: "Arrival date") ?? today
        if arrived > today || (letter.map { $0 > arrived } ?? false) {
            throw DomainError(
                .invalid, code: "arrivedOn.invalid", vi: "Ngày nộp giấy giới thiệu phải từ ngày giấy giới thiệu đến hôm nay.",
                en: "The arrival must fall between the letter's date and today.", field: "arrivedOn")
        }
        return TransferIn(
            from: from,
            letterNumber: try Read.text(
                letterNumber, "letterNumber", max: 60, vi: "Số giấy giới thiệu", en: "Letter number", required: true),
            letterDate: letter, arrivedOn: arrived)
    }
}

/// A member arriving by a permanent transfer: the record opens with the history carried over
/// (admission and official dates) and the cell from the day the letter was presented.
struct TransferIn: Sendable {
    let from: String
    let letterNumber: String?
    let letterDate: CivilDate?
    let arrivedOn: CivilDate

    /// Days between the letter and its presentation, when over the rulebook's limit.
    var daysLate: Int? { letterDate.flatMap { MemberHistory.letterDaysLate(letter: $0, arrived: arrivedOn) } }

    var note: String {
        var s = "Chuyển sinh hoạt chính thức đến từ \(from)"
        if let n = letterNumber { s += ", giấy giới thiệu số \(n)" }
        if let d = letterDate { s += " ngày \(d.vietnamese)" }
        if let late = daysLate { s += " (nộp chậm \(late) ngày so với thời hạn)" }
        return s
    }
}

/// Moving a member to another cell: `POST /members/{id}/move` and its API.
struct MoveMemberInput: Content {
    @Input var unitId: String?
    @Input var effectiveDate: String?
    @Input var note: String?

    func unit() throws -> UUID { try Read.choice(unitId, "unitId") }
    func date() throws -> CivilDate { try Read.date(effectiveDate, "effectiveDate", vi: "Ngày chuyển", en: "Date") }
}

/// An exemption from activities: `POST /members/{id}/exemption`, `PUT /api/v1/members/{id}/exemption`.
struct ExemptionInput: Content {
    @Input var kind: String?
    @Input var decisionDate: String?
    @Input var reason: String?
}

/// A temporary transfer: `POST /members/{id}/transfer`, `PUT /api/v1/members/{id}/transfer`.
struct TransferInput: Content {
    @Input var direction: String?
    @Input var from: String?
    @Input var until: String?
    @Input var place: String?
}
