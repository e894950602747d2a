import ChiBoCore
import Foundation
import Vapor

// The inputs of a member's party-life events (suspension, discipline, leaving, recognition),
// decoded alike from the web forms and the API's bodies.

/// What every decision carries: its number, who took it, why, and the cell's vote.
struct DecisionRecord: Sendable, Equatable {
    var number: String?
    var by: String?
    var reason: String?
    var place: String?
    var voteID: UUID?
    var date: CivilDate?
    /// A permanent transfer out: the day the member moved away.
    var movedOn: CivilDate?
}

extension Read {
    /// One of an enumeration's values, or the field's error.
    static func pick<E: RawRepresentable & CaseIterable & Labelled>(
        _ raw: String?, _ field: String, as _: E.Type, vi: String, en: String
    ) throws -> E where E.RawValue == String {
        guard let raw, let value = E(rawValue: raw.trimmingCharacters(in: .whitespaces)) else {
            let choices = E.allCases.map { "\($0.rawValue)" }.joined(separator: ", ")
            throw DomainError(
                .invalid, code: "\(field).invalid", vi: "Chưa chọn \(vi) hoặc lựa chọn không hợp lệ.",
                en: "Choose the \(en) (\(choices)).", field: field)
        }
        return value
    }

    /// One of an enumeration's values, `fallback` when left blank.
    static func pick<E: RawRepresentable & CaseIterable & Labelled>(
        _ raw: String?, _ field: String, as type: E.Type, vi: String, en: String, default fallback: E
    ) throws -> E where E.RawValue == String {
        raw == nil ? fallback : try pick(raw, field, as: type, vi: vi, en: en)
    }

    /// A date that may be left out.
    static func optionalDate(_ raw: String?, _ field: String, vi: String, en: String) throws -> CivilDate? {
        guard let raw, !raw.isEmpty else { return nil }
        return try date(raw, field, vi: vi, en: en)
    }

    /// A line of text, trimmed and composed; too long is refused; blank is nothing.
    static func text(_ raw: String?, _ field: String, max: Int, vi: String, en: String, required: Bool = false) throws -> String? {
        let t = VietnameseText.normalizeName(raw ?? "")
        if t.isEmpty {
            if required { throw DomainError.required(field, vi: vi.lowercased(), en: en) }
            return nil
        }
        if t.count > max {
            throw DomainError(
                .invalid, code: "\(field).tooLong", vi: "\(vi) quá dài (tối đa \(max) ký tự).",
                en: "\(en) is too long (\(max) characters at most).", field: field)
        }
        return t
    }
}

/// Suspension of activities or detention: `POST /members/{id}/suspension`, `PUT /api/v1/members/{id}/suspension`.
struct SuspensionInput: Content {
    @Input var kind: String?
    @Input var from: String?
    @Input var until: String?
    @Input var reason: String?
    @Input var decisionNumber: String?
    @Input var decidedBy: String?

    func read() throws -> (SuspensionKind, CivilDate, CivilDate?, DecisionRecord) {
        let kind = try Read.pick(kind, "kind", as: SuspensionKind.self, vi: "hình thức", en: "kind")
        let from = try Read.date(from, "from", vi: "Ngày bắt đầu", en: "Start date")
        let until = try Read.optionalDate(until, "until", vi: "Ngày kết thúc", en: "End date")
        return (
            kind, from, until,
            DecisionRecord(
                number: try Read.text(decisionNumber, "decisionNumber", max: 60, vi: "Số quyết định", en: "Decision number"),
                by: try Read.text(decidedBy, "decidedBy", max: 200, vi: "Cơ quan quyết định", en: "Deciding body"),
                reason: try Read.text(reason, "reason", max: 500, vi: "Lý do", en: "Reason", required: true))
        )
    }
}

/// The last day of a running period: `POST /members/{id}/{exemption,transfer,suspension}/end`
/// and `DELETE /api/v1/members/{id}/{exemption,transfer,suspension}`. Blank: today.
struct EndPeriodInput: Content {
    @Input var until: String?

    func last(today: CivilDate) throws -> CivilDate {
        try Read.optionalDate(until, "until", vi: "Ngày kết thúc", en: "End date") ?? today
    }
}

/// A disciplinary measure: `POST /members/{id}/discipline` and its API.
struct DisciplineInput: Content {
    @Input var kind: String?
    @Input var body: String?
    @Input var date: String?
    @Input var until: String?
    @Input var reason: String?
    @Input var decisionNumber: String?
    @Input var voteId: String?

