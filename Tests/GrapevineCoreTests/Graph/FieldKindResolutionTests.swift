import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// SPEC §2.4: a field resolves by its kind. A `contact:`, `referred_by:`, Referrals item or
/// `organization:` names a person or an organization, never an interview, the pitch or a plain
/// note named after them: those are passed over (but for an explicit path), and with nothing
/// else to find the name is a placeholder.
@Suite("Field references resolve to someone")
struct FieldKindResolutionTests {
    static let mariaInterview = F.interview(
        "\"[[Maria Lopez]]\"", "2026-11-17", body: "## Referrals\n- Sam Reyes — sensory lead\n")

    @Test("an interview file named after the person it met: the contact is a placeholder person, with its steps")
    func interviewNamedAfterThePerson() throws {
        let files = ["interviews/Maria Lopez.md": Self.mariaInterview]
        let vault = try TemporaryVault.load(files)
        let maria = try #require(vault.graph.nodes.firstIndex { $0.name == "Maria Lopez" && $0.isPerson })
        #expect(vault.graph.nodes[maria].kind == .placeholderPerson)
        #expect(vault.graph.referrals(by: maria).map { vault.graph.nodes[$0].name } == ["Sam Reyes"])
        #expect(vault.diagnostics(.wrongKind).isEmpty)
        #expect(try F.steps(files, today: "2026-11-18", kind: .thankYou) == ["2026-11-18 Maria Lopez"])
        #expect(try F.steps(files, today: "2026-11-18", kind: .contactReferral) == ["2026-11-20 Sam Reyes"])
    }

    @Test(
        "a plain note or an interview answering to the name by stem, name or slug does not take a person field",
        arguments: [
            ("notes/pat.md", "# Pat\nnotes about pat\n"),  // by its title
            ("notes/Pat.md", "notes about pat\n"),  // by its stem
            ("people/pat.md", "notes about pat\n"),  // by the slug
            ("notes/p.md", "---\naliases: [Pat]\n---\n"),  // by an alias
            ("interviews/pat.md", F.interview("Someone Else", "2026-11-01", "status: cancelled")),
        ])
    func plainNoteOrInterviewDoesNotTakeThePerson(path: String, text: String) throws {
        let files = [
            path: text,
            "interviews/2026-11-10-pat.md": F.interview("Pat", "2026-11-10"),
            "contacts/rob.md": F.contact("name: Rob", "referred_by: Pat", "added: 2026-11-12"),
        ]
        let vault = try TemporaryVault.load(files)
        let pat = try vault.node(atPath: "interviews/2026-11-10-pat.md")
        let met = vault.graph.neighbors(.met, from: pat)
        #expect(met.map { vault.graph.nodes[$0].kind } == [.placeholderPerson])
        #expect(vault.graph.referrers(of: try vault.node("Rob")) == met)
        #expect(vault.diagnostics(.wrongKind).isEmpty)
        #expect(try F.steps(files, today: "2026-11-12", kind: .thankYou) == ["2026-11-11 Pat"])
        #expect(try F.steps(files, today: "2026-11-12", kind: .contactReferral) == ["2026-11-15 Rob"])
    }

