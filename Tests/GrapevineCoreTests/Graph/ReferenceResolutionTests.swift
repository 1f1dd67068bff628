import Testing

@testable import GrapevineCore

/// SPEC §2.4: how a reference finds its note, and what happens when it finds none or several.
@Suite("Reference resolution")
struct ReferenceResolutionTests {
    static let sam = """
        ---
        name: Sam Reyes
        title: QA Lead
        aliases: [Sammy, "S. Reyes"]
        ---
        """

    // MARK: The order of §2.4

    @Test(arguments: [
        "contacts/sam-reyes.md", "contacts/sam-reyes", "sam-reyes", "sam-reyes.md", "Sam Reyes", "sam reyes",
        "SAM REYES",
        "  Sam \t  Reyes ", "Sammy", "sammy", "s. reyes",
    ])
    func findsANoteByPathStemNameTitleOrAlias(_ name: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/sam-reyes.md": Self.sam, "contacts/dan.md": "---\nname: Dan Moore\n---\n",
        ])
        #expect(vault.lookup(name) == .found(try vault.node(atPath: "contacts/sam-reyes.md")))
    }

    @Test(arguments: [
        "[[contacts/sam-reyes]]", "[[contacts/sam-reyes.md]]", "[[sam-reyes]]", "[[Sam Reyes]]", "[[sam  REYES]]",
        "[[Sammy|my friend]]", "[Sam](contacts/sam-reyes.md)", "[Sam](./contacts/sam-reyes.md)",
        "[Sam](contacts/sam-reyes.md#log)",
    ])
    func bodyLinksResolveToTheSameNote(_ link: String) throws {
        let vault = try TemporaryVault.load(["contacts/sam-reyes.md": Self.sam, "ideas.md": "Talk to \(link).\n"])
        let sam = try vault.node(atPath: "contacts/sam-reyes.md")
        #expect(vault.graph.backlinks(to: sam).map(\.from) == [try vault.node(atPath: "ideas.md")])
        #expect(vault.diagnostics.isEmpty)
    }

    /// A reference without a `/` is looked up as a path only when some note is at the root
    /// (`ReferenceIndex.hasNotesAtRoot`): here the path alone tells the two `Plans` apart.
    @Test("a note at the root is found by its file name where a note in a folder has its stem")
    func rootNoteByFileName() throws {
        let vault = try TemporaryVault.load([
            "Plans.md": "---\nname: Big plans\n---\n", "archive/Plans.md": "---\nname: Old plans\n---\n",
            "contacts/ana.md": "---\nname: Ana\n---\nSee [[Plans.md]] and [[archive/Plans]].\n",
        ])
        let ana = try vault.node(atPath: "contacts/ana.md")
        #expect(vault.graph.backlinks(to: try vault.node(atPath: "Plans.md")).map(\.from) == [ana])
        #expect(vault.graph.backlinks(to: try vault.node(atPath: "archive/Plans.md")).map(\.from) == [ana])
    }

    // MARK: A contact's title is a job, not a name

    @Test("a contact's job title finds nothing: not by lookup, not by a link")
    func contactTitleIsNoName() throws {
        let vault = try TemporaryVault.load([
            "contacts/sam-reyes.md": Self.sam, "ideas.md": "Ask a [[QA Lead]] about it.\n",
        ])
        #expect(vault.lookup("QA Lead") == .notFound(suggestions: []))
        #expect(vault.graph.backlinks(to: try vault.node(atPath: "contacts/sam-reyes.md")).isEmpty)
        #expect(vault.diagnostics(.missingNote).map(\.located) == ["warning ideas.md:1:7"])
    }

    /// LinkedIn's Position is often its Company: `Freelance`, `Self-employed`, `Founder`.
    @Test("contacts titled as their organization work there; neither is the organization", arguments: [1, 2])
    func contactsTitledAsTheirOrganization(count: Int) throws {
        let people = ["contacts/amy-fox.md", "contacts/bo-chen.md"].prefix(count)
        let vault = try TemporaryVault.load(
            Dictionary(
                uniqueKeysWithValues: people.map { ($0, "---\norganization: Freelance\ntitle: Freelance\n---\n") }))
        // A placeholder organization, as for anyone's free-text employer; not "a contact".
        #expect(vault.diagnostics.filter { $0.severity != .info }.allSatisfy { $0.code == .missingNote })
        #expect(vault.diagnostics(.missingNote).count == count)
        let freelance = try #require(vault.graph.nodes.indices.first { vault.graph.nodes[$0].name == "Freelance" })
        #expect(vault.graph.nodes[freelance].kind == .placeholderOrganization)
        #expect(vault.graph.edges(.worksAt, to: freelance).count == count)
        #expect(vault.lookup("Freelance") == .found(freelance))
    }

    @Test(
        "a name written with its quotes names what is inside them: one organization, one page",
        arguments: [#""\"N26\"""#, "'\"N26\"'", "“N26”", "„N26“", "«N26»", #""'N26'""#, #""\"[[N26]]\"""#])
    func quotedOrganization(written: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/orjan.md": "---\nname: Ørjan Åberg\norganization: \(written)\n---\n",
            "contacts/wang.md": "---\nname: Wang Fang\norganization: \"[[N26]]\"\n---\n",
        ])
        let n26 = try #require(vault.graph.nodes.indices.first { vault.graph.nodes[$0].name == "N26" }, "\(written)")
        #expect(vault.graph.nodes[n26].kind == .placeholderOrganization)
        #expect(vault.graph.edges(.worksAt, to: n26).count == 2, "\(written)")
        #expect(!vault.graph.nodes.contains { $0.name.contains("\"") || $0.name.contains("“") }, "\(written)")
        #expect(vault.diagnostics(.missingNote).map(\.message).allSatisfy { !$0.contains("\"") })
    }

    @Test("quotes around a person's name in any field that names one are no part of it")
    func quotedPeople() throws {
        let vault = try TemporaryVault.load([
            "contacts/mei.md": "---\nname: Mei Tanaka\n---\n",
            "contacts/bo.md": "---\nname: Bo Chen\nreferred_by: '\"Mei Tanaka\"'\n---\n",
            "interviews/mei.md": "---\ncontact: “Mei Tanaka”\ndate: 2026-11-10\n---\n",
        ])
        let mei = try vault.node(atPath: "contacts/mei.md")
        #expect(vault.graph.edges(.referred, from: mei).count == 1)
        #expect(vault.diagnostics(.missingNote).isEmpty, "\(vault.diagnostics)")
        // A nickname in quotes inside a name is still part of it.
        #expect(Reference.unquoted(#"José "Pepe" Núñez"#) == #"José "Pepe" Núñez"#)
        #expect(Reference.unquoted(#""""#) == #""""#)
    }

    @Test("a contact titled like a person is not that person: a referral names someone with no note yet")
    func contactTitledLikeAPerson() throws {
        let vault = try TemporaryVault.load([
            "contacts/ann.md": "---\nname: Ann Ito\ntitle: Grace Hopper\n---\n",
            "contacts/bo.md": "---\nname: Bo Chen\nreferred_by: Grace Hopper\n---\n",
            "contacts/cy.md": "---\nname: Cy Ode\ntitle: Bo Chen\n---\n",
        ])
        let grace = try #require(vault.graph.nodes.indices.first { vault.graph.nodes[$0].name == "Grace Hopper" })
        #expect(vault.graph.nodes[grace].kind == .placeholderPerson)
        #expect(vault.lookup("Bo Chen") == .found(try vault.node(atPath: "contacts/bo.md")))
        #expect(vault.diagnostics(.ambiguousReference).isEmpty)
    }

    @Test("a title that names its note is still found: a plain note's, a pitch's, an organization's")
    func titleThatIsANameIsFound() throws {
        let vault = try TemporaryVault.load([
            "notes/plan.md": "---\ntitle: Q1 Plan\n---\n",
            "pitch.md": "---\ntype: pitch\ntitle: My Story\n---\n",
            "organizations/acme.md": "---\ntitle: Acme Foods\n---\n",
            "contacts/dan.md":
                "---\nname: Dan Moore\ntitle: Q1 Plan\norganization: Acme Foods\n---\nSee [[My Story]].\n",
        ])
        #expect(vault.lookup("q1 plan") == .found(try vault.node(atPath: "notes/plan.md")))
        #expect(vault.lookup("My Story") == .found(try vault.node(atPath: "pitch.md")))
        #expect(vault.lookup("Acme Foods") == .found(try vault.node(atPath: "organizations/acme.md")))
        #expect(vault.diagnostics.filter { $0.severity != .info }.isEmpty, "\(vault.diagnostics.map(\.message))")
    }

    /// What people type on the command line: `grapevine prep Priya`, `show raman`.
    @Test("a word or words of one person's or organization's name find them, when nothing else does")
    func wordsOfOneNameFindIt() throws {
        let vault = try TemporaryVault.load([
            "contacts/priya-raman.md": "---\nname: Priya Raman\norganization: Northwind Health\n---\n",
            "contacts/sam-reyes.md": Self.sam,
            "contacts/sam-lee.md": "---\nname: Sam Lee\n---\n",
            "interviews/2026-11-02-priya.md": "---\ncontact: Priya Raman\ndate: 2026-11-02\n---\n",
            "notes/priya-ideas.md": "---\nname: Priya ideas\n---\n",
        ])
        let priya = try vault.node(atPath: "contacts/priya-raman.md")
        for typed in ["Priya", "raman", "PRIYA  Raman"] {
            #expect(vault.lookup(typed, matchingWords: true) == .found(priya), "\(typed)")
        }
        // A name for a new note is not found by a word of another's: `new contact Priya` is
        // someone else.
        #expect(
            vault.lookup("Priya")
                == .notFound(suggestions: ["Interview with Priya Raman, 2026-11-02", "Priya ideas", "Priya Raman"]))
        // A placeholder organization, by one of its words.
        let northwind = try #require(
            vault.graph.nodes.indices.first { vault.graph.nodes[$0].name == "Northwind Health" })
        #expect(vault.lookup("northwind", matchingWords: true) == .found(northwind))
        // An alias's words; a part of a word is not a word.
        #expect(vault.lookup("reyes", matchingWords: true) == .found(try vault.node(atPath: "contacts/sam-reyes.md")))
        guard case .notFound(let close) = vault.lookup("Ram", matchingWords: true) else {
            Issue.record("'Ram' found a note")
            return
        }
        #expect(close.contains("Priya Raman"))
        // Two people share the word: nothing is picked, both are offered.
        guard case .notFound(let suggestions) = vault.lookup("sam", matchingWords: true) else {
            Issue.record("'sam' found one of two")
            return
        }
        #expect(suggestions.contains("Sam Lee") && suggestions.contains("Sam Reyes"))
    }

    @Test(
        "a word typed without its accents or apostrophe finds the name that has them",
        arguments: [
            ("Jose", "contacts/jn.md"), ("nunez", "contacts/jn.md"), ("NUNEZ", "contacts/jn.md"),
            ("Núñez", "contacts/jn.md"), ("Obrien", "contacts/mo.md"), ("o'brien", "contacts/mo.md"),
            ("O’Brien", "contacts/mo.md"), ("mary obrien", "contacts/mo.md"), ("Sao Paulo", "organizations/sp.md"),
        ])
    func wordsFoldAccentsAndApostrophes(typed: String, path: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/jn.md": "---\nname: José Núñez\n---\n",
            "contacts/mo.md": "---\nname: Mary O'Brien\n---\n",
            "organizations/sp.md": "---\nname: São Paulo Foods\n---\n",
        ])
        #expect(vault.lookup(typed, matchingWords: true) == .found(try vault.node(atPath: path)))
    }

    @Test func aPathWinsOverANameAndAStemOverAName() throws {
        let vault = try TemporaryVault.load([
            "contacts/sam-reyes.md": Self.sam,
            // Another note whose *name* is the first note's path and stem.
            "notes/confusing.md": "---\nname: sam-reyes\naliases: [contacts/sam-reyes]\n---\n",
        ])
        let sam = try vault.node(atPath: "contacts/sam-reyes.md")
        #expect(vault.lookup("contacts/sam-reyes") == .found(sam))
        #expect(vault.lookup("sam-reyes") == .found(sam))
    }

    @Test func aNameWinsOverTheSlugOfAnotherStem() throws {
        let vault = try TemporaryVault.load([
            "contacts/jo-park.md": "---\nname: Joanne Park\n---\n",
            "contacts/joey.md": "---\nname: Jo Park\n---\n",
        ])
        #expect(vault.lookup("Jo Park") == .found(try vault.node(atPath: "contacts/joey.md")))
    }

    // MARK: Unicode and slugs

    @Test func nfdNameIsFoundByItsNFCForm() throws {
        let vault = try TemporaryVault.load([
            "contacts/rr.md": "---\nname: Rene\u{0301} Roy\n---\n",
            "contacts/ines.md": "---\nname: In\u{E9}s Sol\nreferred_by: \"[[Ren\u{E9} Roy]]\"\n---\n",
        ])
        let rene = try vault.node(atPath: "contacts/rr.md")
        #expect(vault.lookup("Ren\u{E9} Roy") == .found(rene))
        #expect(vault.graph.referrals(by: rene) == [try vault.node(atPath: "contacts/ines.md")])
        #expect(vault.diagnostics.isEmpty)
    }

    @Test func nfcNameIsFoundByItsNFDForm() throws {
        let vault = try TemporaryVault.load([
            "contacts/is.md": "---\nname: In\u{E9}s Sol\n---\n",
            "contacts/rr.md": "---\nname: Ren\u{E9} Roy\nreferred_by: Ine\u{0301}s  SOL\n---\n",
        ])
        let ines = try vault.node(atPath: "contacts/is.md")
        #expect(vault.lookup("Ine\u{0301}s Sol") == .found(ines))
        #expect(vault.graph.referrals(by: ines) == [try vault.node(atPath: "contacts/rr.md")])
        #expect(vault.diagnostics.isEmpty)
    }

    @Test(arguments: ["[[José Núñez]]", "[[Jose\u{0301} Nu\u{0301}n\u{0303}ez]]", "[[JOSÉ   NÚÑEZ]]"])
    func slugFindsAStemWhenNoNameMatches(_ link: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/jose-nunez.md": "---\ntitle: Engineer\n---\n",
            "interviews/x.md": "---\ncontact: \"\(link)\"\ndate: 2026-10-14\n---\n\(link) was great.\n",
        ])
        let jose = try vault.node(atPath: "contacts/jose-nunez.md")
        let interview = try vault.node(atPath: "interviews/x.md")
        #expect(vault.graph.interviews(with: jose) == [interview])
        #expect(vault.graph.backlinks(to: jose).map(\.from) == [interview])
        #expect(vault.diagnostics.isEmpty)
    }

    @Test func slugDropsApostrophes() throws {
        let vault = try TemporaryVault.load(["contacts/mary-obrien.md": "# Mary\n"])
        #expect(vault.lookup("Mary O'Brien") == .found(try vault.node(atPath: "contacts/mary-obrien.md")))
        #expect(vault.lookup("Mary O\u{2019}Brien") == .found(try vault.node(atPath: "contacts/mary-obrien.md")))
    }

    // MARK: Markdown links

    @Test func markdownLinkToARelativePath() throws {
        let vault = try TemporaryVault.load([
            "contacts/sam-reyes.md": Self.sam,
            "contacts/maria lopez.md": "---\nname: Maria Lopez\n---\n",
            "interviews/x.md": """
            ---
            contact: Maria Lopez
            date: 2026-10-14
            ---
            Met [Maria](../contacts/maria%20lopez.md) and [her](<../contacts/maria lopez.md>).

            ## Referrals
            - [Sam](../contacts/sam-reyes.md) runs QA
            """,
        ])
        let maria = try vault.node(atPath: "contacts/maria lopez.md")
        let sam = try vault.node(atPath: "contacts/sam-reyes.md")
        let interview = try vault.node(atPath: "interviews/x.md")
        #expect(vault.graph.backlinks(to: maria).map(\.from) == [interview])
        #expect(vault.graph.referrals(by: maria) == [sam])
        #expect(vault.graph.backlinks(to: sam).map(\.from) == [interview])
        #expect(vault.diagnostics.isEmpty)
    }

    @Test(arguments: ["[Site](https://example.com/a.md)", "[Pic](photo.png)", "[Up](../../outside.md)", "[Top](#log)"])
    func linksOutsideTheVaultAreNotReferences(_ link: String) throws {
        let vault = try TemporaryVault.load(["contacts/sam.md": "See \(link).\n"])
        #expect(vault.graph.edges.isEmpty)
        #expect(vault.diagnostics.isEmpty)
    }

    // MARK: Front matter forms

    @Test(arguments: [
        "referred_by: Dan Moore", "referred_by: \"[[Dan Moore]]\"", "referred_by: '[[Dan Moore|Dan]]'",
        "referred_by: [[Dan Moore]]", "referred_by: [\"[[Dan Moore]]\"]", "referred_by:\n  - [[Dan Moore]]",
        "referred_by: [Dan Moore]", "referred_by: contacts/dan-moore", "referred_by: dan-moore",
        "referred_by: contacts/dan-moore.md", "referred_by: \"[[contacts/dan-moore.md|Dan]]\"",
        // A Markdown link, from the note's folder as in the body (SPEC §2.4).
        "referred_by: \"[Dan Moore](dan-moore.md)\"", "referred_by: '[Dan](./dan-moore.md#log)'",
        "referred_by: [\"[Dan Moore](../contacts/dan-moore.md)\"]", "referred_by: \"[Dan](<dan-moore.md> 'Dan')\"",
    ])
    func frontMatterReferenceForms(_ line: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/dan-moore.md": "---\nname: Dan Moore\n---\n",
            "contacts/maria.md": "---\nname: Maria Lopez\n\(line)\n---\n",
        ])
        let dan = try vault.node(atPath: "contacts/dan-moore.md")
        #expect(vault.graph.referrals(by: dan) == [try vault.node(atPath: "contacts/maria.md")])
        #expect(vault.graph.nodes.count == 3)  // you, Dan, Maria: no placeholder
        #expect(vault.diagnostics.isEmpty)
    }

    @Test("an interview's contact written as a Markdown link is the person it leads to, from the note's folder")
    func markdownLinkInAnInterviewsContact() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana-silva.md": "---\nname: Ana Silva\n---\n",
            "interviews/i.md": "---\ncontact: \"[Ana Silva](../contacts/ana-silva.md)\"\ndate: 2026-11-02\n---\n",
        ])
        let interview = try vault.node(atPath: "interviews/i.md")
        #expect(vault.graph.nodes[interview].name == "Interview with Ana Silva, 2026-11-02")
        #expect(vault.graph.backlinks(to: try vault.node(atPath: "contacts/ana-silva.md")).map(\.from) == [interview])
        #expect(vault.graph.nodes.count == 3)  // you, Ana, the interview: no placeholder
        #expect(vault.diagnostics.isEmpty, "\(vault.diagnostics)")
        // Written as from the contacts folder, it leads to no file: a placeholder, as in the body.
        let wrongFolder = try TemporaryVault.load([
            "contacts/ana-silva.md": "---\nname: Ana Silva\n---\n",
            "interviews/i.md": "---\ncontact: \"[Ana Silva](ana-silva.md)\"\ndate: 2026-11-02\n---\n",
        ])
        #expect(
            wrongFolder.diagnostics.map(\.message) == [
                "no note for 'Ana Silva', but 'Ana Silva' (contacts/ana-silva.md:2) looks like the same person"
            ])
    }

    /// An interview is named by the person its `contact` resolves to, on the note as in the
    /// graph: its page, the site's search and its reminders read the note's name.
    @Test(arguments: ["\"[[maria]]\"", "maria", "\"[[Maria Lopez|Maria]]\"", "\"[[Mari]]\"", "\"[[maria.md|M.]]\""])
    func interviewIsNamedByThePersonItsContactResolvesTo(_ contact: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/maria.md": "---\nname: Maria Lopez\naliases: [Mari]\n---\n",
            "interviews/i.md": "---\ncontact: \(contact)\ndate: 2026-11-02\n---\n",
        ])
        let interview = try #require(vault.index(ofPath: "interviews/i.md"))
        #expect(vault.notes[interview].name == "Interview with Maria Lopez, 2026-11-02")
        #expect(vault.graph.nodes[Graph.node(ofNote: interview)].name == "Interview with Maria Lopez, 2026-11-02")
    }

    /// A person who resolves to no one note is named as the reference names them: a placeholder
    /// by its name, an ambiguous reference by its text as written; nobody is left out.
    @Test(arguments: [
        ("\"[[Sam Reyes|Sam]]\"", "Interview with Sam Reyes, 2026-11-02"),
        ("\"[[Lee|Dr. Lee]]\"", "Interview with Dr. Lee, 2026-11-02"),
        ("Lee", "Interview with Lee, 2026-11-02"),
        ("[\"[[maria]]\", Lee]", "Interview with Maria Lopez and Lee, 2026-11-02"),
        ("[\"[[maria]]\", \"[[Mari]]\"]", "Interview with Maria Lopez, 2026-11-02"),
        ("\"[[Acme Foods]]\"", "Interview with Acme Foods, 2026-11-02"),
    ])
    func interviewWithSomeoneNotResolvedIsNamedAsWritten(_ contact: String, _ name: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/maria.md": "---\nname: Maria Lopez\naliases: [Mari]\n---\n",
            "contacts/lee-ann.md": "---\nname: Ann Lee\naliases: [Lee]\n---\n",
            "contacts/lee-bo.md": "---\nname: Bo Lee\naliases: [Lee]\n---\n",
            "organizations/acme.md": "---\nname: Acme Foods\n---\n",
            "interviews/i.md": "---\ncontact: \(contact)\ndate: 2026-11-02\n---\n",
        ])
        let interview = try #require(vault.index(ofPath: "interviews/i.md"))
        #expect(vault.notes[interview].name == name)
        #expect(vault.graph.nodes[Graph.node(ofNote: interview)].name == name)
    }

    @Test("a Markdown link to no note of the vault, in a field, names its text")
    func markdownLinkToAWebPageInAField() throws {
        let vault = try TemporaryVault.load([
            "organizations/acme.md": "---\nname: Acme Foods\n---\n",
            "contacts/cy.md": "---\nname: Cy Ng\norganization: \"[Acme Foods](https://acme.example)\"\n---\n",
        ])
        let contact = try #require(vault.notes.first { $0.path == "contacts/cy.md" }?.contact)
        #expect(contact.organization?.target == "Acme Foods")
        #expect(vault.diagnostics.isEmpty, "\(vault.diagnostics)")
    }

    @Test func aListOfReferencesMixingForms() throws {
        let vault = try TemporaryVault.load([
            "contacts/dan-moore.md": "---\nname: Dan Moore\n---\n",
            "contacts/sam-reyes.md": Self.sam,
            "contacts/maria.md": "---\nname: Maria Lopez\nreferred_by: [\"[[Dan Moore]]\", Sammy]\n---\n",
        ])
        let maria = try vault.node(atPath: "contacts/maria.md")
        #expect(vault.names(vault.graph.referrers(of: maria)).sorted() == ["Dan Moore", "Sam Reyes"])
    }

    // MARK: Ambiguity

    @Test func ambiguousNameIsAnErrorListingEveryCandidate() throws {
        let vault = try TemporaryVault.load([
            "contacts/alex-chen.md": "---\nname: Alex Chen\n---\n",
            "contacts/alex-c.md": "---\nname: Alex Chen\n---\n",
            "notes/alex.md": "---\ntitle: Notes\naliases: [alex chen]\n---\n",
            "ideas.md": "Ask [[Alex Chen]].\n",
        ])
        let all = ["contacts/alex-c.md", "contacts/alex-chen.md", "notes/alex.md"]
        #expect(vault.lookup("Alex Chen") == .ambiguous(all))
        let error = try #require(vault.diagnostics(.ambiguousReference).only)
        #expect(error.located == "error ideas.md:1:5")
        #expect(all.allSatisfy { error.message.contains($0) })
        #expect(vault.graph.backlinks(to: try vault.node(atPath: "contacts/alex-chen.md")).isEmpty)
    }

    /// Session 33: OneDrive's copy of Ana's note, with her `name:`, made every reference to
    /// her an error naming the copy and the original.
    @Test(
        "a name a sync copy shares with its original finds the original",
        arguments: ["contacts/ana-lopez-DESKTOP-3K2J.md", "contacts/ana-lopez (Dana's conflicted copy 2026-11-05).md"])
    func syncCopyIsNoCandidate(copy: String) throws {
        let ana = "---\nname: Ana López\nadded: 2026-10-26\n---\n"
        let vault = try TemporaryVault.load([
            "contacts/ana-lopez.md": ana, copy: ana,
            "contacts/jose.md": "---\nname: José Ramírez\nreferred_by: \"[[Ana López]]\"\n---\n",
            "interviews/2026-11-03-ana.md": "---\ncontact: Ana López\ndate: 2026-11-03\n---\nAsk [[ana lópez]].\n",
        ])
        #expect(vault.diagnostics(.ambiguousReference).isEmpty)
        let original = try vault.node(atPath: "contacts/ana-lopez.md")
        #expect(vault.graph.referrers(of: try vault.node(atPath: "contacts/jose.md")) == [original])
        #expect(vault.graph.neighbors(.met, from: try vault.node(atPath: "interviews/2026-11-03-ana.md")) == [original])
        #expect(vault.lookup("Ana López") == .found(original))
        // Two notes that are not copies of one another stay ambiguous.
        let two = try TemporaryVault.load([
            "contacts/ana-lopez.md": ana, "contacts/ana-lopez-ACME.md": ana, "ideas.md": "Ask [[Ana López]].\n",
        ])
        #expect(two.diagnostics(.ambiguousReference).map(\.file) == ["ideas.md"])
    }

    /// Session 33: a linked Referrals item naming two notes was the same error twice, once
    /// as a link and once as a referral.
    @Test func ambiguousReferralLinkIsOneError() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana-lopez.md": "---\nname: Ana Lopez\n---\n",
            "contacts/ana-l.md": "---\nname: Ana Lopez\n---\n",
            "interviews/2026-11-30-zoe.md":
                "---\ncontact: Zoe\ndate: 2026-11-30\n---\n## Referrals\n- [[Ana Lopez]] (met)\n"
                + "\nAsk [[Ana Lopez]].\n",
        ])
        #expect(
            vault.diagnostics(.ambiguousReference).map(\.located) == [
                "error interviews/2026-11-30-zoe.md:6:3", "error interviews/2026-11-30-zoe.md:8:5",
            ])
    }

    @Test func fieldKindBreaksATie() throws {
        let vault = try TemporaryVault.load([
            "organizations/acme-foods.md": "---\nname: Acme Foods\n---\n",
            "contacts/pat.md": "---\nname: Pat Gray\naliases: [Acme Foods]\n---\n",
            "contacts/lee.md": "---\nname: Lee Wong\norganization: Acme Foods\nreferred_by: Acme Foods\n---\n",
            "ideas.md": "About [[Acme Foods]].\n",
        ])
        let lee = try vault.node(atPath: "contacts/lee.md")
        #expect(vault.graph.organization(of: lee) == (try vault.node(atPath: "organizations/acme-foods.md")))
        #expect(vault.graph.referrers(of: lee) == [try vault.node(atPath: "contacts/pat.md")])
        // A body link has no field kind: still ambiguous.
        #expect(vault.diagnostics(.ambiguousReference).map(\.file) == ["ideas.md"])
        let acme = try vault.node(atPath: "organizations/acme-foods.md")
        #expect(vault.lookup("Acme Foods", preferring: .organization) == .found(acme))
    }

    // MARK: Placeholders

    @Test func missingPeopleAndOrganizationsBecomePlaceholders() throws {
        let vault = try TemporaryVault.load([
            "contacts/maria.md": "---\nname: Maria Lopez\norganization: Globex Corp\nreferred_by: Dan Moore\n---\n",
            "interviews/x.md": """
            ---
            contact: "[[Maria Lopez]]"
            date: 2026-10-14
            ---
            ## Referrals
            - Kim Park — runs design at Globex
            """,
        ])
        let maria = try vault.node(atPath: "contacts/maria.md")
        let globex = try vault.node("Globex Corp")
        let dan = try vault.node("Dan Moore")
        let kim = try vault.node("kim park")
        #expect(vault.graph.nodes[globex].kind == .placeholderOrganization)
        #expect(vault.graph.nodes[dan].kind == .placeholderPerson)
        #expect(vault.graph.nodes[kim].kind == .placeholderPerson)
        #expect(vault.graph.organization(of: maria) == globex)
        #expect(vault.graph.referrers(of: maria) == [dan])
        #expect(vault.graph.referrals(by: maria) == [kim])
        let warnings = vault.diagnostics(.missingNote)
        #expect(
            warnings.map(\.located).sorted() == [
                "warning contacts/maria.md:3:15", "warning contacts/maria.md:4:14", "warning interviews/x.md:6:3",
            ])
        #expect(warnings.allSatisfy { $0.severity == .warning })
    }

    @Test(
        "an unlinked Referrals item names the person up to what people write after a name",
        arguments: [
            ("Kim Park — runs design", "Kim Park"), ("Kim Park - runs design", "Kim Park"),
            ("Kim Park – sensory lead", "Kim Park"), ("Kim Park—sensory lead", "Kim Park"),
            ("Kim Park -- at Acme", "Kim Park"), ("Kim Park: runs the panels", "Kim Park"),
            ("Kim Park; ask about panels", "Kim Park"), ("Kim Park (Globex)", "Kim Park"),
            ("Kim Park, PhD", "Kim Park"), ("Kim Park at Globex", "Kim Park"), ("Kim Park:", "Kim Park"),
            ("Kim Park -", "Kim Park"), ("Jean-Luc Park", "Jean-Luc Park"), ("Kim Park / Globex", "Kim Park"),
            ("Kim Park | Globex", "Kim Park"), ("Kim Park <kim@globex.example>", "Kim Park"),
            ("Kim Park kim@globex.example", "Kim Park"), ("Kim Park https://globex.example/kim", "Kim Park"),
            ("Kim Park www.kimpark.example", "Kim Park"), ("Kim O'Park-Lee", "Kim O'Park-Lee"),
            ("@Kim Park", "@Kim Park"), ("AT&T recruiter", "AT&T recruiter"),
        ])
    func unlinkedReferralName(item: String, name: String) {
        #expect(InterviewReader.personName(in: item) == name)
    }

    @Test("a Referrals item whose text wraps onto the next line names the person on its first line")
    func wrappedReferral() throws {
        let vault = try TemporaryVault.load([
            "contacts/host.md": "---\nname: Host Person\n---\n",
            "interviews/i.md":
                "---\ncontact: Host Person\ndate: 2026-11-20\n---\n## Referrals\n- Lia Chen\n  She runs the lab.\n"
                + "- **Sam Reyes**\\\n  hard break\n- Kim Lo at\n  Acme, the lab\n- Dana Lee, a\n  recruiter\n",
        ])
        let names = vault.graph.nodes.filter { $0.kind == .placeholderPerson }.map(\.name).sorted()
        #expect(names == ["Dana Lee", "Kim Lo", "Lia Chen", "Sam Reyes"])
        let item = try #require(MarkdownParser().parse("- Lia Chen\n  She runs the lab.\n").items.first)
        #expect(item.text == "Lia Chen She runs the lab.")
        #expect(item.firstLineEnd == 8)
        #expect(MarkdownParser().parse("- Lia Chen — lab lead\n").items.first?.firstLineEnd == nil)
    }

    @Test("a Referrals item that reads like a sentence names the person in it (ReferralPhraseTests)")
    func sentenceAsName() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana\n---\n",
            "interviews/i.md":
                "---\ncontact: Ana\ndate: 2026-11-02\n---\n## Referrals\n- Talk to Jo in HR\n- Ana de la Cruz\n",
        ])
        let missing = vault.diagnostics(.missingNote)
        #expect(
            missing.map(\.message) == [
                "no note for 'Jo' yet; they are a placeholder person",
                "no note for 'Ana de la Cruz' yet; they are a placeholder person",
            ])
        #expect(missing.allSatisfy { $0.hint?.hasPrefix("create one with") == true })
    }

    @Test("a Referrals item that mentions someone as a chat does (@Eve Fox) names Eve Fox")
    func atMention() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana\n---\n",
            "contacts/eve-fox.md": "---\nname: Eve Fox\n---\n",
            "interviews/i.md":
                "---\ncontact: Ana\ndate: 2026-11-02\n---\n## Referrals\n- @Eve Fox — runs data\n- @ Jo Lin\n- @\n",
        ])
        #expect(vault.graph.referrers(of: try vault.node("Eve Fox")) == [try vault.node("Ana")])
        let missing = vault.diagnostics(.missingNote)
        #expect(missing.map(\.message) == ["no note for 'Jo Lin' yet; they are a placeholder person"])
        #expect(missing.map(\.column) == [5])
        let referrals = try #require(vault.notes.first { $0.path == "interviews/i.md" }?.interview?.referrals)
        #expect(referrals.map(\.remark) == ["runs data", nil])
    }

    @Test("a crossed-out Referrals item names no one; quotes around a name are not part of it")
    func struckThroughAndQuotedReferrals() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana\n---\n",
            "contacts/mei.md": "---\nname: Mei Tanaka\n---\n",
            "interviews/i.md":
                "---\ncontact: Ana\ndate: 2026-11-02\n---\n## Referrals\n- ~~Ann Bell~~ (she left the company)\n"
                + "- \"Mei Tanaka\" - recruiter\n- ~Cy Ng~\n- “Jo Lin”, data team\n- ~~[[Di Fox]]~~\n"
                + "- 'Bo'\n- \"Al\" Ames\n",
        ])
        let referrals = try #require(vault.notes.first { $0.path == "interviews/i.md" }?.interview?.referrals)
        // Only quotes around the whole name: `"Al" Ames` is his name with a nickname in it.
        #expect(referrals.map(\.person.target) == ["Mei Tanaka", "Jo Lin", "Bo", "\"Al\" Ames"])
        #expect(vault.graph.referrals(by: try vault.node("Ana")).contains(try vault.node(atPath: "contacts/mei.md")))
        // The placeholder's warning points at the name, inside the quotes.
        let jo = try #require(vault.diagnostics(.missingNote).first { $0.message.contains("'Jo Lin'") })
        #expect(jo.located == "warning interviews/i.md:9:4")
        #expect(!vault.graph.nodes.contains { $0.name.contains("~") })
    }

    @Test("a Referrals item that says there is no one yet names no one")
    func noOneYet() throws {
        let vault = try TemporaryVault.load([
            "contacts/tom.md": "---\nname: Tom Reed\n---\n",
            "interviews/i.md":
                "---\ncontact: Tom Reed\ndate: 2026-11-10\n---\n## Referrals\n- [[Vic Wu]]\n- None yet — he'll think about it\n"
                + "- TBD\n- Not yet, maybe in January\n- n/a\n- Nonie Tbdson\n- None yet from her boss\n",
        ])
        let referrals = try #require(vault.notes.first { $0.path == "interviews/i.md" }?.interview?.referrals)
        #expect(referrals.map(\.person.target) == ["Vic Wu", "Nonie Tbdson"])
    }

    @Test("a Referrals item written family name first names the person the other way round")
    func familyNameFirst() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana\n---\n",
            "organizations/n.md": "---\nname: Northwind\n---\n",
            "contacts/wu.md": "---\nname: Jo Wu\norganization: Lumen\n---\n",
            "interviews/i.md":
                "---\ncontact: Ana\ndate: 2026-11-02\n---\n## Referrals\n- Fox, Eve (her manager)\n- Lind, Sara\n"
                + "- Kim, Northwind's CTO\n- Bo, recruiter\n- Park, CTO\n- Sara, Northwind — data lead\n"
                + "- Rui, Lumen\n- O'Neil, Mary-Kate — design\n- Cruz, Ana de la\n- Wu, Jo\n"
                + "- Ruiz, Tom — recruiter at [[Northwind]]\n- van der Berg, Anna\n",
        ])
        let ana = try vault.node("Ana")
        #expect(
            vault.names(vault.graph.referrals(by: ana)).sorted() == [
                "Anna van der Berg", "Bo", "Cruz", "Eve Fox", "Jo Wu", "Kim", "Mary-Kate O'Neil", "Park", "Rui", "Sara",
                "Sara Lind", "Tom Ruiz",
            ])
        let hints = vault.diagnostics(.missingNote).compactMap(\.hint)
        #expect(!hints.contains { $0.contains("is their first name") }, "\(hints)")
        // Where they work: the word after the comma when an organization is called so, the link after the name.
        let workplaces = ["Sara": "Northwind", "Rui": "Lumen", "Tom Ruiz": "Northwind"]
        for (person, place) in workplaces {
            let node = try vault.node(person)
            #expect(vault.names(vault.graph.neighbors(.worksAt, from: node)) == [place], "\(person)")
        }
        #expect(vault.graph.neighbors(.worksAt, from: try vault.node("Eve Fox")).isEmpty)
        // The warning points at the name as written, where the family name starts.
        let eve = try #require(vault.diagnostics(.missingNote).first { $0.message.contains("'Eve Fox'") })
        #expect(eve.located == "warning interviews/i.md:6:3")
        let mention = try #require(vault.notes.first { $0.path == "interviews/i.md" }?.interview?.referrals.first)
        #expect(mention.remark == "(her manager)")
        #expect(mention.writtenName?.name == "Fox, Eve")
    }

    @Test("a Referrals item naming the person met family name first is theirs: not counted, said so")
    func personMetFamilyNameFirst() throws {
        let vault = try TemporaryVault.load([
            "contacts/dana.md": "---\nname: Dana Ortiz\n---\n",
            "interviews/i.md":
                "---\ncontact: \"[[Dana Ortiz]]\"\ndate: 2026-11-10\n---\n## Referrals\n"
                + "- Tom Ruiz — recruiter at [[Bluepeak]]\n- Ortiz, Dana\n- Ruiz, Tom (again)\n",
        ])
        let dana = try vault.node("Dana Ortiz")
        #expect(vault.names(vault.graph.referrals(by: dana)) == ["Tom Ruiz"])
        #expect(!vault.graph.nodes.contains { $0.name == "Ortiz" })
        let problems = vault.diagnostics(.referralNotCounted)
        #expect(problems.map(\.located) == ["warning interviews/i.md:7:3"])
        #expect(
            problems.first?.message == "this item is not counted as a referral: it names Dana Ortiz, who you met here")
    }

    @Test("20,000 items written family name first are each read the other way round, in time", .timeLimit(.minutes(1)))
    func manyFamilyNamesFirst() throws {
        let count = 20_000
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana\n---\n", "contacts/eve.md": "---\nname: Eve Fox\n---\n",
            "interviews/i.md": "---\ncontact: Ana\ndate: 2026-11-02\n---\n## Referrals\n"
                + String(repeating: "- Fox, Eve (her manager)\n", count: count),
        ])
        #expect(vault.diagnostics(.missingNote).isEmpty)
        #expect(vault.names(vault.graph.referrals(by: try vault.node("Ana"))) == ["Eve Fox"])
        #expect(!vault.graph.nodes.contains { $0.name == "Fox" })
    }

    @Test("a name with a remark in brackets in a field names the note of the name, in the hint")
    func remarkInBrackets() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana Díaz\n---\n",
            "organizations/n.md": "---\nname: Northwind\n---\n",
            "contacts/ben.md":
                "---\nname: Ben\nreferred_by: Ana Díaz (met at conference)\norganization: Northwind (UK)\n---\n",
            "contacts/cy.md": "---\nname: Cy\nreferred_by: Bo Lee (met at conference)\norganization: Acme (UK)\n---\n",
        ])
        let ben = vault.diagnostics(.missingNote).filter { $0.file == "contacts/ben.md" }
        #expect(
            ben.map(\.message) == [
                "no note for 'Ana Díaz (met at conference)': the remark in brackets is read as part of the name",
                "no note for 'Northwind (UK)': the remark in brackets is read as part of the name",
            ])
        #expect(
            ben.map(\.hint) == [
                "write 'Ana Díaz' here, and the remark in the note's body",
                "write 'Northwind' here, and the remark in the note's body",
            ])
        let cy = vault.diagnostics(.missingNote).filter { $0.file == "contacts/cy.md" }
        #expect(
            cy.map(\.message) == [
                "no note for 'Bo Lee (met at conference)' yet; they are a placeholder person",
                "no note for 'Acme (UK)' yet; it is a placeholder organization",
            ], "no note of the name before the brackets: nothing to point at")
    }

    @Test("an organization written with a role or a remark after a dash names the organization's note")
    func organizationWithRoleOrRemark() throws {
        let vault = try TemporaryVault.load([
            "organizations/acme.md": "---\nname: Acme Foods\n---\n",
            "contacts/a.md": "---\nname: Al\norganization: Acme Foods — Data team\n---\n",
            "contacts/b.md": "---\nname: Bea\norganization: Junior Analyst at Acme Foods\n---\n",
            "contacts/c.md": "---\nname: Cy\ntitle: Senior Analyst at Acme Foods\n---\n",
            // The same written where nothing is wrong, or with no note to point at: quiet.
            "contacts/d.md": "---\nname: Di\ntitle: Analyst at Acme Foods\norganization: Acme Foods\n---\n",
            "contacts/e.md": "---\nname: Ed\ntitle: Analyst at Initech\n---\n",
            "contacts/f.md": "---\nname: Flo\norganization: Initech — Data team\n---\n",
        ])
        let found = vault.diagnostics.map { "\($0.located) \($0.code.rawValue): \($0.message) | \($0.hint ?? "")" }
        #expect(
            found == [
                "warning contacts/a.md:3:15 missing-note: no note for 'Acme Foods — Data team': only 'Acme Foods' is "
                    + "an organization's note | write 'Acme Foods' here, and the rest in the note's body or its 'title:'",
                "warning contacts/b.md:3:15 missing-note: 'Junior Analyst at Acme Foods' reads as a role at Acme Foods "
                    + "(organizations/acme.md:2), not an organization's name | write 'organization: Acme Foods' and "
                    + "'title: Junior Analyst'",
                "warning contacts/c.md:3:8 member-without-organization: the title names Acme Foods "
                    + "(organizations/acme.md:2), but with no 'organization:' they are not counted there | write "
                    + "'organization: Acme Foods' and 'title: Senior Analyst'",
                "warning contacts/f.md:3:15 missing-note: no note for 'Initech — Data team' yet; it is a placeholder "
                    + "organization | create one with: grapevine new org \"Initech — Data team\"",
            ])
    }

    @Test("an organization field that is someone's title names the role, not the contact with that title")
    func organizationFieldThatIsATitle() throws {
        let vault = try TemporaryVault.load([
            "organizations/acme.md": "---\nname: Acme Foods\n---\n",
            "contacts/c.md": "---\nname: Cy\ntitle: Senior Analyst at Acme Foods\norganization: Acme Foods\n---\n",
            "contacts/d.md": "---\nname: Di\norganization: Senior Analyst at Acme Foods\n---\n",
        ])
        #expect(vault.diagnostics(.wrongKind).isEmpty)
        let warning = try #require(vault.diagnostics(.missingNote).only)
        #expect(warning.located == "warning contacts/d.md:3:15")
        #expect(warning.message.hasPrefix("'Senior Analyst at Acme Foods' reads as a role at Acme Foods"))
    }

    @Test("an alias written as a wikilink is the name inside it")
    func aliasAsWikilink() throws {
        let vault = try TemporaryVault.load([
            "contacts/kim.md": "---\nname: Kim Tran\naliases: [\"[[Kimmy]]\", \"[[K. Tran|KT]]\", \"[[]]\"]\n---\n",
            "notes/n.md": "See [[Kimmy]] and [[K. Tran]].\n",
        ])
        #expect(vault.notes.first { $0.name == "Kim Tran" }?.aliases == ["Kimmy", "K. Tran", "[[]]"])
        #expect(vault.diagnostics(.missingNote).isEmpty, "\(vault.diagnostics.map(\.message))")
    }

    @Test("aliases as one text with commas are the names between them, with a warning; a listed alias keeps its comma")
    func aliasesAsText() throws {
        let vault = try TemporaryVault.load([
            "contacts/maria.md": "---\nname: Maria Lopez\naliases: Mari, Mary L\nadded: 2026-11-01\n---\n",
            "contacts/ana.md": "---\nname: Ana Silva\naliases: [\"Silva, Ana\"]\n---\n",
            "interviews/a.md": "---\ncontact: \"[[Mari]]\"\ndate: 2026-11-20\n---\n",
            "notes/n.md": "See [[Mary L]] and [[Silva, Ana]].\n",
        ])
        #expect(vault.notes.first { $0.name == "Maria Lopez" }?.aliases == ["Mari", "Mary L"])
        #expect(vault.notes.first { $0.name == "Ana Silva" }?.aliases == ["Silva, Ana"])
        let warning = try #require(vault.diagnostics(.listAsText).only)
        #expect(warning.located == "warning contacts/maria.md:3:10")
        #expect(
            warning.hint
                == "write 'aliases: [Mari, Mary L]', or, for one alias with a comma, 'aliases: [\"Mari, Mary L\"]'")
        #expect(vault.diagnostics(.missingNote).isEmpty, "[[Mari]] is Maria: \(vault.diagnostics.map(\.message))")
    }

    @Test("referred_by: me is you; none, n/a or - is nobody; neither is a person to contact")
    func meAndNobody() throws {
        let vault = try TemporaryVault.load([
            "contacts/z.md": "---\nname: Zoe\nreferred_by: me\n---\n",
            "contacts/y.md": "---\nname: Yves\nreferred_by: Myself\n---\n",
            "contacts/x.md": "---\nname: Xena\nreferred_by: none\norganization: n/a\n---\n",
            "contacts/w.md": "---\nname: Walt\nreferred_by: [\"-\", Zoe]\n---\n",
        ])
        #expect(vault.diagnostics.isEmpty, "\(vault.diagnostics.map(\.message))")
        #expect(vault.graph.nodes.filter(\.isPlaceholder).isEmpty)
        #expect(vault.graph.referrers(of: try vault.node("Zoe")) == [Graph.owner])
        #expect(vault.graph.referrers(of: try vault.node("Yves")) == [Graph.owner])
        #expect(vault.graph.referrers(of: try vault.node("Xena")).isEmpty)
        #expect(vault.graph.organization(of: try vault.node("Xena")) == nil)
        #expect(vault.graph.referrers(of: try vault.node("Walt")) == [try vault.node("Zoe")])
    }

    @Test func onePlaceholderPerNameHoweverOftenItIsWritten() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Ann\nreferred_by: Dan Moore\n---\n",
            "contacts/b.md": "---\nname: Bea\nreferred_by: \"[[dan  moore]]\"\n---\n",
        ])
        let placeholders = vault.graph.nodes.filter(\.isPlaceholder)
        #expect(placeholders.map(\.name).count == 1)
        let dan = try vault.node("Dan Moore")
        #expect(vault.names(vault.graph.referrals(by: dan)).sorted() == ["Ann", "Bea"])
    }

    @Test func bodyLinkToAPlaceholderNeedsNoSecondWarning() throws {
        let vault = try TemporaryVault.load([
            "contacts/maria.md": "---\nname: Maria Lopez\nreferred_by: Dan Moore\n---\n",
            "ideas.md": "Ask [[Dan Moore]] about [[dan moore|him]].\n",
        ])
        let dan = try vault.node("Dan Moore")
        #expect(vault.graph.backlinks(to: dan).map(\.from).contains(try vault.node(atPath: "ideas.md")))
        #expect(vault.diagnostics(.missingNote).map(\.file) == ["contacts/maria.md"])
    }

    @Test func bodyLinkToNothingIsAWarning() throws {
        let vault = try TemporaryVault.load(["ideas.md": "# Ideas\n\nAsk [[Nobody Known]].\n"])
        #expect(vault.diagnostics(.missingNote).map(\.located) == ["warning ideas.md:3:5"])
    }

    @Test func lookupFindsTheOwner() throws {
        let vault = try TemporaryVault.load([".grapevine/config.yml": "owner: Alex Kim\n"])
        #expect(vault.lookup("alex  kim") == .found(Graph.owner))
    }

    @Test func referenceToTheOwnerIsNotAPlaceholder() throws {
        let vault = try TemporaryVault.load([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/maria.md": "---\nname: Maria Lopez\nreferred_by: Alex Kim\n---\n",
        ])
        let maria = try vault.node(atPath: "contacts/maria.md")
        #expect(vault.graph.referrers(of: maria) == [Graph.owner])
        #expect(vault.graph.referralChain(to: maria) == [Graph.owner, maria])
        #expect(vault.diagnostics.isEmpty)
    }
}

/// A name thousands of notes share, each referring to it: every error names a few of them,
/// not all (the errors were the square of the notes: 337 MB for 3,000 notes).
@Suite("Reference resolution: a name shared by many notes")
struct SharedNameTests {
    @Test func errorsNameAFewCandidates() throws {
        var files: [String: String] = [:]
        for number in 1...400 {
            files["contacts/c\(number).md"] = "---\nname: Same Name\nreferred_by: Same Name\n---\n[[Same Name]]\n"
        }
        let vault = try TemporaryVault.load(files)
        let ambiguous = vault.diagnostics.filter { $0.code == .ambiguousReference }
        #expect(ambiguous.count == 800)
        let first = try #require(ambiguous.first)
        #expect(first.message.hasPrefix("'Same Name' could mean 400 notes: contacts/c1.md, contacts/c10.md"))
        #expect(first.message.hasSuffix(" and 395 more"))
        #expect(ambiguous.allSatisfy { $0.message.count < 200 })
    }
}
