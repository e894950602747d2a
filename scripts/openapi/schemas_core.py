"""Response schemas of errors, enumerations, units, members, accounts, the audit log and the rulebook."""
from .helpers import BOOL, DATE, INT, NS, NU, REF, UUID, arr, enum, nullable, obj, s

schemas = {}

schemas = {}

schemas["Error"] = obj({
    "error": obj({
        "code": s("Mã lỗi ổn định / stable machine code, e.g. `member.cardNumber.duplicate`, `unauthorized`, `body.malformed`."),
        "message": s("Thông báo cho người dùng (tiếng Việt, hoặc tiếng Anh khi Accept-Language: en) / message for people."),
        "fields": arr(REF("FieldError"), "Chỉ có khi lỗi gắn với trường nhập / present only when errors concern input fields."),
    }, ["code", "message"]),
}, ["error"], "Mọi lỗi của API / every API error.")
schemas["FieldError"] = obj({"field": s(), "code": s(), "message": s()}, ["field", "code", "message"])

schemas["UnitKind"] = enum(["province", "district", "grassroots", "subcommittee", "cell"],
                           "Cấp tổ chức: tỉnh, huyện, đảng bộ cơ sở, đảng bộ bộ phận, chi bộ / level of the unit.")
schemas["CellType"] = enum(["rural_village", "urban_residential", "agency", "public_service", "state_enterprise",
                            "private_enterprise", "armed_forces"], "Loại hình chi bộ / type of cell.")
schemas["OfficerRole"] = enum(["secretary", "deputy", "committee_member"], "Chức vụ / office.")
schemas["Gender"] = enum(["male", "female"], "Giới tính / gender.")
schemas["MemberStatus"] = enum(["probationary", "official"], "Dự bị / chính thức — probationary / official.")
schemas["ExemptionKind"] = enum(["full", "temporary"], "Miễn công tác và sinh hoạt / tạm miễn — full / temporary exemption.")
schemas["TransferDirection"] = enum(["out", "in"], "Sinh hoạt tạm thời đi (out) / đến (in) — temporary transfer direction.")
schemas["Role"] = enum(["member", "cell_secretary", "committee_staff", "inspector", "administrator"], "Vai trò / role.")
schemas["MeetingKind"] = enum(["regular", "thematic", "combined", "committee", "extraordinary", "model"],
                              "Loại buổi sinh hoạt / kind of meeting.")
schemas["MeetingStatus"] = enum(["planned", "notified", "open", "ended", "locked", "cancelled"], "Trạng thái / status.")
schemas["MeetingQuality"] = enum(["good", "fair", "average", "poor"], "Chất lượng buổi sinh hoạt / meeting quality.")
schemas["IssueOrigin"] = enum(["member", "public_opinion"], "Của đảng viên hay quần chúng / from a member or the public.")
schemas["IssueTopic"] = enum(["party_building", "economy", "land_environment", "infrastructure", "social_policy", "security_order",
                              "other"], "Lĩnh vực / what it concerns.")
schemas["IssueResponder"] = enum(["cell", "grassroots_committee", "local_government", "higher_level"],
                                 "Nơi trả lời, từ thấp lên cao / who answers, lowest first.")
schemas["IssueStatus"] = enum(["open", "answered", "closed"], "Chờ trả lời, đã trả lời, đã thông báo lại / open, answered, closed.")
schemas["InspectionKind"] = enum(["regular_supervision", "thematic_supervision", "organisation_inspection", "member_inspection",
                                  "signs_of_violation"], "Hình thức kiểm tra, giám sát (QĐ 296) / kind of inspection or supervision.")
schemas["InspectionBody"] = enum(["committee", "inspection_committee"], "Cấp ủy hay ủy ban kiểm tra / the committee or its inspection committee.")
schemas["InspectionStatus"] = enum(["planned", "in_progress", "concluded", "closed"], "Tình trạng / state.")
schemas["CellGroup"] = enum(["residential", "agency", "public_service", "enterprise", "armed_forces"],
                           "Nhóm loại hình chi bộ / group of cell types.")
