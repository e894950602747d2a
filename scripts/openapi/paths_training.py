"""Operations on training and contests for cell secretaries."""
from .operations import READ, QUERY, WRITE, YEAR, adder, ok, op, pid

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
add("/courses/{id}", "get", op("getCourse", "training", "Một lớp bồi dưỡng / a course", ok("CoursePage", "Lớp / the course."), READ,
                               params=[pid()]))
add("/courses/{id}/attendees", "post", op("addAttendees", "training", "Thêm học viên / add attendees",
                                          ok("CoursePage", "Lớp / the course."), WRITE, body="MembersBody", params=[pid()]))
add("/courses/{id}/attendees/{member}", "post", op("recordAttendance", "training", "Kết quả học viên, chứng nhận / an attendee's result",
                                                   ok("CoursePage", "Lớp / the course."), WRITE, body="AttendanceBody",
                                                   params=[pid(), MEMBER]))
add("/contests/{id}", "get", op("getContest", "training", "Một hội thi / a contest", ok("ContestPage", "Hội thi / the contest."), READ,
                                params=[pid()]))
add("/contests/{id}/entrants", "post", op("addEntrants", "training", "Thêm thí sinh / add entrants",
                                          ok("ContestPage", "Hội thi / the contest."), WRITE, body="MembersBody", params=[pid()]))
add("/contests/{id}/entrants/{member}", "post", op("recordContestResult", "training", "Kết quả dự thi / an entrant's result",
                                                   ok("ContestPage", "Hội thi / the contest."), WRITE, body="ContestResultBody",
                                                   params=[pid(), MEMBER]))
add("/members/{id}/training", "get", op("getMemberTraining", "training", "Bồi dưỡng, hội thi của đảng viên / a member's training",
                                        ok("MemberTraining", "Lớp và hội thi / courses and contests."), READ, params=[pid()]))