    func read() throws -> (DisciplineKind, DecidingBody, CivilDate, CivilDate?, DecisionRecord) {
        let kind = try Read.pick(kind, "kind", as: DisciplineKind.self, vi: "hình thức kỷ luật", en: "measure")
        let body = try Read.pick(body, "body", as: DecidingBody.self, vi: "cấp quyết định", en: "deciding body")
        let date = try Read.date(date, "date", vi: "Ngày quyết định", en: "Decision date")
        return (
            kind, body, date, try Read.optionalDate(until, "until", vi: "Ngày hết hiệu lực", en: "End of effect"),
            DecisionRecord(
                number: try Read.text(decisionNumber, "decisionNumber", max: 60, vi: "Số quyết định", en: "Decision number"),
                by: body.rawValue,
                reason: try Read.text(reason, "reason", max: 500, vi: "Lý do", en: "Reason", required: true),
                voteID: try Read.uuid(voteId.flatMap { $0.isEmpty ? nil : $0 }, "voteId", vi: "Biểu quyết", en: "vote"))
        )
    }
}

/// The end of a membership: `POST /members/{id}/leaving`, `POST /api/v1/members/{id}/leaving`.
struct LeavingInput: Content {
    @Input var kind: String?
    @Input var date: String?
    @Input var reason: String?
    @Input var decisionNumber: String?
    @Input var decidedBy: String?
    /// A permanent transfer: the organisation the member goes to, and the introduction letter's number.
    @Input var place: String?
    /// Striking off a probationary member: the cell's recognition vote that did not pass.
    @Input var voteId: String?
    /// A permanent transfer out: the day the member moved away, if not recorded before.
    @Input var movedOn: String?

    func read() throws -> (LeavingKind, CivilDate, DecisionRecord) {
        let kind = try Read.pick(kind, "kind", as: LeavingKind.self, vi: "hình thức", en: "way of leaving")
        let date = try Read.date(date, "date", vi: "Ngày", en: "Date")
        let place = try Read.text(place, "place", max: 300, vi: "Nơi chuyển đến", en: "Destination", required: kind == .transferredOut)
        // Death needs no decision; every other way out is decided by the competent committee.
        let number = try Read.text(
            decisionNumber, "decisionNumber", max: 60, vi: kind == .transferredOut ? "Số giấy giới thiệu" : "Số quyết định",
            en: "Decision number", required: kind != .death)
        return (
            kind, date,
            DecisionRecord(
                number: number, by: try Read.text(decidedBy, "decidedBy", max: 200, vi: "Cơ quan quyết định", en: "Deciding body"),
                reason: try Read.text(
                    reason, "reason", max: 500, vi: "Lý do", en: "Reason", required: kind != .death && kind != .transferredOut),
                place: place, voteID: try Read.uuid(voteId.flatMap { $0.isEmpty ? nil : $0 }, "voteId", vi: "Biểu quyết", en: "vote"),
                movedOn: kind == .transferredOut
                    ? try movedOn.flatMap { $0.isEmpty ? nil : $0 }.map {
                        try Read.date($0, "movedOn", vi: "Ngày chuyển nơi ở, nơi công tác", en: "Moved on")
                    } : nil)
        )
    }
}

/// Recognition as official: `POST /members/{id}/recognition`, `POST /api/v1/members/{id}/recognition`.
struct RecognitionInput: Content {
    @Input var decisionDate: String?
    @Input var decisionNumber: String?
    @Input var voteId: String?

    func read() throws -> (CivilDate, DecisionRecord) {
        let date = try Read.date(decisionDate, "decisionDate", vi: "Ngày quyết định", en: "Decision date")
        return (
            date,
            DecisionRecord(
                number: try Read.text(
                    decisionNumber, "decisionNumber", max: 60, vi: "Số quyết định", en: "Decision number", required: true),
                voteID: try Read.uuid(voteId.flatMap { $0.isEmpty ? nil : $0 }, "voteId", vi: "Biểu quyết", en: "vote"),
                date: date)
        )
    }
}

/// A step of the recognition file: `POST /members/{id}/recognition/steps`, `POST /api/v1/members/{id}/recognition-steps`.
struct RecognitionStepInput: Content {
    @Input var step: String?
    @Input var date: String?
    @Input var documentNumber: String?
    @Input var voteId: String?

    func read() throws -> (RecognitionStep, CivilDate, String?, UUID?) {
        (
            try Read.pick(step, "step", as: RecognitionStep.self, vi: "bước", en: "step"),
            try Read.date(date, "date", vi: "Ngày", en: "Date"),
            try Read.text(documentNumber, "documentNumber", max: 60, vi: "Số văn bản", en: "Document number"),
            try Read.uuid(voteId, "voteId", vi: "Biểu quyết", en: "vote")
        )
    }
}

/// A member's move away (residence or work): `POST /members/{id}/moved-away`,
/// `PUT /api/v1/members/{id}/moved-away`. The permanent transfer is due from that day.
struct MoveAwayInput: Content {
    @Input var movedOn: String?
    @Input var place: String?

    func read() throws -> (CivilDate, String) {
        (
            try Read.date(movedOn, "movedOn", vi: "Ngày chuyển nơi ở, nơi công tác", en: "Moved on"),
            try Read.text(place, "place", max: 300, vi: "Nơi chuyển đến", en: "Destination", required: true) ?? ""
        )
    }
}