    @Test("a contact note wins over an interview and a plain note sharing its name, whichever rule finds it")
    func contactWinsOverNotesAboutThem() throws {
        let files = [
            "interviews/Maria Lopez.md": Self.mariaInterview,
            "notes/maria-lopez.md": "# Maria Lopez\n",
            "contacts/maria.md": F.contact("name: Maria Lopez", "added: 2026-11-01"),
        ]
        let vault = try TemporaryVault.load(files)
        let maria = try vault.node(atPath: "contacts/maria.md")
        let interview = try vault.node(atPath: "interviews/Maria Lopez.md")
        #expect(vault.graph.neighbors(.met, from: interview) == [maria])
        #expect(vault.diagnostics(.ambiguousReference).isEmpty)
        #expect(
            vault.diagnostics(.missingNote).map(\.message) == [
                "no note for 'Sam Reyes' yet; they are a placeholder person"
            ])
    }

    @Test("a plain note about the person: the placeholder's warning says a type makes it theirs")
    func plainNoteHint() throws {
        let vault = try TemporaryVault.load([
            "notes/pat.md": "# Pat\n", "interviews/i.md": F.interview("Pat", "2026-11-10"),
        ])
        let warning = try #require(vault.diagnostics(.missingNote).only)
        #expect(warning.message == "no note for 'Pat' yet; they are a placeholder person")
        #expect(
            warning.hint
                == "notes/pat.md is a plain note: if it is theirs, give it 'type: contact'; else create one with: "
                + "grapevine new contact \"Pat\"")
    }

    @Test("a link to a block written without '#' (Trial J): the hint writes it as Obsidian reads it")
    func blockLinkHint() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana-souza.md": "---\nname: Ana Souza\n---\n## Log\n- 2026-10-24 replied: a call ^abc123\n",
            "daily/2026-11-24.md": "See [[Ana Souza^abc123]], [[Ana Souza#^abc123]] and [[Bo Li^x1]].\n",
        ])
        let warnings = vault.diagnostics(.missingNote)
        #expect(
            warnings.map(\.message) == [
                "link to a missing note 'Ana Souza^abc123'", "link to a missing note 'Bo Li^x1'",
            ])
        #expect(
            warnings.first?.hint
                == "to link to a block of Ana Souza's note, write '[[Ana Souza#^abc123]]' ('#' before the '^')")
        #expect(warnings.last?.hint?.contains("'#'") == false, "no note is Bo Li's: nothing to link a block of")
    }

    @Test("an interview that names itself gets no hint about itself")
    func selfNamedInterviewHint() throws {
        let vault = try TemporaryVault.load(["interviews/Maria Lopez.md": Self.mariaInterview])
        let warning = try #require(vault.diagnostics(.missingNote).first { $0.message.contains("'Maria Lopez'") })
        #expect(warning.hint == "create one with: grapevine new contact \"Maria Lopez\"")
    }

    @Test("an organization field passes over a research note named after the organization")
    func organizationFieldPassesOverPlainNote() throws {
        let vault = try TemporaryVault.load([
            "notes/Brightfield.md": "research\n",
            "organizations/bf.md": "---\nname: Brightfield Foods\naliases: [Brightfield]\n---\n",
            "contacts/ann.md": F.contact("name: Ann", "organization: Brightfield"),
        ])
        let ann = try vault.node("Ann")
        #expect(vault.graph.organization(of: ann) == (try vault.node(atPath: "organizations/bf.md")))
        #expect(vault.diagnostics(.wrongKind).isEmpty)
    }

    @Test("quiet: an explicit path to an interview is still a warning, a contact named as an organization too")
    func explicitPathAndSomeoneOfTheOtherKindStayWrongKind() throws {
        let vault = try TemporaryVault.load([
            "interviews/x.md": F.interview("Someone", "2026-11-01"),
            "organizations/acme.md": "---\nname: Acme\n---\n",
            "contacts/ann.md": F.contact("name: Ann", "referred_by: \"[[interviews/x]]\""),
            "contacts/bo.md": F.contact("name: Bo", "referred_by: Acme"),
        ])
        #expect(
            vault.diagnostics(.wrongKind).map(\.located) == [
                "warning contacts/ann.md:3:14", "warning contacts/bo.md:3:14",
            ])
    }

    @Test("quiet: a body link has no kind, and still finds the plain note")
    func bodyLinkFindsThePlainNote() throws {
        let vault = try TemporaryVault.load([
            "notes/pat.md": "# Pat\n", "ideas.md": "Ask [[Pat]].\n",
            "interviews/i.md": F.interview("Pat", "2026-11-10"),
        ])
        let note = try vault.node(atPath: "notes/pat.md")
        #expect(vault.graph.backlinks(to: note).map(\.from).contains(try vault.node(atPath: "ideas.md")))
    }
}
