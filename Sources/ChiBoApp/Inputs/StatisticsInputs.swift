import ChiBoCore
import Foundation
import Vapor

/// The period a statistics page or its API asks for (`period` = month|quarter|year|custom, with
/// `year`, `month`, `quarter`, `from`, `to`), decoded from the query string; this year by default.
/// A value that is not a number is an error, never silently ignored.
struct PeriodInput: Content {
    @Input var period: String?
    @Input var year: String?
    @Input var month: String?
    @Input var quarter: String?
    @Input var from: String?
    @Input var to: String?

    func reportPeriod(today: CivilDate) throws -> ReportPeriod {
        func number(_ raw: String?, _ key: String) throws -> Int? {
            guard let raw else { return nil }
            guard let v = Int(raw) else {
                throw DomainError(
                    .invalid, code: "\(key).invalid", vi: "Giá trị “\(key)” phải là một số.",
                    en: "“\(key)” must be a number.", field: key)
            }
            return v
        }
        return try ReportPeriod.parse(
            period: period, year: try number(year, "year"), month: try number(month, "month"),
            quarter: try number(quarter, "quarter"), from: from, to: to, defaultYear: today.year)
    }
}
