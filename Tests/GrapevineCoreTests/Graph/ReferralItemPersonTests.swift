import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// SPEC §2.2: a Referrals item names the person its first link names. An item whose first link
/// is an organization, written after a name (`Beatriz Nunes at [[Civic Design Collective]]`),
/// names that person, at that organization, as a person reads it; an item that names no one
/// they could have referred is said not to count, never dropped in silence.
@Suite("Who a Referrals item names")
struct ReferralItemPersonTests {
    private static func files(item: String) -> [String: String] {
        [
            "contacts/tomas.md": F.contact("name: Tomás Ortega", "added: 2026-11-01"),
            "organizations/civic.md": "---\nname: Civic Design Collective\n---\n",
            "interviews/i.md": F.interview("Tomás Ortega", "2026-12-01", body: "## Referrals\n\(item)\n"),
        ]
    }

    @Test(
        "a name before an organization's link is the person, a placeholder at that organization",
        arguments: [
            "- Beatriz Nunes at [[Civic Design Collective]] — runs their research guild",
            "- Beatriz Nunes from [[Civic Design Collective]]",
            "- Beatriz Nunes of [[civic]]",
            "- Beatriz Nunes ([[Civic Design Collective]]), research guild",
            "- Beatriz Nunes, [[Civic Design Collective|Civic]]",
            "- Beatriz Nunes — [[Civic Design Collective]]",
            "- Beatriz Nunes at [Civic](../organizations/civic.md) — runs their research guild",
            "- \"Beatriz Nunes\" @ [[Civic Design Collective]]",
        ])
    func nameBeforeOrganization(item: String) throws {
        let files = Self.files(item: item)
        let vault = try TemporaryVault.load(files)
        let beatriz = try vault.node("Beatriz Nunes")
        #expect(vault.graph.nodes[beatriz].kind == .placeholderPerson)
        #expect(vault.graph.referrers(of: beatriz) == [try vault.node("Tomás Ortega")])
        #expect(vault.graph.organization(of: beatriz) == (try vault.node(atPath: "organizations/civic.md")))
        #expect(vault.diagnostics(.referralNotCounted).isEmpty)
        #expect(vault.diagnostics(.wrongKind).isEmpty)
        let step = try #require(try F.details(files, today: "2026-12-02", kind: .contactReferral).first)
        #expect(step.title == "Contact Beatriz Nunes (Civic Design Collective), referred by Tomás Ortega")
        let thanks = try #require(try F.details(files, today: "2026-12-02", kind: .thankYou).first)
        #expect(thanks.details.contains("Thank them for the names: Beatriz Nunes."), "\(thanks.details)")
    }

    /// Trial P, finding 1: `- Tom Ruiz — recruiter at [[Plaid]]` was "'Tom Ruiz — recruiter' is
    /// not a person's name" while `- Cy Lam — recruiter at Plaid` counted Cy: the name before a
    /// workplace's link ends where an unlinked item's does (SPEC §2.2).
    @Test(
        "a name, what they do, then the link to where they work: the name ends at the first separator",
        arguments: [
            ("- Tom Ruiz — recruiter at [[Civic Design Collective]]", "Tom Ruiz"),
            ("- Ana Diaz - recruiter at [[Civic Design Collective]]", "Ana Diaz"),
            ("- Bo Chen, recruiter at [[Civic Design Collective]]", "Bo Chen"),
            ("- Dee Fox – recruiter at [[Civic Design Collective]]", "Dee Fox"),
            ("- Olga Ivanova —recruiter at [[Civic Design Collective]]", "Olga Ivanova"),
            ("- Mo Li (recruiter) at [[Civic Design Collective]]", "Mo Li"),
            (
                "- Jörg Müller-Lüdenscheidt — Staff Eng at [[Civic Design Collective]], ex-Stripe",
                "Jörg Müller-Lüdenscheidt"
            ),
            ("- Inès Garnier, head of research — [[Civic Design Collective]]", "Inès Garnier"),
            ("- Kai Ro — recruiter at [Civic](../organizations/civic.md)", "Kai Ro"),
            ("- Lia Chen: design lead at [[civic]]", "Lia Chen"),
            ("- ⭐️ Ivy Ott — recruiter at [[Civic Design Collective]]", "Ivy Ott"),
            ("- Hal Ito 🎯 — recruiter at [[Civic Design Collective]]", "Hal Ito"),
            ("- 🙂 Gus Ng at [[Civic Design Collective]]", "Gus Ng"),
        ])
    func nameThenRoleBeforeOrganization(item: String, name: String) throws {
        let files = Self.files(item: item)
        let vault = try TemporaryVault.load(files)
        #expect(vault.diagnostics(.referralNotCounted).isEmpty, "\(vault.diagnostics(.referralNotCounted))")
        let person = try vault.node(name)
        #expect(vault.graph.nodes[person].kind == .placeholderPerson)
        #expect(vault.graph.referrals(by: try vault.node("Tomás Ortega")) == [person])
        #expect(vault.graph.organization(of: person) == (try vault.node(atPath: "organizations/civic.md")))
        let step = try #require(try F.details(files, today: "2026-12-02", kind: .contactReferral).first)
        #expect(step.title == "Contact \(name) (Civic Design Collective), referred by Tomás Ortega")
    }