schemas["LocalSettingKey"] = enum(["attendance_target_percent", "superior_visit_every", "monthly_report_due_day",
                                   "issue_answer_working_days", "quality_good_from", "quality_fair_from", "quality_average_from",
                                   "excellent_cap_percent", "meeting_quorum_percent", "discipline_cell_up_to",
                                   "discipline_grassroots_up_to"], "Quy định địa phương / a local setting.")
schemas["SettingsPage"] = obj({
    "unit": REF("Unit"),
    "lines": arr(obj({"key": REF("LocalSettingKey"), "value": s(), "defaultValue": s(), "setBy": s("Đơn vị đặt; vắng: mặc định / the unit that set it."),
                      "from": DATE}, ["key", "value", "defaultValue"])),
    "own": arr(obj({"key": REF("LocalSettingKey"), "value": s(), "from": DATE, "setBy": s()}, ["key", "value", "from", "setBy"])),
    "canSet": BOOL,
}, ["unit", "lines", "own", "canSet"], "Quy định địa phương đang áp dụng, kế thừa từ cấp trên, có ngày hiệu lực / "
    "the local settings in force, inherited, dated.")
schemas["VisitWindow"] = enum(["month", "quarter", "year"], "Tần suất cấp trên dự sinh hoạt / how often a superior attends.")
schemas["RubricCriterion"] = enum(["preparation", "attendance", "procedure", "content", "discussion", "resolution"],
                                  "Tiêu chí đánh giá buổi sinh hoạt / a criterion of the meeting rubric.")
schemas["EvaluationComparison"] = enum(["agrees", "lower", "higher", "noSelfAssessment"],
                                       "So với chi bộ tự đánh giá / against the cell's own assessment.")
schemas["AttendanceStatus"] = enum(["present", "late", "excused", "unexcused"], "Điểm danh / attendance.")
schemas["VoteKind"] = enum(["resolution", "admission", "recognition", "discipline", "expulsion_proposal"],
                           "Loại biểu quyết / kind of vote.")
schemas["DueState"] = enum(["held", "due", "late"], "Đã sinh hoạt / chưa đến hạn / quá hạn.")

schemas["Unit"] = obj({
    "id": UUID,
    "parentId": {**UUID, "description": "Vắng mặt với đơn vị gốc / absent for a root unit."},
    "name": s(), "code": s("Ký hiệu văn bản / document code."),
    "kind": REF("UnitKind"),
    "cellType": {"$ref": "#/components/schemas/CellType", "description": "Chỉ với chi bộ / cells only."},
    "termLabel": s("Nhiệm kỳ / term, e.g. 2025–2030."),
    "termStart": DATE,
    "depth": {**INT, "description": "0 = gốc / root."},
}, ["id", "name", "code", "kind", "termLabel", "depth"], "Tổ chức đảng / organisation unit.")
schemas["UnitList"] = obj({"items": arr(REF("Unit"))}, ["items"])
schemas["MembershipCounts"] = obj({k: INT for k in [
    "total", "official", "probationary", "exemptFull", "exemptTemporary", "transferredOut", "transferredIn"]},
    ["total", "official", "probationary", "exemptFull", "exemptTemporary", "transferredOut", "transferredIn"],
    "Số đảng viên của đơn vị và cấp dưới; đảng viên sinh hoạt tạm thời đến không tính vào total / "
    "members of the unit and its subtree; members transferred in are not in total.")
schemas["Officer"] = obj({"id": UUID, "memberId": UUID, "fullName": s(), "role": REF("OfficerRole"), "from": DATE},
                         ["id", "memberId", "fullName", "role", "from"])
schemas["OfficerList"] = obj({"items": arr(REF("Officer"))}, ["items"])
schemas["UnitDetail"] = obj({
    "unit": REF("Unit"),
    "ancestors": arr(REF("Unit"), "Từ gốc xuống / from the root down."),
    "counts": REF("MembershipCounts"),
    "officers": arr(REF("Officer")),
}, ["unit", "ancestors", "counts", "officers"])
schemas["Liaison"] = obj({
    "id": UUID, "accountId": UUID, "username": s(), "displayName": s(),
    "levelUnitId": NU("Cấp ủy được phân công thay mặt; null với phân công cũ (cấp trên trực tiếp) / the committee it is for; null for an older one (the parent)."),
    "levelName": NS("Tên cấp ủy / its name."), "from": DATE},
    ["id", "accountId", "username", "displayName", "from"],
    "Cấp ủy viên cấp trên phụ trách chi bộ / a member of a committee above following the cell.")
