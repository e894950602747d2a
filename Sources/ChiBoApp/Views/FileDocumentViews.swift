import ChiBoCore
import Vapor

/// Documents beside a step or a decision: links to download them and, for whoever records that
/// step, a small upload form (usable at phone width). A meeting's attachments use the same link.
enum FileDocumentViews {
    /// "name.pdf (12 KB)", a link to download the document.
    static func link(_ href: String, _ filename: String, size: Int) -> HTML {
        "<a href=\"\(href)\">\(filename)</a> <small>(\(size / 1024 + 1) KB)</small>"
    }

    /// What the upload accepts, as the rules say (`AttachmentRules`).
    static func fileField(_ ctx: PageContext) -> HTML {
        "<input type=\"file\" name=\"file\" required accept=\".pdf,.docx,.jpg,.jpeg,.png\">"
    }

    /// The documents attached to `targetID` and, when `upload` is given, the form to attach one.
    static func beside(
        _ ctx: PageContext, _ documents: [FileDocumentDTO], target: DocumentTarget, targetID: UUID?, upload: SiteURL?,
        download: (UUID?) -> SiteURL
    ) -> HTML {
        guard let targetID else { return .empty }
        let mine = documents.filter { $0.targetId == targetID }
        let list: HTML =
            mine.isEmpty
            ? .empty
            : "<ul class=\"docs\">\(mine.map { d -> HTML in "<li>\(link(download(d.id).path, d.filename, size: d.size))</li>" })</ul>"
        guard let upload else { return list }
        let key = targetID.uuidString.lowercased()
        return """
            \(list)<details class="attach"><summary>\(ctx.t("Đính kèm tài liệu", "Attach a document"))</summary>
            <form id="attach-\(key)" class="doc-upload" method="post" enctype="multipart/form-data" action="\(upload.path)">\(ctx.csrfField)
            <input type="hidden" name="target" value="\(target.rawValue)"><input type="hidden" name="targetId" value="\(key)">
            <label class="inline" aria-label="\(ctx.t("Tệp (PDF, DOCX, JPG, PNG; tối đa 5 MB)", "File (PDF, DOCX, JPG, PNG; 5 MB at most)"))">\(fileField(ctx))</label>
            <button type="submit" class="small">\(ctx.t("Tải lên", "Upload"))</button></form></details>
            """
    }
}
