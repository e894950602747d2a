import ChiBoCore
import Fluent
import Vapor

/// /units/{id}/meetings and /meetings/{id}: the meeting cycle in the browser.
enum MeetingsController {
}
