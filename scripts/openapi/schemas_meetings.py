"""Response schemas of meetings, statistics, agendas, votes, tasks, attachments and locked records."""
from .helpers import BOOL, DATE, INT, REF, UUID, arr, enum, nullable, obj, s

schemas = {}

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
    "suspended": {**BOOL, "description": "Bị đình chỉ sinh hoạt, tạm giam ngày họp / suspended or detained that day."},
    "attendance": {"$ref": "#/components/schemas/AttendanceStatus", "description": "Vắng mặt khi chưa điểm danh / absent when not marked."},
    "reason": s(), "selfCheckin": BOOL,
}, ["memberId", "fullName", "status", "exempt", "suspended", "selfCheckin"], "Một dòng trong danh sách buổi sinh hoạt / one entry of the roll.")
schemas["AttendanceSummary"] = obj({k: INT for k in [
    "expected", "present", "late", "excused", "unexcused", "exemptPresent", "visitingPresent"]},
    ["expected", "present", "late", "excused", "unexcused", "exemptPresent", "visitingPresent"])
FIGURES = ["cells", "members", "regularHeld", "regularDue", "regularLate", "thematicQuartersHeld", "thematicQuartersDue",
           "thematicQuartersLate", "meetingsHeld", "meetingsTooShort", "noticesOnTime", "noticesLate", "attendance", "tasksOpen",
           "tasksOverdue", "membersAtStrikeOffRule", "partyLife", "oversight", "classification", "training"]
_pl = ["sympathisers", "admitted", "recognised", "suspensions", "disciplined", "leftDeath", "leftStruckOff", "leftExpelled",
       "leftRequest", "leftTransferredOut", "feesCollected", "feesUnpaid"]
schemas["PartyLifeFigures"] = obj({k: INT for k in _pl}, _pl,
                                  "Quần chúng ưu tú hiện nay; kết nạp, công nhận chính thức, đình chỉ, kỷ luật, ra khỏi Đảng theo hình thức "
                                  "trong kỳ / sympathisers now; admissions, recognitions, suspensions, measures, leavers by kind in the period.")
schemas["CellFigures"] = obj({k: (REF("MembershipCounts") if k == "members" else REF("AttendanceSummary") if k == "attendance"
                                  else REF("PartyLifeFigures") if k == "partyLife"
                                  else REF("OversightFigures") if k == "oversight"
                                  else REF("ClassificationFigures") if k == "classification"
                                  else REF("TrainingFigures") if k == "training" else INT)
                              for k in FIGURES}, FIGURES,
    "Số liệu một kỳ của một chi bộ, hoặc tổng các chi bộ của một đơn vị; regularDue/regularLate đếm lượt chi bộ-tháng đã qua / "
    "a period's figures of a cell, or the sum over a unit's cells; regularDue/regularLate count cell-months that are over.")
schemas["UnitStatistics"] = obj({"unitId": UUID, "name": s(), "code": s(), "kind": REF("UnitKind"), "figures": REF("CellFigures"),
                                 "attendancePermille": nullable("integer")}, ["unitId", "name", "code", "kind", "figures"])
schemas["ReportPeriod"] = obj({"kind": {"type": "string", "enum": ["month", "quarter", "year", "custom"]}, "from": DATE, "to": DATE,
                               "label": s()}, ["kind", "from", "to", "label"])
schemas["StrikeOffCase"] = obj({"memberId": UUID, "fullName": s(), "months": INT, "left": BOOL},
                               ["memberId", "fullName", "months", "left"],
                               "Đảng viên bỏ sinh hoạt hoặc không đóng đảng phí từ số tháng của quy định xóa tên trong năm; left: đã ra "
                               "khỏi Đảng / a member absent without reason or not paying fees in the striking-off rule's months of the "
                               "year; left: already out of the party.")
