"""Request body schemas: every field optional to the decoder; what is required is said in the descriptions."""
from .helpers import DT, NB, NI, NS, NU, REF, obj

schemas = {}


def body_schema(name, props, desc):
    schemas[name] = obj(props, None, desc)


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
    "transferFrom": NS("Khi tạo: chuyển sinh hoạt chính thức đến từ / on create: a permanent transfer in, from."),
    "letterNumber": NS("Số giấy giới thiệu; bắt buộc khi có transferFrom / letter number, required with transferFrom."),
    "letterDate": NS(DT), "arrivedOn": NS(DT + " Ngày nộp giấy giới thiệu, mặc định hôm nay / presented on, default today."),
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
body_schema("SuspensionBody", {"kind": NS("SuspensionKind; bắt buộc / required."), "from": NS(DT + " Bắt buộc / required."),
                               "until": NS(DT), "reason": NS("Bắt buộc / required."), "decisionNumber": NS(), "decidedBy": NS()},
            "Đình chỉ sinh hoạt, tạm giam / suspension or detention: out of the vote base for those dates.")
body_schema("DisciplineBody", {"kind": NS("DisciplineKind; bắt buộc / required."),
                               "body": NS("DecidingBody; mỗi cấp quyết định đến mức quy định địa phương cho phép (chi bộ: reprimand, warning) / each body decides up to its local setting (a cell: reprimand, warning)."),
                               "date": NS(DT + " Bắt buộc / required."), "until": NS(DT + " Hiệu lực đến / in effect until."),
                               "reason": NS("Bắt buộc / required."), "decisionNumber": NS(),
                               "voteId": NU("Biểu quyết đã thông qua của chi bộ về đảng viên này / the cell's passed vote on this member.")},
            "Kỷ luật đảng viên / a disciplinary measure; expulsion also ends the membership.")
body_schema("LeavingBody", {"kind": NS("LeavingKind; bắt buộc / required."), "date": NS(DT + " Bắt buộc / required."),
                            "reason": NS("Bắt buộc trừ death, transferred_out / required but for death and transferred_out."),
                            "decisionNumber": NS("Bắt buộc trừ death / required but for death."), "decidedBy": NS(),
                            "place": NS("Nơi chuyển đến; bắt buộc với transferred_out / destination, required for transferred_out."),
                            "voteId": NU("Xóa tên đảng viên dự bị: biểu quyết công nhận không được thông qua / striking off a probationary member: the failed recognition vote."),
                            "movedOn": NS(DT + " transferred_out: ngày chuyển nơi ở, nơi công tác / the day the member moved away.")},
            "Ra khỏi Đảng / the end of a membership, from that day.")
body_schema("MoveAwayBody", {"movedOn": NS(DT + " Bắt buộc / required."), "place": NS("Nơi chuyển đến; bắt buộc / destination, required.")},
            "Chuyển nơi ở, nơi công tác / a member moving away.")
body_schema("RecognitionBody", {"decisionDate": NS(DT + " Bắt buộc / required."), "decisionNumber": NS("Bắt buộc / required."),
                                "voteId": NU("Biểu quyết công nhận đã thông qua / the cell's passed recognition vote.")},
            "Công nhận đảng viên chính thức, tính từ ngày hết 12 tháng dự bị / recognition, official from the end of the probation.")
body_schema("SympathiserBody", {"fullName": NS("Bắt buộc / required."), "birthDate": NS(DT + " Bắt buộc / required."),
                                "gender": NS("Gender; bắt buộc / required."), "phone": NS(),
                                "helperId": NU("Đảng viên của chi bộ được phân công giúp đỡ / the member assigned to help."),
                                "listedOn": NS(DT + " Mặc định hôm nay / default today."), "note": NS()},
            "Đưa quần chúng ưu tú vào danh sách của chi bộ / put a sympathiser on the cell's list.")
body_schema("AdmissionStepBody", {"step": NS("AdmissionStep; bắt buộc / required."), "date": NS(DT + " Bắt buộc / required."),
                                  "documentNumber": NS(), "note": NS(),
                                  "introducerId": NU("Đảng viên chính thức giới thiệu (bước introduction) / introducing member."),
                                  "knownSince": NS(DT + " Cùng công tác từ / known since (≥ 12 months)."),
                                  "youthUnion": NS("true: Đoàn Thanh niên giới thiệu / the Youth Union introduces."),
                                  "voteId": NU("Biểu quyết kết nạp (bước cell_resolution) / the cell's admission vote.")},
            "Ghi nhận một bước của hồ sơ; lễ kết nạp mở hồ sơ đảng viên / record a step; the ceremony opens the member record.")
