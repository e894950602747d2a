import ChiBoCore
import Crypto
import Fluent
import Vapor

/// Loads the demo commune (seed 000: Đảng bộ xã Thượng Lâm, 17 cells) with its accounts.
/// Idempotent: the demo's ids are derived from its keys, so a second run finds it and stops.
enum DemoLoader {
    enum Outcome: Equatable {
        case loaded(units: Int, members: Int, accounts: [String])
        case alreadyLoaded
    }

    static func id(_ key: String) -> UUID {
        let d = Array(SHA256.hash(data: Data("chibo-demo:\(key)".utf8)))
        var b = Array(d.prefix(16))
        b[6] = (b[6] & 0x0F) | 0x50
        b[8] = (b[8] & 0x3F) | 0x80
        return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }

    static var provinceID: UUID { id("unit:" + DemoCommune.provinceKey) }

    static func load(on db: any Database, passwordHash: String, actor: Actor, today: CivilDate, force: Bool) async throws -> Outcome {
        if try await OrgUnit.find(provinceID, on: db) != nil { return .alreadyLoaded }
        let existing = try await OrgUnit.query(on: db).count() + (try await Member.query(on: db).count())
        if existing > 0 && !force {
            throw DomainError(
                .conflict, code: "demo.realData",
                vi: "Cơ sở dữ liệu đã có dữ liệu thật; không nạp dữ liệu mẫu (dùng --force nếu chắc chắn).",
                en: "The database already holds real data; the demo was not loaded (use --force if you are sure).")
        }
        let demo = DemoCommune.generate(today: today)
        let cardsTaken = try await Member.query(on: db).filter(\.$cardNumber ~~ demo.members.map(\.cardNumber)).count()
        if cardsTaken > 0 {
            throw DomainError(
                .conflict, code: "demo.cards", vi: "Số thẻ của dữ liệu mẫu trùng với dữ liệu đã có.",
                en: "The demo's card numbers clash with stored members.")
        }
        return try await db.write { tx in
            var depth: [String: Int] = [:]
            var units: [OrgUnit] = []
            for u in demo.units {
                let d = u.parentKey.flatMap { depth[$0] }.map { $0 + 1 } ?? 0
                depth[u.key] = d
                let unit = OrgUnit(
                    id: id("unit:" + u.key), parentID: u.parentKey.map { id("unit:" + $0) }, name: u.name,
                    code: u.code, kind: u.kind, cellType: u.cellType, termLabel: u.termLabel,
                    termStart: u.termStart, depth: d)
                try await unit.create(on: tx)
                try await UnitService.insertClosure(tx, unitID: unit.id!, parentID: unit.$parent.id)
                try await UnitParentPeriod(unitID: unit.id!, parentID: unit.$parent.id, from: u.termStart).create(on: tx)
                units.append(unit)
            }
            var members: [Member] = []
            var periods: [MemberUnitPeriod] = []
            var officers: [UnitOfficer] = []
            var secretaries: [String: (UUID, String)] = [:]
            for m in demo.members {
                let facts = MemberFacts(
                    fullName: m.fullName, birthDate: m.birthDate, gender: m.gender, cardNumber: m.cardNumber,
                    admissionDate: m.admissionDate, officialDate: m.officialDate, status: m.status,
                    phone: m.phone)
                let unitID = id("unit:" + m.unitKey)
                let member = Member(id: id("member:" + m.key), unitID: unitID, facts: facts)
                member.exemptionKind = m.exemption
                member.exemptionDate = m.exemptionDate
                member.exemptionReason = m.exemptionReason
                member.transferDirection = m.transfer
                member.transferFrom = m.transferFrom
                member.transferUntil = m.transferUntil
                member.transferPlace = m.transferPlace
                member.ethnicity = m.ethnicity
                member.homeTown = m.homeTown
                members.append(member)
                let unitStart = demo.units.first { $0.key == m.unitKey }!.termStart
                periods.append(
                    MemberUnitPeriod(
                        memberID: member.id!, unitID: unitID,
                        from: m.transfer == .incoming ? (m.transferFrom ?? m.admissionDate) : m.admissionDate))
                if let role = m.officerRole {
                    officers.append(UnitOfficer(unitID: unitID, memberID: member.id!, role: role, from: unitStart))
                    if role == .secretary { secretaries[m.unitKey] = (member.id!, m.fullName) }
                }
            }
            for chunk in stride(from: 0, to: members.count, by: 100) {
                try await Array(members[chunk..<min(chunk + 100, members.count)]).create(on: tx)
                try await Array(periods[chunk..<min(chunk + 100, periods.count)]).create(on: tx)
            }
            let statuses = members.flatMap(MemberLifeService.initialPeriods(of:))
            for chunk in stride(from: 0, to: statuses.count, by: 100) {
                try await Array(statuses[chunk..<min(chunk + 100, statuses.count)]).create(on: tx)
            }
            try await officers.create(on: tx)

            let commune = id("unit:" + DemoCommune.communeKey)
            var accounts: [(String, String, UUID?, Role, UUID)] = [
                ("vanphong", "Văn phòng Đảng ủy xã Thượng Lâm", nil, .committeeStaff, commune),
                ("kiemtra", "Ủy ban Kiểm tra Đảng ủy xã", nil, .inspector, commune),
                // A member of the provincial committee who follows a village cell beside the commune's.
                ("tinhuy01", DemoOversight.provincialLiaison, nil, .committeeStaff, provinceID),
            ]
            for c in DemoOversight.committee(demo) {
                accounts.append((c.username, c.member.fullName, id("member:" + c.member.key), .committeeStaff, commune))
            }
            for unit in demo.units where unit.kind == .cell {
                let n = unit.code.filter(\.isNumber)
                let sec = secretaries[unit.key]
                accounts.append(("bt" + n, sec?.1 ?? unit.name, sec?.0, .cellSecretary, id("unit:" + unit.key)))
            }
            var names: [String] = []
            for (username, display, memberID, role, unitID) in accounts {
                if try await Account.query(on: tx).filter(\.$username == username).first() != nil { continue }
                let account = Account(
                    id: id("account:" + username), username: username, passwordHash: passwordHash,
                    displayName: display, memberID: memberID)
                try await account.create(on: tx)
                // A role its holder has from an office ends with the office (`RoleTerms`).
                let atCell = units.first { $0.id == unitID }?.kind.isCell ?? false
                let office = officers.first { o in
                    o.$member.id == memberID && o.$unit.id == unitID && RoleTerms.role(of: o.role, atCell: atCell) == role
                }
                try await AccountRole(accountID: account.id!, role: role, unitID: unitID, officerID: office?.id).create(on: tx)
                names.append(username)
            }
            let cells = units.filter { $0.kind.isCell }.sorted { $0.code < $1.code }
            try await DemoLife.people(tx, cells: cells, today: today, actor: actor)
            let visitors = try await DemoOversight.liaisons(
                tx, demo: demo, cells: cells, commune: commune, province: provinceID, from: CivilDate(year: today.year, month: 1, day: 1)!)
            _ = try await DemoMeetings.populate(tx, cells: cells, today: today, actor: actor, visitors: visitors)
            try await DemoLife.fees(tx, cells: cells, today: today)
            try await DemoOversight.reports(tx, cells: cells, today: today, answeredBy: "Văn phòng Đảng ủy xã Thượng Lâm")
            try await DemoOversight.issues(tx, cells: cells, today: today, actor: actor)
            try await DemoOversight.inspections(tx, cells: cells, commune: commune, today: today)
            try await DemoOversight.models(tx, cells: cells, commune: commune, today: today)
            try await DemoTraining.load(tx, cells: cells, commune: commune, today: today)
            try await RollupService.rebuild(tx)
            // The evaluation reads the counters (a cell's months) and adds last year's results to them.
            try await DemoEvaluation.load(tx, commune: commune, cells: cells, today: today, actor: actor)
            try await RollupService.rebuild(tx)
            // A former secretary: a cell's deputy led it the term before (written after the meetings
            // and the party life, which read a cell's offices, so they do not change). Their account keeps the
            // secretary's role of that office as history, ended when the office did, and holds
            // the role the deputy's office gives now.
            if let deputy = demo.members.first(where: { $0.officerRole == .deputy }),
                let cell = demo.units.first(where: { $0.key == deputy.unitKey }),
                let current = officers.first(where: { $0.$member.id == id("member:" + deputy.key) }),
                try await Account.query(on: tx).filter(\.$member.$id == id("member:" + deputy.key)).first() == nil
            {
                let memberID = id("member:" + deputy.key)
                let unitID = id("unit:" + cell.key)
                let earlier = UnitOfficer(
                    unitID: unitID, memberID: memberID, role: .secretary,
                    from: max(deputy.officialDate ?? deputy.admissionDate, cell.termStart.adding(months: -60)))
                earlier.untilDate = cell.termStart
                try await earlier.create(on: tx)
                let username = "pbt" + cell.code.filter(\.isNumber)
                let account = Account(
                    id: id("account:" + username), username: username, passwordHash: passwordHash, displayName: deputy.fullName,
                    memberID: memberID)
                try await account.create(on: tx)
                let former = AccountRole(accountID: account.id!, role: .cellSecretary, unitID: unitID, officerID: earlier.id)
                former.endedOn = cell.termStart
                former.endReason = .termEnded
                try await former.create(on: tx)
                try await AccountRole(accountID: account.id!, role: .cellSecretary, unitID: unitID, officerID: current.id).create(on: tx)
                names.append(username)
            }
            try await Audit.record(
                tx, actor, action: "demo.load", entity: "unit", id: provinceID, unit: provinceID,
                after: ["units": "\(units.count)", "members": "\(members.count)"])
            return .loaded(units: units.count, members: members.count, accounts: names)
        }
    }
}