schemas["Statistics"] = obj({"unitId": UUID, "period": REF("ReportPeriod"), "asOf": DATE, "rulebookVersions": arr(s()),
                             "total": REF("CellFigures"), "attendancePermille": nullable("integer"), "units": arr(REF("UnitStatistics")),
                             "strikeOff": arr(REF("StrikeOffCase"),
                                              "Chỉ với chi bộ: bí thư và cấp ủy thấy mọi người, đảng viên chỉ thấy dòng của mình / "
                                              "a cell's only: its secretary and committee see everyone, a member only their own line.")},
                            ["unitId", "period", "asOf", "rulebookVersions", "total", "units"],
                            "Thống kê một đơn vị trong một kỳ và từng đơn vị trực thuộc; total là tổng các chi bộ bên dưới / "
                            "a unit's statistics for a period and each of its direct sub-units; total is the sum over its cells.")
_tally = ["notYetDue", "due", "onTime", "late", "missing", "daysLate"]
schemas["MonthlyReportTally"] = obj({k: INT for k in _tally}, _tally,
                                    "Trực báo theo tình trạng: chưa đến kỳ, còn trong hạn, đúng hạn, muộn (tổng số ngày muộn), chưa nộp quá hạn / "
                                    "monthly reports by state: not yet due, due, on time, late (days late summed), missing.")
_ov = ["visits", "evaluated", "differing", "windowsDue", "windowsMissed", "hotIssues", "proposals", "issuesRaised",
       "issuesEscalated", "issuesAnswered", "issueAnswerDays", "issuesClosed", "issuesOpen", "issuesOverdue",
       "inspectionsConcluded", "remediesDone", "remediesOpen", "remediesOverdue"]
schemas["OversightFigures"] = obj({**{k: INT for k in _ov}, "window": REF("VisitWindow"), "reports": REF("MonthlyReportTally")},
                                  _ov + ["window", "reports"],
                                  "Cấp trên dự sinh hoạt chi bộ: lượt dự, đã đánh giá, khác chi bộ tự đánh giá; lượt chi bộ-kỳ đã qua và "
                                  "chưa có cấp trên dự theo tần suất địa phương (window) / superiors at cell meetings: visits, evaluated, "
                                  "differing from the cell's own; cell-windows over and without a visit, by the local frequency.")
schemas["Visit"] = obj({
    "id": UUID, "meetingId": UUID, "unitId": UUID, "date": DATE, "guestId": UUID, "levelUnitId": UUID, "levelName": s(),
    "visitorName": s(), "visitorPosition": s(), "remarks": s("Ghi vào biên bản / in the minutes."), "takenUp": s(),
    "points": {"type": "object", "additionalProperties": INT,
               "description": "Điểm theo tiêu chí (RubricCriterion), khi đã đánh giá / points by criterion once evaluated."},
    "score": INT, "quality": REF("MeetingQuality"), "assessment": s(), "evaluatedOn": DATE,
    "comparison": REF("EvaluationComparison"),
}, ["id", "meetingId", "unitId", "date", "guestId", "levelUnitId", "levelName", "visitorName", "visitorPosition"],
    "Cấp trên dự một buổi sinh hoạt và đánh giá của họ / a superior at a meeting and their evaluation.")
schemas["VisitUnitRow"] = obj({"unit": REF("Unit"), "figures": REF("OversightFigures"),
                               "visitedThisWindow": {**BOOL, "description": "Chỉ với chi bộ / cells only."},
                               "liaison": s("Cấp ủy viên phụ trách / the committee member following it.")}, ["unit", "figures"])
schemas["VisitsPage"] = obj({"unit": REF("Unit"), "year": INT, "window": REF("VisitWindow"), "total": REF("OversightFigures"),
                             "rows": arr(REF("VisitUnitRow")), "visits": arr(REF("Visit")),
                             "visitsTotal": {**INT, "description": "Số lượt trong năm, theo số liệu thống kê / the year's visits, from "
                                                                   "the counters."},
                             "cellNames": {"type": "object", "additionalProperties": {"type": "string"}}},
                            ["unit", "year", "window", "total", "rows", "visits", "visitsTotal", "cellNames"],
                            "Cấp trên dự sinh hoạt chi bộ trong năm: từng đơn vị trực thuộc, các lượt gần nhất (khác tự đánh giá trước) / "
                            "superiors at cell meetings over a year: each sub-unit, the latest visits (differences first).")
