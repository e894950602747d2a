import ChiBoCore
import Foundation
import Vapor

// The inputs of uploads and of the member's file, decoded alike from the web forms and the API's bodies.

/// A file sent with a form (multipart/form-data, field `file`).
struct Upload: Sendable {
    let filename: String
    let bytes: [UInt8]

    static func read(_ file: File?) throws -> Upload {
        guard let file, file.data.readableBytes > 0 || !file.filename.isEmpty else {
            throw DomainError(
                .invalid, code: "file.required", vi: "Chưa chọn tệp (trường file).", en: "No file chosen (field file).", field: "file")
        }
        return Upload(filename: file.filename, bytes: Array(buffer: file.data))
    }
}

/// A document uploaded to a meeting: `POST /meetings/{id}/attachments` and its API.
struct AttachmentInput: Content {
    var file: File?
}

/// A document uploaded to a person's file, next to a step or a decision:
/// `POST /sympathisers/{id}/documents`, `POST /members/{id}/documents` and their API.
struct FileDocumentInput: Content {
    var file: File?
    /// What it is attached to: `admission_step` (the default on a sympathiser's file),
    /// `recognition_step` or `status_period`.
    @Input var target: String?
    /// The step's or the period's id.
    @Input var targetId: String?

    func read(defaultTarget: DocumentTarget? = nil) throws -> (DocumentTarget, UUID) {
        let target =
            try defaultTarget.map {
                try Read.pick(self.target, "target", as: DocumentTarget.self, vi: "nơi đính kèm", en: "target", default: $0)
            } ?? Read.pick(self.target, "target", as: DocumentTarget.self, vi: "nơi đính kèm", en: "target")
        guard let id = try Read.uuid(targetId, "targetId", vi: "Bước hoặc quyết định", en: "step or decision") else {
            throw DomainError(
                .invalid, code: "targetId.required", vi: "Chưa chọn bước hoặc quyết định để đính kèm (targetId).",
                en: "Choose the step or decision the document is attached to (targetId).", field: "targetId")
        }
        return (target, id)
    }
}

/// The member's file completed after the ceremony (lý lịch đảng viên, phiếu đảng viên), the
/// admission file's last step: `POST /members/{id}/member-file` and its API.
struct MemberFileInput: Content {
    @Input var date: String?
    @Input var documentNumber: String?
    @Input var note: String?

    func read() throws -> AdmissionStepInput.Checked {
        AdmissionStepInput.Checked(
            step: .memberFile, date: try Read.date(date, "date", vi: "Ngày", en: "Date"),
            documentNumber: try Read.text(documentNumber, "documentNumber", max: 60, vi: "Số văn bản", en: "Document number"),
            note: try Read.text(note, "note", max: 500, vi: "Ghi chú", en: "Note"), introducerID: nil, knownSince: nil, youthUnion: false,
            voteID: nil)
    }
}
