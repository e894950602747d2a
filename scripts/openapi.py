#!/usr/bin/env python3
"""The source of the OpenAPI 3.1 document of /api/v1. Edit this file, then run
    python3 scripts/openapi.py openapi.json Sources/ChiBoApp/Controllers/API/OpenAPIDocument.swift
which rewrites the Swift file the server serves (tests hold the document to the routes)."""
import copy
import json
import sys

REF = lambda name: {"$ref": f"#/components/schemas/{name}"}
RESP = lambda name: {"$ref": f"#/components/responses/{name}"}


def nullable(t, **extra):
    return {"type": [t, "null"], **extra}


def s(desc=None, **kw):
    d = {"type": "string", **kw}
    if desc:
        d["description"] = desc
    return d


UUID = {"type": "string", "format": "uuid"}
DATE = {"type": "string", "format": "date", "description": "yyyy-MM-dd"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}


def obj(props, required=None, desc=None):
    o = {"type": "object", "properties": {k: copy.deepcopy(v) for k, v in props.items()}}
    if required:
        o["required"] = required
    if desc:
        o["description"] = desc
    return o


def arr(items, desc=None):
    a = {"type": "array", "items": copy.deepcopy(items)}
    if desc:
        a["description"] = desc
    return a


def enum(values, desc):
    return {"type": "string", "enum": values, "description": desc}


# ---------------------------------------------------------------- schemas

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
schemas["Liaison"] = obj({"accountId": UUID, "displayName": s(), "from": DATE}, ["accountId", "displayName", "from"],
                         "Cán bộ phụ trách đơn vị / the unit's liaison account.")

schemas["Exemption"] = obj({"kind": REF("ExemptionKind"), "decisionDate": DATE, "reason": s()}, ["kind"])
schemas["Transfer"] = obj({"direction": REF("TransferDirection"), "from": DATE, "until": DATE, "place": s()}, ["direction"])
schemas["Member"] = obj({
    "id": UUID, "unitId": UUID, "fullName": s(), "birthDate": DATE, "gender": REF("Gender"),
    "cardNumber": s("Số thẻ đảng viên / party card number."), "admissionDate": DATE, "officialDate": DATE,
    "status": REF("MemberStatus"), "phone": s(),
    "exemption": {"$ref": "#/components/schemas/Exemption", "description": "Chỉ khi đang được miễn / only while exempt."},
    "transfer": {"$ref": "#/components/schemas/Transfer", "description": "Chỉ khi đang sinh hoạt tạm thời / only while transferred."},
}, ["id", "unitId", "fullName", "birthDate", "gender", "admissionDate", "status"], "Đảng viên / party member.")
schemas["MemberList"] = obj({"items": arr(REF("Member")), "total": INT, "page": INT, "per": INT},
                            ["items", "total", "page", "per"])
schemas["MemberPeriod"] = obj({"unitId": UUID, "unitName": s(), "from": DATE, "until": DATE, "note": s()},
                              ["unitId", "unitName", "from"], "Một giai đoạn sinh hoạt tại một chi bộ / a period in one cell.")
schemas["HistoryList"] = obj({"items": arr(REF("MemberPeriod"))}, ["items"])

schemas["Grant"] = obj({"role": REF("Role"), "unitId": {**UUID, "description": "Đơn vị áp dụng vai trò / unit the role is held at."}},
                       ["role"])
schemas["Account"] = obj({"id": UUID, "username": s(), "displayName": s(), "memberId": UUID, "active": BOOL,
                          "roles": arr(REF("Grant"))}, ["id", "username", "displayName", "active", "roles"])
schemas["AccountList"] = obj({"items": arr(REF("Account"))}, ["items"])
schemas["Me"] = obj({"id": UUID, "username": s(), "displayName": s(), "memberId": UUID, "roles": arr(REF("Grant"))},
                    ["id", "username", "displayName", "roles"])
schemas["Token"] = obj({
    "token": s("Mã truy cập, gửi trong Authorization: Bearer / the bearer token."),
    "expiresAt": {"type": "string", "format": "date-time",
                  "description": "ISO 8601 UTC, không có phần lẻ giây / no fractional seconds, e.g. 2026-12-23T00:47:36Z."},
}, ["token", "expiresAt"])
schemas["AuditEntry"] = obj({
    "at": {"type": "string", "format": "date-time", "description": "ISO 8601 UTC, e.g. 2026-11-23T00:47:36Z."},
    "username": s(), "action": s(), "entity": s(), "entityId": UUID, "unitId": UUID,
    "before": s("JSON của bản ghi trước khi đổi / JSON text of the record before."),
    "after": s("JSON của bản ghi sau khi đổi / JSON text of the record after."),
}, ["at", "username", "action", "entity"])
schemas["AuditList"] = obj({"items": arr(REF("AuditEntry"))}, ["items"])

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
       "temporaryTransferMaxMonths", "exemptionIllnessMonths"]
schemas["MembershipRules"] = obj({"source": REF("RuleSource"), **{k: INT for k in _ms}}, ["source"] + _ms)
_ev = ["excellentFrom", "goodFrom", "completedFrom", "excellentMinimumExceedingPercent"]
schemas["EvaluationRules"] = obj({"source": REF("RuleSource"), **{k: INT for k in _ev}}, ["source"] + _ev)
_dr = ["marginTopMM", "marginBottomMM", "marginLeftMM", "marginRightMM"]
schemas["DocumentRules"] = obj({"source": REF("RuleSource"), "font": s(), **{k: INT for k in _dr},
                                "documentTypes": arr(s())}, ["source", "font"] + _dr + ["documentTypes"])
_ls = ["attendanceTargetPercent", "qualityGoodFrom", "qualityFairFrom", "qualityAverageFrom", "excellentCapPercentOfGood",
       "notCompletedBelow", "checkInLateAfterMinutes", "checkInWrongCodesAllowed", "checkInWindowMinutes"]