_sections = ["membersThinking", "publicOpinion", "hotIssues", "results", "proposals"]
schemas["MonthlyReport"] = obj({
    "id": UUID, "unitId": UUID, "unitName": s(), "month": s("yyyy-MM"), **{k: s() for k in _sections},
    "hotIssueCount": INT, "proposalCount": INT, "submittedOn": DATE, "due": DATE,
    "state": enum(["on_time", "late"], "Nộp đúng hạn hay muộn / on time or late."), "daysLate": INT,
    "answer": s("Đảng ủy trả lời / the committee's answer."), "answeredOn": DATE, "answeredBy": s(),
}, ["id", "unitId", "unitName", "month", "hotIssueCount", "proposalCount", "submittedOn", "due", "state"],
    "Trực báo hằng tháng của bí thư chi bộ / a cell secretary's monthly report.")
schemas["ReportMonth"] = obj({"month": s("yyyy-MM"), "due": DATE,
                              "state": enum(["not_yet_due", "due", "on_time", "late", "missing"], "Tình trạng / state."),
                              "daysLate": INT, "report": REF("MonthlyReport")}, ["month", "due", "state"])
schemas["ReportUnitRow"] = obj({"unit": REF("Unit"), "tally": REF("MonthlyReportTally"), "report": REF("MonthlyReport")},
                               ["unit", "tally"])
schemas["ReportsPage"] = obj({
    "unit": REF("Unit"), "isCell": BOOL, "year": INT, "month": s("yyyy-MM"), "dueDay": INT, "months": arr(REF("ReportMonth")),
    "rows": arr(REF("ReportUnitRow")), "total": REF("MonthlyReportTally"), "canSubmit": BOOL, "canAnswer": BOOL, "q": s(),
    "found": arr(REF("MonthlyReport")),
    "foundTotal": {**INT, "description": "Số trực báo tìm thấy; với foundMoreThanTotal là cận dưới (đơn vị lớn không đếm) / "
                                         "the reports found; with foundMoreThanTotal a lower bound (a large subtree's are not counted)."},
    "foundMoreThanTotal": {**BOOL, "description": "Còn nhiều hơn foundTotal / more than foundTotal match."},
    "next": s("Con trỏ trang tìm sau (after=); null khi hết / the next search page's cursor (after=); null at the end."),
    "searchedThrough": s("yyyy-MM: đơn vị lớn đã tìm hết số trực báo giới hạn mà chưa đủ một trang, tìm đến trực báo tháng này; "
                         "next tìm tiếp các trực báo cũ hơn / a large subtree's search read its bound of reports without filling "
                         "a page, back to this month's; next searches older ones."),
    "searchedReports": {**INT, "description": "Số trực báo trang tìm này đã đọc (cùng searchedThrough) / "
                                              "how many reports this search page read (with searchedThrough)."},
}, ["unit", "isCell", "year", "month", "dueDay", "months", "rows", "total", "canSubmit", "canAnswer", "found", "foundTotal",
    "foundMoreThanTotal"],
    "Trực báo: của chi bộ theo tháng trong năm; của đơn vị cấp trên theo đơn vị trực thuộc trong một tháng, và kết quả tìm / "
    "monthly reports: a cell's by month; a committee's by sub-unit for a month, and what the search found.")
schemas["IssueStep"] = obj({"kind": enum(["raised", "escalated", "answered", "reported"], "Bước / step."),
                           "responder": REF("IssueResponder"), "date": DATE, "note": s(), "meetingId": UUID}, ["kind", "date"])
