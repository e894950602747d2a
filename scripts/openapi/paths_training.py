"""Operations on training and contests for cell secretaries."""
from .operations import READ, QUERY, WRITE, YEAR, adder, ok, op, pid, q

# The search of whom to add, above a few cells (issue 20); a course or a contest of a small unit
# lists them all unless a text is given.
CANDIDATES = q("q", {"type": "string", "maxLength": 100},
               "Tìm người để thêm: họ tên (có dấu hoặc không dấu) hoặc số thẻ đảng viên; với hội thi cả tên, mã chi bộ; tối đa 50 "
               "kết quả (rỗng → không tìm; quá 100 ký tự, không có chữ hay số → 422) / search whom to add: a name (with or "
               "without diacritics) or a party card number; for a contest also a cell's name or code; at most 50 results (blank → "
               "no search; over 100 characters, or without a letter or a digit → 422).")

paths = {}
add = adder(paths)

MEMBER = pid("member", "UUID đảng viên / member UUID; not a UUID → 404.")

add("/units/{id}/training", "get", op("getTraining", "training", "Bồi dưỡng, hội thi của năm / a year's training and contests",
                                      ok("TrainingPage", "Lớp, hội thi, bí thư chưa được bồi dưỡng / courses, contests, the untrained."),
                                      READ + QUERY, params=[pid(), YEAR]))
add("/units/{id}/courses", "post", op("createCourse", "training", "Thêm lớp bồi dưỡng / add a course",
                                      ok("CoursePage", "Lớp mới / the new course.", "201"), WRITE, body="CourseBody", params=[pid()]))
add("/units/{id}/contests", "post", op("createContest", "training", "Thêm hội thi / add a contest",
                                       ok("ContestPage", "Hội thi mới / the new contest.", "201"), WRITE, body="ContestBody",
                                       params=[pid()]))
add("/courses/{id}", "get", op("getCourse", "training", "Một lớp bồi dưỡng / a course", ok("CoursePage", "Lớp / the course."),
                               READ + QUERY, params=[pid(), CANDIDATES]))
add("/courses/{id}/attendees", "post", op("addAttendees", "training", "Thêm học viên / add attendees",
                                          ok("CoursePage", "Lớp / the course."), WRITE, body="MembersBody", params=[pid()]))
add("/courses/{id}/attendees/{member}", "post", op("recordAttendance", "training", "Kết quả học viên, chứng nhận / an attendee's result",
                                                   ok("CoursePage", "Lớp / the course."), WRITE, body="AttendanceBody",
                                                   params=[pid(), MEMBER]))
add("/contests/{id}", "get", op("getContest", "training", "Một hội thi / a contest", ok("ContestPage", "Hội thi / the contest."),
                                READ + QUERY, params=[pid(), CANDIDATES]))
add("/contests/{id}/entrants", "post", op("addEntrants", "training", "Thêm thí sinh / add entrants",
                                          ok("ContestPage", "Hội thi / the contest."), WRITE, body="MembersBody", params=[pid()]))
add("/contests/{id}/entrants/{member}", "post", op("recordContestResult", "training", "Kết quả dự thi / an entrant's result",
                                                   ok("ContestPage", "Hội thi / the contest."), WRITE, body="ContestResultBody",
                                                   params=[pid(), MEMBER]))
add("/members/{id}/training", "get", op("getMemberTraining", "training", "Bồi dưỡng, hội thi của đảng viên / a member's training",
                                        ok("MemberTraining", "Lớp và hội thi / courses and contests."), READ, params=[pid()]))
