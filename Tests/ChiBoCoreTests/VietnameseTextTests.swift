import Testing

@testable import ChiBoCore

@Suite struct VietnameseTextTests {
    @Test func foldingRemovesDiacriticsAndCase() {
        #expect(VietnameseText.fold("Nguyễn  Văn Ân") == "nguyen van an")
        #expect(VietnameseText.fold("ĐỖ THỊ ÁNH") == "do thi anh")
        #expect(VietnameseText.fold("Lò Văn Bình") == "lo van binh")
        #expect(VietnameseText.fold("  Hà   Thị Ưng ") == "ha thi ung")
    }

    @Test func foldingHandlesDecomposedInput() {
        // "Nguyễn" typed as base letters plus combining marks (NFD), as some keyboards send it.
        let decomposed = "Nguye\u{0302}\u{0303}n"
        #expect(VietnameseText.fold(decomposed) == "nguyen")
    }

    @Test func listsSortByGivenNameThenFamilyName() {
        let names = [
            "Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Ân", "Nguyễn Văn Đức", "Phạm Văn Dũng", "Hoàng Thị Ánh",
            "Đặng Văn Anh", "Ma Văn An", "Bùi Thị Ơn", "Lý Văn Ong",
        ]
        let sorted = names.sorted(by: VietnameseText.precedes)
        #expect(
            sorted == [
                "Ma Văn An", "Nguyễn Thị An", "Đặng Văn Anh", "Hoàng Thị Ánh", "Lê Văn Ân", "Trần Văn Bình",
                "Phạm Văn Dũng", "Nguyễn Văn Đức", "Lý Văn Ong", "Bùi Thị Ơn",
            ])
    }

    @Test func alphabetOrderOfLetters() {
        // a < ă < â < b … d < đ … o < ô < ơ … u < ư
        let given = ["Ư", "U", "Ơ", "Ô", "O", "Đ", "D", "Â", "Ă", "A", "B"]
        let sorted = given.map { "Nguyễn \($0)" }.sorted(by: VietnameseText.precedes).map { VietnameseText.givenName($0) }
        #expect(sorted == ["A", "Ă", "Â", "B", "D", "Đ", "O", "Ô", "Ơ", "U", "Ư"])
    }

    @Test func tonesAreASecondLevel() {
        // Same letters: ngang < huyền < hỏi < ngã < sắc < nặng; letters decide before tones do.
        let sorted = ["Lê Mạ", "Lê Má", "Lê Mã", "Lê Mả", "Lê Mà", "Lê Ma", "Lê Mai"].sorted(by: VietnameseText.precedes)
        #expect(sorted == ["Lê Ma", "Lê Mà", "Lê Mả", "Lê Mã", "Lê Má", "Lê Mạ", "Lê Mai"])
    }

    @Test func sortKeyIsDigitsOnly() {
        let key = VietnameseText.sortKey(fullName: "Nguyễn Thị Ánh-Dương")
        #expect(!key.isEmpty)
        #expect(key.allSatisfy { $0.isNumber && $0.isASCII })
    }

    @Test func shorterGivenNameSortsFirst() {
        #expect(VietnameseText.precedes("Trần An", "Lê Anh"))
        #expect(VietnameseText.precedes("Lê Văn An", "Nguyễn An")) // same given name: family name decides
    }
}

@Suite struct CivilDateTests {
    @Test func parsesBothForms() {
        #expect(CivilDate(parsing: "2026-02-05") == CivilDate(year: 2026, month: 2, day: 5))
        #expect(CivilDate(parsing: "05/02/2026") == CivilDate(year: 2026, month: 2, day: 5))
        #expect(CivilDate(parsing: "05/02/2026")?.vietnamese == "05/02/2026")
    }

    @Test func rejectsImpossibleDates() {
        #expect(CivilDate(parsing: "2025-02-29") == nil)
        #expect(CivilDate(parsing: "2024-02-29") != nil)
        #expect(CivilDate(parsing: "31/04/2026") == nil)
        #expect(CivilDate(parsing: "2026-13-01") == nil)
        #expect(CivilDate(parsing: "hôm qua") == nil)
        #expect(CivilDate(parsing: "") == nil)
    }

    @Test func arithmetic() {
        let d = CivilDate(year: 2024, month: 2, day: 29)!
        #expect(d.adding(months: 12) == CivilDate(year: 2025, month: 2, day: 28))
        #expect(d.adding(days: 1) == CivilDate(year: 2024, month: 3, day: 1))
        #expect(CivilDate(dayNumber: d.dayNumber) == d)
        #expect(CivilDate(year: 2026, month: 11, day: 23)!.weekday == 0) // a Monday
        #expect(CivilDate(year: 1970, month: 3, day: 15)!.years(until: CivilDate(year: 2026, month: 3, day: 14)!) == 55)
    }

