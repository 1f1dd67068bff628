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
        ("Hans-Jürgen Weiß", "hans-jurgen-weiss"),  // `plainLetters` after a decomposed letter
        ("Łukasz Ødegaard", "lukasz-odegaard"),
        ("İstanbul Æther", "istanbul-aether"),  // İ lowercases to i and a combining dot
        ("Zoë ’Ward’ 🎉 Kim", "zoe-ward-kim"),
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

    // MARK: File slugs

    @Test(
        "a file slug is the slug cut at a character to 100 bytes, without a dash at the end",
        arguments: [
            ("Maria Lopez", "maria-lopez"),
            (String(repeating: "a", count: 150), String(repeating: "a", count: 100)),
            // The dash after 99 letters would be the 100th byte: it goes.
            (String(repeating: "b", count: 99) + " Reyes", String(repeating: "b", count: 99)),
            // `ж` is two bytes: 49 of them and an `x` fill 99 bytes, the next does not fit.
            ("X" + String(repeating: "Ж", count: 80), "x" + String(repeating: "ж", count: 49)),
        ])
    func fileSlug(name: String, expected: String) {
        #expect(NameKey.fileSlug(name) == expected)
        #expect(NameKey.fileSlug(name).utf8.count <= NameKey.maximumFileSlugLength)
    }

    /// Cutting a long slug once took time in the square of its length: a million characters
    /// took hours. Linear, it takes well under a second, even in a debug build.
    @Test(
        "a file slug of a name of a million characters is made in linear time",
        .timeLimit(.minutes(1)), arguments: ["A", "ж", "a b "])
    func fileSlugOfAHugeName(unit: String) {
        let name = String(repeating: unit, count: 1_000_000)
        #expect(NameKey.fileSlug(name).utf8.count <= NameKey.maximumFileSlugLength)
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