schemas["LocalSettings"] = obj({**{k: INT for k in _ls},
                                "meetingQuorumPercent": {**INT, "description": "Vắng mặt khi không đặt / absent when not set."},
                                "superiorAttendanceEveryMonths": {**INT, "description": "Vắng mặt khi không đặt / absent when not set."}},
                               _ls, "Thiết lập địa phương / local settings.")
schemas["Rulebook"] = obj({
    "date": DATE, "versionId": s("Mã tổ hợp văn bản đang áp dụng / identifier of the combination in force."),
    "meetings": REF("MeetingRules"), "votes": REF("VoteRules"), "membership": REF("MembershipRules"),
    "evaluation": REF("EvaluationRules"), "documents": REF("DocumentRules"), "local": REF("LocalSettings"),
}, ["date", "versionId", "meetings", "votes", "membership", "evaluation", "documents", "local"],
    "Các quy định có hiệu lực vào một ngày / the rules in force on a date.")

# meetings
schemas["Meeting"] = obj({
    "id": UUID, "unitId": UUID, "kind": REF("MeetingKind"), "title": s(), "theme": s(), "date": DATE,
    "time": s("HH:mm", pattern="^[0-9]{2}:[0-9]{2}$"), "location": s(), "status": REF("MeetingStatus"),
    "draftContent": s(), "draftResolution": s(), "notifiedOn": DATE,
    "startedAt": s("yyyy-MM-ddTHH:mm, giờ Việt Nam / Vietnam local time."),
    "endedAt": s("yyyy-MM-ddTHH:mm, giờ Việt Nam / Vietnam local time."),
    "chairName": s(), "secretaryName": s(), "results": s(), "nextTasks": s(),
    "qualityScore": INT, "quality": REF("MeetingQuality"), "feesCollected": s(),
}, ["id", "unitId", "kind", "title", "date", "time", "location", "status"], "Buổi sinh hoạt / meeting.")
schemas["MeetingList"] = obj({"items": arr(REF("Meeting"))}, ["items"])
schemas["RollEntry"] = obj({
    "memberId": UUID, "fullName": s(), "status": REF("MemberStatus"), "exempt": BOOL,
    "transfer": REF("TransferDirection"),
    "attendance": {"$ref": "#/components/schemas/AttendanceStatus", "description": "Vắng mặt khi chưa điểm danh / absent when not marked."},
    "reason": s(), "selfCheckin": BOOL,
}, ["memberId", "fullName", "status", "exempt", "selfCheckin"], "Một dòng trong danh sách buổi sinh hoạt / one entry of the roll.")
schemas["AttendanceSummary"] = obj({k: INT for k in [
    "expected", "present", "late", "excused", "unexcused", "exemptPresent", "visitingPresent"]},
    ["expected", "present", "late", "excused", "unexcused", "exemptPresent", "visitingPresent"])
FIGURES = ["cells", "members", "regularHeld", "regularDue", "regularLate", "thematicQuartersHeld", "thematicQuartersDue",
           "thematicQuartersLate", "meetingsHeld", "meetingsTooShort", "noticesOnTime", "noticesLate", "attendance", "tasksOpen",
           "tasksOverdue", "membersAtStrikeOffRule"]
schemas["CellFigures"] = obj({k: (REF("MembershipCounts") if k == "members" else REF("AttendanceSummary") if k == "attendance" else INT)
                              for k in FIGURES}, FIGURES,
    "Số liệu một kỳ của một chi bộ, hoặc tổng các chi bộ của một đơn vị; regularDue/regularLate đếm lượt chi bộ-tháng đã qua / "
    "a period's figures of a cell, or the sum over a unit's cells; regularDue/regularLate count cell-months that are over.")
schemas["UnitStatistics"] = obj({"unitId": UUID, "name": s(), "code": s(), "kind": REF("UnitKind"), "figures": REF("CellFigures"),
                                 "attendancePermille": nullable("integer")}, ["unitId", "name", "code", "kind", "figures"])
schemas["ReportPeriod"] = obj({"kind": {"type": "string", "enum": ["month", "quarter", "year", "custom"]}, "from": DATE, "to": DATE,
                               "label": s()}, ["kind", "from", "to", "label"])
schemas["Statistics"] = obj({"unitId": UUID, "period": REF("ReportPeriod"), "asOf": DATE, "rulebookVersions": arr(s()),
                             "total": REF("CellFigures"), "attendancePermille": nullable("integer"), "units": arr(REF("UnitStatistics"))},
                            ["unitId", "period", "asOf", "rulebookVersions", "total", "units"],
                            "Thống kê một đơn vị trong một kỳ và từng đơn vị trực thuộc; total là tổng các chi bộ bên dưới / "
                            "a unit's statistics for a period and each of its direct sub-units; total is the sum over its cells.")
schemas["Guest"] = obj({"id": UUID, "name": s(), "position": s(), "fromSuperior": BOOL}, ["id", "name", "position", "fromSuperior"])
schemas["Speech"] = obj({"id": UUID, "speaker": s(), "memberId": UUID, "content": s()}, ["id", "speaker", "content"])
schemas["AgendaItem"] = obj({"id": UUID, "position": INT, "title": s(), "conclusion": s(), "speeches": arr(REF("Speech"))},
                            ["id", "position", "title", "speeches"])
schemas["Vote"] = obj({
    "id": UUID, "kind": REF("VoteKind"), "subject": s(), "subjectMemberId": UUID,
    "mode": enum(["hands", "phones"], "Giơ tay / bấm điện thoại — show of hands / phones."),
    "status": enum(["open", "closed"], "Trạng thái / status."),
    "inFavour": INT, "against": INT, "abstain": INT, "base": INT, "explanation": s(), "passed": BOOL,
    "attempt": INT,
    "escalate": {**BOOL, "description": "Đã không đạt đủ số lần: báo cáo cấp trên / failed often enough to report upward."},
}, ["id", "kind", "subject", "mode", "status", "attempt", "escalate"], "Biểu quyết / vote.")
schemas["Task"] = obj({
    "id": UUID, "unitId": UUID, "meetingId": UUID, "memberId": UUID, "description": s(), "dueDate": DATE,
    "status": enum(["open", "done", "dropped"], "Trạng thái / status."),
    "report": s(), "closedOn": DATE, "overdue": BOOL,
}, ["id", "unitId", "memberId", "description", "dueDate", "status", "overdue"], "Nhiệm vụ phân công / assigned task.")
schemas["TaskList"] = obj({"items": arr(REF("Task"))}, ["items"])
schemas["Attachment"] = obj({"id": UUID, "filename": s(), "contentType": s(), "size": INT, "sha256": s()},
                            ["id", "filename", "contentType", "size", "sha256"])
