import Foundation
import ChiBoCore

/// Today's date in Vietnam.
package enum Today {
    package static func date() -> CivilDate { CivilDate.vietnamDate(secondsSince1970: Date().timeIntervalSince1970) }
}