schemas["LiaisonList"] = obj({"items": arr(REF("Liaison"))}, ["items"])

schemas["Exemption"] = obj({"kind": REF("ExemptionKind"), "decisionDate": DATE, "reason": s()}, ["kind"])
schemas["Transfer"] = obj({"direction": REF("TransferDirection"), "from": DATE, "until": DATE, "place": s()}, ["direction"])
schemas["StatusKind"] = enum(["probationary", "official", "exempt", "transfer", "suspended", "disciplined", "left"],
                             "Loại giai đoạn / kind of a dated status period.")
schemas["SuspensionKind"] = enum(["suspension", "detention"], "Đình chỉ sinh hoạt / tạm giam — suspension / detention.")
schemas["DisciplineKind"] = enum(["reprimand", "warning", "removal", "expulsion"],
                                 "Khiển trách, cảnh cáo, cách chức, khai trừ — disciplinary measure (Charter art. 35).")
schemas["DecidingBody"] = enum(["cell", "grassroots", "committee"],
                               "Chi bộ / đảng ủy cơ sở / cấp ủy, ủy ban kiểm tra cấp trên — who decided (competences: local settings).")
schemas["LeavingKind"] = enum(["death", "struck_off", "expelled", "request", "transferred_out"],
                              "Từ trần, xóa tên, khai trừ, xin ra khỏi Đảng, chuyển sinh hoạt chính thức đi — how a membership ended.")
schemas["Moved"] = obj({"date": DATE, "place": s()}, ["date"],
                       "Chuyển nơi ở, nơi công tác: chuyển sinh hoạt chính thức trong 60 ngày làm việc / a move away: transfer due in 60 working days.")
schemas["Left"] = obj({"kind": REF("LeavingKind"), "date": DATE}, ["kind", "date"],
                      "Ngày và hình thức ra khỏi Đảng / the first day out of the party and how.")
schemas["StatusPeriod"] = obj({
    "id": UUID, "kind": REF("StatusKind"),
    "detail": s("ExemptionKind, TransferDirection, SuspensionKind, DisciplineKind hoặc LeavingKind theo kind / the kind's detail."),
    "from": DATE, "until": {**DATE, "description": "Ngày cuối; vắng mặt khi đang chạy / last day; absent while running."},
    "reason": s(), "place": s(), "decidedBy": s(), "decisionNumber": s(), "decisionDate": DATE, "voteId": UUID,
}, ["kind", "from"], "Một giai đoạn của đời đảng viên / one dated period of a member's party life.")
schemas["Standing"] = obj({"status": REF("MemberStatus"), "exemption": REF("ExemptionKind"), "transfer": REF("TransferDirection"),
                           "suspension": REF("SuspensionKind"), "discipline": REF("DisciplineKind")}, ["status"],
                          "Tình trạng trong một ngày / a member's standing on one day.")
schemas["PendingVote"] = obj({"voteId": UUID, "kind": REF("VoteKind"), "meetingId": UUID, "date": DATE, "explanation": s()},
                             ["voteId", "kind", "meetingId", "date"],
                             "Biểu quyết đã thông qua chờ quyết định / a passed vote no decision has used yet.")
schemas["RecognitionStep"] = enum(["self_review", "helper_review", "residence", "cell_resolution", "committee_resolution"],
                                  "Các bước hồ sơ công nhận chính thức (10–14-KNĐ) / the recognition file's steps.")
schemas["RecognitionStepRecord"] = obj({"id": UUID, "step": REF("RecognitionStep"), "form": s(), "date": DATE, "documentNumber": s(),
                                        "voteId": UUID}, ["id", "step", "form", "date"])
schemas["DocumentTarget"] = enum(["admission_step", "recognition_step", "status_period"],
                                 "Nơi đính kèm: bước hồ sơ kết nạp, bước hồ sơ công nhận, giai đoạn (quyết định) / what a document is "
                                 "attached to: an admission step, a recognition step, a period and its decision.")
