"""Operations on meetings, their agenda, votes, tasks and attachments, statistics and the vote calculator."""
from .helpers import obj
from .operations import ACTION, NO_CONTENT, QUERY, READ, WRITE, PERIOD, YEAR, adder, ok, op, pid, q

paths = {}
add = adder(paths)

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
add(M + "/visits", "get", op("listVisits", "oversight", "Cấp trên dự họp / superiors at the meeting",
                              {"200": {"description": "Cấp trên dự / the visits.",
                                       "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Visit"}}}}}},
                              READ, params=[pid()]))
add(M + "/visits", "post", op("recordVisit", "oversight", "Ghi nhận cấp trên dự họp / record a superior's attendance",
                               ok("Visit", "Lượt dự / the visit.", "201"), WRITE, body="VisitBody", params=[pid()]))
add(M + "/visits/{visit}/evaluation", "post", op("evaluateVisit", "oversight", "Cấp trên đánh giá buổi sinh hoạt / a superior's evaluation",
                                                 ok("Visit", "Lượt dự / the visit."), WRITE, body="EvaluationBody",
                                                 params=[pid(), pid("visit", "UUID lượt dự / visit UUID; not a UUID → 404.")]))
add("/units/{id}/visits", "get", op("getUnitVisits", "oversight", "Cấp trên dự sinh hoạt chi bộ trong năm / superiors' visits over a year",
                                    ok("VisitsPage", "Theo đơn vị trực thuộc và từng lượt / by sub-unit and visit."), READ + QUERY,
                                    params=[pid(), YEAR]))
add("/units/{id}/reports", "get", op("getReports", "oversight", "Trực báo hằng tháng / monthly reports",
                                     ok("ReportsPage", "Theo tháng hoặc theo đơn vị trực thuộc / by month or by sub-unit."),
                                     READ + QUERY, params=[pid(), q("month", {"type": "string"}, "yyyy-MM, mặc định tháng này / default this month."),
                                                           q("q", {"type": "string", "maxLength": 100},
                                                             "Tìm trong nội dung (đơn vị cấp trên), không phân biệt dấu; dài quá → 422 / "
                                                             "search the texts (committees), diacritics folded; too long → 422."),
                                                           q("after", {"type": "string"},
                                                             "Con trỏ next của trang tìm trước; con trỏ không hợp lệ thì tìm lại từ đầu / "
                                                             "the previous search page's next cursor; an unreadable one starts over.")]))
add("/units/{id}/reports", "post", op("submitReport", "oversight", "Gửi trực báo tháng / submit a monthly report",
                                      ok("MonthlyReport", "Trực báo / the report.", "201"), WRITE, body="ReportBody", params=[pid()]))
add("/reports/{id}", "get", op("getReport", "oversight", "Một trực báo / a monthly report", ok("MonthlyReport", "Trực báo / the report."),
                               READ, params=[pid()]))
add("/reports/{id}/answer", "post", op("answerReport", "oversight", "Đảng ủy trả lời trực báo / answer a monthly report",
                                       ok("MonthlyReport", "Trực báo / the report."), WRITE, body="AnswerBody", params=[pid()]))
add(M + "/issues", "get", op("listMeetingIssues", "oversight", "Ý kiến nêu tại buổi sinh hoạt / opinions raised at the meeting",
                              {"200": {"description": "Ý kiến / the issues.",
                                       "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Issue"}}}}}},
                              READ, params=[pid()]))
add(M + "/issues", "post", op("raiseIssue", "oversight", "Ghi ý kiến, kiến nghị / record an opinion",
                              ok("Issue", "Ý kiến / the issue.", "201"), WRITE, body="IssueBody", params=[pid()]))
add("/issues/{id}", "get", op("getIssue", "oversight", "Một ý kiến và quá trình giải quyết / an issue and its course",
                              ok("IssuePage", "Ý kiến / the issue."), READ, params=[pid()]))
