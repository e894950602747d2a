import ChiBoCore
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The application's "now" and "today" (in Vietnam): the system's, or a moment a test fixes.
/// Every decision that depends on the date (what is due, late or overdue, the rulebook in force,
/// the time a meeting opens) reads it from here: handlers pass `req.clock.today` or
/// `req.clock.localNow` to the services, pages read `ctx.today`, commands `app.clock`. Only the
/// moments a row is written (audit entries, tokens, sessions, throttling windows) keep the
/// system clock.
package final class AppClock: Sendable {
    private let fixed: NIOLockedValueBox<Date?>

    package init(fixed: Date? = nil) { self.fixed = NIOLockedValueBox(fixed) }

    package var now: Date { fixed.withLockedValue { $0 } ?? Date() }
    package var today: CivilDate { CivilDate.vietnamDate(secondsSince1970: now.timeIntervalSince1970) }
    package var localNow: LocalDateTime { .now(secondsSince1970: now.timeIntervalSince1970) }

    /// Fixes the clock at a moment (nil: the system's again).
    package func fix(_ date: Date?) { fixed.withLockedValue { $0 = date } }

    /// Fixes the clock at a time of a day in Vietnam (UTC+7).
    package func fix(_ day: CivilDate, hour: Int = 12, minute: Int = 0) {
        fix(Date(timeIntervalSince1970: Double(day.dayNumber * 86400 + (hour - 7) * 3600 + minute * 60)))
    }
}

extension Application {
    private struct ClockKey: StorageKey {
        typealias Value = AppClock
    }

    /// The application's clock (made in `configure`; tests fix it).
    package var clock: AppClock {
        get { storage[ClockKey.self]! }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    var clock: AppClock { application.clock }
}
