// The demo generator's second pass: probation, officers, exemptions, transfers, cards and phones.

extension DemoGenerator {
    // MARK: Status, officers, exemptions, transfers

    /// Indices of drafts satisfying `condition`, in a random order.
    mutating func shuffledIndices(where condition: (Draft) -> Bool) -> [Int] {
        var indices = drafts.indices.filter { condition(drafts[$0]) }
        random.shuffle(&indices)
        return indices
    }

    /// About 2–3% admitted within the last 12 months, still probationary.
    mutating func chooseProbationary() {
        let target = random.int(9...13)
        for index in shuffledIndices(where: { $0.age <= 40 }).prefix(target) {
            drafts[index].probationary = true
            drafts[index].admission = today.adding(days: -random.int(14...350))
        }
    }

    /// One secretary per cell, a deputy in all but the smallest cells, committee members in large ones.
    mutating func chooseOfficers(cell: Int, spec: CellSpec) {
        let ages = spec.profile == .village ? 32...66 : 28...58
        var candidates = shuffledIndices(where: { $0.cell == cell && $0.isFree && ages.contains($0.age) })
        if candidates.count < 5 {
            candidates += shuffledIndices(where: { $0.cell == cell && $0.isFree && !ages.contains($0.age) })
        }
        // The secretary tends to be among the more experienced candidates.
        if let senior = candidates.prefix(3).max(by: { drafts[$0].admission > drafts[$1].admission }),
            let position = candidates.firstIndex(of: senior)
        {
            candidates.swapAt(0, position)
        }
        var roles: [OfficerRole] = [.secretary]
        if spec.size >= 12 { roles.append(.deputy) }
        let committee = spec.size >= 40 ? 3 : spec.size >= 30 ? 2 : spec.size >= 20 ? 1 : 0
        roles += Array(repeating: .committeeMember, count: committee)
        for (role, index) in zip(roles, candidates) { drafts[index].role = role }
    }

    /// Full exemptions (about 16–19%), mostly the old; a few temporary ones for those working away.
    mutating func chooseExemptions() {
        let total = drafts.count
        let fullTarget = total * random.int(160...185) / 1000
        let illTarget = random.int(7...10)
        let lastYear = today.adding(months: -12)
        let threeYearsAgo = today.adding(months: -36)

        // Long illness, middle-aged.
        let ill = shuffledIndices(where: {
            $0.isFree && (45...69).contains($0.age) && $0.admission <= threeYearsAgo
        })
        for index in ill.prefix(illTarget) {
            let wanted = today.adding(days: -random.int(100...1500))
            exempt(index, .full, on: wanted, reason: "Ốm đau điều trị dài ngày")
        }

        // Advanced age: the oldest first, with some randomness.
        var aged = drafts.indices.filter { drafts[$0].isFree && drafts[$0].age >= 70 }
            .map { (index: $0, score: Double(drafts[$0].age) + random.unit() * 9) }
        aged.sort { ($0.score, $1.index) > ($1.score, $0.index) }
        for entry in aged.prefix(max(0, fullTarget - illTarget)) {
            let d = drafts[entry.index]
            let wanted = d.birth.adding(months: 12 * random.int(70...76) + random.int(0...11))
            let reason = random.chance(0.85) ? "Tuổi cao, sức yếu" : "Ốm đau điều trị dài ngày"
            exempt(entry.index, .full, on: min(wanted, lastYear.adding(days: random.int(0...300))), reason: reason)
        }

        // Working far away: young village members.
        let away = shuffledIndices(where: {
            $0.isFree && (22...45).contains($0.age) && Catalogue.cells[$0.cell].profile == .village
        })
        for index in away.prefix(random.int(5...8)) {
            exempt(index, .temporary, on: today.adding(days: -random.int(30...540)), reason: "Đi làm ăn xa")
        }
    }

    /// Sets an exemption no earlier than six months after becoming official and no later than today.
    mutating func exempt(_ index: Int, _ kind: ExemptionKind, on wanted: CivilDate, reason: String) {
        let earliest = (drafts[index].officialDate ?? drafts[index].admission).adding(months: 6)
        let date = min(max(wanted, earliest), today)
        drafts[index].exemption = kind
        drafts[index].exemptionDate = max(date, drafts[index].admission)
        drafts[index].exemptionReason = reason
    }

    /// A few members meeting elsewhere for a while (members from elsewhere meeting here are added
    /// by `addIncoming`).
    mutating func chooseTransfers() {
        let outgoing = shuffledIndices(where: {
            $0.isFree && (22...45).contains($0.age)
                && [.village, .office].contains(Catalogue.cells[$0.cell].profile)
        })
        // Villagers go to work in factories; agency staff go to study.
        var places = Catalogue.outgoingPlaces
        random.shuffle(&places)
        for index in outgoing.prefix(random.int(4...5)) {
            let place =
                Catalogue.cells[drafts[index].cell].profile == .office
                ? Catalogue.studyPlace : places.removeLast()
            transfer(index, .outgoing, place: place, daysAgo: 10...150)
        }
    }

    /// Two or three members of other organisations meeting here for a while: a seconded teacher at
    /// the school, a health worker at the health station, and sometimes an engineer on a project in
    /// a village. They are new people, added on top of the cells' fixed sizes (members transferred in
    /// are not counted in the host's membership), so they are never officers, probationary or exempt.
    mutating func addIncoming() {
        let cells = Catalogue.cells
        let villages = cells.indices.filter { cells[$0].profile == .village }
        var hosts = [AgeProfile.school, .health].compactMap { profile in
            cells.firstIndex { $0.profile == profile }
        }
        if random.chance(0.5) { hosts.append(random.pick(villages)) }
        for (cell, place) in zip(hosts, Catalogue.incomingPlaces) {
            let spec = cells[cell]
            let engineer = spec.profile == .village
            // The engineer comes from the province's project board, not from the village.
            let ethnicity = random.weighted(engineer ? [(Ethnicity.tay, 45), (.kinh, 55)] : spec.ethnicity)
            let gender: Gender = random.chance(engineer ? 0.2 : spec.femaleShare) ? .female : .male
            drafts.append(makePerson(cell: cell, ethnicity: ethnicity, gender: gender, age: random.int(25...50)))
            transfer(drafts.count - 1, .incoming, place: place, daysAgo: 20...150)
        }
    }

    /// A transfer that began up to five months ago and lasts 6 to 12 months: still running today.
    mutating func transfer(_ index: Int, _ direction: TransferDirection, place: String, daysAgo: ClosedRange<Int>) {
        let from = today.adding(days: -random.int(daysAgo))
        drafts[index].transfer = direction
        drafts[index].transferFrom = from
        drafts[index].transferUntil = from.adding(months: random.int(6...12))
        drafts[index].transferPlace = place
    }

    // MARK: Cards and phones

    mutating func assignCardsAndPhones() {
        var cards: Set<String> = []
        var phones: Set<String> = []
        for index in drafts.indices {
            var card: String
            repeat { card = "22" + CivilDate.pad(random.int(0...999_999), 6) } while cards.contains(card)
            cards.insert(card)
            drafts[index].card = card

            let d = drafts[index]
            let share = d.role != nil ? 1.0 : d.age < 45 ? 0.9 : d.age < 60 ? 0.78 : d.age < 75 ? 0.55 : 0.25
            if random.chance(share) {
                var phone: String
                repeat {
                    phone = random.pick(Catalogue.phonePrefixes) + CivilDate.pad(random.int(0...9_999_999), 7)
                } while phones.contains(phone)
                phones.insert(phone)
                drafts[index].phone = phone
            }
        }
    }
}