    @Test(
        "the same items without a link name the same person",
        arguments: [
            ("- Tom Ruiz — recruiter at Civic Design Collective", "Tom Ruiz"),
            ("- Ana Diaz - recruiter at Civic", "Ana Diaz"),
            ("- Bo Chen, recruiter at Civic", "Bo Chen"),
            ("- ⭐️ Ivy Ott — recruiter at Civic", "Ivy Ott"),
            ("- Hal Ito 🎯", "Hal Ito"),
            ("- ✅ José Núñez (Civic Design Collective)", "José Núñez"),
        ])
    func nameThenRoleWithoutLink(item: String, name: String) throws {
        let vault = try TemporaryVault.load(Self.files(item: item))
        #expect(vault.diagnostics(.referralNotCounted).isEmpty)
        #expect(vault.graph.referrals(by: try vault.node("Tomás Ortega")) == [try vault.node(name)])
    }

    @Test("a mark before the name is not where the name starts: its warnings point at the name")
    func markBeforeName() throws {
        let vault = try TemporaryVault.load(Self.files(item: "- ⭐️ Ivy Ott at [[Civic Design Collective]]"))
        let placeholder = try #require(vault.diagnostics(.missingNote).first)
        #expect("\(placeholder.line):\(placeholder.column)" == "6:6")
    }

    @Test("a name before an organization's link that has a note is that contact, where their note says")
    func namedContactKeepsTheirOwnOrganization() throws {
        var files = Self.files(item: "- Beatriz Nunes at [[Civic Design Collective]]")
        files["contacts/beatriz.md"] = F.contact("name: Beatriz Nunes", "organization: Lumen Health")
        let vault = try TemporaryVault.load(files)
        let beatriz = try vault.node("Beatriz Nunes")
        #expect(vault.graph.referrers(of: beatriz) == [try vault.node("Tomás Ortega")])
        #expect(vault.graph.neighbors(.worksAt, from: beatriz).map { vault.graph.nodes[$0].name } == ["Lumen Health"])
    }

    @Test("a link to a person after a name is still the person: only an organization gives way")
    func linkedPersonAfterName() throws {
        var files = Self.files(item: "- Ana's colleague, [[Sam Reyes]]")
        files["contacts/sam.md"] = F.contact("name: Sam Reyes")
        let vault = try TemporaryVault.load(files)
        #expect(vault.graph.referrals(by: try vault.node("Tomás Ortega")) == [try vault.node("Sam Reyes")])
        #expect(vault.graph.nodes.allSatisfy { $0.name != "Ana's colleague" })
    }

    @Test(
        "an item that names no one they could have referred is said not to count, at the item",
        arguments: [
            ("- [[Civic Design Collective]] — ask for the research guild", "it names 'Civic Design Collective', an "),
            ("- someone at [[Civic Design Collective]]", "it names 'Civic Design Collective', an "),
            ("- [[Tomás Ortega]] — ask about his old team", "it names Tomás Ortega, who you met here"),
        ])
    func notCounted(item: String, message: String) throws {
        let vault = try TemporaryVault.load(Self.files(item: item))
        let problems = vault.diagnostics(.referralNotCounted)
        #expect(problems.map { "\($0.file):\($0.line)" } == ["interviews/i.md:6"])
        #expect(problems.first?.message.hasPrefix("this item is not counted as a referral: \(message)") == true)
        #expect(problems.first?.hint?.contains("start the item with the person they suggested") == true)
        #expect(vault.diagnostics(.wrongKind).isEmpty)
        #expect(vault.graph.referrals(by: try vault.node("Tomás Ortega")).isEmpty)
    }