schemas["DurationCheck"] = obj({"minutes": INT, "minimum": {**INT, "description": "Vắng mặt khi không có mức tối thiểu / absent when there is none."}},
                               ["minutes"])
schemas["Record"] = obj({
    "sequence": INT, "kind": enum(["minutes", "amendment"], "Biên bản / đính chính — minutes / amendment."),
    "hash": s(), "prevHash": s(), "signedBy": s(), "signedOn": s(), "docNumber": s(),
    "content": s("JSON chuẩn hóa của bản ghi đã khóa / canonical JSON of the locked record."),
}, ["sequence", "kind", "hash", "prevHash", "signedBy", "signedOn", "content"],
    "Bản ghi đã khóa trong chuỗi băm / locked record in the hash chain.")
schemas["MeetingDetail"] = obj({
    "meeting": REF("Meeting"), "roll": arr(REF("RollEntry")), "attendance": REF("AttendanceSummary"),
    "guests": arr(REF("Guest")), "agenda": arr(REF("AgendaItem")), "votes": arr(REF("Vote")), "tasks": arr(REF("Task")),
    "attachments": arr(REF("Attachment")),
    "duration": {"$ref": "#/components/schemas/DurationCheck", "description": "Chỉ khi có giờ bắt đầu và kết thúc / only with start and end."},
    "noticeLate": {**BOOL, "description": "Chỉ khi đã thông báo / only once notified."},
    "checkinCode": s("Chỉ cho người điều hành buổi sinh hoạt / only for those who run meetings."),
    "records": arr(REF("Record")), "rulebookVersion": s(),
}, ["meeting", "roll", "attendance", "guests", "agenda", "votes", "tasks", "attachments", "records", "rulebookVersion"])
schemas["MeetingObligations"] = obj({
    "year": INT,
    "months": arr(obj({"month": INT, "state": REF("DueState")}, ["month", "state"])),
    "quarters": arr(obj({"quarter": INT, "required": INT, "held": INT, "state": REF("DueState")},
                        ["quarter", "required", "held", "state"])),
}, ["year", "months", "quarters"], "Nghĩa vụ sinh hoạt trong năm / meeting obligations of a year.")
schemas["NotifyResult"] = obj({"meeting": REF("Meeting"), "late": BOOL, "warning": s()}, ["meeting", "late"])
schemas["VoteCalculation"] = obj({
    "kind": REF("VoteKind"), "base": INT, "baseExplanation": s(), "votersPresent": INT, "threshold": s(),
    "minimumInFavour": INT, "passed": BOOL, "explanation": s(), "rulebookSource": s(),
}, ["kind", "base", "baseExplanation", "votersPresent", "threshold", "minimumInFavour", "passed", "explanation",
    "rulebookSource"])
schemas["RollMember"] = obj({
    "status": REF("MemberStatus"), "exempt": BOOL,
    "transfer": {"anyOf": [REF("TransferDirection"), {"type": "null"}]},
    "suspended": BOOL,
    "attendance": {"anyOf": [REF("AttendanceStatus"), {"type": "null"}]},
}, ["status", "exempt", "suspended"], "Một đảng viên trong danh sách do người gọi mô tả / one member of the caller's roll.")

# ---------------------------------------------------------------- optional response fields may be absent (or null)

def loosen(o):
    """A property that is not required may be absent; allow null too."""
    if not isinstance(o, dict):
        return
    if o.get("type") == "object" and "properties" in o:
        req = set(o.get("required", []))
        for k, v in list(o["properties"].items()):
            loosen(v)
            if k in req:
                continue
            if "$ref" in v:
                extra = {kk: vv for kk, vv in v.items() if kk != "$ref"}
                o["properties"][k] = {"anyOf": [{"$ref": v["$ref"]}, {"type": "null"}], **extra}
            elif isinstance(v.get("type"), str):
                v["type"] = [v["type"], "null"]
    if o.get("type") == "array":
        loosen(o.get("items"))


for _name, _schema in schemas.items():
    if _name not in ("RollMember",):
        loosen(_schema)

# ---------------------------------------------------------------- request bodies

def body_schema(name, props, desc):
    schemas[name] = obj(props, None, desc)


NS = lambda d=None: {"type": ["string", "null"], **({"description": d} if d else {})}
UUID_PATTERN = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
INT64 = {"format": "int64", "minimum": -9223372036854775808, "maximum": 9223372036854775807}
NU = lambda d=None: {"type": ["string", "null"], "format": "uuid", "pattern": UUID_PATTERN, **({"description": d} if d else {})}
NI = lambda d=None: {"type": ["integer", "null"], **INT64, **({"description": d} if d else {})}
NB = lambda d=None: {"type": ["boolean", "null"], **({"description": d} if d else {})}
DT = "Ngày dạng yyyy-MM-dd (hoặc dd/MM/yyyy) / a date, yyyy-MM-dd (or dd/MM/yyyy)."

body_schema("TokenRequest", {"username": NS(), "password": NS()},
            "Cả hai bắt buộc; sai hoặc thiếu → 422 login.invalid; sai 5 lần trong 15 phút → 429 / both needed.")
