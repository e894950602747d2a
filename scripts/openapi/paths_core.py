"""Operations on authentication, units, members, accounts, the audit log, the rulebook and this document."""
from .helpers import INT64, UUID_PATTERN
from .operations import ACTION, NO_CONTENT, READ, WRITE, adder, ok, op, pid, q

paths = {}
add = adder(paths)

# auth
add("/auth/token", "post", op("createToken", "auth", "Đăng nhập, lấy mã truy cập / log in and get a bearer token",
                               ok("Token", "Mã truy cập / the token."), ["400", "413", "415", "422", "429"],
                               body="TokenRequest", public=True,
                               desc="Sai tên hoặc mật khẩu → 422 login.invalid. Sau 5 lần sai trong 15 phút với một tên đăng nhập, hoặc 20 lần từ "
                                    "một địa chỉ → 429 với Retry-After (mặc định; cấu hình được). "
                                    "Wrong name or password → 422; 5 failures for one user name, or 20 from one address, within 15 "
                                    "minutes → 429 with Retry-After (defaults; configurable)."))
add("/auth/token", "delete", op("revokeToken", "auth", "Thu hồi mã truy cập đang dùng / revoke the token in use",
                                 NO_CONTENT, ["401", "413"]))
add("/me", "get", op("getMe", "auth", "Tài khoản đang đăng nhập / the calling account", ok("Me", "Tài khoản / the account."), ["401"]))
add("/me/sessions", "get", op("listOwnSessions", "auth", "Các phiên đăng nhập trình duyệt của mình / the caller's browser sessions",
                              ok("SessionList", "Phiên chưa hết hạn, mới dùng nhất trước / sessions not expired, last used first."),
                              ["401"]))
add("/me/sessions/{id}", "delete", op("endOwnSession", "auth", "Kết thúc một phiên của mình / end one of the caller's sessions",
                                      NO_CONTENT, ["401", "404"], params=[pid()],
                                      desc="Phiên của tài khoản khác → 404. Ghi nhật ký (session.end). / Another account's session → 404; "
                                           "audited (session.end)."))

# units
add("/units", "get", op("listUnits", "units", "Các đơn vị gốc trong phạm vi / top units of the caller's scope",
                        ok("UnitList", "Đơn vị / units."), ["401"]))
add("/units", "post", op("createUnit", "units", "Tạo đơn vị / create a unit", ok("Unit", "Đơn vị mới / the new unit.", "201"),
                         WRITE, body="UnitBody"))
add("/units/{id}", "get", op("getUnit", "units", "Chi tiết đơn vị / a unit with its ancestors, counts and officers",
                             ok("UnitDetail", "Đơn vị / the unit."), READ, params=[pid()]))
add("/units/{id}", "patch", op("updateUnit", "units", "Sửa đơn vị / update a unit", ok("Unit", "Đơn vị / the unit."), WRITE,
                               body="UnitBody", params=[pid()]))
add("/units/{id}/children", "get", op("listUnitChildren", "units", "Đơn vị trực thuộc / child units",
                                      ok("UnitList", "Đơn vị / units."), READ, params=[pid()]))
add("/units/{id}/counts", "get", op("getUnitCounts", "units", "Số lượng đảng viên / membership counts",
                                    ok("MembershipCounts", "Số lượng / counts."), READ, params=[pid()]))
add("/units/{id}/move", "post", op("moveUnit", "units", "Chuyển đơn vị / move a unit", ok("Unit", "Đơn vị / the unit."), WRITE,
                                   body="MoveUnitBody", params=[pid()]))
add("/units/{id}/officers", "get", op("listOfficers", "units", "Cấp ủy hiện tại / current officers",
                                      ok("OfficerList", "Cấp ủy / officers."), READ, params=[pid()]))
add("/units/{id}/officers", "post", op("setOfficer", "units", "Bổ nhiệm chức vụ / set an officer",
                                       ok("OfficerList", "Cấp ủy sau khi đổi / officers afterwards."), WRITE,
                                       body="OfficerBody", params=[pid()]))