schemas["FileDocument"] = obj({
    "id": UUID, "target": REF("DocumentTarget"), "targetId": {**UUID, "description": "Bước hoặc giai đoạn / the step's or period's id."},
    "filename": s(), "contentType": s(), "size": INT, "sha256": s(), "uploadedBy": s(),
    "uploadedAt": {"type": "string", "format": "date-time", "description": "ISO 8601 UTC."},
}, ["id", "target", "targetId", "filename", "contentType", "size", "sha256", "uploadedBy"],
    "Tài liệu trong hồ sơ (không kèm nội dung) / a document on a person's file (without its bytes).")
schemas["AdmissionFile"] = obj({
    "sympathiserId": UUID, "steps": arr(REF("AdmissionStepRecord")),
    "awaitingMemberFile": {**BOOL, "description": "Đã kết nạp, chưa hoàn thiện hồ sơ đảng viên / admitted, the member's file not yet complete."},
}, ["sympathiserId", "steps", "awaitingMemberFile"], "Hồ sơ kết nạp của đảng viên được kết nạp trên hệ thống / the admission file a member came through.")
schemas["MemberLife"] = obj({
    "asOf": DATE, "periods": arr(REF("StatusPeriod"), "Cũ trước / oldest first."),
    "today": {"$ref": "#/components/schemas/Standing", "description": "Vắng mặt khi không còn là đảng viên / absent when not a member today."},
    "probationEnds": DATE, "officialFrom": DATE, "pendingVotes": arr(REF("PendingVote")),
    "recognitionSteps": arr(REF("RecognitionStepRecord")), "recognitionOpen": arr(REF("RecognitionStep")),
    "failedRecognition": {"$ref": "#/components/schemas/PendingVote", "description": "Biểu quyết công nhận không được thông qua: cấp ủy quyết định xóa tên / the cell's recognition vote that failed: the committee strikes off."},
    "transferDue": {**DATE, "description": "Đã chuyển nơi ở, nơi công tác: hạn chuyển sinh hoạt chính thức / moved away: the permanent transfer's due day."},
    "transferOverdue": BOOL,
    "transferLateDays": {**INT, "description": "Chuyển sinh hoạt chậm bao nhiêu ngày làm việc / working days the transfer came late."},
    "letterValidUntil": {**DATE, "description": "Chuyển sinh hoạt chính thức đi: giấy giới thiệu có giá trị đến / transfer out: the letter's validity."},
    "admission": {"$ref": "#/components/schemas/AdmissionFile",
                  "description": "Vắng mặt khi không kết nạp qua hồ sơ trên hệ thống / absent when not admitted through a file kept here."},
    "documents": arr(REF("FileDocument"), "Tài liệu bên các giai đoạn và các bước / documents beside the periods and steps."),
}, ["asOf", "periods", "pendingVotes", "recognitionSteps", "recognitionOpen", "documents", "transferOverdue"], "Quá trình đảng viên / a member's party life.")
schemas["Member"] = obj({
    "id": UUID, "unitId": UUID, "fullName": s(), "birthDate": DATE, "gender": REF("Gender"),
    "cardNumber": s("Số thẻ đảng viên / party card number."), "admissionDate": DATE, "officialDate": DATE,
    "status": REF("MemberStatus"), "phone": s(),
    "ethnicity": s("Dân tộc / ethnicity."), "homeTown": s("Quê quán / home town."),
    "exemption": {"$ref": "#/components/schemas/Exemption", "description": "Chỉ khi đang được miễn / only while exempt."},
    "transfer": {"$ref": "#/components/schemas/Transfer", "description": "Chỉ khi đang sinh hoạt tạm thời / only while transferred."},
    "left": {"$ref": "#/components/schemas/Left", "description": "Chỉ khi đã ra khỏi Đảng / only once out of the party."},
    "moved": {"$ref": "#/components/schemas/Moved", "description": "Chỉ khi đã chuyển nơi ở, nơi công tác / only once moved away."},
}, ["id", "unitId", "fullName", "birthDate", "gender", "admissionDate", "status"], "Đảng viên / party member.")
schemas["MemberList"] = obj({"items": arr(REF("Member")),
                             "total": nullable("integer", description="Số đảng viên của danh sách, theo bộ đếm; không có khi tìm kiếm / "
                                               "the list's members, from the counters; absent for a search."),
                             "per": INT,
                             "next": nullable("string", description="Con trỏ trang sau (tham số after); không có ở trang cuối / "
                                              "the next page's cursor (the after parameter); absent on the last page.")},
                            ["items", "per"], "Một trang, phân trang theo khóa / one page, paged by key.")
