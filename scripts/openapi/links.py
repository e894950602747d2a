"""Links: where an id returned by one call is used next."""
from .operations import P


def add_links(paths):
    """Adds the links to the responses in `paths` (the merged paths of the document)."""
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
    link("/members/{id}/documents", "post", "201", ["downloadMemberDocument"], {"id": "$request.path.id", "document": BODY_ID})
    link("/sympathisers/{id}/documents", "post", "201", ["downloadSympathiserDocument"], {"id": "$request.path.id", "document": BODY_ID})
    link("/meetings/{id}/approve", "post", "200", ["minutesDocx", "resolutionDocx", "amendMinutes"], {"id": "$request.path.id"})
    link("/units/{id}/courses", "post", "201", ["getCourse", "addAttendees"], {"id": "$response.body#/course/id"})
    link("/units/{id}/contests", "post", "201", ["getContest", "addEntrants"], {"id": "$response.body#/contest/id"})