add("/units/{id}/liaison", "put", op("setLiaison", "units", "Đặt cán bộ phụ trách / set the liaison",
                                     ok("Liaison", "Cán bộ phụ trách / the liaison."), WRITE, body="LiaisonBody", params=[pid()]))
add("/units/{id}/liaisons", "get", op("listLiaisons", "units", "Cấp ủy viên cấp trên phụ trách / who follows the cell from above",
                                      ok("LiaisonList", "Mỗi cấp ủy một người, cấp gần nhất trước / one per committee, the nearest first."),
                                      READ, params=[pid()]))
add("/units/{id}/liaisons/{liaison}/end", "post", op(
    "endLiaison", "units", "Thôi phụ trách / end an assignment to follow the cell",
    ok("LiaisonList", "Những người còn phụ trách / who follows it afterwards."), ACTION + ["400"],
    params=[pid(), pid("liaison"), q("until", {"type": "string"}, "Ngày thôi (yyyy-MM-dd), mặc định hôm nay / the day, default today.")]))

# members
add("/members", "get", op("listMembers", "members", "Tìm đảng viên / search members", ok("MemberList", "Một trang kết quả / one page."),
                          ["400", "401", "403", "404", "422"], params=[
                              q("q", {"type": "string"}, "Tìm theo tên, số thẻ (100 ký tự đầu) / text search on name or card number."),
                              q("unitId", {"type": "string", "format": "uuid", "pattern": UUID_PATTERN}, "Chỉ trong đơn vị này và cấp dưới / only in this subtree."),
                              q("after", {"type": "string"}, "Con trỏ next của trang trước; con trỏ không hợp lệ thì về trang đầu / the previous page's next cursor; an unreadable one starts over."),
                              q("per", {"type": "integer", **INT64}, "Số mỗi trang, mặc định 50 (giới hạn 1–200) / per page, clamped to 1–200."),
                          ]))
add("/members", "post", op("createMember", "members", "Thêm đảng viên / add a member",
                           ok("Member", "Đảng viên mới / the new member.", "201"), WRITE, body="MemberBody"))
add("/members/{id}", "get", op("getMember", "members", "Hồ sơ đảng viên / a member", ok("Member", "Đảng viên / the member."), READ,
                               params=[pid()]))
add("/members/{id}", "patch", op("updateMember", "members", "Sửa hồ sơ / update a member", ok("Member", "Đảng viên / the member."),
                                 WRITE, body="MemberBody", params=[pid()]))
add("/members/{id}/move", "post", op("moveMember", "members", "Chuyển sinh hoạt / move to another cell",
                                     ok("Member", "Đảng viên / the member."), WRITE, body="MoveMemberBody", params=[pid()]))
add("/members/{id}/history", "get", op("getMemberHistory", "members", "Quá trình sinh hoạt / periods in cells",
                                       ok("HistoryList", "Các giai đoạn / periods."), READ, params=[pid()]))
add("/members/{id}/exemption", "put", op("setExemption", "members", "Miễn sinh hoạt / record an exemption",
                                         ok("Member", "Đảng viên / the member."), WRITE, body="ExemptionBody", params=[pid()]))
add("/members/{id}/exemption", "delete", op("endExemption", "members", "Kết thúc miễn sinh hoạt / end the exemption",
                                            ok("Member", "Đảng viên / the member."), ACTION + ["400"], params=[pid(), q("until", {"type": "string"}, "Ngày cuối (yyyy-MM-dd), mặc định hôm nay / last day, default today.")]))
add("/members/{id}/transfer", "put", op("setTransfer", "members", "Sinh hoạt tạm thời / record a temporary transfer",
                                        ok("Member", "Đảng viên / the member."), WRITE, body="TransferBody", params=[pid()]))
add("/members/{id}/transfer", "delete", op("endTransfer", "members", "Kết thúc sinh hoạt tạm thời / end the temporary transfer",
                                           ok("Member", "Đảng viên / the member."), ACTION + ["400"], params=[pid(), q("until", {"type": "string"}, "Ngày cuối (yyyy-MM-dd), mặc định hôm nay / last day, default today.")]))