body_schema("UnitBody", {
    "parentId": NU("Đơn vị cấp trên (khi tạo) / parent unit (on create)."),
    "name": NS("Bắt buộc khi tạo, tối đa 200 ký tự / required on create."),
    "code": NS("Bắt buộc khi tạo, tối đa 20 ký tự, không dấu cách hay '/' / required on create."),
    "kind": NS("UnitKind; bắt buộc khi tạo, không đổi được bằng PATCH / required on create, ignored by PATCH."),
    "cellType": NS("CellType; bắt buộc với chi bộ / required for cells."),
    "termLabel": NS(), "termStart": NS(DT),
}, "Khi tạo: name, code, kind (và cellType với chi bộ) là bắt buộc, thiếu → 422. Khi sửa (PATCH) trường vắng mặt giữ giá trị cũ. "
   "On create name, code, kind (and cellType for a cell) are required (422 when missing); on PATCH absent fields keep their value.")
body_schema("MoveUnitBody", {"parentId": NU("Bắt buộc / required."), "effectiveDate": NS(DT + " Bắt buộc / required.")},
            "Chuyển đơn vị sang đơn vị cấp trên khác / move a unit under a new parent.")
body_schema("OfficerBody", {"memberId": NU("Bắt buộc / required."), "role": NS("OfficerRole; bắt buộc / required."),
                            "from": NS(DT + " Bắt buộc / required.")}, "Bổ nhiệm chức vụ / set an officer.")
body_schema("LiaisonBody", {"accountId": NU("Bắt buộc / required."), "from": NS(DT + " Mặc định hôm nay / defaults to today.")},
            "Cán bộ phụ trách / liaison.")
body_schema("MemberBody", {
    "unitId": NU("Chi bộ; bắt buộc khi tạo; PATCH không đổi được (dùng /move) / the cell; required on create."),
    "fullName": NS("Bắt buộc khi tạo / required on create."),
    "birthDate": NS(DT + " Bắt buộc khi tạo / required on create."),
    "gender": NS("Gender; bắt buộc khi tạo / required on create."),
    "cardNumber": NS("Số thẻ đảng viên, duy nhất (409 nếu trùng) / unique card number (409 when taken)."),
    "admissionDate": NS(DT + " Bắt buộc khi tạo / required on create."),
    "officialDate": NS(DT),
    "status": NS("MemberStatus"),
    "phone": NS(),
}, "Khi tạo, unitId, fullName, birthDate, gender, admissionDate là bắt buộc (thiếu → 422). Khi sửa (PATCH) trường vắng mặt giữ giá trị cũ, "
   "chuỗi rỗng xóa trường tùy chọn. / On create unitId, fullName, birthDate, gender and admissionDate are required (422 when missing); "
   "on PATCH absent fields keep their value and an empty string clears an optional one.")
body_schema("MoveMemberBody", {"unitId": NU("Chi bộ mới; bắt buộc / new cell; required."),
                               "effectiveDate": NS(DT + " Bắt buộc / required."), "note": NS()},
            "Chuyển sinh hoạt đảng / move a member to another cell.")
body_schema("ExemptionBody", {"kind": NS("ExemptionKind; bắt buộc / required."), "decisionDate": NS(DT), "reason": NS()},
            "Miễn công tác và sinh hoạt / record an exemption.")
body_schema("TransferBody", {"direction": NS("TransferDirection (out, in); bắt buộc / required."), "from": NS(DT),
                             "until": NS(DT), "place": NS()}, "Sinh hoạt tạm thời / record a temporary transfer.")
body_schema("AccountBody", {"username": NS("Bắt buộc / required."), "password": NS("Bắt buộc / required."),
                            "displayName": NS(), "memberId": NU(), "role": NS("Role; bắt buộc / required."),
                            "unitId": NU("Đơn vị áp dụng vai trò / unit the role is held at.")},
            "Tạo tài khoản với một vai trò / create an account with one role.")
body_schema("MeetingBody", {
    "kind": NS("MeetingKind; bắt buộc khi tạo / required on create."), "title": NS(),
    "theme": NS("Bắt buộc với thematic, combined / required for thematic and combined."),
    "date": NS(DT + " Bắt buộc khi tạo / required on create."), "time": NS("HH:mm, mặc định 19:30 / default 19:30."),
    "location": NS(), "draftContent": NS(), "draftResolution": NS(),
}, "Khi sửa (PATCH) trường vắng mặt giữ giá trị cũ / on PATCH absent fields keep their value.")
body_schema("PlanBody", {"year": NI("Mặc định năm nay / default this year."), "day": NI("Ngày trong tháng, mặc định 5 / day of month, default 5."),
                         "time": NS("HH:mm, mặc định 19:30."), "location": NS(),
                         "themes": {"type": ["array", "null"], "items": {"type": ["string", "null"]},
                                    "description": "Chủ đề chuyên đề theo quý / thematic themes per quarter."}},
            "Lập kế hoạch sinh hoạt cả năm / plan a year of meetings.")
body_schema("MinutesBody", {"startedAt": NS("yyyy-MM-ddTHH:mm"), "endedAt": NS("yyyy-MM-ddTHH:mm"), "chairName": NS(),
                            "secretaryName": NS(), "results": NS(), "nextTasks": NS(), "qualityScore": NI("0–100"),
                            "feesCollected": NS()}, "Nội dung biên bản / the minutes' facts.")
body_schema("AmendBody", {"text": NS("Bắt buộc / required.")}, "Văn bản đính chính / an amendment to locked minutes.")
body_schema("MarkBody", {"attendance": NS("AttendanceStatus; bắt buộc / required."), "reason": NS()}, "Điểm danh / mark attendance.")
body_schema("CheckInBody", {"code": NS("Mã điểm danh / check-in code.")}, "Tự điểm danh / self check-in.")
body_schema("GuestBody", {"name": NS("Bắt buộc / required."), "position": NS(), "fromSuperior": NB()}, "Đại biểu / guest.")
body_schema("ItemBody", {"title": NS("Bắt buộc / required.")}, "Mục chương trình / agenda item.")
body_schema("ConclusionBody", {"conclusion": NS()}, "Kết luận / conclusion of an agenda item.")
body_schema("SpeechBody", {"memberId": NU(), "speaker": NS(), "content": NS("Bắt buộc / required.")}, "Phát biểu / speech.")
body_schema("VoteBody", {"kind": NS("VoteKind; bắt buộc / required."), "subject": NS(), "subjectMemberId": NU(),
                         "mode": NS("hands (mặc định / default) hoặc / or phones.")}, "Đưa ra biểu quyết / open a vote.")
