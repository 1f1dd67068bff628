import Foundation
import TestSupport
import Testing

@Suite("grapevine show")
struct ShowCommandTests {
    @Test(
        "prints the dossier of a contact and of an organization",
        arguments: [("Maria Lopez", "show-maria-lopez.txt"), ("Brightfield Foods", "show-brightfield-foods.txt")])
    func dossier(name: String, expectedFile: String) async throws {
        let run = await CommandRun(["show", name, "--vault", Repository.example, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(run.output == (try Repository.expectedOutput(expectedFile)))
    }

    @Test(
        "finds a contact by file name, alias, case, decomposed Unicode, and a word without accents or apostrophe",
        arguments: [
            "maria-lopez", "contacts/maria-lopez.md", "MARIA LOPEZ", "Samantha Reyes",
            "Jose\u{301} Nu\u{303}n\u{303}ez", "Jose", "Nunez", "Obrien", "Lopez, Maria", "nunez,jose",
        ])
    func lookup(name: String) async {
        let run = await CommandRun(["show", name, "--vault", Repository.example, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(run.output.contains("Referral chain"))
    }

    @Test("--json has the card, status, chain, leads, log and backlinks")
    func json() async throws {
        let run = await CommandRun([
            "show", "Sam Reyes", "--json", "--vault", Repository.example, "--today", "2026-11-18",
        ])
        #expect(run.status == 0)
        let dossier = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(dossier["name"] as? String == "Sam Reyes")
        #expect(dossier["kind"] as? String == "contact")
        #expect(dossier["statusCode"] as? String == "met")
        let chain = try #require(dossier["referralChain"] as? [[String: Any]])
        #expect(chain.compactMap { $0["name"] as? String } == ["Alex Kim", "Maria Lopez", "Sam Reyes"])
        let leads = try #require(dossier["ledTo"] as? [[String: Any]])
        let names = leads.compactMap { ($0["person"] as? [String: Any])?["name"] as? String }
        #expect(names == ["José Núñez", "Priya Shah"])
        let log = try #require(dossier["log"] as? [[String: Any]])
        #expect(!log.isEmpty)
    }

    @Test("a placeholder person shows who named them")
    func placeholder() async {
        let run = await CommandRun(["show", "Priya Shah", "--vault", Repository.example, "--today", "2026-11-18"])
        #expect(run.status == 0)
        #expect(run.output.contains("a person with no note yet"))
        #expect(run.output.contains("Alex Kim → Maria Lopez → Sam Reyes → José Núñez → Priya Shah"))
    }

    @Test("an unknown name fails and suggests close names")
    func unknown() async {
        let run = await CommandRun(["show", "Maria Lopes", "--vault", Repository.example])
        #expect(run.status == 1)
        #expect(run.errors.contains("nothing in the vault is called 'Maria Lopes'"))
        #expect(run.errors.contains("Maria Lopez"))
    }

    @Test("a name written family name first like two people's finds neither and suggests both, by path")
    func familyNameFirstOfTwo() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            // Not `Maria Lopez`, whose note `Lopez, Maria` names (`ReferenceIndex.person(_:)`).
            "contacts/lopez-m.md": "---\nname: Maria López\n---\n",
            "contacts/maria-lopez-2.md": "---\nname: María López\n---\n",
            "contacts/mario.md": "---\nname: Mario Lopez\n---\n",
        ])
        let run = await CommandRun(["show", "Lopez, Maria", "--vault", folder.path])
        #expect(run.status == 1)
        #expect(
            run.errors
                == "error: nothing in the vault is called 'Lopez, Maria'. Did you mean:\n"
                + "  Maria López (contacts/lopez-m.md)\n  María López (contacts/maria-lopez-2.md)\n")
    }

