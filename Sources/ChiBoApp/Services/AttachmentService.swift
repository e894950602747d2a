import ChiBoCore
import Crypto
import Fluent
import Vapor

/// A stored document's fields, shared by a meeting's attachments and a file's documents
/// (`FileDocumentService`): the bytes in the database (any instance serves them), the type
/// recognised by content (`AttachmentRules`), the SHA-256 and size, who uploaded it.
package protocol StoredFile: AnyObject {
    var filename: String { get set }
    var contentType: String { get set }
    var size: Int { get set }
    var sha256: String { get set }
    var data: Data { get set }
    var uploadedBy: String { get set }
}

extension StoredFile {
    /// Checks an upload by the rules (size, type by content, a safe name) and keeps it: nothing
    /// is written yet, so a refused file writes nothing.
    func keep(_ upload: Upload, by principal: Principal) throws {
        let (kind, name) = try AttachmentRules.check(filename: upload.filename, bytes: upload.bytes)
        filename = name
        contentType = kind.mimeType
        size = upload.bytes.count
        sha256 = SHA256.hash(data: upload.bytes).hex
        data = Data(upload.bytes)
        uploadedBy = principal.username
    }
}

/// Meeting documents: stored in the database (any instance serves them), read only in scope.
enum AttachmentService {
    static func add(_ db: any Database, _ principal: Principal, meetingID: UUID, upload: Upload) async throws -> Attachment {
        let m = try await MeetingService.editable(db, principal, meetingID)
        let a = Attachment()
        try a.keep(upload, by: principal)
        return try await db.write { tx in
            try await MeetingService.hold(tx, meetingID, for: .prepare)
            a.$meeting.id = meetingID
            try await a.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "meeting.attachment", entity: "meeting", id: meetingID, unit: m.$unit.id,
                after: AttachmentDTO(a))
            return a
        }
    }

    static func list(_ db: any Database, meetingID: UUID) async throws -> [Attachment] {
        try await Attachment.query(on: db).filter(\.$meeting.$id == meetingID)
            .field(\.$id).field(\.$meeting.$id).field(\.$filename).field(\.$contentType).field(\.$size).field(\.$sha256)
            .field(\.$uploadedBy).sort(\.$filename).all()
    }

    static func get(_ db: any Database, _ principal: Principal, meetingID: UUID, id: UUID) async throws -> Attachment {
        _ = try await MeetingService.find(db, principal, meetingID)
        guard let a = try await Attachment.find(id, on: db), a.$meeting.id == meetingID else { throw DomainError.notFound("attachment") }
        return a
    }

}

/// An upload's limits: the request around a file of `AttachmentRules.maxBytes`, and the
/// addresses that take one (the CSRF check collects their bodies up to this size).
enum Uploads {
    static let maxRequestBytes = 6 * 1024 * 1024
    static let maxRequestSize = ByteCount(value: maxRequestBytes)

    static func accepts(_ path: String) -> Bool { path.hasSuffix("/attachments") || path.hasSuffix("/documents") }
}

enum Downloads {
    /// `attachment; filename="ascii"; filename*=UTF-8''percent-encoded`.
    static func disposition(_ name: String) -> String {
        let ascii = String(VietnameseText.fold(name).map { $0.isASCII && $0 != "\"" && $0 != "\\" ? $0 : "_" }).replacingOccurrences(
            of: " ", with: "-")
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }

    /// A stored document: its stored type, never sniffed, as an attachment with a UTF-8 file name.
    static func stored(_ f: some StoredFile) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: f.contentType)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .contentDisposition, value: disposition(f.filename))
        return Response(status: .ok, headers: headers, body: .init(data: f.data))
    }

    static func file(_ bytes: [UInt8], type: String, name: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .contentDisposition, value: disposition(name))
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: Data(bytes)))
    }
}
