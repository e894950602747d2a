"""The year's evaluation (QĐ 366): its schemas, request bodies and operations."""
from .helpers import BOOL, DATE, INT, NI, NS, REF, UUID, arr, enum, obj, s
from .operations import ACTION, READ, WRITE, adder, ok, op, pid, q

schemas = {}
bodies = {}
paths = {}
add = adder(paths)

LEVELS = ["excellent", "good", "completed", "not_completed"]
schemas["EvaluationLevel"] = enum(LEVELS, "Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ.")
schemas["EvaluationPeriodKind"] = enum(["year", "term", "quarter", "one_off"], "Kỳ đánh giá / the period's kind.")
schemas["EvaluationRoundStatus"] = enum(["open", "decided", "published"], "Tình trạng đợt đánh giá / the round's state.")
schemas["SelfAssessmentForm"] = enum(["2A", "2B", "2C"], "Mẫu tự kiểm điểm / the self-assessment form.")
schemas["MemberEvaluationStep"] = enum(["self", "residence", "cell", "appraisal", "decided"], "Bước tiếp theo / the next step.")
_cls = ["membersExcellent", "membersGood", "membersCompleted", "membersNotCompleted",
        "cellsExcellent", "cellsGood", "cellsCompleted", "cellsNotCompleted"]
schemas["ClassificationFigures"] = obj({k: INT for k in _cls}, _cls,
                                       "Kết quả xếp loại đã quyết định (kỳ hằng năm), đảng viên và chi bộ theo mức / the decided classification.")
schemas["EvaluationRound"] = obj({
    "id": UUID, "unitId": UUID, "unitName": s(), "kind": REF("EvaluationPeriodKind"), "firstDay": DATE, "lastDay": DATE, "year": INT,
    "status": REF("EvaluationRoundStatus"), "openedOn": DATE, "decisionNumber": s("125-QĐ/ĐU"), "decisionOn": DATE, "publishedOn": DATE,
}, ["id", "unitId", "unitName", "kind", "firstDay", "lastDay", "year", "status", "openedOn"], "Đợt đánh giá, xếp loại / a round.")
schemas["EvaluationsPage"] = obj({"unit": REF("Unit"), "rounds": arr(REF("EvaluationRound")), "canOpen": BOOL, "year": INT},
                                 ["unit", "rounds", "canOpen", "year"], "Các đợt đánh giá của đơn vị / a unit's rounds.")
schemas["CapFlag"] = obj({"step": s("self, cell, appraisal, final, organisations"), "excellent": INT, "good": INT, "allowed": INT,
                          "broken": BOOL, "vi": s(), "en": s()},
                         ["step", "excellent", "good", "allowed", "broken", "vi", "en"],
                         "Tỷ lệ “Hoàn thành xuất sắc” ở một bước, với phép tính / the share of excellent at a step, with its arithmetic.")
schemas["MemberEvaluationRow"] = obj({
    "id": UUID, "memberId": UUID, "name": s(), "unitId": UUID, "unitName": s(), "form": REF("SelfAssessmentForm"),
    "next": REF("MemberEvaluationStep"), "selfScore": INT, "selfLevel": REF("EvaluationLevel"), "cellScore": INT,
    "cellLevel": REF("EvaluationLevel"), "appraisedLevel": REF("EvaluationLevel"), "finalLevel": REF("EvaluationLevel"),
}, ["id", "memberId", "name", "unitId", "unitName", "form", "next"])
_choice = obj({"id": UUID, "name": s()}, ["id", "name"])
schemas["EvaluationRoundPage"] = obj({
    "round": REF("EvaluationRound"), "share": INT,
    "members": {**arr(REF("MemberEvaluationRow")),
                "description": "Một trang (50), theo thứ tự tên tiếng Việt / one page (50), in Vietnamese order."},
    "total": {**INT, "description": "Số đảng viên của danh sách, mọi trang / the list's members over all its pages."},
    "next": {"type": ["string", "null"],
             "description": "Con trỏ trang sau (after=); null ở trang cuối / the next page's cursor (after=); null on the last."},
    "later": {**BOOL, "description": "Không phải trang đầu / a later page than the first."},
    "organisations": arr(obj({"id": UUID, "unitId": UUID, "unitName": s(), "selfScore": INT, "selfLevel": REF("EvaluationLevel"),
                              "score": INT, "level": REF("EvaluationLevel"), "finalLevel": REF("EvaluationLevel")},
                             ["id", "unitId", "unitName"])),
    "caps": arr(REF("CapFlag")), "organisationCap": REF("CapFlag"), "pending": INT, "cells": arr(_choice), "cell": UUID,
    "summaries": arr(obj({k: (UUID if k == "unitId" else s() if k == "name" else INT)
                          for k in ["unitId", "name", "members", "pending", "excellent", "good", "completed", "notCompleted"]},
                         ["unitId", "name", "members", "pending", "excellent", "good", "completed", "notCompleted"])),
    "canAppraise": BOOL, "canDecide": BOOL, "canPublish": BOOL, "canPrint": BOOL,
}, ["round", "share", "members", "total", "organisations", "caps", "pending", "cells", "summaries", "later", "canAppraise",
    "canDecide", "canPublish", "canPrint"],
    "Một đợt đánh giá: đảng viên (trong phạm vi người xem), tổ chức đảng, tỷ lệ xuất sắc ở từng bước / a round: its members (those "
    "the reader may see), organisations, the share of excellent at each step.")