    /// The vault of `files(item:)` where Tomás works at Bluepeak, an organization with no note.
    private static func placeholderFiles(item: String) -> [String: String] {
        var files = files(item: item)
        files["contacts/tomas.md"] = F.contact("name: Tomás Ortega", "organization: Bluepeak", "added: 2026-11-01")
        return files
    }

    @Test(
        "a name before a link to an organization with no note is the person, at that placeholder organization",
        arguments: [
            "- Sam Wu at [[Bluepeak]]", "- Sam Wu, [[Bluepeak]] — runs QA", "- Sam Wu from [[Bluepeak]]",
            "- Sam Wu ([[bluepeak]])", "- Sam Wu at [[Bluepeak|their Oslo office]]",
        ])
    func nameBeforePlaceholderOrganization(item: String) throws {
        let files = Self.placeholderFiles(item: item)
        let vault = try TemporaryVault.load(files)
        let sam = try vault.node("Sam Wu")
        #expect(vault.graph.nodes[sam].kind == .placeholderPerson)
        #expect(vault.graph.referrers(of: sam) == [try vault.node("Tomás Ortega")])
        let workplace = try #require(vault.graph.organization(of: sam))
        #expect(vault.graph.nodes[workplace].kind == .placeholderOrganization)
        #expect(vault.graph.nodes[workplace].name == "Bluepeak")
        #expect(!vault.graph.nodes.contains { $0.kind == .placeholderPerson && $0.name.lowercased() == "bluepeak" })
        let step = try #require(try F.details(files, today: "2026-12-02", kind: .contactReferral).first)
        #expect(step.title == "Contact Sam Wu (Bluepeak), referred by Tomás Ortega")
        let thanks = try #require(try F.details(files, today: "2026-12-02", kind: .thankYou).first)
        #expect(thanks.details.contains("Thank them for the names: Sam Wu."), "\(thanks.details)")
    }

    @Test("a name, ' at ' and a link that finds nothing: the link is where they work, a new placeholder")
    func atUnknownPlace() throws {
        let vault = try TemporaryVault.load(Self.files(item: "- Kim Ro at [[Northwind]] — runs QA"))
        let kim = try vault.node("Kim Ro")
        #expect(vault.graph.referrers(of: kim) == [try vault.node("Tomás Ortega")])
        let workplace = try #require(vault.graph.organization(of: kim))
        #expect(vault.graph.nodes[workplace].name == "Northwind")
        #expect(vault.graph.nodes[workplace].kind == .placeholderOrganization)
    }

    @Test(
        "a link that finds nothing after other words is still the person when no one works there",
        arguments: ["- Colleague of [[Jo Bell]]", "- Sam Wu, [[Jo Bell]]", "- Intro — [[Jo Bell]]"])
    func unknownLinkAfterWordsIsThePerson(item: String) throws {
        let vault = try TemporaryVault.load(Self.files(item: item))
        let jo = try vault.node("Jo Bell")
        #expect(vault.graph.nodes[jo].kind == .placeholderPerson)
        #expect(vault.graph.referrals(by: try vault.node("Tomás Ortega")) == [jo])
    }

    @Test(
        "a role or a phrase where a name would go counts no one, and says so at the item",
        arguments: [
            ("- Recruiter at [[Civic Design Collective]]", "Recruiter"),
            ("- Met at [[Bluepeak]]", "Met"),
            ("- Head of design at [[Civic Design Collective]]", "Head of design"),
            ("- The hiring manager at Civic", "The hiring manager"),
            ("- Someone in product — ask Tomás", "Someone in product"),
            ("- Recruiter (Bluepeak)", "Recruiter"),
            ("- A friend at [[Northwind]]", "A friend"),
            ("- Recruiter — ask Lena at [[Civic Design Collective]]", "Recruiter"),
            ("- The hiring manager, Design at [[Bluepeak]]", "The hiring manager"),
            ("- ⭐️ Recruiter at [[Bluepeak]]", "Recruiter"),
        ])
    func roleIsNoName(item: String, words: String) throws {
        let vault = try TemporaryVault.load(Self.placeholderFiles(item: item))
        try Self.expectNoName(words, in: vault)
    }