schemas["MemberPeriod"] = obj({"unitId": UUID, "unitName": s(), "from": DATE, "until": DATE, "note": s()},
                              ["unitId", "unitName", "from"], "Một giai đoạn sinh hoạt tại một chi bộ / a period in one cell.")
schemas["HistoryList"] = obj({"items": arr(REF("MemberPeriod"))}, ["items"])

schemas["Grant"] = obj({"role": REF("Role"), "unitId": {**UUID, "description": "Đơn vị áp dụng vai trò / unit the role is held at."},
                        "id": UUID, "endedOn": {**DATE, "description": "Ngày đầu tiên không còn vai trò / the first day without the role."},
                        "endReason": REF("RoleEndReason"),
                        "fromOffice": {**BOOL, "description": "Vai trò theo chức vụ, kết thúc cùng chức vụ / from an office, ends with it."}},
                       ["role"])
schemas["RoleEndReason"] = enum(["term_ended", "moved", "left", "revoked"],
                                "Lý do thôi vai trò: hết nhiệm kỳ, chuyển sinh hoạt, ra khỏi Đảng, thu hồi / why a role ended.")
schemas["AccountRole"] = obj({
    "id": UUID, "role": REF("Role"), "unitId": UUID, "unitName": s(), "held": BOOL, "endedOn": DATE,
    "endReason": REF("RoleEndReason"), "endedBy": s("Tên đăng nhập người kết thúc / who ended it."), "fromOffice": BOOL,
}, ["id", "role", "held", "fromOffice"])
schemas["AccountPage"] = obj({
    "id": UUID, "username": s(), "displayName": s(), "memberId": UUID, "memberName": s(), "active": BOOL,
    "roles": arr(REF("AccountRole")), "sessions": INT, "tokens": INT, "canDeactivate": BOOL, "canReactivate": BOOL,
}, ["id", "username", "displayName", "active", "roles", "sessions", "tokens", "canDeactivate", "canReactivate"],
    "Một tài khoản với vai trò đang giữ và đã thôi / an account with its roles held and ended.")
schemas["Account"] = obj({"id": UUID, "username": s(), "displayName": s(), "memberId": UUID, "active": BOOL,
                          "roles": arr(REF("Grant"))}, ["id", "username", "displayName", "active", "roles"])
schemas["AccountList"] = obj({"items": arr(REF("Account")), "next": nullable("string", description="Con trỏ trang sau (tham số after); không có ở trang cuối / "
                                              "the next page's cursor (the after parameter); absent on the last page.")}, ["items"],
                              "Một trang, theo tên đăng nhập / one page, by user name.")
schemas["Me"] = obj({"id": UUID, "username": s(), "displayName": s(), "memberId": UUID, "roles": arr(REF("Grant"))},
                    ["id", "username", "displayName", "roles"])
schemas["Token"] = obj({
    "token": s("Mã truy cập, gửi trong Authorization: Bearer / the bearer token."),
    "expiresAt": {"type": "string", "format": "date-time",
                  "description": "ISO 8601 UTC, không có phần lẻ giây / no fractional seconds, e.g. 2026-12-23T00:47:36Z."},
}, ["token", "expiresAt"])
DATETIME = {"type": "string", "format": "date-time", "description": "ISO 8601 UTC, e.g. 2026-11-23T00:47:36Z."}
schemas["Session"] = obj({
    "id": UUID, "createdAt": DATETIME, "lastSeenAt": DATETIME,
    "expiresAt": {**DATETIME, "description": "Hết hạn nếu không dùng tiếp (không quá giới hạn tuyệt đối) / ends then unless used again "
                                             "(never past the absolute limit)."},
    "ip": s("Địa chỉ khi đăng nhập / the client's address at the login."),
    "userAgent": s("Trình duyệt / the browser's User-Agent."),
    "current": {"type": "boolean", "description": "Luôn false qua API / always false through the API."},
}, ["id", "createdAt", "lastSeenAt", "expiresAt", "ip", "userAgent", "current"])
schemas["SessionList"] = obj({"items": arr(REF("Session"))}, ["items"])
schemas["AuditEntry"] = obj({
    "at": {"type": "string", "format": "date-time", "description": "ISO 8601 UTC, e.g. 2026-11-23T00:47:36Z."},
    "username": s(), "action": s(), "entity": s(), "entityId": UUID, "unitId": UUID,
    "before": s("JSON của bản ghi trước khi đổi / JSON text of the record before."),
    "after": s("JSON của bản ghi sau khi đổi / JSON text of the record after."),
}, ["at", "username", "action", "entity"])
schemas["AuditList"] = obj({"items": arr(REF("AuditEntry")), "next": nullable("string", description="Con trỏ trang sau (tham số after); không có ở trang cuối / "
                                              "the next page's cursor (the after parameter); absent on the last page.")}, ["items"],
                            "Một trang, mới nhất trước / one page, newest first.")