body_schema("TallyBody", {"inFavour": NI("Bắt buộc / required."), "against": NI("Bắt buộc / required."), "abstain": NI()},
            "Kết quả giơ tay / show-of-hands tally.")
body_schema("BallotBody", {"choice": NS("for, against, abstain")}, "Phiếu biểu quyết trên điện thoại / a phone ballot.")
body_schema("TaskBody", {"memberId": NU("Bắt buộc / required."), "description": NS("Bắt buộc / required."), "dueDate": NS(DT)},
            "Phân công nhiệm vụ / assign a task.")
body_schema("CloseTaskBody", {"outcome": NS("done hoặc / or dropped; bắt buộc / required."),
                              "report": NS("Bắt buộc khi dropped / required when dropped.")}, "Kết thúc nhiệm vụ / close a task.")
body_schema("CalculateBody", {
    "kind": NS("VoteKind; bắt buộc / required."), "date": NS(DT + " Mặc định hôm nay / default today."),
    "roll": {"type": ["array", "null"], "items": REF("RollMember"), "maxItems": 10000,
             "description": "Bắt buộc, tối đa 10 000 / required, at most 10,000."},
    "inFavour": NI(), "against": NI(), "abstain": NI(),
}, "Tính biểu quyết trên danh sách do người gọi mô tả; không lưu gì / vote arithmetic on a caller-described roll; nothing is stored.")

# ---------------------------------------------------------------- responses

def err(desc, extra_headers=None):
    r = {"description": desc, "content": {"application/json": {"schema": REF("Error")}}}
    if extra_headers:
        r["headers"] = extra_headers
    return r


responses = {
    "BadRequest": err("Dữ liệu gửi lên sai định dạng hoặc sai kiểu (body.malformed) / malformed body or query, wrong types."),
    "Unauthorized": err("Thiếu hoặc sai mã truy cập (unauthorized) / no or invalid bearer token."),
    "Forbidden": err("Không có quyền (forbidden) / not allowed."),
    "NotFound": err("Không tìm thấy, hoặc ngoài phạm vi được xem / not found, or outside the caller's scope."),
    "Conflict": err("Mâu thuẫn với dữ liệu đã có (trùng, sai trạng thái) / conflicts with stored data or state."),
    "PayloadTooLarge": err("Dữ liệu gửi lên quá lớn (body.tooLarge) / request body too large."),
    "UnsupportedMediaType": err("Kiểu dữ liệu không hỗ trợ hoặc thiếu Content-Type (body.mediaType) / unsupported or missing content type."),
    "Unprocessable": err("Dữ liệu không hợp lệ, kèm danh sách trường lỗi; cũng khi body rỗng / invalid input with the fields at fault; "
                         "also an empty body."),
    "TooManyRequests": err("Đăng nhập sai quá nhiều lần (login.throttled) / too many failed logins.",
                           {"Retry-After": {"description": "Giây / seconds.", "schema": {"type": "string"}}}),
}


def ok(schema_name, desc, status="200"):
    return {status: {"description": desc, "content": {"application/json": {"schema": REF(schema_name)}}}}


NO_CONTENT = {"204": {"description": "Xong, không có nội dung / done, no content."}}

READ = ["401", "403", "404"]
QUERY = ["400", "422"]
WRITE = ["400", "401", "403", "404", "409", "413", "415", "422"]
ACTION = ["401", "403", "404", "409", "413", "422"]
ERRNAME = {"400": "BadRequest", "401": "Unauthorized", "403": "Forbidden", "404": "NotFound", "409": "Conflict",
           "413": "PayloadTooLarge", "415": "UnsupportedMediaType", "422": "Unprocessable", "429": "TooManyRequests"}


def errors(codes):
    return {c: RESP(ERRNAME[c]) for c in sorted(set(codes))}


def pid(name="id", desc="UUID; giá trị không phải UUID → 404 / not a UUID → 404."):
    return {"name": name, "in": "path", "required": True, "description": desc, "schema": {"type": "string", "format": "uuid", "pattern": UUID_PATTERN}}


def q(name, schema, desc):
    return {"name": name, "in": "query", "required": False, "description": desc, "schema": schema}


def jbody(name):
    return {"required": True, "content": {"application/json": {"schema": REF(name)}}}


def op(op_id, tag, summary, success, errs, body=None, params=None, public=False, desc=None):
    o = {"operationId": op_id, "tags": [tag], "summary": summary}
    if desc:
        o["description"] = desc
    if params:
        o["parameters"] = params
    if body:
        o["requestBody"] = jbody(body) if isinstance(body, str) else body
    o["responses"] = {**success, **errors(errs)}
    if public:
        o["security"] = []
    return o


paths = {}
P = "/api/v1"


def add(path, method, o):
    paths.setdefault(P + path, {})[method] = o


YEAR = q("year", {"type": "integer", "minimum": 2000, "maximum": 2100},
         "Năm 2000–2100, mặc định năm nay (ngoài khoảng → 422) / year 2000–2100 (else 422), default this year.")

PERIOD = q("period", {"type": "string", "enum": ["month", "quarter", "year", "custom"]},
           "Kỳ báo cáo, mặc định năm / the period's kind, a year by default.")

# auth
add("/auth/token", "post", op("createToken", "auth", "Đăng nhập, lấy mã truy cập / log in and get a bearer token",
                               ok("Token", "Mã truy cập / the token."), ["400", "413", "415", "422", "429"],
                               body="TokenRequest", public=True,
                               desc="Sai tên hoặc mật khẩu → 422 login.invalid. Sau 5 lần sai trong 15 phút với một tên đăng nhập → 429. "
                                    "Wrong name or password → 422; 5 failures for one user name within 15 minutes → 429."))
add("/auth/token", "delete", op("revokeToken", "auth", "Thu hồi mã truy cập đang dùng / revoke the token in use",
                                 NO_CONTENT, ["401", "413"]))