    @Test(
        "names stay names: particles, one word, lowercase typing, a name like a word",
        arguments: [
            ("- Ana de la Cruz at [[Civic Design Collective]]", "Ana de la Cruz"),
            ("- sam lee — lowercase", "sam lee"),
            ("- Dana at [[Bluepeak]]", "Dana"),
            ("- Hope Lee at [[Bluepeak]]", "Hope Lee"),
            ("- Grace", "Grace"),
        ])
    func namesStayNames(item: String, name: String) throws {
        let vault = try TemporaryVault.load(Self.placeholderFiles(item: item))
        #expect(vault.diagnostics(.referralNotCounted).isEmpty)
        #expect(vault.graph.referrals(by: try vault.node("Tomás Ortega")) == [try vault.node(name)])
    }

    /// That the item on line 6 of `vault`'s interview counts no referral, because `words` are
    /// no person's name: one warning there, no referral by Tomás, no placeholder made.
    private static func expectNoName(_ words: String, in vault: Vault) throws {
        let problems = vault.diagnostics(.referralNotCounted)
        #expect(problems.map { "\($0.file):\($0.line):\($0.column)" } == ["interviews/i.md:6:3"])
        #expect(
            problems.first?.message == "this item is not counted as a referral: '\(words)' is not a person's name")
        #expect(vault.graph.referrals(by: try vault.node("Tomás Ortega")).isEmpty)
        #expect(!vault.graph.nodes.contains { $0.kind == .placeholderPerson })
    }

    /// The vault of `placeholderFiles(item:)` with Emily Zhang, a contact not met here.
    private static func emilyFiles(item: String) -> [String: String] {
        var files = placeholderFiles(item: item)
        files["contacts/emily.md"] = F.contact("name: Emily Zhang", "organization: Bluepeak")
        return files
    }

    @Test(
        "someone named by another's name (a possessive) counts no one, and says so: never the person linked",
        arguments: [
            ("- [[Emily Zhang]]'s team lead", "Emily Zhang's team lead"),
            ("- [[Emily Zhang]]’s colleague Karim", "Emily Zhang’s colleague Karim"),
            ("- [[Emily Zhang|Em]]'s manager, ask in January", "Em's manager"),
            ("- [Emily](../contacts/emily.md)'s manager", "Emily's manager"),
            ("- [[James Ross]]' manager", "James Ross' manager"),
            ("- Emily Zhang's team lead", "Emily Zhang's team lead"),
            ("- Emily's colleague Karim", "Emily's colleague Karim"),
            ("- Emily Zhang’s Manager", "Emily Zhang’s Manager"),
            ("- [[Tomás Ortega]]'s old colleague Karim Benali at Lumen", "Tomás Ortega's old colleague Karim Benali"),
        ])
    func possessiveIsNoName(item: String, words: String) throws {
        let vault = try TemporaryVault.load(Self.emilyFiles(item: item))
        try Self.expectNoName(words, in: vault)
    }

    @Test(
        "a possessive only describes: the name before it counts, and an apostrophe in a name is no possessive",
        arguments: [
            ("- [[Mary O'Brien]]", "Mary O'Brien"),
            ("- Mary O'Brien — Emily's colleague", "Mary O'Brien"),
            ("- Karim Benali — [[Emily Zhang]]'s colleague", "Karim Benali"),
            ("- Karim Benali, [[Emily Zhang]]’s colleague", "Karim Benali"),
            ("- [[Emily Zhang]] — Sam's old manager", "Emily Zhang"),
            ("- 'Sam Reyes' at [[Bluepeak]]", "Sam Reyes"),
            ("- [[Charles]] 'Chuck' Dee", "Charles"),
        ])
    func possessiveDescribes(item: String, name: String) throws {
        let vault = try TemporaryVault.load(Self.emilyFiles(item: item))
        #expect(vault.diagnostics(.referralNotCounted).isEmpty)
        #expect(vault.graph.referrals(by: try vault.node("Tomás Ortega")) == [try vault.node(name)])
    }
}