    @Test("an ambiguous name fails and lists every candidate")
    func ambiguous() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/sam-lee.md": "---\nname: Sam Lee\n---\n",
            "contacts/samuel-lee.md": "---\nname: Samuel Lee\naliases: [Sam Lee]\n---\n",
        ])
        let run = await CommandRun(["show", "Sam Lee", "--vault", folder.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("contacts/sam-lee.md"))
        #expect(run.errors.contains("contacts/samuel-lee.md"))
    }

    @Test("a name is the person's or organization's before an interview's or a note's file of that name")
    func personFirst() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/maria-lopez.md": "---\nname: Maria Lopez\n---\n",
            "interviews/Maria Lopez.md": "---\ncontact: \"[[Maria Lopez]]\"\ndate: 2026-11-20\n---\n",
            "notes/Brightfield.md": "---\ntitle: Brightfield\n---\nIdeas.\n",
            "organizations/brightfield.md": "---\nname: Brightfield\n---\n",
        ])
        for (name, first) in [
            ("Maria Lopez", "Maria Lopez\ncontacts/maria-lopez.md"),
            ("Brightfield", "Brightfield\norganizations/brightfield.md"),
            // A file name or path that only an interview or a note has still finds it.
            ("interviews/Maria Lopez.md", "Interview with Maria Lopez"),
            ("notes/Brightfield", "Brightfield\nnotes/Brightfield.md"),
        ] {
            let run = await CommandRun(["show", name, "--vault", folder.path, "--today", "2026-12-05"])
            #expect(run.status == 0, "\(name)")
            #expect(run.output.hasPrefix(first), "\(name): \(run.output.prefix(80))")
        }
    }

    // MARK: The dossier printed is the one asked for

    /// Two people with close names at two organizations, and an interview.
    static let namesakes = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/jose-nunez.md": """
        ---
        name: José Núñez
        aliases: [Pepe]
        title: Flavor Chemist
        organization: "[[Acme Foods]]"
        referred_by: "[[Ann Lee]]"
        ---

        ## Log
        - 2026-10-01 emailed: asked for 20 minutes
        - 2026-10-03 replied: Thursday works
        """,
        "contacts/jose-nunes.md": "---\nname: Jose Nunes\ntitle: Buyer\norganization: \"[[Bolt Labs]]\"\n---\n",
        "contacts/ann-lee.md": """
        ---
        name: Ann Lee
        organization: "[[Bolt Labs]]"
        ---

        ## Log
        - 2026-09-20 met: at the alumni mixer
        """,
        "organizations/acme-foods.md": "---\nname: Acme Foods\n---\n",
        "organizations/bolt-labs.md": "---\nname: Bolt Labs\n---\n",
        "interviews/2026-10-09-jose-nunez.md": """
        ---
        contact: "[[José Núñez]]"
        date: 2026-10-09
        duration: 30
        ---

        - [ ] send the article on emulsions
        """,
    ]

    static let joseDossier = """
        José Núñez
        Flavor Chemist at Acme Foods
        contacts/jose-nunez.md

          Also    Pepe
          Status  met on 2026-10-09; last in touch 2026-10-09

        Referral chain
          Alex Kim → Ann Lee → José Núñez

        Interviews
          2026-10-09  held, 30 min, no thank-you yet  interviews/2026-10-09-jose-nunez.md

        Log
          2026-10-01  emailed  asked for 20 minutes
          2026-10-03  replied  Thursday works

        Open tasks
          [ ] send the article on emulsions    interviews/2026-10-09-jose-nunez.md:7

        Linked from
          Interview with José Núñez, 2026-10-09  interviews/2026-10-09-jose-nunez.md:2

        """

    /// Trial of December 6, evening, finding 2: the Log in date order, not in file order.
    @Test(
        "the Log is shown in date order, entries of one day as written, in text and --json",
        arguments: [
            // The repro: a later entry written above an earlier one.
            (
                "- 2026-10-29 replied\n- 2026-10-27 emailed\n- 2026-10-30 met\n",
                ["2026-10-27  emailed", "2026-10-29  replied", "2026-10-30  met"]
            ),
            // A Log kept newest first reads oldest first, as `merge` writes one.
            (
                "- 2026-10-30 met\n- 2026-10-29 replied\n- 2026-10-27 emailed\n",
                ["2026-10-27  emailed", "2026-10-29  replied", "2026-10-30  met"]
            ),
            // Entries of one day keep the order they were written in, wherever they are.
            (
                "- 2026-10-29 replied: yes\n- 2026-10-27 emailed\n- 2026-10-29 met: coffee\n"
                    + "- 2026-10-29 thanked\n",
                ["2026-10-27  emailed", "2026-10-29  replied", "2026-10-29  met", "2026-10-29  thanked"]
            ),
        ])
    func logInDateOrder(log: String, shown: [String]) async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/dan-ortiz.md": "---\nname: Dan Ortiz\nadded: 2026-10-20\n---\n\n## Log\n" + log
        ])
        let options = ["--vault", folder.path, "--today", "2026-11-20"]
        let text = await CommandRun(["show", "Dan"] + options)
        #expect(text.status == 0)
        // Each Log line's date and word, the columns' padding left out.
        let logLines = text.output.split(separator: "\n").map { $0.split(separator: " ") }
            .filter { $0.first?.hasPrefix("2026-10-") == true }.map { $0.prefix(2).joined(separator: "  ") }
        #expect(logLines == shown)
        let json = await CommandRun(["show", "Dan", "--json"] + options)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let entries = try #require(object["log"] as? [[String: Any]])
        #expect(entries.map { "\($0["date"] ?? "")  \($0["word"] ?? "")" } == shown)
    }

    @Test("someone named only in the Referrals of a meeting to come: no chain that says you found them, till the day")
    func referralToCome() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/ben-okafor.md": "---\nname: Ben Okafor\nadded: 2026-11-01\n---\n",
            "contacts/farah-haddad.md": "---\nname: Farah Haddad\nsource: alumni\n---\n",
            "contacts/kai-wong.md": "---\nname: Kai Wong\nadded: 2026-11-10\n---\n\n## Log\n- 2026-11-11 emailed\n",
            "interviews/2026-11-24-ben-okafor.md":
                "---\ncontact: Ben Okafor\ndate: 2026-11-24 10:30\n---\n\n## Referrals\n- Farah Haddad — QA auditor\n"
                + "- Walt Pruitt — retired plant manager\n- [[Kai Wong]] — whom I had written to\n",
        ])
        for name in ["Farah Haddad", "Walt Pruitt"] {
            let before = await CommandRun(["show", name, "--vault", folder.path, "--today", "2026-11-18"])
            #expect(
                before.output.contains("  none yet: they are named in the Referrals of a meeting to come (2026-11-24)"))
            #expect(!before.output.contains("Alex Kim →"))
            let json = await CommandRun(["show", name, "--json", "--vault", folder.path, "--today", "2026-11-18"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
            #expect(object["referralToCome"] as? String == "2026-11-24")
            let after = await CommandRun(["show", name, "--vault", folder.path, "--today", "2026-11-24"])
            #expect(after.output.contains("  Alex Kim → Ben Okafor → \(name)"))
            #expect(!after.output.contains("meeting to come"))
        }
        // Ben was met by no one's referral, and Kai was written to before Ben named him: their
        // chains are yours, before the day and after.
        for (name, day) in [("Ben Okafor", "2026-11-18"), ("Kai Wong", "2026-11-18"), ("Kai Wong", "2026-11-24")] {
            let run = await CommandRun(["show", name, "--vault", folder.path, "--today", day])
            #expect(
                run.output.contains("  Alex Kim → \(name)\n") && !run.output.contains("meeting to come"), "\(name)")
        }
    }

    @Test("a Log entry dated after today is marked, in the text and in --json; one of today is not")
    func futureLogEntries() async throws {
        let folder = try TemporaryFolder()
        let log = """
            - 2062-11-04 met: coffee, a typo of the year
            - 2026-11-02 emailed: asked for a call
            - 2026-11-20 replied: happy to talk
            - 2026-11-21 called: planned catch-up
            - 2026-12-01 a note to self
            """
        try folder.write(["contacts/dan-ortiz.md": "---\nname: Dan Ortiz\nadded: 2026-10-20\n---\n\n## Log\n" + log])
        let options = ["--vault", folder.path, "--today", "2026-11-20"]
        let text = await CommandRun(["show", "Dan"] + options)
        #expect(text.status == 0)
        let section = text.output.components(separatedBy: "\nLog\n").last?.components(separatedBy: "\n\n").first
        #expect(
            section?.split(separator: "\n") == [
                "  2026-11-02  emailed  asked for a call",
                "  2026-11-20  replied  happy to talk",
                "  2026-11-21  called   planned catch-up            (after today, not counted yet)",
                "  2026-12-01  ·        a note to self              (after today, not counted yet)",
                "  2062-11-04  met      coffee, a typo of the year  (after today, not counted yet)",
            ])
        // The status reads the Log as next does: the call to come is no touch yet.
        #expect(text.output.contains("last in touch 2026-11-20"))
        let json = await CommandRun(["show", "Dan", "--json"] + options)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let entries = try #require(object["log"] as? [[String: Any]])
        #expect(
            entries.map { "\($0["date"] ?? "") \($0["future"] as? Bool ?? false)" } == [
                "2026-11-02 false", "2026-11-20 false", "2026-11-21 true", "2026-12-01 true", "2062-11-04 true",
            ])
        #expect(entries.allSatisfy { $0["future"] is Bool && $0["word"] is String })
    }

    /// Trial finding: `next` names a Log line whose date it cannot read (session 28), but `show`
    /// left it out of the Log without a word. It is shown where its day would put it (else
    /// after the line above it), saying it is not counted and how to write the date.
    @Test("a Log line whose date is not read is shown, saying so, in the text and in --json")
    func logLinesLeftOut() async throws {
        let folder = try TemporaryFolder()
        let log = """
            - 2026-11-02 emailed: asked for a call
            - 11/18/2026 thanked: sent a card
            - 2026-11-10 replied: happy to talk
            - 03/12/2026, met
            - coffee with her team, no date
            - 2026-13-45 called
            - 2026-11-30 snoozed follow-up until someday
            """
        try folder.write(["contacts/dan-ortiz.md": "---\nname: Dan Ortiz\nadded: 2026-10-20\n---\n\n## Log\n" + log])
        let options = ["--vault", folder.path, "--today", "2026-12-07"]
        let text = await CommandRun(["show", "Dan"] + options)
        #expect(text.status == 0)
        let section = text.output.components(separatedBy: "\nLog\n").last?.components(separatedBy: "\n\n").first
        let lines: [String] = (section ?? "").split(separator: "\n").map { line in
            String(String(line.reversed()).drop { $0 == " " }.reversed())
        }
        let expected: [String] = [
            "  2026-11-02  emailed  asked for a call",
            "  2026-11-10  replied  happy to talk",
            "  (no date)   ·        coffee with her team, no date  (line 11, not counted: no date; write the day as "
                + "YYYY-MM-DD)",
            "  2026-13-45  called                                  (line 12, not counted: not a date; write the day "
                + "as YYYY-MM-DD)",
            "  11/18/2026  thanked  sent a card                    (line 8, not counted: date not read; write "
                + "2026-11-18)",
            "  03/12/2026  met                                     (line 10, not counted: date not read; write "
                + "2026-12-03 or 2026-03-12)",
        ]
        #expect(lines == expected, "\(text.output)")
        let json = await CommandRun(["show", "Dan", "--json"] + options)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let leftOut = try #require(object["logLeftOut"] as? [[String: Any]])
        let shown = leftOut.map { line -> String in
            let readings = (line["readings"] as? [String] ?? []).joined(separator: " or ")
            return "\(line["line"] as? Int ?? 0) '\(line["written"] as? String ?? "")' [\(readings)] "
                + "\(line["event"] as? String ?? "-") '\(line["text"] as? String ?? "")'"
        }
        #expect(
            shown == [
                "8 '11/18/2026' [2026-11-18] thanked 'sent a card'",
                "10 '03/12/2026' [2026-12-03 or 2026-03-12] met ''",
                "11 '' [] - 'coffee with her team, no date'", "12 '2026-13-45' [] outreach ''",
            ])
    }

    @Test("a Log with nothing after today looks as before: no marker, no wider column")
    func noFutureLogEntries() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/dan-ortiz.md": "---\nname: Dan Ortiz\n---\n\n## Log\n- 2026-11-02 emailed: hi\n- 2026-11-03 met\n"
        ])
        let text = await CommandRun(["show", "Dan", "--vault", folder.path, "--today", "2026-11-03"])
        #expect(
            text.output.contains("  2026-11-02  emailed  hi\n  2026-11-03  met\n")
                && !text.output.contains("after today"))
    }

    /// Trial of session twenty-six: `- 2026-11-10 met: see [[2026-11-10 María López|meeting
    /// notes]]` was shown with its brackets, where prep and the open tasks show the words.
    @Test("a Log entry's links are shown as their words; --json keeps the text as written")
    func logLinks() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/maria.md": "---\nname: María López\n---\n## Log\n"
                + "- 2026-11-10 met: see [[2026-11-10 María López|meeting notes]]\n"
                + "- 2026-11-11 thanked: mentioned [[Sam Reyes]] and [[Acme Foods#Research]]\n",
            "interviews/2026-11-10 María López.md": "---\ncontact: María López\ndate: 2026-11-10\n---\n",
        ])
        let text = await CommandRun(["show", "María", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(text.output.contains("  2026-11-10  met      see meeting notes\n"), "\(text.output)")
        #expect(text.output.contains("  2026-11-11  thanked  mentioned Sam Reyes and Acme Foods\n"))
        #expect(!text.output.contains("[["))
        let json = await CommandRun(["show", "María", "--json", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(json.output.contains("see [[2026-11-10 María López|meeting notes]]"))
    }

    func show(_ name: String, _ options: String...) async throws -> CommandRun {
        let folder = try TemporaryFolder()
        try folder.write(Self.namesakes)
        return await CommandRun(["show", name, "--vault", folder.path, "--today", "2026-11-18"] + options)
    }

    @Test(
        "finds José Núñez, not his namesake, by name, alias, file name, path and spellings without accents",
        arguments: [
            "José Núñez", "Pepe", "pepe", "jose-nunez", "contacts/jose-nunez.md", "Jose Nunez", "JOSÉ NÚÑEZ",
            "Jose\u{301} Nu\u{303}n\u{303}ez", "Nunez",
        ])
    func namesake(name: String) async throws {
        let run = try await show(name)
        #expect(run.status == 0)
        #expect(run.output == Self.joseDossier)
        #expect(run.errors.isEmpty)
    }

    @Test("the namesake's own name finds the namesake")
    func otherNamesake() async throws {
        let run = try await show("Jose Nunes")
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Jose Nunes\nBuyer at Bolt Labs\ncontacts/jose-nunes.md\n"))
        #expect(!run.output.contains("José Núñez"))
    }

    @Test("an organization's dossier lists its people, each with title and status")
    func organization() async throws {
        let run = try await show("Bolt Labs")
        #expect(run.status == 0)
        #expect(
            run.output == """
                Bolt Labs
                organizations/bolt-labs.md

                People there
                  Ann Lee            met on 2026-09-20
                  Jose Nunes  Buyer  not contacted yet

                Linked from
                  Ann Lee     contacts/ann-lee.md:3
                  Jose Nunes  contacts/jose-nunes.md:4

                """)
    }

    @Test("an interview's dossier is the interview: when, with whom, its tasks; no referral chain")
    func interview() async throws {
        let run = try await show("2026-10-09-jose-nunez")
        #expect(run.status == 0)
        #expect(
            run.output == """
                Interview with José Núñez, 2026-10-09
                interviews/2026-10-09-jose-nunez.md

                Interviews
                  2026-10-09  José Núñez  held, 30 min, no thank-you yet  interviews/2026-10-09-jose-nunez.md

                Open tasks
                  [ ] send the article on emulsions    interviews/2026-10-09-jose-nunez.md:7

                """)
        let json = try await show("interviews/2026-10-09-jose-nunez.md", "--json")
        let dossier = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((dossier["referralChain"] as? [Any])?.isEmpty == true)
        #expect((dossier["interviews"] as? [Any])?.count == 1)
        #expect((dossier["openTasks"] as? [Any])?.count == 1)
    }

    @Test("a name that two notes share lists both, with how to name one")
    func ambiguousMessage() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/sam-lee.md": "---\nname: Sam Lee\n---\n",
            "organizations/sam-lee.md": "---\nname: Sam Lee\n---\n",
        ])
        let run = await CommandRun(["show", "sam lee", "--vault", folder.path])
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(
            run.errors == """
                error: 'sam lee' could mean 2 notes:
                  contacts/sam-lee.md
                  organizations/sam-lee.md
                Name one by its path, e.g. grapevine show contacts/sam-lee.md

                """)
    }

    @Test("the path in the ambiguity hint is quoted when it has a space, so it can be pasted")
    func ambiguousMessageQuotesPaths() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/Maria Lopez.md": "---\naliases: [Mari]\n---\n",
            // Not `Maria Lopez 2.md`: a sync tool's copy, which the name finds the original of (session 33).
            "contacts/Maria Diaz.md": "---\naliases: [Mari]\n---\n",
        ])
        let run = await CommandRun(["show", "Mari", "--vault", folder.path])
        #expect(run.status == 1)
        #expect(run.errors.hasSuffix("Name one by its path, e.g. grapevine show 'contacts/Maria Diaz.md'\n"))
    }

    @Test("one word of a name is enough when it names one person or organization")
    func oneWordOfAName() async throws {
        let run = try await show("Bolt")
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Bolt Labs\n"))
    }

    @Test(
        "an unknown name says so, offering close names when there are",
        arguments: [
            (
                "Jose Nune",
                "error: nothing in the vault is called 'Jose Nune'. Did you mean:\n"
                    + "  Jose Nunes (contacts/jose-nunes.md)\n"
            ),
            (
                "Bol",
                "error: nothing in the vault is called 'Bol'. Did you mean:\n  Bolt Labs (organizations/bolt-labs.md)\n"
            ),
            ("Zed Quill", "error: nothing in the vault is called 'Zed Quill'.\n"),
        ])
    func unknownMessage(name: String, expected: String) async throws {
        let run = try await show(name)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.errors == expected)
    }

    /// Trial E, finding 1: someone emailed whose only interview was called off is not "not
    /// contacted yet"; `show`, `path` and `report` tell the same story.
    @Test("a meeting called off is the latest word, as path and report say", arguments: ["cancelled", "no-show"])
    func meetingCalledOff(status: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/c.md":
                "---\nname: Cy Cancel\norganization: Zeta Co\nadded: 2026-12-20\nsource: alumni\n---\n"
                + "## Log\n- 2027-01-02 emailed\n",
            "interviews/2027-01-06-cy.md": "---\ncontact: Cy Cancel\ndate: 2027-01-06\nstatus: \(status)\n---\n",
        ])
        let today = ["--vault", folder.path, "--today", "2027-01-10"]
        let show = await CommandRun(["show", "Cy Cancel"] + today)
        #expect(show.status == 0)
        let how = status == "cancelled" ? "was cancelled" : "was a no-show"
        #expect(show.output.contains("the meeting on 2027-01-06 \(how); find a new time"))
        #expect(!show.output.contains("not contacted"))
        let json = await CommandRun(["show", "Cy Cancel", "--json"] + today)
        #expect(json.output.contains(#""statusCode" : "replied""#))
        let path = await CommandRun(["path", "Zeta Co"] + today)
        #expect(path.output.contains("replied  Cy Cancel"))
        #expect(path.output.contains("reschedule the meeting on 2027-01-06 with Cy Cancel"))
        let report = await CommandRun(["report", "--json"] + today)
        #expect(report.output.contains(#""replied" : 1"#))
    }

    /// Trial E, finding 11: an interview is titled by the people's names, not the reference as
    /// written (`[[maria-lopez]]`, `[[María López|Maria]]`), in `show` and `search` alike.
    @Test("an interview is titled by the person's name, however the reference is written")
    func interviewTitledByTheName() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/maria-lopez.md": "---\nname: María López\n---\n",
            "interviews/2026-10-14-maria-lopez.md": "---\ncontact: \"[[María López|Maria]]\"\ndate: 2026-10-14\n---\n",
            "interviews/2026-11-20-maria-lopez.md": "---\ncontact: \"[[maria-lopez]]\"\ndate: 2026-11-20\n---\n",
            "interviews/named.md": "---\nname: Coffee at the fair\ncontact: maria-lopez\ndate: 2026-11-21\n---\n",
        ])
        let today = ["--vault", folder.path, "--today", "2026-12-05"]
        let show = await CommandRun(["show", "María López"] + today)
        #expect(show.output.contains("Interview with María López, 2026-10-14"))
        #expect(show.output.contains("Interview with María López, 2026-11-20"))
        #expect(!show.output.contains("maria-lopez,") && !show.output.contains("with Maria,"))
        let search = await CommandRun(["search", "fair", "--json"] + today)
        #expect(search.output.contains(#""name" : "Coffee at the fair""#))
        let both = await CommandRun(["search", "2026-11-20", "--json"] + today)
        #expect(both.output.contains(#""name" : "Interview with María López, 2026-11-20""#))
    }

    /// An interview's own name, not only its graph node's, is the person's: its site page, the
    /// site's search, a reminder in it (in `next`, the site and the calendar) all read it.
    @Test("every place that names an interview names it by the person its contact resolves to")
    func interviewNamedByThePersonEverywhere() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/maria.md": "---\nname: Maria Lopez\naliases: [Mari]\n---\n",
            "interviews/a.md": "---\ncontact: \"[[maria]]\"\ndate: 2026-11-02\n---\n## Notes\nGood talk.\n",
            "interviews/b.md": "---\ncontact: \"[[Maria Lopez|Maria]]\"\ndate: 2026-11-03\n---\n",
            "interviews/c.md": "---\ncontact: \"[[Mari]]\"\ndate: 2026-11-04\nremind: 2026-11-20\n---\n",
        ])
        let today = ["--vault", folder.path, "--today", "2026-11-25"]
        let next = await CommandRun(["next", "--all"] + today)
        #expect(next.output.contains("Reminder about Interview with Maria Lopez, 2026-11-04"))
        let ics = await CommandRun(["export", "ics"] + today)
        #expect(ics.output.contains("SUMMARY:Reminder about Interview with Maria Lopez\\, 2026-11-04"))
        let search = await CommandRun(["search", "good talk"] + today)
        #expect(search.output.contains("Interview with Maria Lopez, 2026-11-02"))
        let out = folder.path + "/site"
        let site = await CommandRun(["site", "--out", out] + today)
        #expect(site.status == 0, "\(site.errors)")
        let pages = try SiteHTML.read(out)
        let script = try String(contentsOfFile: out + "/search-index.js", encoding: .utf8)
        for text in Array(pages.values) + [script, next.output, ics.output] {
            #expect(!text.contains("Interview with maria,") && !text.contains("Interview with Mari,"))
            #expect(!text.contains("Interview with Maria,"))
        }
        for (page, date) in [("a", "02"), ("b", "03"), ("c", "04")] {
            let html = try #require(pages.first { $0.key.hasSuffix("interviews/\(page).html") }?.value)
            #expect(html.contains("Interview with Maria Lopez, 2026-11-\(date)"))
            #expect(script.contains("Interview with Maria Lopez, 2026-11-\(date)"))
        }
    }

    @Test("someone whose Log holds only a plain dated note is not contacted, with no last touch, on every page")
    func plainNoteIsNoTouch() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/dana-ortiz.md": """
            ---
            name: Dana Ortiz
            added: 2026-11-20
            ---
            ## Log
            - 2026-11-25 Saw her talk at the meetup, want to reach out
            """
        ])
        let today = ["--vault", folder.path, "--today", "2026-12-06"]
        let show = await CommandRun(["show", "Dana Ortiz"] + today)
        #expect(show.output.contains("  Status  not contacted yet\n"))
        let json = await CommandRun(["show", "Dana Ortiz", "--json"] + today)
        let dossier = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(dossier["statusCode"] as? String == "not-contacted")
        #expect(dossier["lastTouch"] == nil)
        let out = folder.path + "/site"
        #expect(await CommandRun(["site", "--out", out] + today).status == 0)
        let page = try String(contentsOfFile: out + "/contacts/dana-ortiz.html", encoding: .utf8)
        #expect(page.contains("not contacted yet</p>"))
        #expect(!page.contains("last in touch"))
        let table = try String(contentsOfFile: out + "/contacts.html", encoding: .utf8)
        #expect(table.contains("not contacted yet"))
        #expect(!table.contains("2026-11-25"))
    }
}