    @Test func vietnamDateIsUTCPlus7() {
        // 2026-11-22 18:00 UTC is already 23 November in Hà Nội.
        #expect(CivilDate.vietnamDate(secondsSince1970: 1_795_370_400) == CivilDate(year: 2026, month: 11, day: 23))
    }

    /// Text converted from the old encodings writes Đ as the eth Ð (U+00D0): found and sorted as Đ.
    @Test func theOldEncodingsEthIsĐ() {
        #expect(VietnameseText.fold("\u{00D0}Ỗ THỊ ÁNH") == "do thi anh")
        #expect(VietnameseText.fold("\u{00F0}ỗ") == "do")
        #expect(VietnameseText.sortKey(fullName: "\u{00D0}ỗ Văn An") == VietnameseText.sortKey(fullName: "Đỗ Văn An"))
        #expect(VietnameseText.precedes("Đỗ Văn Dũng", "\u{00D0}ỗ Văn Em"))
        #expect(VietnameseText.normalizeName("\u{00D0}ỗ Thị \u{00F0}ào") == "Đỗ Thị đào")
    }

    /// A name is stored composed (NFC) whatever form it was typed or pasted in.
    @Test func namesAreStoredComposed() {
        let decomposed = "Nguye\u{0302}\u{0303}n Va\u{0306}n An"
        #expect(decomposed.unicodeScalars.count > "Nguyễn Văn An".unicodeScalars.count)
        let stored = VietnameseText.normalizeName("  " + decomposed + " ")
        #expect(stored.unicodeScalars.elementsEqual("Nguyễn Văn An".unicodeScalars))
    }
}

@Suite struct MemberSearchTextTests {
    @Test func foldsAsTheStoredNameIsFoldedWithĐAsD() {
        let t = MemberSearchText("  Đặng   Thị ĐÀO ")
        #expect(t.folded == "dang thi dao")
        #expect(MemberSearchText("\u{00D0}ỗ Văn \"An\"").folded == "do van an")
        #expect(!t.isCardNumber && t.hasWords)
    }

    @Test func aCardNumberIsDigitsOnly() {
        #expect(MemberSearchText("22000003").isCardNumber)
        #expect(!MemberSearchText("22000003a").isCardNumber)
        #expect(!MemberSearchText("").isCardNumber && MemberSearchText("").isEmpty)
        #expect(!MemberSearchText("!!").hasWords)
    }

    @Test func thePrefixRangeHoldsExactlyTheNamesStartingWithTheText() {
        let t = MemberSearchText("Nguyễn")
        #expect(t.prefixEnd == "nguyeo")
        for name in ["nguyen", "nguyen van an", "nguyenz"] { #expect(name >= t.folded && name < t.prefixEnd) }
        for name in ["nguye", "nguyeo", "tran nguyen", "nguyf"] { #expect(!(name >= t.folded && name < t.prefixEnd)) }
        #expect(MemberSearchText("nguyen van").prefixEnd == "nguyen vao")
    }

    @Test func wordPatternsAndThePhrase() {
        let t = MemberSearchText("Văn Ân%_")
        #expect(t.folded == "van an%_")
        #expect(t.wordPattern == "% van an%")
        #expect(t.anywherePattern == "%van an%")
        #expect(t.phrase == "\"van an%_\"*")
    }

    /// Sorting many names computes each name's key once and orders them as `precedes` does: by
    /// given name, then family name, the tones after the letters, equal keys by the name itself.
    @Test func sortedByNameIsThePrecedesOrder() {
        let names = [
            "Trần Văn Ân", "Nguyễn Văn An", "Lê Thị Ánh", "Đỗ Văn An", "Nguyễn Văn An", "Phạm Thị Bình", "Nguyễn Thị Ảnh",
            "Chi bộ thôn Nà Thuôn", "Đảng bộ xã Tân Lập", "Hoàng Minh Đức", "Hoàng Minh Duc", "\u{00D0}ỗ Văn An",
        ]
        let sorted = VietnameseText.sorted(names, byName: { $0 })
        #expect(sorted == names.sorted(by: VietnameseText.precedes))
        #expect(Set(sorted.prefix(2)) == ["Đỗ Văn An", "\u{00D0}ỗ Văn An"])
        #expect(Array(sorted[2...3]) == ["Nguyễn Văn An", "Nguyễn Văn An"])
        #expect(sorted.firstIndex(of: "Hoàng Minh Duc")! < sorted.firstIndex(of: "Hoàng Minh Đức")!)
        struct Row { let fullName: String }
        #expect(VietnameseText.sorted(names.map(Row.init), byName: \.fullName).map(\.fullName) == sorted)
        #expect(
            (VietnameseText.NameKey("Lê Thị Ánh") < VietnameseText.NameKey("Trần Văn Ân"))
                == VietnameseText.precedes("Lê Thị Ánh", "Trần Văn Ân"))
    }
}
