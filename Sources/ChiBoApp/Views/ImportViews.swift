import ChiBoCore
import Vapor

/// GET /units/{id}/import (the upload, the export's links) and GET /imports/{id} (the preview,
/// the progress while it is written, the result).
enum ImportViews {
    static func upload(_ ctx: PageContext, unitID: UUID, unitName: String, isCell: Bool, errors: [DomainError] = []) -> HTML {
        let title = ctx.t("Nhập danh sách đảng viên", "Import the member list")
        let create: HTML =
            isCell
            ? .empty
            : """
            <label class="check"><input type="checkbox" name="createCells" value="true"> \(ctx.t("Tạo chi bộ mới khi tệp ghi một chi bộ chưa có", "Create a cell the file names and the unit lacks"))</label>
            """
        let columns = ImportColumn.exported.map { c -> HTML in "<li>\(c.label(ctx.language))</li>" }
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unit(unitID).path)">← \(unitName)</a></p>
            <h1>\(title)</h1>
            \(Layout.errors(ctx, errors))
            <p>\(ctx.t("Tệp .xlsx hoặc .csv (UTF-8 hoặc Windows-1258), mỗi dòng một đảng viên. Chưa ghi gì cho đến khi xem trước và xác nhận.", "An .xlsx or .csv file (UTF-8 or Windows-1258), one member a row. Nothing is written until you have seen the preview and confirmed."))</p>
            <form id="import-upload" class="stack" method="post" enctype="multipart/form-data" action="\(SiteURL.unitImport(unitID).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Tệp danh sách", "List file"), "<input type=\"file\" name=\"file\" accept=\".xlsx,.csv\" required>"))
            \(create)
            <button type="submit">\(ctx.t("Tải lên và xem trước", "Upload and preview"))</button></form>
            <h2>\(ctx.t("Các cột được nhận biết", "Columns recognised"))</h2>
            <p>\(ctx.t("Theo tên cột, có dấu hoặc không dấu; cột khác tên được chọn tay ở bước xem trước. Ngày: 05/02/1980, 5/2/1980, 1980-02-05 hoặc ngày của Excel.", "By their headers, with or without diacritics; others are mapped by hand in the preview. Dates: 05/02/1980, 5/2/1980, 1980-02-05 or Excel dates."))</p>
            <ul id="import-columns" class="columns">\(columns)</ul>
            <h2>\(ctx.t("Xuất danh sách", "Export the list"))</h2>
            <p id="export"><a href="\(SiteURL.unitMemberList(unitID, .xlsx).path)">\(ctx.t("Tải tệp .xlsx", "Download .xlsx"))</a> · <a href="\(SiteURL.unitMemberList(unitID, .csv).path)">\(ctx.t("Tải tệp .csv", "Download .csv"))</a></p>
            """)
    }

    static func problems(_ ctx: PageContext, id: String, _ list: [ImportProblem]) -> HTML {
        let rows = list.map { p -> HTML in
            "<tr><td>\(p.row.map(String.init) ?? "—")</td><td>\(p.column?.label(ctx.language) ?? "")</td><td>\(p.message(ctx.language))</td></tr>"
        }
        return Layout.table(id: id, head: [ctx.t("Dòng", "Row"), ctx.t("Cột", "Column"), ctx.t("Lý do", "Reason")], rows: rows)
    }

    static func preview(_ ctx: PageContext, _ p: ImportPage, errors: [DomainError] = []) -> HTML {
        let title = ctx.t("Xem trước: ", "Preview: ") + p.filename
        let crumbs: HTML = """
            <p class="crumbs"><a href="\(SiteURL.unitImport(p.unit.id).path)">← \(ctx.t("Nhập danh sách", "Import")) · \(p.unit.name)</a></p>
            <h1>\(title)</h1>
            <p class="muted">SHA-256 <code id="import-hash">\(p.sha256)</code> · \(ctx.label(p.status))</p>
            \(Layout.errors(ctx, errors))
            """
        if p.status == .running {
            let s = p.progress ?? .init(phase: .reading, done: 0, total: 0)
            return Layout.page(
                ctx, title: title, refresh: 2,
                """
                \(crumbs)
                <p id="import-progress" role="status">\(ctx.t("Đang ghi", "Writing")): \(s.done)/\(s.total) (\(s.percent)%)</p>
                <progress max="100" value="\(s.percent)">\(s.percent)%</progress>
                """)
        }
        if let r = p.result {
            let changed = r.changes.map { c -> HTML in
                "<li>\(ctx.t("Dòng", "Row")) \(c.row), \(c.fullName): \(c.fields.map { "\($0.column.label(ctx.language)) \($0.before) → \($0.after)" }.joined(separator: "; "))</li>"
            }
            return Layout.page(
                ctx, title: title,
                """
                \(crumbs)
                <div class="notice" role="status" id="import-result">\(ctx.t("Đã ghi", "Written")): \(r.created) \(ctx.t("đảng viên mới", "new members")), \(r.updated) \(ctx.t("cập nhật", "updated")), \(r.unchanged) \(ctx.t("không đổi", "unchanged")), \(r.cellsCreated.count) \(ctx.t("chi bộ mới", "new cells")).</div>
                <ul id="import-changed">\(changed)</ul>
                <p><a href="\(SiteURL.members(unit: p.unit.id).path)">\(ctx.t("Xem danh sách đảng viên", "See the members"))</a></p>
                """)
        }
        let counts: HTML = """
            <table id="import-counts" class="figures"><tbody>
            <tr><th>\(ctx.t("Chi bộ sẽ tạo", "Cells to create"))</th><td>\(p.newCells.count)</td></tr>
            <tr><th>\(ctx.t("Đảng viên sẽ thêm", "Members to create"))</th><td>\(p.created)</td></tr>
            <tr><th>\(ctx.t("Đảng viên sẽ cập nhật", "Members to update"))</th><td>\(p.updated)</td></tr>
            <tr><th>\(ctx.t("Không thay đổi", "Unchanged"))</th><td>\(p.unchanged)</td></tr>
            <tr><th>\(ctx.t("Lỗi cần sửa", "Problems to correct"))</th><td>\(p.problems.count)</td></tr>
            </tbody></table>
            """
        let unknown = p.columns.filter { $0.column == nil || p.mapping[$0.header] != nil }
        let selectable = ImportColumn.allCases.filter { $0 != .ordinal }
        let mapping: HTML =
            p.canMap
            ? """
            <h2>\(ctx.t("Cột", "Columns"))</h2>
            <p>\(p.columns.filter { $0.column != nil }.map { "\($0.header) → \($0.column!.label(ctx.language))" }.joined(separator: " · "))</p>
            <form id="import-mapping" class="stack" method="post" action="\(SiteURL.importAction(p.id, .mapping).path)">\(ctx.csrfField)
            \(unknown.map { c -> HTML in Layout.field(ctx.t("Cột «", "Column “") + c.header + ctx.t("» là", "” is"), "<select name=\"mapping[\(c.header)]\">\(Layout.options(selectable, selected: p.mapping[c.header] ?? c.column?.rawValue, ctx, blank: ctx.t("— chưa chọn —", "— not chosen —")))</select>") })
            \(p.unit.isCell ? HTML.empty : HTML(raw: "<label class=\"check\"><input type=\"checkbox\" name=\"createCells\" value=\"true\"\(p.createCells ? " checked" : "")> \(HTML.escape(ctx.t("Tạo chi bộ mới khi tệp ghi một chi bộ chưa có", "Create a cell the file names and the unit lacks")))</label>"))
            <button type="submit">\(ctx.t("Áp dụng", "Apply"))</button></form>
            """ : .empty
        let changes = p.changes.prefix(ImportPage.shown).map { c -> HTML in
            "<tr><td>\(c.row)</td><td>\(c.fullName)</td><td>\(c.fields.map { "\($0.column.label(ctx.language)): \($0.before) → \($0.after)" }.joined(separator: "; "))</td></tr>"
        }
        let lines = p.lines.map { l -> HTML in
            let f = l.member.facts
            let action =
                switch l.action {
                case "create": ctx.t("Thêm", "New")
                case "update": ctx.t("Cập nhật", "Update")
                default: ctx.t("Không đổi", "Unchanged")
                }
            return
                "<tr class=\"\(l.action)\"><td>\(l.row)</td><td>\(action)</td><td>\(f.fullName)</td><td>\(f.birthDate)</td><td>\(ctx.label(f.gender))</td><td>\(f.cardNumber ?? "")</td><td>\(f.admissionDate)</td><td>\(f.officialDate)</td><td>\(l.member.cell ?? "")</td></tr>"
        }
        let commit: HTML =
            p.canCommit
            ? """
            <form id="import-commit" method="post" action="\(SiteURL.importAction(p.id, .commit).path)">\(ctx.csrfField)
            <button type="submit">\(ctx.t("Ghi vào hệ thống", "Write it"))</button></form>
            """
            : p.problems.isEmpty
                ? .empty
                : "<p id=\"import-blocked\" class=\"errors\">\(ctx.t("Chưa ghi được: sửa các lỗi dưới đây trong tệp rồi tải lên lại.", "Not written yet: correct the problems below in the file and upload it again."))</p>"
        return Layout.page(
            ctx, title: title,
            """
            \(crumbs)
            \(counts)
            \(p.newCells.isEmpty ? HTML.empty : HTML(raw: "<p id=\"import-new-cells\">\(HTML.escape(ctx.t("Chi bộ mới: ", "New cells: ") + p.newCells.joined(separator: ", ")))</p>"))
            \(commit)
            \(p.problems.isEmpty ? HTML.empty : HTML(raw: "<h2>\(HTML.escape(ctx.t("Lỗi", "Problems")))</h2>" + problems(ctx, id: "import-problems", p.problems).raw))
            \(p.warnings.isEmpty ? HTML.empty : HTML(raw: "<h2>\(HTML.escape(ctx.t("Lưu ý", "Notes")))</h2>" + problems(ctx, id: "import-warnings", p.warnings).raw))
            \(mapping)
            \(changes.isEmpty ? HTML.empty : HTML(raw: "<h2>\(HTML.escape(ctx.t("Thay đổi", "Changes")))</h2>" + Layout.table(id: "import-changes", head: [ctx.t("Dòng", "Row"), ctx.t("Họ và tên", "Name"), ctx.t("Thay đổi", "Changes")], rows: Array(changes)).raw))
            <h2>\(ctx.t("Danh sách sau khi nhập", "The list after the import")) (\(p.lines.count)/\(p.rows))</h2>
            \(Layout.table(id: "import-lines", head: [ctx.t("Dòng", "Row"), "", ctx.t("Họ và tên", "Name"), ctx.t("Ngày sinh", "Born"), ctx.t("Giới tính", "Sex"), ctx.t("Số thẻ", "Card"), ctx.t("Vào Đảng", "Admitted"), ctx.t("Chính thức", "Official"), ctx.t("Chi bộ", "Cell")], rows: lines))
            """)
    }
}

extension ImportPage {
    var canMap: Bool { status == .pending || status == .failed }
}