schemas["Issue"] = obj({
    "id": UUID, "unitId": UUID, "unitName": s(), "meetingId": UUID, "memberId": UUID, "raisedBy": s(),
    "origin": REF("IssueOrigin"), "topic": REF("IssueTopic"), "text": s(), "raisedOn": DATE, "responder": REF("IssueResponder"),
    "status": REF("IssueStatus"), "escalated": BOOL, "since": DATE, "due": DATE,
    "overdue": BOOL, "answeredOn": DATE, "answerDays": INT, "reportedOn": DATE, "steps": arr(REF("IssueStep")),
}, ["id", "unitId", "unitName", "meetingId", "origin", "topic", "text", "raisedOn", "responder", "status", "escalated", "since",
    "due", "overdue"], "Ý kiến, kiến nghị nêu tại buổi sinh hoạt / an opinion or petition raised at a meeting.")
schemas["IssuePage"] = obj({"issue": REF("Issue"), "escalateTo": arr(REF("IssueResponder")), "canAnswer": BOOL},
                           ["issue", "escalateTo", "canAnswer"])
schemas["IssuesPage"] = obj({"unit": REF("Unit"), "year": INT, "status": enum(["open", "answered", "closed", "all"], "Lọc / filter."),
                             "figures": REF("OversightFigures"), "issues": arr(REF("Issue")),
                             "total": {**INT, "description": "Số ý kiến ở trạng thái này; với moreThanTotal là cận dưới / the issues in "
                                                             "this state; with moreThanTotal, a lower bound."},
                             "moreThanTotal": {**BOOL, "description": "Nhiều hơn total (đơn vị lớn không đếm hết) / more than total (a "
                                                                      "large subtree's are not counted)."}},
                            ["unit", "year", "status", "figures", "issues", "total", "moreThanTotal"],
                            "Ý kiến, kiến nghị của đơn vị: số liệu năm và danh sách (quá hạn trước) / a unit's opinions: the year's "
                            "figures and the list, overdue first.")
schemas["Inspection"] = obj({
    "id": UUID, "unitId": UUID, "unitName": s(), "body": REF("InspectionBody"), "year": INT, "kind": REF("InspectionKind"),
    "targetUnitId": UUID, "targetName": s(), "targetMemberId": UUID, "content": s(), "reviewFrom": DATE, "reviewTo": DATE,
    "startOn": DATE, "endOn": DATE, "status": REF("InspectionStatus"), "conclusion": s(), "concludedOn": DATE, "concludedBy": s(),
}, ["id", "unitId", "unitName", "body", "year", "kind", "targetUnitId", "targetName", "content", "reviewFrom", "reviewTo",
    "startOn", "endOn", "status"], "Một nội dung của kế hoạch kiểm tra, giám sát / an item of the plan.")
_choice = obj({"id": UUID, "name": s()}, ["id", "name"])
schemas["InspectionsPage"] = obj({
    "unit": REF("Unit"), "year": INT, "items": arr(REF("Inspection")), "figures": REF("OversightFigures"), "canPlan": BOOL,
    "cells": arr(_choice),
    "cellsCut": {**BOOL, "description": "Các chi bộ để chọn chỉ là một phần (tối đa 500 khi liệt kê, 50 khi tìm) / the cells offered "
                 "are only some (500 at most when listed, 50 when searched)."},
    "cellSearch": REF("ChoiceSearch"), "teamChoices": arr(_choice),
}, ["unit", "year", "items", "figures", "canPlan", "cells", "cellsCut", "teamChoices"],
    "Kế hoạch kiểm tra, giám sát năm. Các chi bộ làm đối tượng: tất cả khi đơn vị có tối đa 100 chi bộ, nếu không là kết quả tìm "
    "theo tên, mã (q; có cellSearch) / the year's plan. The cells to target: all of them below a unit of at most 100 cells, else a "
    "search's results by name or code (q; with cellSearch).")
schemas["MeetingRow"] = obj({"id": UUID, "kind": REF("MeetingKind"), "title": s(), "date": DATE, "time": s(), "location": s(),
                             "status": REF("MeetingStatus")}, ["id", "kind", "title", "date", "time", "location", "status"])
