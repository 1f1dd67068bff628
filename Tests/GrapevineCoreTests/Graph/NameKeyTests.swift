import Testing

@testable import GrapevineCore

@Suite("Name keys and slugs")
struct NameKeyTests {
    // MARK: Slugs (SPEC §2.4)

    @Test(arguments: [
        ("José Núñez", "jose-nunez"),
        ("Mary O'Brien", "mary-obrien"),
        ("Mary O\u{2019}Brien", "mary-obrien"),  // curly apostrophe
        ("Mary O\u{02BC}Brien", "mary-obrien"),  // modifier letter apostrophe
        ("rock 'n' roll", "rock-n-roll"),
        ("Maria Lopez", "maria-lopez"),
        ("maria-lopez", "maria-lopez"),
        ("ACME Foods, Inc.", "acme-foods-inc"),
        ("C++ & Rust -- 2026!!", "c-rust-2026"),
        ("  --Hello,, World!!--  ", "hello-world"),
        ("...leading and trailing...", "leading-and-trailing"),
        ("Agent 007", "agent-007"),
        ("R2-D2", "r2-d2"),
        ("2026-10-14 Maria", "2026-10-14-maria"),
        ("snake_case_name", "snake-case-name"),
        ("Zoë Ångström", "zoe-angstrom"),
        ("Анна Петрова", "анна-петрова"),
        ("", ""),
        ("!!!", ""),
        ("'", ""),
    ])
    func slug(text: String, slug: String) {
        #expect(NameKey.slug(text) == slug)
    }

    @Test func decomposedInputGivesTheSameSlug() {
        let composed = "José Núñez"
        let decomposed = "Jose\u{301} Nu\u{301}n\u{303}ez"
        #expect(decomposed.unicodeScalars.count == composed.unicodeScalars.count + 3)
        #expect(NameKey.slug(decomposed) == "jose-nunez")
        #expect(NameKey.slug(decomposed).unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test(arguments: [
        "Jose\u{301} Nu\u{301}n\u{303}ez", "José Núñez", "JOSÉ NÚÑEZ", "josé   núñez", "José_Núñez",
    ])
    func spellingsOfOneNameShareASlug(text: String) {
        #expect(NameKey.slug(text) == NameKey.slug("jose-nunez"))
    }

    @Test(arguments: ["maria-lopez", "sam-reyes", "acme-foods", "jose-nunez", "r2-d2"])
    func slugsAreFixedPoints(slug: String) {
        #expect(NameKey.slug(slug) == slug)
    }

    // MARK: Folding

    @Test(arguments: [
        ("Maria Lopez", "maria lopez"),
        ("  Maria   LOPEZ \n", "maria lopez"),
        ("Maria\tLopez", "maria lopez"),
        ("Maria\u{00A0}Lopez", "maria lopez"),  // no-break space
        ("Maria \n\t Lopez", "maria lopez"),
        ("Mary O'Brien", "mary o'brien"),  // folding keeps punctuation; only slugs drop it
        ("José Núñez", "josé núñez"),
        ("ÉMILE ZOLA", "émile zola"),
        ("  José   Núñez \n", "josé núñez"),
        ("José\tNúñez", "josé núñez"),
        ("José\u{00A0}Núñez", "josé núñez"),  // no-break space
        ("José\u{2003}Núñez", "josé núñez"),  // em space
        ("José\u{3000}Núñez", "josé núñez"),  // ideographic space
        ("Ana \u{301}Lima", "ana lima"),  // a space with a combining accent is still a space
        ("Zoë – Ångström", "zoë – ångström"),
        ("", ""),
        ("   ", ""),
    ])
    func fold(name: String, key: String) {
        #expect(NameKey.fold(name) == key)
    }

    @Test func foldedNFCAndNFDSpellingsAreEqualKeys() {
        let composed = NameKey.fold("José Núñez")
        let decomposed = NameKey.fold("JOSE\u{301}  NU\u{301}N\u{303}EZ")
        #expect(composed == decomposed)
        #expect(Set([composed, decomposed]).count == 1)
        let byName = [composed: "contacts/jose-nunez.md"]
        #expect(byName[decomposed] == "contacts/jose-nunez.md")
    }

    @Test(arguments: ["José Núñez", "İSTANBUL Çağla", "ΣΊΣΥΦΟΣ Ἀθῆναι", "Straße ǅemal", "JOSE\u{301} N", "Zoë 🎉 Ward"])
    func foldOfPlainlySpacedNamesIsTheirLowercase(name: String) {
        #expect(Array(NameKey.fold(name).utf8) == Array(name.lowercased().utf8))
    }

    @Test func foldKeepsDiacriticsApart() {
        #expect(NameKey.fold("José") != NameKey.fold("Jose"))
    }

    // MARK: Likely typos of a name

    @Test(
        "names are folded for typos without titles, accents, case or punctuation",
        arguments: [
            ("Dr. María López, PhD", "maria lopez"), ("Mr  SAM   reyes", "sam reyes"), ("Prof. Dr. Ann Lee", "ann lee"),
            ("Mary O'Brien", "mary obrien"), ("Dr.", ""),
        ])
    func plain(name: String, expected: String) {
        #expect(NameKey.plain(name) == expected)
    }

    @Test(
        "a name is close to another within one edit for every six characters",
        arguments: [
            ("maria lopes", "maria lopez", true), ("maria lopez", "maria lopez", true),
            ("sam reyez", "sam reyes", true), ("maria lpze", "maria lopez", false),
            ("sam", "pam", false), ("jon smith", "john smith", true), ("christopher nolan", "kristopher nolan", true),
            ("ann lee", "anne lee", true), ("dan", "daniel kim", false),
        ])
    func closeNames(a: String, b: String, close: Bool) {
        #expect(Spelling.isCloseName(a, b) == close)
    }
}
