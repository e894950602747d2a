import Fluent
import Vapor
import ChiBoCore

/// /units/{id}/meetings and /meetings/{id}: the meeting cycle in the browser.
enum MeetingsController {
}