add("/me", "get", op("getMe", "auth", "Tài khoản đang đăng nhập / the calling account", ok("Me", "Tài khoản / the account."), ["401"]))

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

# members
add("/members", "get", op("listMembers", "members", "Tìm đảng viên / search members", ok("MemberList", "Một trang kết quả / one page."),
                          ["400", "401", "403", "404", "422"], params=[
                              q("q", {"type": "string"}, "Tìm theo tên, số thẻ (100 ký tự đầu) / text search on name or card number."),
                              q("unitId", {"type": "string", "format": "uuid", "pattern": UUID_PATTERN}, "Chỉ trong đơn vị này và cấp dưới / only in this subtree."),
                              q("page", {"type": "integer", **INT64}, "Trang, từ 1 (giới hạn 1–100000) / page, clamped to 1–100000."),
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
                                            ok("Member", "Đảng viên / the member."), ACTION, params=[pid()]))
add("/members/{id}/transfer", "put", op("setTransfer", "members", "Sinh hoạt tạm thời / record a temporary transfer",
                                        ok("Member", "Đảng viên / the member."), WRITE, body="TransferBody", params=[pid()]))
add("/members/{id}/transfer", "delete", op("endTransfer", "members", "Kết thúc sinh hoạt tạm thời / end the temporary transfer",
                                           ok("Member", "Đảng viên / the member."), ACTION, params=[pid()]))

# accounts, audit, rulebook
add("/accounts", "get", op("listAccounts", "accounts", "Tài khoản trong phạm vi / accounts in scope",
                           ok("AccountList", "Tài khoản / accounts."), ["401", "403"]))
add("/accounts", "post", op("createAccount", "accounts", "Tạo tài khoản / create an account",
                            ok("Account", "Tài khoản mới / the new account.", "201"), WRITE, body="AccountBody"))
add("/audit", "get", op("listAudit", "audit", "Nhật ký thay đổi / audit log", ok("AuditList", "Mới nhất trước / newest first."),
                        ["400", "401", "403", "422"], params=[
                            q("entityId", {"type": "string", "format": "uuid", "pattern": UUID_PATTERN}, "Chỉ của bản ghi này / only for this record."),
                            q("limit", {"type": "integer", **INT64}, "Mặc định 100, giới hạn 1–500 / default 100, clamped to 1–500."),
                        ]))
add("/rulebook", "get", op("getRulebook", "rulebook", "Quy định có hiệu lực / the rules in force",
                           ok("Rulebook", "Quy định / the rules."), ["400", "422"], public=True, params=[
                               q("date", {"type": "string"}, "yyyy-MM-dd hoặc dd/MM/yyyy, mặc định hôm nay (giờ Việt Nam); sai → 422 / "
                                                             "default today (Vietnam); invalid → 422."),
                           ]))
add("/openapi.json", "get", op("getOpenAPI", "meta", "Tài liệu này / this document",
                               {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}},
                               [], public=True))

# meetings
add("/votes/calculate", "post", op("calculateVote", "votes", "Tính kết quả biểu quyết, không lưu / vote arithmetic, nothing stored",
                                   ok("VoteCalculation", "Kết quả / the outcome."), ["400", "413", "415", "422"],
                                   body="CalculateBody", public=True))
add("/units/{id}/meetings", "get", op("listMeetings", "meetings", "Các buổi sinh hoạt trong năm / meetings of a year",
                                      ok("MeetingList", "Buổi sinh hoạt / meetings."), READ + QUERY, params=[pid(), YEAR]))
add("/units/{id}/meetings", "post", op("createMeeting", "meetings", "Tạo buổi sinh hoạt / schedule a meeting",
                                       ok("Meeting", "Buổi sinh hoạt mới / the new meeting.", "201"), WRITE, body="MeetingBody",
                                       params=[pid()]))
add("/units/{id}/meetings/plan", "post", op("planMeetings", "meetings", "Lập kế hoạch cả năm / plan a year",
                                            ok("MeetingList", "Các buổi đã tạo / meetings created."), WRITE, body="PlanBody",
                                            params=[pid()]))
add("/units/{id}/obligations", "get", op("getObligations", "meetings", "Nghĩa vụ sinh hoạt / meeting obligations",
                                         ok("MeetingObligations", "Theo tháng và quý / by month and quarter."), READ + QUERY,
                                         params=[pid(), YEAR]))
add("/units/{id}/statistics", "get", op("getStatistics", "statistics", "Thống kê theo kỳ / statistics for a period",
                                        ok("Statistics", "Tổng và từng đơn vị trực thuộc / in total and by sub-unit."), READ + QUERY,
                                        params=[pid(), PERIOD, YEAR,
                                                q("month", {"type": "integer", "minimum": 1, "maximum": 12}, "Tháng (period=month) / month."),
                                                q("quarter", {"type": "integer", "minimum": 1, "maximum": 4}, "Quý (period=quarter) / quarter."),
                                                q("from", {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}, "Tháng đầu (period=custom), 2026-01 / first month."),
                                                q("to", {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}, "Tháng cuối (period=custom), tối đa 60 tháng / last month, at most 60 months.")]))
add("/units/{id}/tasks", "get", op("listUnitTasks", "tasks", "Nhiệm vụ đang mở / open tasks", ok("TaskList", "Nhiệm vụ / tasks."),
                                   READ, params=[pid()]))

M = "/meetings/{id}"
add(M, "get", op("getMeeting", "meetings", "Chi tiết buổi sinh hoạt / a meeting in full", ok("MeetingDetail", "Buổi sinh hoạt / the meeting."),
                 READ, params=[pid()]))
add(M, "patch", op("updateMeeting", "meetings", "Sửa buổi sinh hoạt / update a meeting", ok("Meeting", "Buổi sinh hoạt / the meeting."),
                   WRITE, body="MeetingBody", params=[pid()]))
add(M + "/notify", "post", op("notifyMeeting", "meetings", "Thông báo / notify members", ok("NotifyResult", "Kết quả / result."),
                              ACTION, params=[pid()]))