add("/issues/{id}/steps", "post", op("recordIssueStep", "oversight", "Chuyển lên, trả lời, thông báo lại / pass up, answer, report back",
                                     ok("IssuePage", "Ý kiến / the issue."), WRITE, body="IssueStepBody", params=[pid()]))
add("/units/{id}/issues", "get", op("getUnitIssues", "oversight", "Ý kiến, kiến nghị của đơn vị / a unit's opinions",
                                    ok("IssuesPage", "Số liệu và danh sách / figures and list."), READ + QUERY,
                                    params=[pid(), q("status", {"type": "string", "enum": ["open", "answered", "closed", "all"]},
                                                     "Mặc định open / default open.")]))
# The text searching the cells a form offers (`SubtreeChoice.query`).
CELL_Q = ("Tìm chi bộ để chọn theo tên (có dấu hoặc không dấu) hoặc mã; tối đa 50 kết quả "
          "(quá 100 ký tự, không có chữ hay số → 422) / search the cells to choose by name "
          "(with or without diacritics) or code; at most 50 results (over 100 characters, "
          "or without a letter or a digit → 422).")
add("/units/{id}/inspections", "get", op("getInspections", "oversight", "Kế hoạch kiểm tra, giám sát năm / the year's plan",
                                         ok("InspectionsPage", "Kế hoạch / the plan."), READ + QUERY,
                                         params=[pid(), YEAR, q("q", {"type": "string", "maxLength": 100}, CELL_Q)]))
add("/units/{id}/inspections", "post", op("createInspection", "oversight", "Thêm vào kế hoạch / add to the plan",
                                          ok("InspectionPage", "Nội dung mới / the new item.", "201"), WRITE, body="InspectionItemBody",
                                          params=[pid()]))
add("/inspections/{id}", "get", op("getInspection", "oversight", "Một cuộc kiểm tra, giám sát / an inspection",
                                   ok("InspectionPage", "Chi tiết / the item."), READ, params=[pid()]))
add("/inspections/{id}/findings", "post", op("addFinding", "oversight", "Đoàn ghi kết quả / the team records a finding",
                                            ok("InspectionPage", "Chi tiết / the item."), WRITE, body="FindingBody", params=[pid()]))
add("/inspections/{id}/conclusion", "post", op("concludeInspection", "oversight", "Kết luận / conclude",
                                              ok("InspectionPage", "Chi tiết / the item."), WRITE, body="ConclusionBody", params=[pid()]))
add("/inspections/{id}/remedies/{remedy}/done", "post", op("remedyDone", "oversight", "Đã khắc phục / a remedy done",
                                                         ok("InspectionPage", "Chi tiết / the item."), WRITE, body="RemedyDoneBody",
                                                         params=[pid(), pid("remedy", "UUID yêu cầu / remedy UUID; not a UUID → 404.")]))
add("/units/{id}/models", "get", op("getModels", "oversight", "Sinh hoạt điểm / model meetings",
                                    ok("ModelsPage", "Theo nhóm / by group."), READ + QUERY,
                                    params=[pid(), YEAR, q("q", {"type": "string", "maxLength": 100}, CELL_Q)]))
add("/units/{id}/models", "post", op("chooseModel", "oversight", "Chọn chi bộ điểm / pick a model cell",
                                     ok("ModelPage", "Chi bộ điểm / the model.", "201"), WRITE, body="ModelBody", params=[pid()]))
add("/models/{id}", "get", op("getModel", "oversight", "Một chi bộ điểm / a model meeting", ok("ModelPage", "Chi tiết / the model."),
                              READ, params=[pid()]))
add("/models/{id}/meeting", "post", op("setModelMeeting", "oversight", "Chọn buổi sinh hoạt điểm / set the model meeting",
                                       ok("ModelPage", "Chi tiết / the model."), WRITE, body="ModelMeetingBody", params=[pid()]))
add("/models/{id}/lessons", "post", op("recordLessons", "oversight", "Bài học kinh nghiệm / record the lessons",
                                       ok("ModelPage", "Chi tiết / the model."), WRITE, body="LessonsBody", params=[pid()]))
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
