import ChiBoCore
import Fluent
import Vapor

/// The demo commune's evaluation: last year's round decided and published (the statistics
/// compare with it), and this year's December with every member through the steps: the
/// self-assessments, the cells' proposals (which put more members at "excellent" than the share
/// allows, so the flag shows), the committee's appraisal bringing them within it, the cells'
/// reports and the committee's ratings. The decision is left to the committee.
enum DemoEvaluation {
    static let author = "Văn phòng Đảng ủy xã Thượng Lâm"

    /// A stable number from a member's key (the demo is the same every time).
    static func draw(_ id: UUID, _ salt: Int) -> Int {
        let sum = id.uuidString.unicodeScalars.enumerated().reduce(salt) {
            ($0 &* 31 &+ Int($1.element.value) &* ($1.offset + 1)) & 0xFFFF_FFFF
        }
        return sum % 1000
    }

    /// A score and its level under the caps: most "good", a fifth "excellent", a few "completed".
    static func pick(_ id: UUID, salt: Int, ceiling: EvaluationLevel, rules: EvaluationRules) -> (Int, EvaluationLevel) {
        let r = draw(id, salt)
        var score =
            switch r % 100 {
            case 0..<20: rules.excellentFrom + r % 7 // not a rule: the demo's spread
            case 20..<93: rules.goodFrom + 2 + r % 17 // not a rule: the demo's spread
            default: rules.completedFrom + 5 + r % 14 // not a rule: the demo's spread
            }
        let top: Int =
            switch ceiling {
            case .excellent: 100
            case .good: rules.excellentFrom - 3
            case .completed: rules.goodFrom - 4
            case .notCompleted: rules.completedFrom - 1
            }
        score = min(score, top)
        return (score, EvaluationLevel.band(score: score, rules: rules))
    }

    static let selfTexts = [
        "Giữ vững lập trường tư tưởng chính trị, chấp hành nghiêm chủ trương của Đảng; tham gia đầy đủ sinh hoạt chi bộ. "
            + "Hạn chế: đôi lúc chưa mạnh dạn góp ý trong sinh hoạt.",
        "Hoàn thành các nhiệm vụ chi bộ phân công, gương mẫu nơi cư trú, vận động gia đình thực hiện tốt các phong trào của thôn.",
        "Tham gia sinh hoạt đều, đóng đảng phí đúng kỳ; còn chậm trong việc nghiên cứu, học tập nghị quyết.",
    ]

    static func load(_ db: any Database, commune: UUID, cells: [OrgUnit], today: CivilDate, actor: Actor) async throws {
        let rules = Rulebook.inForce(on: today).evaluation
        let share = try await SettingsService.effective(db, unitID: commune, on: today).settings.excellentCapPercentOfGood
        // Last year: decided in December and published.
        let last = today.year - 1
        let lastRound = try await EvaluationService.create(
            db, actor, unitID: commune, period: .year(last), openedOn: CivilDate(year: last, month: 12, day: 5)!)
        try await steps(
            db, lastRound, rules: rules, share: share, on: CivilDate(year: last, month: 12, day: 12)!, salt: 17, facts: false, today: today)
        lastRound.status = .published
        lastRound.decisionNumber = "98-QĐ/ĐU"
        lastRound.decisionOn = CivilDate(year: last, month: 12, day: 22)
        lastRound.decidedBy = "Hoàng Văn Thắng"
        lastRound.publishedOn = CivilDate(year: last, month: 12, day: 26)
        try await lastRound.save(on: db)
        for e in try await MemberEvaluation.query(on: db).filter(\.$round.$id == lastRound.id!).all() {
            e.finalLevel = e.appraisedLevel
            try await e.save(on: db)
        }
        for o in try await OrgEvaluation.query(on: db).filter(\.$round.$id == lastRound.id!).all() {
            o.finalLevel = o.level
            try await o.save(on: db)
        }

        // This year: opened ten days ago, every step to the appraisal.
        let opened = max(CivilDate(year: today.year, month: 1, day: 1)!, today.adding(days: -10))
        let round = try await EvaluationService.create(db, actor, unitID: commune, period: .year(today.year), openedOn: opened)
        try await steps(db, round, rules: rules, share: share, on: today, salt: 3, facts: true, today: today)
    }