body_schema("DropBody", {"reason": NS("Bắt buộc / required.")}, "Dừng xem xét hồ sơ / drop the file.")
schemas["FeeEntryBody"] = {"type": "object", "properties": {
    "memberId": NU("Bắt buộc / required."), "amount": {"type": ["integer", "string", "null"], "description": "Đồng / dong."},
    "relief": NS("FeeRelief, mặc định none / default none."), "paid": {"type": ["boolean", "string", "null"]},
    "paidOn": NS(DT + " Mặc định hôm nay / default today."),
    "meetingId": NU("Buổi sinh hoạt thu đảng phí / the meeting it was collected at.")}}
body_schema("FeesBody", {"month": NS("yyyy-MM, mặc định tháng này / default this month."),
                         "entries": {"type": ["array", "null"], "items": {"$ref": "#/components/schemas/FeeEntryBody"}}},
            "Ghi đảng phí tháng, mọi dòng trong một giao dịch / record a month's fees, all lines together.")
body_schema("VisitBody", {"name": NS("Mặc định tên tài khoản / default the account's name."), "position": NS(),
                         "levelUnitId": NU("Cấp ủy cấp trên mà người dự đại diện; mặc định cấp gần nhất / the committee above, default the nearest."),
                         "remarks": NS("Phát biểu, ghi vào biên bản / remarks, in the minutes."), "takenUp": NS()},
            "Ghi nhận cấp trên dự họp; ghi lại lần nữa thì cập nhật / record a superior's attendance; again updates it.")
body_schema("EvaluationBody", {**{k: NI("Bắt buộc / required.") for k in
                                  ["preparation", "attendance", "procedure", "content", "discussion", "resolution"]},
                               "assessment": NS(), "takenUp": NS()},
            "Đánh giá buổi sinh hoạt theo thang điểm (20, 20, 15, 20, 15, 10) / the evaluation on the rubric.")
body_schema("ReportBody", {"month": NS("yyyy-MM, mặc định tháng này / default this month."),
                          **{k: NS("Ít nhất một mục / at least one section.") for k in
                             ["membersThinking", "publicOpinion", "hotIssues", "results", "proposals"]},
                          "hotIssueCount": NI("0–999, mặc định 0 / default 0."), "proposalCount": NI("0–999, mặc định 0 / default 0.")},
            "Gửi (hoặc sửa khi Đảng ủy chưa trả lời) trực báo tháng / submit (or correct until answered) a monthly report.")
body_schema("AnswerBody", {"answer": NS("Bắt buộc / required.")}, "Đảng ủy trả lời trực báo / the committee's answer.")
body_schema("IssueBody", {"text": NS("Bắt buộc / required."), "origin": NS("IssueOrigin, mặc định member / default member."),
                         "topic": NS("IssueTopic, mặc định other / default other."),
                         "memberId": NU("Đảng viên trong danh sách buổi sinh hoạt / a member on the roll."), "raisedBy": NS(),
                         "responder": NS("IssueResponder, mặc định cell / default cell."), "note": NS()},
            "Ghi ý kiến, kiến nghị nêu tại buổi sinh hoạt / record an opinion raised at the meeting.")
body_schema("IssueStepBody", {"kind": NS("escalated, answered hoặc reported; bắt buộc / required."),
                              "responder": NS("IssueResponder cao hơn (escalated) / a higher responder."),
                              "date": NS(DT + " Mặc định hôm nay / default today."),
                              "note": NS("Nội dung trả lời (answered, bắt buộc) hoặc lý do / the answer (required) or a reason."),
                              "meetingId": NU("Buổi sinh hoạt của chi bộ thông báo lại (reported) / the cell's meeting it is reported at.")},
            "Bước tiếp theo: nơi đang giữ chuyển lên hoặc trả lời; chi bộ thông báo lại / the holder passes it up or answers; "
            "the cell reports back.")
body_schema("InspectionItemBody", {"kind": NS("InspectionKind; bắt buộc / required."), "body": NS("InspectionBody, mặc định committee."),
                              "year": NI("Năm kế hoạch, mặc định năm nay / the plan's year."),
                              "targetUnitId": NU("Chi bộ trực thuộc; bắt buộc / a cell below; required."),
                              "targetMemberId": NU("Đảng viên của chi bộ đó (member_inspection) / a member of that cell."),
                              "content": NS("Bắt buộc / required."), "reviewFrom": NS(DT), "reviewTo": NS(DT), "startOn": NS(DT),
                              "endOn": NS(DT),
                              "team": {"type": ["array", "string", "null"], "items": {"type": "string"},
                                       "description": "UUID tài khoản thành viên đoàn / the team's account UUIDs."}},
            "Thêm một nội dung vào kế hoạch kiểm tra, giám sát / add an item to the plan.")
