import Foundation
import Testing

@testable import ChiBoCore

/// Model meetings: cell groups, the choice of a model cell, its meeting and its lessons.
@Suite struct ModelMeetingsTests {
    @Test func everyCellTypeBelongsToOneGroup() {
        #expect(CellGroup.of(.ruralVillage) == .residential && CellGroup.of(.urbanResidential) == .residential)
        #expect(CellGroup.of(.stateEnterprise) == .enterprise && CellGroup.of(.privateEnterprise) == .enterprise)
        #expect(CellGroup.of(.publicService) == .publicService)
        #expect(Set(CellType.allCases.map(CellGroup.of)) == Set(CellGroup.allCases))
    }

    @Test func aModelCellIsOfItsGroupAndOnePerGroupAndYear() throws {
        try ModelMeetingRules.checkChoice(group: .residential, cellType: .ruralVillage, alreadyChosen: false)
        do {
            try ModelMeetingRules.checkChoice(group: .agency, cellType: .ruralVillage, alreadyChosen: true)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.errors.map(\.code) == ["cellId.group", "group.taken"])
        }
        #expect(throws: ValidationErrors.self) { try ModelMeetingRules.checkChoice(group: .agency, cellType: nil, alreadyChosen: false) }
    }

    @Test func lessonsFollowTheMeeting() throws {
        try ModelMeetingRules.checkLessons("Chuẩn bị kỹ nội dung.", meetingHeld: true)
        do {
            try ModelMeetingRules.checkLessons("  ", meetingHeld: false)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.errors.map(\.code) == ["lessons.notHeld", "lessons.required"])
        }
        #expect(throws: ValidationErrors.self) { try ModelMeetingRules.checkMeeting(meetingCell: true, meetingYear: 2025, year: 2026) }
    }
}
