import Testing

@testable import GrapevineCore

/// Trial of December 6, evening, finding 4: an organization with no note, written two ways
/// (SPEC §2.4 compares names case-insensitively), is one placeholder, with one warning.
@Suite("Placeholder organizations written several ways")
struct PlaceholderOrganizationTests {
    static func warnings(_ files: [String: String]) throws -> [String] {
        try TemporaryVault.load(files).diagnostics(.missingNote).map {
            "\($0.located) \($0.message) | \($0.hint ?? "")"
        }
    }

    @Test("two spellings: one warning at the first, naming where the other is written, one new org")
    func twoSpellings() throws {
        let warnings = try Self.warnings([
            "contacts/dan-ortiz.md": "---\nname: Dan Ortiz\norganization: Brightfield Foods\n---\n",
            "contacts/sam.md": "---\nname: Sam\norganization: Brightfield foods\n---\n",
        ])
        #expect(
            warnings == [
                "warning contacts/dan-ortiz.md:3:15 no note for 'Brightfield Foods' yet; it is a placeholder "
                    + "organization (also written 'Brightfield foods' in contacts/sam.md:3) | create one with: "
                    + "grapevine new org \"Brightfield Foods\""
            ])
    }

    @Test("three spellings, one of them twice: each other spelling listed once with its places")
    func severalSpellings() throws {
        let warnings = try Self.warnings([
            "contacts/a.md": "---\nname: Ann\norganization: Brightfield Foods\n---\n",
            "contacts/b.md": "---\nname: Bo\norganization: BRIGHTFIELD FOODS\n---\n",
            "contacts/c.md": "---\nname: Cy\norganization: brightfield foods\n---\n",
            "contacts/d.md": "---\nname: Di\norganization: \"[[BRIGHTFIELD FOODS]]\"\n---\n",
        ])
        #expect(warnings.count == 1)
        #expect(
            warnings.first?.contains(
                "(also written 'BRIGHTFIELD FOODS' in contacts/b.md:3, contacts/d.md:3 and 'brightfield foods' in "
                    + "contacts/c.md:3)") == true, "\(warnings)")
    }

    @Test("one spelling in several notes: a warning in each, as before, with nothing listed")
    func oneSpelling() throws {
        let warnings = try Self.warnings([
            "contacts/a.md": "---\nname: Ann\norganization: Brightfield Foods\n---\n",
            "contacts/b.md": "---\nname: Bo\norganization: Brightfield Foods\n---\n",
        ])
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { !$0.contains("also written") })
    }

    @Test("the same spelling as the first keeps its own warning beside a second spelling")
    func firstSpellingRepeated() throws {
        let warnings = try Self.warnings([
            "contacts/a.md": "---\nname: Ann\norganization: Brightfield Foods\n---\n",
            "contacts/b.md": "---\nname: Bo\norganization: Brightfield foods\n---\n",
            "contacts/c.md": "---\nname: Cy\norganization: Brightfield Foods\n---\n",
        ])
        #expect(warnings.map { $0.prefix(while: { $0 != " " }) } == ["warning", "warning"])
        #expect(warnings.filter { $0.contains("also written 'Brightfield foods' in contacts/b.md:3") }.count == 1)
        #expect(!warnings.contains { $0.contains("contacts/b.md:3:") })
    }
    @Test(
        "names differing by a legal form are one placeholder with one warning (trial P)",
        arguments: [
            ("Figma", "Figma, Inc."), ("Figma", "Figma Inc"), ("Figma, Inc", "figma"), ("Acme Corp.", "Acme"),
            ("Acme GmbH", "Acme"), ("Acme Foods Ltd.", "ACME FOODS"),
        ])
    func legalForms(first: String, second: String) throws {
        let files = [
            "contacts/a.md": "---\nname: Ann\norganization: \(first)\n---\n",
            "contacts/b.md": "---\nname: Bo\norganization: \"[[\(second)]]\"\n---\n",
        ]
        let warnings = try Self.warnings(files)
        #expect(warnings.count == 1, "\(warnings)")
        #expect(warnings.first?.contains("(also written '\(second)' in contacts/b.md:3)") == true, "\(warnings)")
        // One organization: Ann and Bo are colleagues, named after the first spelling.
        let vault = try TemporaryVault.load(files)
        let organizations = vault.graph.nodes.filter { $0.kind == .placeholderOrganization }.map(\.name)
        #expect(organizations == [first])
        guard case .found(let node) = vault.lookup(second) else {
            Issue.record("'\(second)' finds no organization")
            return
        }
        #expect(vault.graph.nodes[node].name == first)
    }

    @Test("names that differ by more than a legal form stay two placeholders")
    func notLegalForms() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Ann\norganization: C++ Corp\n---\n",
            "contacts/b.md": "---\nname: Bo\norganization: C# Corp\n---\n",
            "contacts/c.md": "---\nname: Cy\norganization: Acme Labs Inc\n---\n",
            "contacts/d.md": "---\nname: Di\norganization: Acme Inc\n---\n",
            "contacts/e.md": "---\nname: Ed\norganization: Inc.\n---\n",
        ])
        #expect(vault.graph.nodes.filter { $0.kind == .placeholderOrganization }.count == 5)
        #expect(NameKey.placeholderOrganization("Figma, Inc.") == "figma")
        #expect(NameKey.placeholderOrganization("Inc.") == "inc")
        #expect(NameKey.placeholderOrganization("Anthropic, PBC") == "anthropic")
    }

    @Test("a legal form's trailing period does not matter, when the name is that legal form too")
    func legalFormPeriod() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Ann\norganization: Co\n---\n",
            "contacts/b.md": "---\nname: Bo\norganization: Co.\n---\n",
            "contacts/c.md": "---\nname: Cy\norganization: co.,\n---\n",
            "contacts/d.md": "---\nname: Di\norganization: Acme Co\n---\n",
            "contacts/e.md": "---\nname: Ed\norganization: Acme Co.\n---\n",
            "contacts/f.md": "---\nname: Fay\norganization: Ltd.\n---\n",
            "contacts/g.md": "---\nname: Gus\norganization: LTD\n---\n",
        ])
        let placeholders = vault.graph.nodes.filter { $0.kind == .placeholderOrganization }.map(\.name)
        #expect(placeholders.sorted() == ["Acme Co", "Co", "Ltd."], "\(placeholders)")
        let warnings = vault.diagnostics(.missingNote).map(\.message)
        #expect(warnings.contains { $0.hasPrefix("no note for 'Co' yet") && $0.contains("'Co.' in contacts/b.md:3") })
    }

    /// ASCII names that end in no legal form are folded without being cut into words; the key
    /// is the one cutting them gives (spaces, a comma or a dot at the end, one word alone).
    @Test(arguments: [
        ("Upland Solar", "upland solar"), ("  Upland   Solar  ", "upland solar"), ("Upland Solar,", "upland solar"),
        ("Upland Solar, ", "upland solar"), ("Ironwood Labs.", "ironwood labs."), ("Figma Inc.,", "figma"),
        ("Anthropic", "anthropic"), ("", ""), ("Inc", "inc"),
        ("Acme\tCorp", "acme"), ("Co.", "co"), ("Co", "co"), ("Corp.,", "corp"), ("Acme Co.", "acme"),
        ("Ironwood.", "ironwood."),
    ])
    func keyOfAName(name: String, key: String) {
        #expect(NameKey.placeholderOrganization(name) == key)
    }
}

