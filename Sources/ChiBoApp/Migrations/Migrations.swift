import Fluent
import Vapor

/// Every migration, in order. One per file, never edited once it has shipped.
enum Migrations {
    static func register(on app: Application) {
        app.migrations.add(M001_CreateUnits())
        app.migrations.add(M002_CreateMembers())
        app.migrations.add(M003_CreateAccounts())
        app.migrations.add(SessionRecord.migration)
        app.migrations.add(M004_CreateMeetings())
        app.migrations.add(M005_CreateUnitLiaisons())
        app.migrations.add(M006_CreateUnitFigures())
        app.migrations.add(M007_AddCheckinThrottle())
        app.migrations.add(M008_RollStatisticsHint())
        app.migrations.add(M009_MemberStatusPeriods())
        app.migrations.add(M010_Recruitment())
        app.migrations.add(M011_PartyLifeFigures())
        app.migrations.add(M012_PartyFees())
        app.migrations.add(M013_RecognitionSteps())
        app.migrations.add(M014_SuperiorVisits())
        app.migrations.add(M015_MonthlyReports())
        app.migrations.add(M016_RaisedIssues())
        app.migrations.add(M017_Inspections())
        app.migrations.add(M018_ModelMeetings())
        app.migrations.add(M019_UnitSettings())
        app.migrations.add(M020_Evaluations())
        app.migrations.add(M021_Training())
        app.migrations.add(M022_EvaluationExceeding())
        app.migrations.add(M023_SessionSecurity())
        app.migrations.add(M024_RecordAnchor())
        app.migrations.add(M025_Imports())
        app.migrations.add(M025b_MemberOrigins())
        app.migrations.add(M026_FileDocuments())
        app.migrations.add(M027_PartyLifeByDate())
        app.migrations.add(M028_AccessFollowsOffice())
        app.migrations.add(M029_MemberSearch())
        app.migrations.add(M032_LiaisonLevels())
        app.migrations.add(M033_CellsStarted())
    }
}