body_schema("FindingBody", {"text": NS("Bắt buộc / required.")}, "Kết quả của đoàn / the team's finding.")
schemas["RemedyLineBody"] = {"type": "object", "properties": {"content": NS(), "due": NS(DT)}}
body_schema("ConclusionBody", {"conclusion": NS("Bắt buộc / required."), "concludedOn": NS(DT + " Mặc định hôm nay / default today."),
                               "remedies": {"type": ["array", "null"], "items": {"$ref": "#/components/schemas/RemedyLineBody"}}},
            "Kết luận và các yêu cầu khắc phục có thời hạn / the conclusion and its remedies with deadlines.")
body_schema("RemedyDoneBody", {"doneOn": NS(DT + " Mặc định hôm nay / default today."), "report": NS()},
            "Báo cáo đã khắc phục / a remedy reported done.")
body_schema("ModelBody", {"year": NI("Mặc định năm nay / default this year."), "group": NS("CellGroup; bắt buộc / required."),
                         "cellId": NU("Chi bộ của nhóm, trực thuộc; bắt buộc / a cell of the group below; required."),
                         "team": {"type": ["array", "string", "null"], "items": {"type": "string"},
                                  "description": "UUID tài khoản tổ công tác / the working group's account UUIDs."}},
            "Chọn chi bộ điểm của một nhóm trong năm / pick a group's model cell for the year.")
body_schema("ModelMeetingBody", {"meetingId": NU("Buổi sinh hoạt của chi bộ điểm trong năm / a meeting of the model cell.")},
            "Buổi sinh hoạt điểm / the model meeting.")
body_schema("LessonsBody", {"lessons": NS("Bắt buộc / required.")}, "Bài học kinh nghiệm / the lessons.")
body_schema("SettingBody", {"key": NS("LocalSettingKey; bắt buộc / required."),
                           "value": NS("Số, hoặc month/quarter/year cho superior_visit_every, reprimand/warning/removal/expulsion cho "
                                       "discipline_*_up_to; trống: bỏ tỷ lệ tối thiểu / a number, or month/quarter/year, or a measure; "
                                       "blank clears the quorum."),
                           "from": NS(DT + " Mặc định hôm nay / default today.")},
            "Đặt một quy định địa phương từ một ngày / set a local setting from a day.")
body_schema("HolidayBody", {"kind": NS("HolidayKind; bắt buộc / required."), "name": NS("Bắt buộc / required."), "source": NS()},
            "Điều chỉnh một ngày của lịch (quản trị) / correct one day of the calendar (administrators).")
body_schema("RecognitionStepBody", {"step": NS("RecognitionStep; bắt buộc / required."), "date": NS(DT + " Bắt buộc / required."),
                                    "documentNumber": NS(),
                                    "voteId": NU("Biểu quyết công nhận của chi bộ (bước cell_resolution) / the cell's recognition vote.")},
            "Một bước hồ sơ công nhận chính thức (10–14-KNĐ) / a step of the recognition file.")
body_schema("MemberFileBody", {"date": NS(DT + " Bắt buộc, không trước lễ kết nạp / required, not before the ceremony."),
                               "documentNumber": NS(), "note": NS()},
            "Hoàn thiện hồ sơ đảng viên (1-HSĐV, 2-HSĐV), bước cuối của hồ sơ kết nạp / the member's file completed, the admission "
            "file's last step.")
body_schema("AccountBody", {"username": NS("Bắt buộc / required."), "password": NS("Bắt buộc / required."),
                            "displayName": NS(), "memberId": NU(), "role": NS("Role; bắt buộc / required."),
                            "unitId": NU("Đơn vị áp dụng vai trò / unit the role is held at.")},
            "Tạo tài khoản với một vai trò / create an account with one role.")
body_schema("RoleEndBody", {"on": NS(DT + " Ngày đầu tiên không còn vai trò; mặc định hôm nay / the first day without the role, default today."),
                            "reason": NS("RoleEndReason; mặc định revoked / default revoked.")},
            "Kết thúc một vai trò / end a role.")
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