    /// Every member's self-assessment, the cell's proposal and the appraisal (within the share);
    /// each cell's report and the commune's rating.
    static func steps(
        _ db: any Database, _ round: EvaluationRound, rules: EvaluationRules, share: Int, on day: CivilDate, salt: Int, facts: Bool,
        today: CivilDate
    ) async throws {
        let members = try await MemberEvaluation.query(on: db).filter(\.$round.$id == round.id!).sort(\.$sortKey).all()
        var proposed: [(MemberEvaluation, Int)] = []
        let records =
            facts
            ? try await EvaluationService.facts(db, memberIDs: members.map { $0.$member.id }, period: round.period, today: today) : [:]
        for (i, e) in members.enumerated() {
            let caps = records[e.$member.id].map(EvaluationSteps.caps) ?? []
            let (score, level) = pick(e.$member.id, salt: salt, ceiling: EvaluationSteps.ceiling(caps), rules: rules)
            e.selfScore = score
            e.selfLevel = level
            // An "excellent" declares the criteria and targets exceeded.
            let exceeding = level == .excellent ? rules.excellentMinimumExceedingPercent + draw(e.$member.id, salt + 1) % 25 : nil
            e.selfExceeding = exceeding
            e.cellExceeding = exceeding
            e.selfText = selfTexts[i % selfTexts.count]
            e.selfOn = day.adding(days: -6)
            e.selfBy = e.fullName
            if e.residenceNeeded {
                // A working member: the cell where they live comments (QĐ 213).
                e.residenceComment =
                    "Chi ủy nơi cư trú: gương mẫu thực hiện nghĩa vụ công dân, tham gia sinh hoạt tổ dân cư, "
                    + "gia đình đạt danh hiệu văn hóa."
                e.residenceOn = day.adding(days: -4)
                e.residenceBy = "Chi ủy chi bộ nơi cư trú"
            }
            e.cellScore = score
            e.cellLevel = level
            e.cellComment =
                caps.isEmpty ? "Chi bộ thống nhất với bản tự kiểm điểm." : "Chi bộ thống nhất; " + caps.map(\.vi).joined(separator: " ")
            e.cellOn = day.adding(days: -3)
            e.cellBy = "Bí thư chi bộ"
            proposed.append((e, score))
        }
        // The appraisal: the excellent proposals above the share, lowest scores first, become "good".
        let good = proposed.filter { $0.0.cellLevel == .good }.count
        var excellent = proposed.filter { $0.0.cellLevel == .excellent }.sorted { $0.1 > $1.1 }
        var lowered: Set<UUID> = []
        while excellent.count > (good + lowered.count) * share / 100, let last = excellent.popLast() { lowered.insert(last.0.id!) }
        for (e, _) in proposed {
            let down = lowered.contains(e.id!)
            e.appraisedLevel = down ? .good : e.cellLevel
            e.appraisalNote = down ? "Vượt tỷ lệ “Hoàn thành xuất sắc” của Đảng bộ; xếp “Hoàn thành tốt nhiệm vụ”." : nil
            e.appraisedOn = day.adding(days: -1)
            e.appraisedBy = author
            try await e.save(on: db)
        }
        // The cells: two "excellent" where their record allows it, two "completed", the others "good".
        let orgs = try await OrgEvaluation.query(on: db).filter(\.$round.$id == round.id!).with(\.$unit).all().sorted {
            $0.unit.code < $1.unit.code
        }
        var excellentCells = 0
        for (i, o) in orgs.enumerated() {
            var level: EvaluationLevel = i % 8 == 5 ? .completed : .good // not a rule: the demo's spread
            if level == .good && excellentCells < 2 { // not a rule: the demo's spread
                let f =
                    facts
                    ? try await EvaluationService.orgFacts(db, unitID: o.$unit.id, round: round, today: today) : OrganisationRecordFacts()
                if EvaluationSteps.caps(f, collectiveDisciplined: false).isEmpty {
                    level = .excellent
                    excellentCells += 1
                }
            }
            let score =
                switch level {
                case .excellent: rules.excellentFrom + 1
                case .good: rules.goodFrom + 8
                default: rules.completedFrom + 10
                }
            o.selfScore = score
            o.selfLevel = level
            o.selfExceeding = level == .excellent ? rules.excellentMinimumExceedingPercent + 10 : nil
            o.exceeding = o.selfExceeding
            o.selfReport =
                "Chi bộ duy trì sinh hoạt định kỳ, lãnh đạo thực hiện các nhiệm vụ chính trị của thôn; "
                + "hạn chế: chất lượng sinh hoạt chuyên đề chưa đều."
            o.selfOn = day.adding(days: -5)
            o.selfBy = "Bí thư chi bộ"
            o.score = score
            o.level = level
            o.comment = "Đảng ủy xã thống nhất với báo cáo của chi bộ."
            o.ratedOn = day.adding(days: -1)
            o.ratedBy = author
            try await o.save(on: db)
        }
    }
}