schemas["EvaluationStep"] = obj({"score": INT, "level": REF("EvaluationLevel"), "text": s(), "on": DATE, "by": s(),
                                 "exceeding": {**INT, "description": "Tỷ lệ tiêu chí vượt mức (%) / share exceeded."}}, [])
schemas["LevelCap"] = obj({"ceiling": REF("EvaluationLevel"), "vi": s(), "en": s()}, ["ceiling", "vi", "en"],
                          "Điều kiện giới hạn mức xếp loại / a condition capping the level.")
_facts = ["meetingsExpected", "present", "late", "excused", "unexcused", "tasksDue", "tasksOnTime", "tasksLate", "tasksOverdue",
          "feeMonths", "feeMonthsUnpaid"]
schemas["MemberRecordFacts"] = obj({**{k: INT for k in _facts}, "measures": arr(s())}, _facts + ["measures"],
                                   "Những gì ChiBo ghi nhận trong kỳ / what ChiBo knows of the member over the period.")
_org = ["months", "regularMonthsHeld", "quarters", "thematicQuartersHeld", "meetingsHeld", "visitsEvaluated", "visitScoreTotal",
        "issuesRaised", "issuesClosed", "issuesOverdue", "remediesDone", "remediesOverdue", "admitted", "membersTotal"]
schemas["OrganisationRecordFacts"] = obj({**{k: INT for k in _org}, "members": {"type": "object", "additionalProperties": INT}},
                                         _org + ["members"], "Số liệu của tổ chức đảng trong kỳ / the organisation's figures.")
schemas["MemberEvaluationPage"] = obj({
    "round": REF("EvaluationRound"), "id": UUID, "memberId": UUID, "name": s(), "unitId": UUID, "unitName": s(),
    "form": REF("SelfAssessmentForm"), "residenceNeeded": BOOL, "next": REF("MemberEvaluationStep"),
    "selfAssessment": REF("EvaluationStep"), "residence": REF("EvaluationStep"), "cell": REF("EvaluationStep"),
    "appraisal": REF("EvaluationStep"), "finalLevel": REF("EvaluationLevel"), "facts": REF("MemberRecordFacts"),
    "caps": arr(REF("LevelCap")), "ceiling": REF("EvaluationLevel"), "rules": REF("EvaluationRules"),
    "canSelf": BOOL, "canResidence": BOOL, "canCell": BOOL, "canAppraise": BOOL,
}, ["round", "id", "memberId", "name", "unitId", "unitName", "form", "residenceNeeded", "next", "selfAssessment", "residence", "cell",
    "facts", "caps", "ceiling", "rules", "canSelf", "canResidence", "canCell", "canAppraise"],
    "Đánh giá một đảng viên: các bước, số liệu, điều kiện giới hạn; thẩm định và quyết định hiện với đảng viên sau khi công khai / "
    "a member's evaluation; the appraisal and decision show to the member once published.")
schemas["OrgEvaluationPage"] = obj({
    "round": REF("EvaluationRound"), "id": UUID, "unitId": UUID, "unitName": s(), "selfReport": REF("EvaluationStep"),
    "rating": REF("EvaluationStep"), "collectiveDisciplined": BOOL, "finalLevel": REF("EvaluationLevel"),
    "facts": REF("OrganisationRecordFacts"), "caps": arr(REF("LevelCap")), "ceiling": REF("EvaluationLevel"),
    "rules": REF("EvaluationRules"), "canReport": BOOL, "canRate": BOOL,
}, ["round", "id", "unitId", "unitName", "selfReport", "rating", "collectiveDisciplined", "facts", "caps", "ceiling", "rules",
    "canReport", "canRate"], "Đánh giá một tổ chức đảng / an organisation's evaluation.")

bodies["RoundBody"] = obj({"kind": NS("EvaluationPeriodKind, mặc định year / default year."),
                           "year": NI("Năm (kỳ hằng năm), mặc định năm nay / the year."),
                           "firstDay": NS("yyyy-MM-dd (kỳ khác năm) / for other periods."), "lastDay": NS("yyyy-MM-dd")}, None,
                          "Mở đợt đánh giá / open a round.")
