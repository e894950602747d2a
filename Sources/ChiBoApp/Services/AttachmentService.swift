import ChiBoCore
import Crypto
import Fluent
import Vapor

/// Meeting documents: stored in the database (any instance serves them), read only in scope.
enum AttachmentService {
    static func add(
        _ db: any Database, _ principal: Principal, meetingID: UUID, filename: String, bytes: [UInt8]
    ) async throws -> Attachment {
        let m = try await MeetingService.editable(db, principal, meetingID)
        let (kind, name) = try AttachmentRules.check(filename: filename, bytes: bytes)
        let digest = SHA256.hash(data: bytes).hex
        return try await db.write { tx in
            try await MeetingService.hold(tx, meetingID, for: .prepare)
            let a = Attachment()
            a.$meeting.id = meetingID
            a.filename = name
            a.contentType = kind.mimeType
            a.size = bytes.count
            a.sha256 = digest
            a.data = Data(bytes)
            a.uploadedBy = principal.username
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

    /// A download response: the stored type, never sniffed, as an attachment with a UTF-8 file name.
    static func response(_ a: Attachment) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: a.contentType)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .contentDisposition, value: Downloads.disposition(a.filename))
        return Response(status: .ok, headers: headers, body: .init(data: a.data))
    }
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

    static func file(_ bytes: [UInt8], type: String, name: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .contentDisposition, value: disposition(name))
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: Data(bytes)))
    }
}