add(M + "/open", "post", op("openMeeting", "meetings", "Khai mạc / open the meeting", ok("MeetingDetail", "Buổi sinh hoạt / the meeting."),
                            ACTION, params=[pid()]))
add(M + "/end", "post", op("endMeeting", "meetings", "Bế mạc / end the meeting", ok("MeetingDetail", "Buổi sinh hoạt / the meeting."),
                           ACTION, params=[pid()]))
add(M + "/cancel", "post", op("cancelMeeting", "meetings", "Hủy / cancel", ok("Meeting", "Buổi sinh hoạt / the meeting."), ACTION,
                              params=[pid()]))
add(M + "/minutes", "patch", op("setMinutes", "meetings", "Ghi biên bản / record the minutes",
                                ok("Meeting", "Buổi sinh hoạt / the meeting."), WRITE, body="MinutesBody", params=[pid()]))
add(M + "/approve", "post", op("approveMinutes", "meetings", "Thông qua và khóa biên bản / approve and lock the minutes",
                               ok("MeetingDetail", "Buổi sinh hoạt / the meeting."), ACTION, params=[pid()]))
add(M + "/amendments", "post", op("amendMinutes", "meetings", "Đính chính biên bản đã khóa / amend locked minutes",
                                  ok("Record", "Bản ghi đính chính / the amendment record.", "201"), WRITE, body="AmendBody",
                                  params=[pid()]))
add(M + "/attendance/{member}", "put", op("markAttendance", "meetings", "Điểm danh một đảng viên / mark one member",
                                          ok("RollEntry", "Dòng điểm danh / the roll entry."), WRITE, body="MarkBody",
                                          params=[pid(), pid("member", "UUID đảng viên / member UUID; not a UUID → 404.")]))
add(M + "/checkin", "post", op("checkIn", "meetings", "Tự điểm danh bằng mã / self check-in with the code",
                               ok("RollEntry", "Dòng điểm danh / the roll entry."), WRITE, body="CheckInBody", params=[pid()]))
add(M + "/guests", "post", op("addGuest", "meetings", "Thêm đại biểu / add a guest", ok("Guest", "Đại biểu / the guest.", "201"),
                              WRITE, body="GuestBody", params=[pid()]))
add(M + "/agenda", "post", op("addAgendaItem", "meetings", "Thêm mục chương trình / add an agenda item",
                              ok("AgendaItem", "Mục chương trình / the item.", "201"), WRITE, body="ItemBody", params=[pid()]))
ITEM = pid("item", "UUID mục chương trình / agenda item UUID; not a UUID → 404.")
add(M + "/agenda/{item}", "delete", op("removeAgendaItem", "meetings", "Xóa mục chương trình / remove an agenda item", NO_CONTENT,
                                       ACTION, params=[pid(), ITEM]))
add(M + "/agenda/{item}/conclusion", "put", op("setConclusion", "meetings", "Kết luận mục / conclude an item", NO_CONTENT, WRITE,
                                               body="ConclusionBody", params=[pid(), ITEM]))
add(M + "/agenda/{item}/speeches", "post", op("addSpeech", "meetings", "Ghi phát biểu / record a speech",
                                              ok("Speech", "Phát biểu / the speech.", "201"), WRITE, body="SpeechBody",
                                              params=[pid(), ITEM]))
VOTE = pid("vote", "UUID biểu quyết / vote UUID; not a UUID → 404.")
add(M + "/votes", "post", op("openVote", "votes", "Đưa ra biểu quyết / open a vote", ok("Vote", "Biểu quyết / the vote.", "201"),
                             WRITE, body="VoteBody", params=[pid()]))
add(M + "/votes/{vote}/tally", "post", op("tallyVote", "votes", "Ghi kết quả giơ tay / record a show-of-hands tally",
                                          ok("Vote", "Biểu quyết / the vote."), WRITE, body="TallyBody", params=[pid(), VOTE]))
add(M + "/votes/{vote}/ballots", "post", op("castBallot", "votes", "Bỏ phiếu trên điện thoại / cast a phone ballot", NO_CONTENT,
                                            WRITE, body="BallotBody", params=[pid(), VOTE]))
add(M + "/votes/{vote}/close", "post", op("closeVote", "votes", "Kết thúc biểu quyết trên điện thoại / close a phone vote",
                                          ok("Vote", "Biểu quyết / the vote."), ACTION, params=[pid(), VOTE]))
add(M + "/tasks", "post", op("assignTask", "tasks", "Phân công nhiệm vụ / assign a task", ok("Task", "Nhiệm vụ / the task.", "201"),
                             WRITE, body="TaskBody", params=[pid()]))
add(M + "/attachments", "post", op(
    "uploadAttachment", "meetings", "Tải tài liệu lên (PDF, DOCX, JPEG, PNG, tối đa 5 MB) / upload a document",
    ok("Attachment", "Tài liệu / the attachment.", "201"), WRITE, params=[pid()],
    body={"required": True, "content": {"multipart/form-data": {"schema": obj(
        {"file": {"type": "string", "contentMediaType": "application/octet-stream", "description": "Tệp / the file."}}, ["file"])}}},
    desc="Thân yêu cầu tối đa 6 MB (413 nếu lớn hơn); tệp tối đa 5 MB, kiểm tra theo nội dung (422) / body up to 6 MB; file up to 5 MB, "
         "checked by content."))
add(M + "/attachments/{attachment}", "get", op(
    "downloadAttachment", "meetings", "Tải tài liệu về / download a document",
    {"200": {"description": "Nội dung tệp / the file.", "content": {t: {"schema": {"type": "string", "contentMediaType": t}} for t in [
        "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/jpeg", "image/png"]}}},
    READ, params=[pid(), pid("attachment", "UUID tài liệu / attachment UUID; not a UUID → 404.")]))
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
add(M + "/minutes.docx", "get", op("minutesDocx", "meetings", "Biên bản (.docx) từ bản đã khóa / the minutes as .docx",
                                   {"200": {"description": "Tệp .docx.", "content": {DOCX: {"schema": {"type": "string", "contentMediaType": DOCX}}}}},
                                   READ + ["409"], params=[pid()], desc="409 documents.notLocked khi biên bản chưa khóa / when not locked."))
