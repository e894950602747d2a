"""Response and request body schemas of training and contests for cell secretaries."""
from .helpers import BOOL, DATE, DT, INT, NB, NI, NS, REF, UUID, arr, enum, obj, s

schemas = {}
bodies = {}

schemas["CourseKind"] = enum(["party_work", "workshop", "political_theory", "other"],
                             "Loại lớp: bồi dưỡng nghiệp vụ công tác đảng cho bí thư, phó bí thư chi bộ; tập huấn; lý luận chính trị; khác / "
                             "kind of course: party-work training for secretaries and deputies, a workshop, political theory, other.")
schemas["ContestPrize"] = enum(["first", "second", "third", "consolation", "participated"],
                               "Kết quả dự thi: giải Nhất, Nhì, Ba, Khuyến khích, hoặc tham gia / a contest result.")
_tf = ["completed", "contestEntrants", "contestPrizes"]
schemas["TrainingFigures"] = obj({k: INT for k in _tf}, _tf,
                                 "Lượt hoàn thành lớp bồi dưỡng (theo tháng lớp kết thúc), lượt dự thi và đạt giải (theo tháng hội thi kết "
                                 "thúc), tính tại chi bộ của đảng viên / courses completed (by the month the course ended), contest entries "
                                 "and prizes (by the month the contest ended), at the member's cell.")
schemas["Course"] = obj({
    "id": UUID, "unitId": UUID, "unitName": s(), "year": INT, "kind": REF("CourseKind"), "topic": s(), "organiser": s(),
    "location": s(), "startOn": DATE, "endOn": DATE, "attendees": INT, "completed": INT,
}, ["id", "unitId", "unitName", "year", "kind", "topic", "organiser", "startOn", "endOn", "attendees", "completed"],
    "Lớp bồi dưỡng, tập huấn / a course.")
schemas["Contest"] = obj({
    "id": UUID, "unitId": UUID, "unitName": s(), "year": INT, "name": s(), "startOn": DATE, "endOn": DATE, "entrants": INT,
    "prizes": INT,
}, ["id", "unitId", "unitName", "year", "name", "startOn", "endOn", "entrants", "prizes"], "Hội thi / a contest.")
schemas["Secretary"] = obj({"memberId": UUID, "fullName": s(), "cellId": UUID, "cellName": s(), "office": REF("OfficerRole"),
                            "lastTrainedOn": {**DATE, "description": "Ngày kết thúc lớp gần nhất đã hoàn thành / the last course completed."}},
                           ["memberId", "fullName", "cellId", "cellName", "office"],
                           "Bí thư hoặc phó bí thư chi bộ / a cell's secretary or deputy.")
schemas["TrainingCandidate"] = obj({"id": UUID, "fullName": s(), "cellName": s(), "office": REF("OfficerRole")},
                                   ["id", "fullName", "cellName"], "Đảng viên có thể thêm / a member who may be added.")
schemas["TrainingSubUnit"] = obj({"unitId": UUID, "name": s(), "kind": REF("UnitKind"), "cells": INT, "figures": REF("TrainingFigures")},
                                 ["unitId", "name", "kind", "cells", "figures"],
                                 "Đơn vị trực thuộc: số chi bộ hiện nay, số liệu bồi dưỡng, hội thi trong năm / a direct sub-unit: its "
                                 "cells now, the year's training figures.")
schemas["TrainingPage"] = obj({
    "unit": REF("Unit"), "year": INT, "courses": arr(REF("Course")), "contests": arr(REF("Contest")),
    "figures": REF("TrainingFigures"),
    "secretaries": {**INT, "description": "Số bí thư, phó bí thư chi bộ hiện nay; không đếm ở trên cấp xã / the cells' secretaries and "
                    "deputies now; not counted above a commune."},
    "untrained": arr(REF("Secretary")),
    "untrainedCut": {**BOOL, "description": "Trên cấp xã: danh sách chỉ gồm một phần (tối đa một trang, ở một số chi bộ); trang của đơn vị "
                     "trực thuộc có danh sách của đơn vị đó / above a commune: the list is only a part (a page at most, from some cells); "
                     "a sub-unit's page lists its own."},
    "subUnits": arr(REF("TrainingSubUnit"), "Trên cấp xã: từng đơn vị trực thuộc; rỗng ở cấp xã, chi bộ / above a commune: each direct "
                    "sub-unit; empty for a commune or a cell."),
    "recentYears": INT, "canManage": BOOL,
}, ["unit", "year", "courses", "contests", "figures", "untrained", "untrainedCut", "subUnits", "recentYears", "canManage"],
    "Bồi dưỡng, hội thi của đơn vị trong năm; bí thư, phó bí thư chi bộ chưa hoàn thành lớp nào trong recentYears năm qua, theo thứ tự "
    "tên tiếng Việt / a unit's courses and contests of a year; the cells' secretaries and deputies with no course completed in the last "
    "recentYears years, in Vietnamese order.")
schemas["CourseAttendee"] = obj({"memberId": UUID, "fullName": s(), "cellId": UUID, "cellName": s(), "completed": BOOL,
                                 "certificateNumber": s(), "certificateDate": DATE},
                                ["memberId", "fullName", "cellId", "cellName", "completed"], "Học viên / an attendee.")
schemas["ChoiceSearch"] = obj({
    "q": s("Nội dung đã tìm; không có trước khi tìm / the text searched; absent before a search."),
    "more": {**BOOL, "description": "Còn kết quả khác ngoài những kết quả hiện (tối đa 50): gõ cụ thể hơn / more matched than are "
             "shown (50 at most): type more precisely."},
}, ["more"], "Lựa chọn tìm kiếm thay cho danh sách đầy đủ (đơn vị có nhiều chi bộ, hoặc đã gõ nội dung tìm) / a choice searched instead "
   "of listed whole (a unit of many cells, or a text given).")
