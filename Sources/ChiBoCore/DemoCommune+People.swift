// The demo generator's people: ages, birth and admission dates, and names.

extension DemoGenerator {
    // MARK: People

    mutating func makeMember(cell: Int, spec: CellSpec, gender: Gender) -> Draft {
        let ethnicity = random.weighted(spec.ethnicity)
        return makePerson(cell: cell, ethnicity: ethnicity, gender: gender, age: drawAge(spec.profile))
    }

    /// A new person in `cell`, `age` whole years old today, official, with no office, exemption
    /// or transfer.
    mutating func makePerson(cell: Int, ethnicity: Ethnicity, gender: Gender, age: Int) -> Draft {
        // Exactly `age` whole years old today.
        let birth = today.adding(months: -(12 * age + random.int(0...11))).adding(days: -random.int(0...27))
        let name = uniqueName(cell: cell, ethnicity: ethnicity, gender: gender, age: age)
        return Draft(
            cell: cell, fullName: name, gender: gender, birth: birth, age: age,
            admission: drawAdmission(birth: birth), ethnicity: ethnicity.name,
            homeTown: Self.homeTown(Catalogue.cells[cell].profile))
    }

    mutating func drawAge(_ profile: AgeProfile) -> Int {
        let bands: [(ClosedRange<Int>, Int)]
        switch profile {
        case .village:
            bands = [(22...34, 12), (35...54, 28), (55...69, 27), (70...79, 21), (80...88, 12)]
        case .office:
            bands = [(24...34, 35), (35...49, 42), (50...59, 23)]
        case .school:
            bands = [(24...34, 30), (35...49, 45), (50...57, 25)]
        case .health:
            bands = [(25...34, 35), (35...49, 45), (50...57, 20)]
        case .military:
            bands = [(22...30, 35), (31...48, 65)]
        case .police:
            bands = [(23...32, 50), (33...45, 50)]
        }
        return random.int(random.weighted(bands))
    }

    /// An admission date at least 12 months before today, at an age of 18 to 59.
    mutating func drawAdmission(birth: CivilDate) -> CivilDate {
        let cutoff = today.adding(months: -12)
        // Admitted at whole age `a` plus up to 11 months and 27 days, all before the cutoff.
        let latest = min(59, birth.years(until: cutoff) - 1)
        var a = random.int(random.weighted([(18...24, 35), (25...34, 40), (35...44, 18), (45...59, 7)]))
        if a > latest { a = random.int(18...max(18, latest)) }
        return birth.adding(months: 12 * a + random.int(0...11)).adding(days: random.int(0...27))
    }

    /// A name, shared with someone else in the commune at most a few times and never within a cell.
    mutating func uniqueName(cell: Int, ethnicity: Ethnicity, gender: Gender, age: Int) -> String {
        var name = drawName(ethnicity: ethnicity, gender: gender, age: age)
        for _ in 0..<100 {
            guard let cells = namesUsed[name] else { break }
            if duplicateNamesLeft > 0 && !cells.contains(cell) {
                duplicateNamesLeft -= 1
                break
            }
            name = drawName(ethnicity: ethnicity, gender: gender, age: age)
        }
        namesUsed[name, default: []].insert(cell)
        return name
    }

    mutating func drawName(ethnicity: Ethnicity, gender: Gender, age: Int) -> String {
        let female = gender == .female
        let family: String
        let middle: String
        let given: String
        switch ethnicity {
        case .tay, .kinh:
            family = random.weighted(ethnicity == .tay ? Catalogue.tayFamilies : Catalogue.kinhFamilies)
            // Older Tày men are nearly all "Văn" and women "Thị"; the young have more variety.
            let traditional = ethnicity == .tay && (age >= 50 ? random.chance(0.85) : random.chance(0.45))
            if female {
                middle = traditional ? "Thị" : random.weighted(Catalogue.femaleMiddles)
            } else {
                middle = traditional ? "Văn" : random.weighted(Catalogue.maleMiddles)
            }
            given = random.pick(female ? Catalogue.femaleGivens : Catalogue.maleGivens)
        case .dao:
            family = random.weighted(Catalogue.daoFamilies)
            middle = female ? "Thị" : random.weighted(Catalogue.daoMaleMiddles)
            given = random.pick(female ? Catalogue.femaleGivens : Catalogue.maleGivens)
        case .hmong:
            family = random.weighted(Catalogue.hmongFamilies)
            middle = female ? "Thị" : random.weighted(Catalogue.hmongMaleMiddles)
            given = random.pick(female ? Catalogue.hmongFemaleGivens : Catalogue.hmongMaleGivens)
        }
        // A middle name equal to the given name ("Nguyễn Xuân Xuân") does not occur.
        if middle == given { return "\(family) \(middle == "Thị" ? "Thu" : "Văn") \(given)" }
        return "\(family) \(middle) \(given)"
    }
}
