import Testing

@testable import ChiBoCore

private let today = CivilDate(year: 2026, month: 2, day: 5)!
private let demo = DemoCommune.generate(today: today)

/// Some other days and seeds: the invariants must hold for any of them, not only the default.
private let variants: [(CivilDate, UInt64)] = [
    (today, 2026),
    (today, 1),
    (CivilDate(year: 2026, month: 3, day: 31)!, 7),
    (CivilDate(year: 2028, month: 2, day: 29)!, 42),
    (CivilDate(year: 2030, month: 12, day: 31)!, 12_345),
]

@Test func treeHasProvinceCommuneAndSeventeenCells() {
    let units = demo.units
    #expect(units.count == 19)
    let province = units[0]
    #expect(province.key == "tuyen-quang")
    #expect(province.parentKey == nil)
    #expect(province.kind == .province)
    #expect(province.code == "TU")
    #expect(province.name == "Đảng bộ tỉnh Tuyên Quang")
    let commune = units[1]
    #expect(commune.key == "thuong-lam")
    #expect(commune.parentKey == "tuyen-quang")
    #expect(commune.kind == .grassroots)
    #expect(commune.code == "ĐU")
    #expect(commune.name == "Đảng bộ xã Thượng Lâm")

    let cells = units.filter { $0.kind == .cell }
    #expect(cells.count == 17)
    #expect(cells.map(\.key) == (1...17).map { $0 < 10 ? "cb0\($0)" : "cb\($0)" })
    #expect(cells.map(\.code) == (1...17).map { $0 < 10 ? "CB0\($0)" : "CB\($0)" })
    for cell in cells {
        #expect(cell.parentKey == "thuong-lam")
        #expect(cell.cellType != nil)
        #expect(cell.name.hasPrefix("Chi bộ "))
        #expect(cell.termLabel == "2025–2030")
        #expect(cell.termStart.year == 2025)
    }
    #expect(Set(units.map(\.key)).count == units.count)
    #expect(Set(units.map(\.name)).count == units.count)
    #expect(cells.filter { $0.cellType == .ruralVillage }.count >= 9)
    #expect(cells.contains { $0.cellType == .armedForces })
    #expect(cells.contains { $0.cellType == .publicService })
    #expect(cells.contains { $0.cellType == .agency })
}