schemas["CoursePage"] = obj({"course": REF("Course"), "attendees": arr(REF("CourseAttendee")),
                             "candidates": arr(REF("TrainingCandidate")),
                             "candidateSearch": REF("ChoiceSearch"),
                             "ended": BOOL, "canManage": BOOL},
                            ["course", "attendees", "candidates", "ended", "canManage"],
                            "Một lớp với học viên; candidates chỉ có khi người đọc quản lý lớp: tất cả đảng viên của các chi bộ trực thuộc khi "
                            "đơn vị có tối đa 100 chi bộ và 2000 đảng viên, nếu không là kết quả tìm kiếm (q; có candidateSearch) / a "
                            "course with its attendees; candidates only for a reader who manages it: every member of the cells below "
                            "when the unit has at most 100 cells and 2,000 members, else a search's results (q; with candidateSearch).")
schemas["ContestEntrant"] = obj({"memberId": UUID, "fullName": s(), "cellId": UUID, "cellName": s(), "office": REF("OfficerRole"),
                                 "prize": REF("ContestPrize"), "note": s()},
                                ["memberId", "fullName", "cellId", "cellName", "office"], "Thí sinh / an entrant.")
schemas["ContestPage"] = obj({"contest": REF("Contest"), "entrants": arr(REF("ContestEntrant")),
                              "candidates": arr(REF("TrainingCandidate")),
                              "candidateSearch": REF("ChoiceSearch"),
                              "ended": BOOL, "canManage": BOOL},
                             ["contest", "entrants", "candidates", "ended", "canManage"],
                             "Một hội thi với thí sinh và kết quả (đạt giải trước); candidates: mọi bí thư, phó bí thư chi bộ trực thuộc khi "
                             "đơn vị có tối đa 100 chi bộ, nếu không là kết quả tìm kiếm (q; có candidateSearch) / a contest with its "
                             "entrants and results, prizes first; candidates: every secretary and deputy of the cells below when the "
                             "unit has at most 100 cells, else a search's results (q; with candidateSearch).")
schemas["MemberCourse"] = obj({"courseId": UUID, "kind": REF("CourseKind"), "topic": s(), "organiser": s(), "startOn": DATE,
                               "endOn": DATE, "completed": BOOL, "certificateNumber": s(), "certificateDate": DATE, "readable": BOOL},
                              ["courseId", "kind", "topic", "organiser", "startOn", "endOn", "completed", "readable"])
schemas["MemberContest"] = obj({"contestId": UUID, "name": s(), "year": INT, "endOn": DATE, "office": REF("OfficerRole"),
                                "prize": REF("ContestPrize"), "readable": BOOL},
                               ["contestId", "name", "year", "endOn", "office", "readable"])
schemas["MemberTraining"] = obj({"courses": arr(REF("MemberCourse")), "contests": arr(REF("MemberContest")),
                                 "withoutTraining": BOOL, "recentYears": INT},
                                ["courses", "contests", "withoutTraining", "recentYears"],
                                "Các lớp bồi dưỡng và hội thi của một đảng viên; withoutTraining: đang là bí thư, phó bí thư chi bộ và chưa "
                                "hoàn thành lớp nào trong recentYears năm qua / a member's courses and contests.")


def body_schema(name, props, desc):
    bodies[name] = obj(props, None, desc)


body_schema("CourseBody", {"kind": NS("CourseKind; bắt buộc / required."), "topic": NS("Bắt buộc, tối đa 300 ký tự / required."),
                           "organiser": NS("Bắt buộc, tối đa 200 ký tự / required."), "location": NS("Tối đa 200 ký tự."),
                           "startOn": NS(DT + " Bắt buộc / required."),
                           "endOn": NS(DT + " Bắt buộc, không trước startOn / required, not before startOn.")},
            "Thêm lớp bồi dưỡng, tập huấn (cấp ủy, không phải chi bộ) / add a course (a committee's, not a cell's).")
body_schema("ContestBody", {"name": NS("Bắt buộc / required."), "year": NI("Mặc định năm của startOn / default startOn's year."),
                            "startOn": NS(DT + " Bắt buộc / required."), "endOn": NS(DT + " Bắt buộc, trong năm / required, within the year.")},
            "Thêm hội thi / add a contest.")
body_schema("MembersBody", {"members": {"type": ["array", "string", "null"], "items": {"type": "string"},
                                        "description": "UUID đảng viên (mảng, hoặc chuỗi cách nhau bởi dấu phẩy); bắt buộc / member UUIDs; "
                                                       "required."}},
            "Thêm học viên (đảng viên các chi bộ trực thuộc) hoặc thí sinh (bí thư, phó bí thư chi bộ trực thuộc) / add attendees "
            "(members of the cells below) or entrants (their secretaries and deputies).")
body_schema("AttendanceBody", {"completed": NB("Đã hoàn thành (khi lớp đã kết thúc) / completed (once the course ended)."),
                               "certificateNumber": NS("Chỉ khi hoàn thành / only when completed."),
                               "certificateDate": NS(DT + " Từ ngày kết thúc lớp đến hôm nay / from the course's last day to today.")},
            "Kết quả của học viên và chứng nhận / an attendee's result and certificate.")
body_schema("ContestResultBody", {"prize": NS("ContestPrize; bắt buộc / required."), "note": NS("Tối đa 500 ký tự.")},
            "Kết quả dự thi (khi hội thi đã kết thúc) / an entrant's result (once the contest ended).")
