import Fluent
import Vapor

/// Every migration, in order. One per file, never edited once it has shipped.
enum Migrations {
    static let all: [any Migration] = [
        M001_CreateUnits(),
        M002_CreateMembers(),
        M003_CreateAccounts(),
        SessionRecord.migration,
        M004_CreateMeetings(),
        M005_CreateUnitLiaisons(),
        M006_CreateUnitFigures(),
        M007_AddCheckinThrottle(),
        M008_RollStatisticsHint(),
        M009_MemberStatusPeriods(),
        M010_Recruitment(),
        M011_PartyLifeFigures(),
        M012_PartyFees(),
        M013_RecognitionSteps(),
        M014_SuperiorVisits(),
        M015_MonthlyReports(),
        M016_RaisedIssues(),
        M017_Inspections(),
        M018_ModelMeetings(),
        M019_UnitSettings(),
        M020_Evaluations(),
        M021_Training(),
        M022_EvaluationExceeding(),
        M023_SessionSecurity(),
        M024_RecordAnchor(),
        M025_Imports(),
        M025b_MemberOrigins(),
        M026_FileDocuments(),
        M027_PartyLifeByDate(),
        M028_AccessFollowsOffice(),
        M029_MemberSearch(),
        M032_LiaisonLevels(),
        M033_CellsStarted(),
        M034_VotesBySubject(),
        M035_OversightLists(),
        M036_RoundMembersByName(),
        M037_RecruitmentAtScale(),
        M038_ProbationaryWalk(),
        M039_LookupIndexes(),
        M040_ReportSearch(),
    ]

    static func register(on app: Application) {
        app.migrations.add(all)
    }

    /// Leaves the database as the version before the migration named `name` (its type's name)
    /// left it: the migrations before it run and are recorded, so that `autoMigrate` then runs
    /// it and the rest. For the tests of a migration on existing data.
    static func migrate(_ app: Application, before name: String) async throws {
        let earlier = Fluent.Migrations()
        earlier.add(Array(all.prefix { "\(type(of: $0))" != name }))
        let migrator = Migrator(databases: app.databases, migrations: earlier, logger: app.logger, on: app.eventLoopGroup.any())
        try await migrator.setupIfNeeded().flatMap { migrator.prepareBatch() }.get()
    }
}
