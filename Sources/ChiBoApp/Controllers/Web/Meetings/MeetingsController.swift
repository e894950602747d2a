import Fluent
import Vapor
import ChiBoCore

/// /units/{id}/meetings and /meetings/{id}: the meeting cycle in the browser.
enum MeetingsController {
    struct TextForm: Content {
        var text: String?
        var code: String?
        var title: String?
        var conclusion: String?
        var choice: String?
    }
}
