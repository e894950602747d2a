import Foundation
import Testing

@testable import ChiBoCore

/// Local settings per unit: the nearest unit's latest value of the day, the default elsewhere.
@Suite struct LocalSettingVersionsTests {
    func date(_ iso: String) -> CivilDate { CivilDate(parsing: iso)! }

    func v(_ key: LocalSettingKey, _ value: String, _ from: String, depth: Int, _ unit: String = "") -> LocalSettingVersion {
        LocalSettingVersion(key: key, value: value, from: date(from), depth: depth, unitName: unit)
    }

    @Test func theNearestUnitsLatestValueOfTheDayHolds() {
        let versions = [
            v(.monthlyReportDueDay, "20", "2026-01-01", depth: 2, "Tỉnh"), v(.monthlyReportDueDay, "15", "2026-06-01", depth: 1, "Xã"),
            v(.monthlyReportDueDay, "10", "2026-09-01", depth: 1, "Xã"), v(.superiorVisitEvery, "month", "2026-03-01", depth: 0, "Chi bộ"),
        ]
        #expect(LocalSettings.resolve(versions, on: date("2026-03-01")).settings.monthlyReportDueDay == 20)
        #expect(LocalSettings.resolve(versions, on: date("2026-07-01")).settings.monthlyReportDueDay == 15)
        let late = LocalSettings.resolve(versions, on: date("2026-11-22"))
        #expect(late.settings.monthlyReportDueDay == 10)
        #expect(late.sources[.monthlyReportDueDay]?.unitName == "Xã")
        #expect(late.settings.superiorVisitEvery == .month)
        #expect(late.sources[.attendanceTargetPercent] == nil && late.settings.attendanceTargetPercent == 90, "the default")
        #expect(LocalSettings.resolve(versions, on: date("2025-12-31")).settings.monthlyReportDueDay == 25, "none yet")
    }

    @Test func valuesAreCheckedByTheirSetting() throws {
        var s = LocalSettings()
        try LocalSettingKey.attendanceTargetPercent.set("95", in: &s)
        #expect(s.attendanceTargetPercent == 95)
        #expect(throws: ValidationErrors.self) { try LocalSettingKey.attendanceTargetPercent.set("120", in: &s) }
        #expect(throws: ValidationErrors.self) { try LocalSettingKey.superiorVisitEvery.set("week", in: &s) }
        #expect(throws: ValidationErrors.self) { try LocalSettingKey.monthlyReportDueDay.set("0", in: &s) }
        try LocalSettingKey.meetingQuorumPercent.set("", in: &s)
        #expect(s.meetingQuorumPercent == nil)
        try LocalSettingKey.qualityFairFrom.set("95", in: &s)
        #expect(throws: ValidationErrors.self) { try s.checkBands() }
        for key in LocalSettingKey.allCases {
            var copy = LocalSettings()
            try key.set(key.value(in: LocalSettings()), in: &copy)
            #expect(copy == LocalSettings(), "\(key) reads back its own value")
        }
    }

    @Test func aStoredValueTheRulesNoLongerAcceptLeavesTheDefault() {
        let r = LocalSettings.resolve([v(.monthlyReportDueDay, "40", "2026-01-01", depth: 0)], on: date("2026-11-22"))
        #expect(r.settings.monthlyReportDueDay == 25 && r.sources.isEmpty)
    }
}