add("/members/{id}/life", "get", op("getMemberLife", "members", "Quá trình đảng viên / a member's party life",
                                    ok("MemberLife", "Các giai đoạn và tình trạng hôm nay / periods and today's standing."), READ,
                                    params=[pid()]))
add("/members/{id}/suspension", "put", op("suspendMember", "members", "Đình chỉ sinh hoạt, tạm giam / suspension or detention",
                                          ok("Member", "Đảng viên / the member."), WRITE, body="SuspensionBody", params=[pid()]))
add("/members/{id}/suspension", "delete", op("endSuspension", "members", "Kết thúc đình chỉ sinh hoạt / end the suspension",
                                             ok("Member", "Đảng viên / the member."), ACTION + ["400"], params=[pid(), q("until", {"type": "string"}, "Ngày cuối (yyyy-MM-dd), mặc định hôm nay / last day, default today.")]))
add("/members/{id}/discipline", "post", op("disciplineMember", "members", "Kỷ luật / a disciplinary measure",
                                           ok("Member", "Đảng viên / the member."), WRITE, body="DisciplineBody", params=[pid()]))
add("/members/{id}/leaving", "post", op("recordLeaving", "members", "Ra khỏi Đảng / the end of a membership",
                                        ok("Member", "Đảng viên / the member."), WRITE, body="LeavingBody", params=[pid()]))
add("/members/{id}/recognition", "post", op("recogniseMember", "members", "Công nhận đảng viên chính thức / recognition as official",
                                            ok("Member", "Đảng viên / the member."), WRITE, body="RecognitionBody", params=[pid()]))

# accounts, audit, rulebook
add("/accounts", "get", op("listAccounts", "accounts", "Tài khoản trong phạm vi / accounts in scope",
                           ok("AccountList", "Tài khoản / accounts."), ["400", "401", "403"], params=[
                               q("after", {"type": "string"}, "Con trỏ next của trang trước; con trỏ không hợp lệ thì về trang đầu / the previous page's next cursor; an unreadable one starts over."),
                           ]))
add("/accounts", "post", op("createAccount", "accounts", "Tạo tài khoản / create an account",
                            ok("Account", "Tài khoản mới / the new account.", "201"), WRITE, body="AccountBody"))
add("/accounts/{id}", "get", op("getAccount", "accounts", "Một tài khoản, vai trò đang giữ và đã thôi / one account, its roles held and ended",
                                ok("AccountPage", "Tài khoản / the account."), READ, params=[pid()],
                                desc="Chỉ khi mọi vai trò của tài khoản thuộc phạm vi quản lý / only when every role of the account lies in one's scope."))
add("/accounts/{id}/deactivate", "post", op("deactivateAccount", "accounts", "Khóa tài khoản / deactivate an account",
                                            ok("AccountPage", "Tài khoản sau khi khóa / the account afterwards."), ACTION, params=[pid()],
                                            desc="Kết thúc ngay mọi phiên đăng nhập và khóa API / ends its sessions and API tokens at once."))
add("/accounts/{id}/reactivate", "post", op("reactivateAccount", "accounts", "Mở lại tài khoản / reactivate an account",
                                            ok("AccountPage", "Tài khoản sau khi mở / the account afterwards."), ACTION, params=[pid()]))
add("/accounts/{id}/roles/{role}/end", "post", op("endAccountRole", "accounts", "Kết thúc một vai trò / end a role",
                                                  ok("AccountPage", "Tài khoản sau khi đổi / the account afterwards."), WRITE,
                                                  body="RoleEndBody", params=[pid(), pid("role")]))
add("/audit", "get", op("listAudit", "audit", "Nhật ký thay đổi / audit log", ok("AuditList", "Mới nhất trước / newest first."),
                        ["400", "401", "403", "422"], params=[
                            q("entityId", {"type": "string", "format": "uuid", "pattern": UUID_PATTERN}, "Chỉ của bản ghi này / only for this record."),
                            q("limit", {"type": "integer", **INT64}, "Mặc định 100, giới hạn 1–500 / default 100, clamped to 1–500."),
                            q("after", {"type": "string"}, "Con trỏ next của trang trước; con trỏ không hợp lệ thì về trang đầu / the previous page's next cursor; an unreadable one starts over."),
                        ]))