add(M + "/resolution.docx", "get", op("resolutionDocx", "meetings", "Nghị quyết (.docx) từ bản đã khóa / the resolution as .docx",
                                      {"200": {"description": "Tệp .docx.", "content": {DOCX: {"schema": {"type": "string", "contentMediaType": DOCX}}}}},
                                      READ + ["409"], params=[pid()], desc="409 documents.notLocked khi biên bản chưa khóa / when not locked."))
add(M + "/invite.ics", "get", op("meetingInvite", "meetings", "Lời mời iCalendar / iCalendar invitation",
                                 {"200": {"description": "iCalendar.", "content": {"text/calendar": {"schema": {"type": "string"}}}}},
                                 READ, params=[pid()]))
add("/tasks/{id}/close", "post", op("closeTask", "tasks", "Báo cáo hoàn thành hoặc thôi thực hiện / close a task",
                                    ok("Task", "Nhiệm vụ / the task."), WRITE, body="CloseTaskBody", params=[pid()]))

# ---------------------------------------------------------------- links: where an id returned by one call is used next

def link(path, method, status, targets, param_map):
    resp = paths[P + path][method]["responses"][status]
    links = resp.setdefault("links", {})
    for target in targets:
        links[target] = {"operationId": target, "parameters": dict(param_map)}


BODY_ID = "$response.body#/id"
link("/units", "post", "201", ["getUnit", "updateUnit", "listUnitChildren", "getUnitCounts", "listOfficers", "createMeeting",
                               "listMeetings"], {"id": BODY_ID})
link("/members", "post", "201", ["getMember", "updateMember", "getMemberHistory", "setExemption", "setTransfer"], {"id": BODY_ID})
link("/units/{id}/meetings", "post", "201", ["getMeeting", "updateMeeting", "notifyMeeting", "openMeeting", "endMeeting",
                                              "cancelMeeting", "setMinutes", "approveMinutes", "addGuest", "addAgendaItem",
                                              "openVote", "assignTask", "uploadAttachment", "meetingInvite"], {"id": BODY_ID})
link("/meetings/{id}/agenda", "post", "201", ["removeAgendaItem", "setConclusion", "addSpeech"],
     {"id": "$request.path.id", "item": BODY_ID})
link("/meetings/{id}/votes", "post", "201", ["tallyVote", "castBallot", "closeVote"], {"id": "$request.path.id", "vote": BODY_ID})
link("/meetings/{id}/tasks", "post", "201", ["closeTask"], {"id": BODY_ID})
link("/meetings/{id}/attachments", "post", "201", ["downloadAttachment"], {"id": "$request.path.id", "attachment": BODY_ID})
link("/meetings/{id}/approve", "post", "200", ["minutesDocx", "resolutionDocx", "amendMinutes"], {"id": "$request.path.id"})

doc = {
    "openapi": "3.1.0",
    "info": {
        "title": "ChiBo API",
        "version": "1",
        "description": (
            "API JSON của ChiBo — phần mềm quản lý chi bộ, đảng viên và sinh hoạt chi bộ. Xác thực bằng mã truy cập "
            "(POST /api/v1/auth/token) gửi trong tiêu đề `Authorization: Bearer …`. Ngày là chuỗi `yyyy-MM-dd`; thời điểm "
            "(`expiresAt`, `at`) là ISO 8601 UTC không có phần lẻ giây. Trường không có giá trị thì vắng mặt trong JSON. "
            "Mọi lỗi có dạng `{\"error\":{\"code\",\"message\",\"fields\"?}}`; thông báo bằng tiếng Việt, hoặc tiếng Anh khi gửi "
            "`Accept-Language: en`.\n\n"
            "The JSON API of ChiBo, software for Vietnamese party cells: units, members and meetings. Authenticate with a "
            "token from POST /api/v1/auth/token, sent as `Authorization: Bearer …`. Dates are `yyyy-MM-dd` strings; instants "
            "(`expiresAt`, `at`) are ISO 8601 in UTC without fractional seconds. Fields without a value are omitted. Every "
            "error is `{\"error\":{\"code\",\"message\",\"fields\"?}}`, in Vietnamese, or English with `Accept-Language: en`. "
            "Request bodies are JSON; every body field is optional to the decoder (a wrong type is 400), and what the server "
            "requires is checked by its rules (422, listing the fields)."
        ),
    },
    "servers": [{"url": "/"}],
    "security": [{"bearerAuth": []}],
    "tags": [{"name": n} for n in ["auth", "units", "members", "accounts", "audit", "rulebook", "meetings", "votes", "tasks", "meta"]],
    "paths": paths,
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer",
                                           "description": "Mã từ POST /api/v1/auth/token / token from POST /api/v1/auth/token."}},
        "schemas": schemas,
        "responses": responses,
    },
}

def fmt(v, indent=0, width=120):
    """JSON with each object or array on one line when it fits, else one member a line."""
    flat = json.dumps(v, ensure_ascii=False, separators=(", ", ": "))
    if len(flat) + indent <= width or not isinstance(v, (dict, list)) or not v:
        return flat
    pad = " " * (indent + 2)
    if isinstance(v, dict):
        items = [pad + json.dumps(k, ensure_ascii=False) + ": " + fmt(x, indent + 2, width) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + fmt(x, indent + 2, width) for x in v]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


text = fmt(doc, 0, 116)
assert '"""#' not in text and "\\#" not in text
with open(sys.argv[1], "w") as f:
    f.write(text + "\n")
if len(sys.argv) > 2:
    body = "\n".join(("    " + line) if line else "" for line in text.split("\n"))
    with open(sys.argv[2], "w") as f:
        f.write("/// The OpenAPI 3.1 document of /api/v1, served at /api/v1/openapi.json.\n"
                "enum OpenAPIDocument {\n"
                "    static let json = #\"\"\"\n" + body + "\n    \"\"\"#\n}\n")