schemas["RuleSource"] = obj({"document": s(), "title": s(), "effective": DATE}, ["document", "title", "effective"])
schemas["Threshold"] = obj({"numerator": INT, "denominator": INT,
                            "inclusive": {**BOOL, "description": "true: ít nhất (≥) / at least; false: trên (>) / more than."}},
                           ["numerator", "denominator", "inclusive"])
_mr = ["regularEveryMonths", "thematicPerQuarter", "minimumMinutes", "combinedMinimumMinutes", "documentsDaysBefore",
       "attendanceAbovePercent", "maxConsecutiveExcusedAbsences"]
schemas["MeetingRules"] = obj({"source": REF("RuleSource"), **{k: INT for k in _mr}}, ["source"] + _mr)
_vt = ["ordinary", "admission", "recognition", "discipline", "expulsionProposal"]
schemas["VoteRules"] = obj({"source": REF("RuleSource"), **{k: REF("Threshold") for k in _vt},
                            "escalateAfterFailures": INT, "probationaryMembersVote": BOOL},
                           ["source"] + _vt + ["escalateAfterFailures", "probationaryMembersVote"])
_ms = ["probationMonths", "admissionMinimumAge", "admissionMaximumAge", "ceremonyWithinWorkingDays",
       "recognitionWithinWorkingDays", "awarenessCertificateYears", "introducersRequired", "introducerKnownMonths",
       "strikeOffMonthsInYear", "permanentTransferWorkingDays", "introductionLetterDays", "temporaryTransferMinMonths",
       "temporaryTransferMaxMonths", "exemptionIllnessMonths", "feeSalaryPermille", "feePensionPermille", "feeExemptAfterYears"]
schemas["MembershipRules"] = obj({"source": REF("RuleSource"), **{k: INT for k in _ms}}, ["source"] + _ms)
_ev = ["excellentFrom", "goodFrom", "completedFrom", "excellentMinimumExceedingPercent"]
schemas["EvaluationRules"] = obj({"source": REF("RuleSource"), **{k: INT for k in _ev}}, ["source"] + _ev)
_dr = ["marginTopMM", "marginBottomMM", "marginLeftMM", "marginRightMM"]
schemas["DocumentRules"] = obj({"source": REF("RuleSource"), "font": s(), **{k: INT for k in _dr},
                                "documentTypes": arr(s())}, ["source", "font"] + _dr + ["documentTypes"])
_ls = ["attendanceTargetPercent", "qualityGoodFrom", "qualityFairFrom", "qualityAverageFrom", "excellentCapPercentOfGood",
       "notCompletedBelow", "checkInLateAfterMinutes", "checkInWrongCodesAllowed", "checkInWindowMinutes",
       "recruitmentIdleYears", "deadlineWarningWorkingDays", "issueAnswerWorkingDays", "monthlyReportDueDay"]
schemas["LocalSettings"] = obj({**{k: INT for k in _ls},
                                "meetingQuorumPercent": {**INT, "description": "Vắng mặt khi không đặt / absent when not set."},
                                "superiorVisitEvery": REF("VisitWindow"),
                                "disciplineCellUpTo": REF("DisciplineKind"), "disciplineGrassrootsUpTo": REF("DisciplineKind")},
                               _ls + ["superiorVisitEvery", "disciplineCellUpTo", "disciplineGrassrootsUpTo"], "Thiết lập địa phương / local settings.")
