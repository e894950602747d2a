"""The import of a member list (issue 21): its upload, preview, mapping, commit and progress, and the export."""
from .helpers import BOOL, INT, NS, REF, UUID, arr, enum, obj, s
from .operations import ACTION, READ, WRITE, adder, ok, op, pid

schemas = {}
bodies = {}
paths = {}
add = adder(paths)

COLUMNS = ["ordinal", "fullName", "birthDate", "gender", "ethnicity", "homeTown", "cardNumber", "admissionDate", "officialDate",
           "cell", "phone", "exemption", "exemptionDate", "exemptionReason", "transfer", "transferFrom", "transferUntil",
           "transferPlace", "note", "ignored"]
schemas["ImportColumn"] = enum(COLUMNS, "Cột của danh sách đảng viên / a column of the member list.")
schemas["ImportStatus"] = enum(["pending", "running", "committed", "failed"], "Chờ ghi, đang ghi, đã ghi, không ghi được / "
                                                                               "waiting, being written, written, refused.")
schemas["ImportProblem"] = obj({
    "row": {**INT, "description": "Số dòng như bảng tính hiển thị; vắng mặt: dòng tiêu đề / the row as a spreadsheet numbers it."},
    "column": REF("ImportColumn"), "code": s(), "message": s(),
}, ["code", "message"], "Một lỗi của tệp / a problem with the file.")
schemas["ImportFieldChange"] = obj({"column": REF("ImportColumn"), "label": s(), "before": s(), "after": s()},
                                   ["column", "label", "before", "after"], "Một trường thay đổi / a field changed.")
schemas["ImportChange"] = obj({"row": INT, "fullName": s(), "fields": arr(REF("ImportFieldChange"))}, ["row", "fullName", "fields"])
schemas["ImportResultChange"] = obj({"row": INT, "memberId": UUID, "fullName": s(), "fields": arr(REF("ImportFieldChange"))},
                                    ["row", "memberId", "fullName", "fields"])
schemas["ImportResult"] = obj({
    "sha256": s("SHA-256 của tệp / the file's SHA-256."), "filename": s(), "cellsCreated": arr(s()),
    "created": INT, "updated": INT, "unchanged": INT, "changes": arr(REF("ImportResultChange")),
}, ["sha256", "filename", "cellsCreated", "created", "updated", "unchanged", "changes"], "Kết quả ghi / what the commit wrote.")
schemas["ImportLine"] = obj({
    "row": INT, "action": enum(["create", "update", "unchanged"], "Thêm, cập nhật, không đổi / create, update, unchanged."),
    "fullName": s(), "birthDate": s(), "gender": REF("Gender"), "cardNumber": s(), "admissionDate": s(), "officialDate": s(), "cell": s(),
}, ["row", "action", "fullName", "birthDate", "gender", "admissionDate"])
schemas["ImportPreview"] = obj({
    "id": UUID, "unitId": UUID, "filename": s(), "sha256": s(), "status": REF("ImportStatus"), "createCells": BOOL,
    "mapping": {"type": "object", "additionalProperties": {"type": "string"}, "description": "Cột chọn tay / columns mapped by hand."},
    "columns": arr(obj({"index": INT, "header": s(), "column": REF("ImportColumn")}, ["index", "header"])),
    "newCells": arr(s()), "created": INT, "updated": INT, "unchanged": INT,
    "problems": arr(REF("ImportProblem")), "warnings": arr(REF("ImportProblem")), "changes": arr(REF("ImportChange")),
    "lines": arr(REF("ImportLine"), "200 dòng đầu / the first 200 rows."), "rows": INT, "canCommit": BOOL,
    "result": REF("ImportResult"),
}, ["id", "unitId", "filename", "sha256", "status", "createCells", "mapping", "columns", "newCells", "created", "updated", "unchanged",
    "problems", "warnings", "changes", "lines", "rows", "canCommit"], "Xem trước, tính lại từ tệp đã lưu / the preview, read again.")
schemas["ImportProgress"] = obj({
    "status": REF("ImportStatus"), "phase": enum(["reading", "writing", "figures", "done"], "Giai đoạn / phase."),
    "done": INT, "total": INT, "percent": INT,
}, ["status", "done", "total", "percent"], "Tiến độ ghi / the writing's progress.")

MAPPING = {"type": ["object", "null"], "additionalProperties": {"type": "string", "enum": COLUMNS},
           "description": "Tiêu đề cột như trong tệp → cột / a header as written → a column."}
bodies["ImportUploadBody"] = {"type": "object", "properties": {
    "filename": NS("Tên tệp, .xlsx hoặc .csv / the file's name."),
    "content": NS("Nội dung tệp, base64 (tối đa 40 MB) / the file's bytes in base64."),
    "mapping": MAPPING, "createCells": {"type": ["boolean", "null"], "description": "Tạo chi bộ chưa có / create missing cells."},
}}
bodies["ImportOptionsBody"] = {"type": "object", "properties": {
    "mapping": MAPPING, "createCells": {"type": ["boolean", "null"], "description": "Tạo chi bộ chưa có / create missing cells."},
}}

add("/units/{id}/imports", "post", op(
    "uploadImport", "members", "Tải lên danh sách đảng viên để xem trước / upload a member list for its preview",
    ok("ImportPreview", "Xem trước; chưa ghi gì / the preview; nothing written.", "201"), WRITE, body="ImportUploadBody", params=[pid()],
    desc="Cán bộ cấp ủy trong phạm vi của mình; .xlsx hoặc .csv (UTF-8, UTF-16 có BOM, Windows-1258) / committee staff in their scope."))
add("/imports/{id}", "get", op("getImport", "members", "Xem trước, tính lại / the preview, recomputed",
                               ok("ImportPreview", "Xem trước / the preview."), READ + ["422"], params=[pid()]))
add("/imports/{id}/mapping", "post", op("mapImport", "members", "Chọn cột, tạo chi bộ / map columns, create cells",
                                        ok("ImportPreview", "Xem trước / the preview."), WRITE, body="ImportOptionsBody", params=[pid()]))
add("/imports/{id}/commit", "post", op(
    "commitImport", "members", "Ghi danh sách: tất cả hoặc không / write the list, all or nothing",
    ok("ImportResult", "Đã ghi / written."), ACTION, params=[pid()],
    desc="422 kèm mọi lỗi khi tệp còn lỗi; 409 khi đã ghi / 422 with every problem; 409 when already written."))
add("/imports/{id}/progress", "get", op("importProgress", "members", "Tiến độ ghi / the writing's progress",
                                        ok("ImportProgress", "Tiến độ / progress."), READ, params=[pid()]))
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
for ext, media in [("csv", "text/csv"), ("xlsx", XLSX)]:
    add("/units/{id}/members." + ext, "get", op(
        "exportMembers" + ext.capitalize(), "members", "Danh sách đảng viên theo các cột nhập / the member list in the import's columns",
        {"200": {"description": "Tệp / the file.", "content": {media: {"schema": {"type": "string", "contentMediaType": media}}}}},
        READ, params=[pid()]))