schemas["InspectionPage"] = obj({
    "inspection": REF("Inspection"), "team": arr(s()), "meetings": arr(REF("MeetingRow")),
    "findings": arr(obj({"author": s(), "date": DATE, "text": s()}, ["author", "date", "text"])),
    "remedies": arr(obj({"id": UUID, "content": s(), "due": DATE, "doneOn": DATE, "doneReport": s(), "overdue": BOOL},
                        ["id", "content", "due", "overdue"])),
    "canRecordFinding": BOOL, "canConclude": BOOL, "canReportRemedy": BOOL,
}, ["inspection", "team", "meetings", "findings", "remedies", "canRecordFinding", "canConclude", "canReportRemedy"],
    "Một cuộc kiểm tra, giám sát: đoàn, các buổi sinh hoạt của thời kỳ kiểm tra, kết quả, kết luận, yêu cầu khắc phục / "
    "an inspection: its team, the meetings of the period, findings, conclusion, remedies.")
schemas["ModelMeeting"] = obj({
    "id": UUID, "unitId": UUID, "unitName": s(), "year": INT, "group": REF("CellGroup"), "cellId": UUID, "cellName": s(),
    "meetingId": UUID, "lessons": s(), "lessonsOn": DATE, "lessonsBy": s(),
}, ["id", "unitId", "unitName", "year", "group", "cellId", "cellName"], "Chi bộ điểm của một nhóm trong năm / a model cell.")
schemas["ModelsPage"] = obj({
    "unit": REF("Unit"), "year": INT, "isCell": BOOL,
    "rows": arr(obj({"group": REF("CellGroup"), "model": REF("ModelMeeting"), "cells": arr(_choice)}, ["group", "cells"])),
    "models": arr(REF("ModelMeeting")), "canChoose": BOOL, "teamChoices": arr(_choice),
    "cellsCut": {**BOOL, "description": "Các chi bộ để chọn chỉ là một phần (tối đa 500 khi liệt kê, 50 khi tìm) / the cells offered "
                 "are only some (500 at most when listed, 50 when searched)."},
    "cellSearch": REF("ChoiceSearch"),
}, ["unit", "year", "isCell", "rows", "models", "canChoose", "teamChoices", "cellsCut"],
    "Sinh hoạt điểm: theo nhóm ở một cấp; với chi bộ, các chi bộ điểm cùng nhóm ở cấp trên. Các chi bộ để chọn: tất cả khi cấp có "
    "tối đa 100 chi bộ, nếu không là kết quả tìm theo tên, mã (q; có cellSearch) / model meetings by group; for a cell, the models "
    "of its group above it. The cells to choose from: all of them below a level of at most 100 cells, else a search's results by "
    "name or code (q; with cellSearch).")
schemas["ModelPage"] = obj({
    "model": REF("ModelMeeting"), "team": arr(s()), "meeting": REF("MeetingRow"), "visits": arr(REF("Visit")),
    "meetingChoices": arr(REF("MeetingRow")), "canSetMeeting": BOOL, "canRecordLessons": BOOL,
}, ["model", "team", "visits", "meetingChoices", "canSetMeeting", "canRecordLessons"])
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
    "guests": arr(REF("Guest")), "visits": arr(REF("Visit")), "issues": arr(REF("Issue")), "agenda": arr(REF("AgendaItem")), "votes": arr(REF("Vote")),
    "tasks": arr(REF("Task")), "attachments": arr(REF("Attachment")),
    "duration": {"$ref": "#/components/schemas/DurationCheck", "description": "Chỉ khi có giờ bắt đầu và kết thúc / only with start and end."},
    "noticeLate": {**BOOL, "description": "Chỉ khi đã thông báo / only once notified."},
    "checkinCode": s("Chỉ cho người điều hành buổi sinh hoạt / only for those who run meetings."),
    "records": arr(REF("Record")), "rulebookVersion": s(),
}, ["meeting", "roll", "attendance", "guests", "visits", "issues", "agenda", "votes", "tasks", "attachments", "records", "rulebookVersion"])
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