add("/rulebook", "get", op("getRulebook", "rulebook", "Quy định có hiệu lực / the rules in force",
                           ok("Rulebook", "Quy định / the rules."), ["400", "422"], public=True, params=[
                               q("date", {"type": "string"}, "yyyy-MM-dd hoặc dd/MM/yyyy, mặc định hôm nay (giờ Việt Nam); sai → 422 / "
                                                             "default today (Vietnam); invalid → 422."),
                           ]))
add("/openapi.json", "get", op("getOpenAPI", "meta", "Tài liệu này / this document",
                               {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}},
                               [], public=True))

# recruitment
add("/units/{id}/recruitment", "get", op("getRecruitment", "members", "Phát triển đảng viên / recruitment",
                                         ok("Recruitment", "Hồ sơ đang xem xét, công nhận chính thức đến hạn, chi bộ không kết nạp / "
                                            "cases in flight, recognitions due, idle cells."), READ, params=[pid()]))
add("/units/{id}/sympathisers", "post", op("addSympathiser", "members", "Thêm quần chúng ưu tú / add a sympathiser",
                                           ok("SympathiserFile", "Hồ sơ / the file.", "201"), WRITE, body="SympathiserBody",
                                           params=[pid()]))
add("/sympathisers/{id}", "get", op("getSympathiser", "members", "Hồ sơ kết nạp / an admission file",
                                    ok("SympathiserFile", "Hồ sơ / the file."), READ, params=[pid()]))
add("/sympathisers/{id}/steps", "post", op("recordAdmissionStep", "members", "Ghi nhận một bước / record a step",
                                           ok("SympathiserFile", "Hồ sơ / the file."), WRITE, body="AdmissionStepBody",
                                           params=[pid()]))
add("/sympathisers/{id}/drop", "post", op("dropSympathiser", "members", "Dừng xem xét / drop the file",
                                          ok("SympathiserFile", "Hồ sơ / the file."), WRITE, body="DropBody", params=[pid()]))

# local settings
add("/units/{id}/settings", "get", op("getSettings", "units", "Quy định địa phương / local settings",
                                      ok("SettingsPage", "Đang áp dụng / in force."), READ, params=[pid()]))
add("/units/{id}/settings", "put", op("setSetting", "units", "Đặt quy định địa phương / set a local setting",
                                      ok("SettingsPage", "Đang áp dụng / in force."), WRITE, body="SettingBody", params=[pid()]))

# party fees
add("/units/{id}/fees", "get", op("getFees", "members", "Đảng phí tháng / a month's party fees", ok("FeeSheet", "Đảng phí / fees."),
                                  READ + ["400", "422"], params=[pid(), q("month", {"type": "string"}, "yyyy-MM, mặc định tháng này / default this month.")]))
add("/units/{id}/fees", "put", op("recordFees", "members", "Ghi đảng phí tháng / record a month's party fees",
                                  ok("FeeSheet", "Đảng phí / fees."), WRITE, body="FeesBody", params=[pid()]))

# holidays
add("/holidays", "get", op("getHolidays", "rulebook", "Lịch ngày nghỉ / the holiday calendar", ok("HolidayCalendar", "Một năm / a year."),
                           ["400", "401", "422"], params=[q("year", {"type": "integer", **INT64}, "Mặc định năm nay (2000–2100) / default this year.")]))
add("/holidays/{date}", "put", op("setHoliday", "rulebook", "Điều chỉnh một ngày (quản trị) / correct a day (administrators)",
                                  ok("HolidayCalendar", "Năm của ngày đó / that day's year."), WRITE,
                                  body="HolidayBody", params=[{"name": "date", "in": "path", "required": True,
                                                               "description": "yyyy-MM-dd", "schema": {"type": "string"}}]))
add("/holidays/{date}", "delete", op("removeHoliday", "rulebook", "Bỏ điều chỉnh (quản trị) / remove a correction (administrators)",
                                     NO_CONTENT, ACTION, params=[{"name": "date", "in": "path", "required": True,
                                                                  "description": "yyyy-MM-dd", "schema": {"type": "string"}}]))