bodies["LevelStepBody"] = obj({"form": NS("SelfAssessmentForm (tự kiểm điểm) / for a self-assessment."),
                               "score": NI("0–100; bắt buộc trừ khi thẩm định / required except for an appraisal."),
                               "level": NS("EvaluationLevel; bắt buộc / required."),
                               "text": NS("Nội dung của bước / the step's paragraph."),
                               "exceedingPercent": NI("0–100; “excellent” cần ≥ 30 / “excellent” needs at least 30."),
                               "collectiveDisciplined": {"type": ["boolean", "string", "null"],
                                                         "description": "Tập thể bị kỷ luật (xếp loại tổ chức) / for a rating."}}, None,
                              "Một bước có điểm và mức xếp loại / a step with a score and a level.")
bodies["DecisionBody"] = obj({"decisionNumber": NS("125-QĐ/ĐU; bắt buộc khi quyết định / required to decide."),
                              "decisionOn": NS("yyyy-MM-dd, mặc định hôm nay / default today."),
                              "publishedOn": NS("yyyy-MM-dd, mặc định hôm nay / default today.")}, None,
                             "Quyết định hoặc công khai / decide or publish.")

CELL = q("cell", {"type": "string", "format": "uuid"}, "Chỉ một chi bộ / one cell only.")
AFTER = q("after", {"type": "string"}, "Con trỏ next của trang trước; con trỏ không hợp lệ thì về trang đầu / the previous page's next cursor; an unreadable one starts over.")
add("/units/{id}/evaluations", "get", op("getEvaluations", "evaluation", "Các đợt đánh giá, xếp loại / a unit's rounds",
                                         ok("EvaluationsPage", "Các đợt / the rounds."), READ, params=[pid()]))
add("/units/{id}/evaluations", "post", op("openEvaluation", "evaluation", "Mở đợt đánh giá / open a round",
                                          ok("EvaluationRoundPage", "Đợt mới / the new round.", "201"), WRITE, body="RoundBody",
                                          params=[pid()]))
add("/evaluations/{id}", "get", op("getEvaluation", "evaluation", "Một đợt đánh giá / a round",
                                   ok("EvaluationRoundPage", "Đợt / the round."), READ + ["400", "422"], params=[pid(), CELL, AFTER]))
for action, summary, body in [("appraise-all", "Thẩm định theo đề xuất của chi bộ / appraise as proposed", None),
                              ("decision", "Quyết định công nhận, kiểm tra tỷ lệ xuất sắc / decide, the share checked", "DecisionBody"),
                              ("publication", "Công khai kết quả / publish", "DecisionBody")]:
    add("/evaluations/{id}/" + action, "post", op(
        "evaluation" + "".join(w.capitalize() for w in action.split("-")), "evaluation", summary,
        ok("EvaluationRoundPage", "Đợt / the round."), WRITE, body=body, params=[pid()]))
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
for name, media, summary in [("decision.docx", DOCX, "Quyết định công nhận (.docx) / the decision"),
                             ("report.docx", DOCX, "Báo cáo kết quả (.docx) / the summary report"),
                             ("results.xlsx", XLSX, "Danh sách kết quả (.xlsx) / the results")]:
    add("/evaluations/{id}/" + name, "get", op(
        "evaluation" + name.split(".")[0].capitalize() + name.split(".")[1].capitalize(), "evaluation", summary,
        {"200": {"description": "Tệp / the file.", "content": {media: {"schema": {"type": "string", "contentMediaType": media}}}}},
        READ + ["409"], params=[pid()], desc="Người đọc toàn đợt; quyết định chỉ có sau khi quyết định (409) / readers of the round."))
add("/member-evaluations/{id}", "get", op("getMemberEvaluation", "evaluation", "Đánh giá một đảng viên / a member's evaluation",
                                          ok("MemberEvaluationPage", "Đánh giá / the evaluation."), READ, params=[pid()]))
for step, summary in [("self", "Tự kiểm điểm / self-assessment"), ("residence", "Nhận xét nơi cư trú / residence comment"),
                      ("cell", "Chi bộ nhận xét, đề xuất / the cell's proposal"), ("appraisal", "Cấp ủy thẩm định / appraisal")]:
    add("/member-evaluations/{id}/" + step, "post", op(
        "memberEvaluation" + step.capitalize(), "evaluation", summary, ok("MemberEvaluationPage", "Đánh giá / the evaluation."), WRITE,
        body="LevelStepBody", params=[pid()]))
add("/org-evaluations/{id}", "get", op("getOrgEvaluation", "evaluation", "Đánh giá một tổ chức đảng / an organisation's evaluation",
                                       ok("OrgEvaluationPage", "Đánh giá / the evaluation."), READ, params=[pid()]))
for step, summary in [("report", "Báo cáo kiểm điểm (mẫu 01) / the organisation's report"), ("rating", "Cấp trên xếp loại / rating")]:
    add("/org-evaluations/{id}/" + step, "post", op(
        "orgEvaluation" + step.capitalize(), "evaluation", summary, ok("OrgEvaluationPage", "Đánh giá / the evaluation."), WRITE,
        body="LevelStepBody", params=[pid()]))