schemas["Rulebook"] = obj({
    "date": DATE, "versionId": s("Mã tổ hợp văn bản đang áp dụng / identifier of the combination in force."),
    "meetings": REF("MeetingRules"), "votes": REF("VoteRules"), "membership": REF("MembershipRules"),
    "evaluation": REF("EvaluationRules"), "documents": REF("DocumentRules"), "local": REF("LocalSettings"),
}, ["date", "versionId", "meetings", "votes", "membership", "evaluation", "documents", "local"],
    "Các quy định có hiệu lực vào một ngày / the rules in force on a date.")


# recruitment
schemas["AdmissionStep"] = enum(["course", "application", "personal_history", "introduction", "residence", "cell_resolution",
                                 "committee_resolution", "decision", "ceremony", "member_file"],
                                "Các bước hồ sơ kết nạp (1-KNĐ … 9-KNĐ, lễ kết nạp, hồ sơ đảng viên 1-HSĐV, 2-HSĐV) / the admission file's steps.")
schemas["SympathiserStatus"] = enum(["active", "admitted", "dropped"], "Đang bồi dưỡng, đã kết nạp, dừng / in progress, admitted, dropped.")
schemas["Sympathiser"] = obj({
    "id": UUID, "unitId": UUID, "fullName": s(), "birthDate": DATE, "gender": REF("Gender"), "phone": s(), "helperId": UUID,
    "helperName": s(), "listedOn": DATE, "status": REF("SympathiserStatus"), "memberId": UUID, "note": s(),
}, ["id", "unitId", "fullName", "birthDate", "gender", "listedOn", "status"], "Quần chúng ưu tú / a sympathiser.")
schemas["AdmissionStepRecord"] = obj({
    "id": UUID, "step": REF("AdmissionStep"), "form": s(), "date": DATE, "documentNumber": s(), "note": s(),
    "introducerId": UUID, "introducerName": s(), "knownSince": DATE, "voteId": UUID,
}, ["id", "step", "date"], "Một bước đã ghi nhận / a recorded step.")
schemas["Deadline"] = obj({"what": s(), "who": s("Ai phải thực hiện / who must act."), "due": DATE, "overdue": BOOL,
                           "state": s("Ví dụ / e.g. Còn 12 ngày làm việc.")},
                          ["what", "who", "due", "overdue", "state"], "Thời hạn tính theo ngày làm việc / a deadline in working days.")
schemas["CaseRow"] = obj({"sympathiser": REF("Sympathiser"), "unitName": s(), "nextStep": REF("AdmissionStep"), "nextForm": s(),
                          "deadline": REF("Deadline")}, ["sympathiser", "unitName"])
schemas["RecognitionRow"] = obj({"memberId": UUID, "fullName": s(), "unitId": UUID, "unitName": s(), "officialFrom": DATE,
                                 "deadline": {"$ref": "#/components/schemas/Deadline", "description": "Vắng mặt khi chi bộ đã biểu quyết / absent once the cell has voted."},
                                 "cellVote": {**DATE, "description": "Ngày chi bộ biểu quyết công nhận / the cell's recognition vote."},
                                 "cellVotePassed": BOOL}, ["memberId", "fullName", "unitId", "unitName", "officialFrom"])
schemas["TransferRow"] = obj({"memberId": UUID, "fullName": s(), "unitId": UUID, "unitName": s(), "movedOn": DATE, "place": s(),
                              "deadline": REF("Deadline")}, ["memberId", "fullName", "unitId", "unitName", "movedOn", "deadline"],
                             "Đảng viên chuyển nơi ở, nơi công tác chờ chuyển sinh hoạt chính thức / a member who moved, transfer due.")
schemas["MemberFileRow"] = obj({"memberId": UUID, "fullName": s(), "unitId": UUID, "unitName": s(), "ceremony": DATE},
                               ["memberId", "fullName", "unitId", "unitName", "ceremony"],
                               "Đảng viên mới chưa hoàn thiện hồ sơ đảng viên / a new member whose file is not complete.")