@Test func unitsComeParentBeforeChild() {
    var seen: Set<String> = []
    for unit in demo.units {
        if let parent = unit.parentKey { #expect(seen.contains(parent)) }
        seen.insert(unit.key)
    }
}

/// Counted members per cell, CB01 … CB17: 435 in all, the figure of the press report.
private let cellSizes = [38, 45, 31, 27, 34, 22, 29, 25, 33, 36, 24, 22, 20, 17, 12, 10, 10]

@Test func membersAreInCellsWithUniqueKeysAndCards() {
    #expect(cellSizes.reduce(0, +) == 435)
    for (day, seed) in variants {
        let commune = DemoCommune.generate(today: day, seed: seed)
        let members = commune.members
        // Members transferred in are not counted in the host's membership: they come on top.
        let counted = members.filter { $0.transfer != .incoming }
        let incoming = members.filter { $0.transfer == .incoming }
        #expect(counted.count == 435)
        #expect((2...3).contains(incoming.count))
        #expect(members.count == 435 + incoming.count)
        let cells = commune.units.filter { $0.kind == .cell }
        let cellKeys = Set(cells.map(\.key))
        #expect(members.allSatisfy { cellKeys.contains($0.unitKey) })
        #expect(Set(members.map(\.key)).count == members.count)
        #expect(Set(members.map(\.cardNumber)).count == members.count)
        #expect(members.allSatisfy { $0.cardNumber.count == 8 && $0.cardNumber.allSatisfy(\.isASCII) && Int($0.cardNumber) != nil })
        // Every cell keeps its fixed size, whoever meets with it for a while.
        for (cell, size) in zip(cells, cellSizes) {
            let inCell = counted.filter { $0.unitKey == cell.key }.count
            #expect(inCell == size, "cell \(cell.key) has \(inCell) counted members")
        }
    }
}

@Test func membersTransferredInAreExtraPeopleInPlausibleCells() {
    for (day, seed) in variants {
        let commune = DemoCommune.generate(today: day, seed: seed)
        let types = Dictionary(uniqueKeysWithValues: commune.units.map { ($0.key, $0.cellType) })
        let incoming = commune.members.filter { $0.transfer == .incoming }
        // A seconded teacher at the school, a health worker at the health station, sometimes an
        // engineer in a village.
        #expect(incoming.contains { $0.unitKey == "cb14" && $0.transferPlace?.contains("Trường THCS") == true })
        #expect(incoming.contains { $0.unitKey == "cb15" && $0.transferPlace?.contains("Y tế") == true })
        #expect(Set(incoming.map(\.unitKey)).count == incoming.count)
        for m in incoming {
            #expect(m.unitKey == "cb14" || m.unitKey == "cb15" || types[m.unitKey] == .ruralVillage, "\(m.key)")
            #expect(m.officerRole == nil, "\(m.key)")
            #expect(m.status == .official, "\(m.key)")
            #expect(m.exemption == nil, "\(m.key)")
            #expect((25...50).contains(m.birthDate.years(until: day)), "\(m.key)")
        }
        // Listed after the counted members of their cell.
        for cell in Set(incoming.map(\.unitKey)) {
            let inCell = commune.members.filter { $0.unitKey == cell }
            #expect(inCell.last?.transfer == .incoming, "\(cell)")
        }
    }
}

@Test func sameInputsGiveSameOutput() {
    let again = DemoCommune.generate(today: today, seed: 2026)
    #expect(again.units == demo.units)
    #expect(again.members == demo.members)
    let other = DemoCommune.generate(today: today, seed: 2027)
    #expect(other.units == demo.units)
    #expect(other.members != demo.members)
    #expect(other.members.map(\.fullName) != demo.members.map(\.fullName))
}

@Test func everyCellHasOneSecretaryWhoCanServe() {
    for (day, seed) in variants {
        let commune = DemoCommune.generate(today: day, seed: seed)
        for cell in commune.units where cell.kind == .cell {
            let members = commune.members.filter { $0.unitKey == cell.key }
            let secretaries = members.filter { $0.officerRole == .secretary }
            #expect(secretaries.count == 1, "cell \(cell.key)")
            #expect(members.filter { $0.officerRole == .deputy }.count <= 1)
            let committee = members.filter { $0.officerRole == .committeeMember }.count
            #expect(committee <= 3)
            if members.count >= 20 { #expect(committee >= 1) }
            // The secretary is listed first: the demo accounts bt01…bt17 follow it.
            #expect(members.first?.officerRole == .secretary)
            for officer in members where officer.officerRole != nil {
                #expect(officer.status == .official)
                #expect(officer.exemption == nil)
                #expect(officer.transfer == nil)
                #expect(officer.phone != nil)
            }
        }
        let deputies = commune.members.filter { $0.officerRole == .deputy }.count
        #expect(deputies >= 12)
    }
}

@Test func probationAndOfficialDatesFollowTheTwelveMonths() {
    for (day, seed) in variants {
        let commune = DemoCommune.generate(today: day, seed: seed)
        let yearAgo = day.adding(months: -12)
        for m in commune.members {
            #expect(m.admissionDate <= day)
            switch m.status {
            case .probationary:
                #expect(m.admissionDate > yearAgo, "\(m.key)")
                #expect(m.officialDate == nil)
            case .official:
                #expect(m.officialDate == m.admissionDate.adding(months: 12), "\(m.key)")
                if let official = m.officialDate { #expect(official <= day, "\(m.key)") }
            }
        }
    }
}

@Test func agesAreRealistic() {
    for (day, seed) in variants {
        let commune = DemoCommune.generate(today: day, seed: seed)
        for m in commune.members {
            let admittedAt = m.birthDate.years(until: m.admissionDate)
            #expect((18...60).contains(admittedAt), "\(m.key) admitted at \(admittedAt)")
            #expect((22...88).contains(m.birthDate.years(until: day)), "\(m.key)")
        }
        let old = commune.members.filter { $0.birthDate.years(until: day) >= 70 }.count
        #expect(old >= 60)
    }
}

@Test func sharesOfStatusesAndExemptions() {
    for (day, seed) in variants {
        let members = DemoCommune.generate(today: day, seed: seed).members
        let total = Double(members.count)
        let full = members.filter { $0.exemption == .full }.count
        let temporary = members.filter { $0.exemption == .temporary }.count
        let probationary = members.filter { $0.status == .probationary }.count
        let outgoing = members.filter { $0.transfer == .outgoing }.count
        let incoming = members.filter { $0.transfer == .incoming }.count
        let exempt = Double(full + temporary)
        #expect((0.12...0.25).contains(exempt / total))
        #expect((0.01...0.05).contains(Double(probationary) / total))
        #expect((0.005...0.025).contains(Double(temporary) / total))
        #expect((3...6).contains(outgoing))
        #expect((2...3).contains(incoming))
        let female = Double(members.filter { $0.gender == .female }.count) / total
        #expect((0.33...0.42).contains(female))
        let phones = Double(members.filter { $0.phone != nil }.count) / total
        #expect((0.6...0.85).contains(phones))
        // Full exemptions are mostly for the old.
        let oldExempt = members.filter { $0.exemption == .full && $0.birthDate.years(until: day) >= 70 }.count
        #expect(Double(oldExempt) >= 0.75 * Double(full))
    }
}

@Test func exemptionsAndTransfersAreConsistent() {
    for (day, seed) in variants {
        for m in DemoCommune.generate(today: day, seed: seed).members {
            #expect(m.exemption == nil || m.transfer == nil, "\(m.key)")
            if m.exemption != nil {
                #expect(m.status == .official)
                guard let date = m.exemptionDate else {
                    Issue.record("\(m.key) has no exemption date")
                    continue
                }
                #expect(date >= m.admissionDate, "\(m.key)")
                #expect(date <= day)
                #expect(m.exemptionReason?.isEmpty == false)
            } else {
                #expect(m.exemptionDate == nil && m.exemptionReason == nil)
            }
            if m.exemption == .temporary { #expect(m.exemptionReason == "Đi làm ăn xa") }
            if m.transfer != nil {
                guard let from = m.transferFrom, let until = m.transferUntil else {
                    Issue.record("\(m.key) has an incomplete transfer")
                    continue
                }
                #expect(from < until)
                #expect(from <= day && day < until, "\(m.key): a running transfer")
                #expect(from >= m.admissionDate)
                #expect(until <= from.adding(months: 12) && until >= from.adding(months: 3))
                #expect(m.transferPlace?.hasPrefix("Chi bộ ") == true)
            } else {
                #expect(m.transferFrom == nil && m.transferUntil == nil && m.transferPlace == nil)
            }
        }
    }
}

@Test func namesLookVietnamese() {
    let names = demo.members.map(\.fullName)
    for name in names {
        #expect(!name.contains("  "), "\(name)")
        #expect(name == name.trimmingSpaces, "\(name)")
        let words = name.split(separator: " ")
        #expect(words.count >= 3, "\(name)")
        #expect(words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }, "\(name)")
    }
    let withDiacritics = names.filter { $0.unicodeScalars.contains { !$0.isASCII } }.count
    #expect(Double(withDiacritics) >= 0.85 * Double(names.count))
    #expect(names.contains { $0.contains("Đ") })
    #expect(names.contains { $0.split(separator: " ").last?.first == "D" })
    // Variety: many given names, only a few people sharing a full name.
    #expect(Set(names.compactMap { $0.split(separator: " ").last }).count >= 70)
    #expect(names.count - Set(names).count <= 3)
    for cell in demo.units where cell.kind == .cell {
        let inCell = demo.members.filter { $0.unitKey == cell.key }.map(\.fullName)
        #expect(Set(inCell).count == inCell.count, "no two members of \(cell.key) share a name")
    }
    // Text is stored precomposed (NFC): no combining marks.
    let allText = names + demo.units.map(\.name)
    #expect(allText.allSatisfy { !$0.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) } })
}

@Test func phonesAreVietnameseMobiles() {
    let phones = demo.members.compactMap(\.phone)
    #expect(Set(phones).count == phones.count)
    for phone in phones {
        #expect(phone.count == 10 && phone.hasPrefix("0") && phone.allSatisfy { $0.isASCII && $0.isNumber })
        #expect(["3", "7", "8", "9"].contains(phone.dropFirst().first.map(String.init) ?? ""))
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