add("/members/{id}/moved-away", "put", op("recordMoveAway", "members",
                                       "Đảng viên chuyển nơi ở, nơi công tác / a member moving away (the transfer is then due)",
                                       ok("Member", "Đảng viên / the member."), WRITE, body="MoveAwayBody", params=[pid()]))
add("/members/{id}/recognition-steps", "post", op("recordRecognitionStep", "members",
                                               "Một bước hồ sơ công nhận chính thức / a step of the recognition file",
                                               ok("MemberLife", "Quá trình đảng viên / the member's party life."), WRITE,
                                               body="RecognitionStepBody", params=[pid()]))

# documents on a person's file (admission steps, recognition steps, a member's periods and decisions)
TYPES = ["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/jpeg", "image/png"]
DOWNLOAD = {"200": {"description": "Nội dung tệp / the file.", "content": {t: {"schema": {"type": "string", "contentMediaType": t}}
                                                                         for t in TYPES}}}
DOC = pid("document", "UUID tài liệu / document UUID; not a UUID → 404.")
UPLOAD_DESC = ("Thân yêu cầu tối đa 6 MB (413 nếu lớn hơn); tệp tối đa 5 MB, kiểm tra theo nội dung (422); người ghi nhận bước hoặc quyết định "
               "mới được đính kèm (cấp ủy với bước, quyết định của cấp ủy; chi bộ với bước của chi bộ), người chỉ xem → 403 / body up to "
               "6 MB; file up to 5 MB, checked by content; attached by whoever records the step or decision (the committee's staff for "
               "the committee's, the cell for its own), a reader gets 403.")


def upload_body(target_desc):
    return {"required": True, "content": {"multipart/form-data": {"schema": {"type": "object", "properties": {
        "file": {"type": "string", "contentMediaType": "application/octet-stream", "description": "Tệp / the file."},
        "target": {"type": "string", "description": target_desc},
        "targetId": {"type": "string", "description": "UUID bước hoặc giai đoạn; bắt buộc / the step's or period's id; required."},
    }, "required": ["file"]}}}}


add("/sympathisers/{id}/documents", "post", op(
    "attachSympathiserDocument", "members", "Đính kèm tài liệu vào một bước hồ sơ kết nạp / attach a document to an admission step",
    ok("FileDocument", "Tài liệu / the document.", "201"), WRITE, params=[pid()],
    body=upload_body("DocumentTarget; chỉ admission_step (mặc định) / only admission_step (the default)."), desc=UPLOAD_DESC))
add("/sympathisers/{id}/documents/{document}", "get", op(
    "downloadSympathiserDocument", "members", "Tải tài liệu của hồ sơ kết nạp / download a document of an admission file",
    DOWNLOAD, READ, params=[pid(), DOC]))
add("/members/{id}/documents", "post", op(
    "attachMemberDocument", "members", "Đính kèm tài liệu vào một quyết định hoặc một bước hồ sơ / attach a document to a decision or step",
    ok("FileDocument", "Tài liệu / the document.", "201"), WRITE, params=[pid()],
    body=upload_body("DocumentTarget; bắt buộc: status_period (giai đoạn và quyết định), recognition_step, admission_step (hồ sơ kết "
                     "nạp của đảng viên) / required."), desc=UPLOAD_DESC))
add("/members/{id}/documents/{document}", "get", op(
    "downloadMemberDocument", "members", "Tải tài liệu trong hồ sơ đảng viên / download a document of a member's file",
    DOWNLOAD, READ, params=[pid(), DOC]))
add("/members/{id}/member-file", "post", op(
    "completeMemberFile", "members", "Hoàn thiện hồ sơ đảng viên sau lễ kết nạp / the member's file completed after the ceremony",
    ok("MemberLife", "Quá trình đảng viên / the member's party life."), WRITE, body="MemberFileBody", params=[pid()],
    desc="422 member.noAdmissionFile khi đảng viên không kết nạp qua hồ sơ trên hệ thống / when the member was not admitted through a "
         "file kept here."))