schemas["IdleCell"] = obj({"unitId": UUID, "name": s(), "lastAdmission": DATE}, ["unitId", "name"])
schemas["IdleSubUnit"] = obj({"unitId": UUID, "name": s(), "cells": INT, "idleCells": INT}, ["unitId", "name", "cells", "idleCells"],
                             "Đơn vị trực thuộc tỉnh, toàn quốc và số chi bộ không kết nạp đảng viên / a unit under a province or the "
                             "country with its cells and its idle cells, from the counters.")
schemas["Recruitment"] = obj({
    "unit": REF("Unit"), "cases": arr(REF("CaseRow")), "casesTotal": INT, "recognitions": arr(REF("RecognitionRow")),
    "transfers": arr(REF("TransferRow")), "memberFiles": arr(REF("MemberFileRow")), "idleYears": INT, "idleCells": arr(REF("IdleCell")), "idleByUnit": arr(REF("IdleSubUnit")), "helpers": arr(REF("Member")), "canWrite": BOOL,
    "listLength": INT, "listsCut": BOOL,
}, ["unit", "cases", "casesTotal", "recognitions", "transfers", "memberFiles", "idleYears", "idleCells", "idleByUnit", "helpers", "canWrite",
    "listLength", "listsCut"],
    "Phát triển đảng viên của đơn vị / a unit's recruitment. Mỗi danh sách hiện nhiều nhất `listLength` người (200; 50 ở tỉnh, "
    "toàn quốc); `listsCut`: có danh sách đã đủ số đó / each list shows at most `listLength` people (200; 50 for a province or "
    "the country); `listsCut`: a list reached it.")
schemas["SympathiserFile"] = obj({
    "sympathiser": REF("Sympathiser"), "unit": REF("Unit"), "steps": arr(REF("AdmissionStepRecord")),
    "nextStep": REF("AdmissionStep"), "open": arr(REF("AdmissionStep")), "deadline": REF("Deadline"),
    "ceremonyLate": {**INT, "description": "Lễ kết nạp chậm bao nhiêu ngày làm việc / a ceremony held late, working days."},
    "introducers": arr(REF("Member")), "admissionVotes": arr(REF("PendingVote")), "canWrite": BOOL,
    "documents": arr(REF("FileDocument"), "Tài liệu bên các bước / documents beside the steps."),
    "attachable": arr(UUID, "Các bước người gọi được đính kèm tài liệu / the steps the caller may attach a document to."),
}, ["sympathiser", "unit", "steps", "open", "introducers", "admissionVotes", "canWrite", "documents", "attachable"],
    "Hồ sơ kết nạp của một quần chúng / a sympathiser's admission file.")

# party fees
schemas["FeeRelief"] = enum(["none", "exempt", "reduced_30", "reduced_50", "reduced_70"],
                            "Đóng đủ, miễn, giảm 30/50/70% / full rate, exempt, reduced.")
schemas["FeeLine"] = obj({"memberId": UUID, "fullName": s(), "amount": INT, "relief": REF("FeeRelief"),
                         "paidOn": {**DATE, "description": "Vắng mặt khi chưa nộp / absent when unpaid."},
                         "seniorityExempt": BOOL, "recorded": BOOL},
                        ["memberId", "fullName", "amount", "relief", "seniorityExempt", "recorded"])
schemas["FeeSheet"] = obj({"unit": REF("Unit"), "month": s("yyyy-MM"), "lines": arr(REF("FeeLine")), "collected": INT, "unpaid": INT,
                          "canWrite": BOOL}, ["unit", "month", "lines", "collected", "unpaid", "canWrite"],
                         "Đảng phí của chi bộ trong một tháng / a cell's party fees for a month.")

# holidays
schemas["HolidayKind"] = enum(["holiday", "compensatory", "swapped_day_off", "make_up_day", "day_off", "working_day"],
                              "Nghỉ lễ, nghỉ bù, nghỉ hoán đổi, làm bù, ngày nghỉ khác, ngày làm việc / kind of calendar day.")
schemas["HolidayDay"] = obj({"date": DATE, "kind": REF("HolidayKind"), "name": s(), "source": s(), "corrected": BOOL},
                           ["date", "kind", "name", "corrected"])
schemas["HolidayCalendar"] = obj({"year": INT, "days": arr(REF("HolidayDay")), "workingDays": INT}, ["year", "days", "workingDays"],
                                 "Lịch ngày nghỉ của một năm / a year's holiday calendar.")
