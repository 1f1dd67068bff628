import Testing

@testable import GrapevineCore

@Suite("Prose")
struct ProseTests {
    @Test(
        "lists read as English",
        arguments: [
            ([], ""), (["Sam"], "Sam"), (["Sam", "Ana"], "Sam and Ana"), (["Sam", "Ana", "Leo"], "Sam, Ana and Leo"),
        ])
    func list(items: [String], expected: String) {
        #expect(Prose.list(items) == expected)
    }

    @Test(
        "people with their organizations: said once when all share it, else after each person who has one",
        arguments: [
            ([("Kai Lee", "Impossible Foods")], "Kai Lee (Impossible Foods)"),
            (
                [("Kai Lee", "Impossible Foods"), ("Tom Baker", "Impossible Foods"), ("Bea Noor", "Impossible Foods")],
                "Kai Lee, Tom Baker and Bea Noor (Impossible Foods)"
            ),
            (
                [("Kai Lee", "Impossible Foods"), ("Tom Baker", "Impossible Foods"), ("Bea Noor", nil)],
                "Kai Lee (Impossible Foods), Tom Baker (Impossible Foods) and Bea Noor"
            ),
            ([("Bea Noor", nil), ("Kai Lee", "Impossible Foods")], "Bea Noor and Kai Lee (Impossible Foods)"),
            ([("Bea Noor", nil), ("Ivo Tan", nil)], "Bea Noor and Ivo Tan"),
        ] as [([(String, String?)], String)])
    func people(people: [(String, String?)], expected: String) {
        #expect(Prose.people(people.map { (name: $0.0, organization: $0.1) }) == expected)
    }

    @Test("items lose their wikilink brackets, and the comment after a dash")
    func items() {
        #expect(Prose.plain("Ask [[Grace Liu]] and [[José Núñez|José]] today") == "Ask Grace Liu and José today")
        #expect(Prose.plain("[[unclosed") == "[[unclosed")
        #expect(
            Prose.headline("Associate Food Scientist, req 4471 — Nadia will forward it")
                == "Associate Food Scientist, req 4471")
        #expect(Prose.headline("[[Sam Reyes]] - sensory") == "Sam Reyes")
        // A dated remark in brackets is the user's record; other brackets are part of the name.
        #expect(Prose.headline("Junior analyst posting (applied 2026-11-15)") == "Junior analyst posting")
        #expect(Prose.headline("Data Analyst (remote)") == "Data Analyst (remote)")
        #expect(Prose.headline("Data Analyst (req 2026-13-45)") == "Data Analyst (req 2026-13-45)")
        #expect(Prose.headline("(2026-11-15)") == "(2026-11-15)")
        #expect(Prose.comment("[[Grace Liu]] — regulatory at Greenway") == "regulatory at Greenway")
        #expect(Prose.comment("Grace Liu") == nil)
    }

    @Test("a line going into a message loses its Markdown: emphasis, code, strikethrough, a link's target")
    func inMessage() {
        #expect(
            Prose.inMessage(
                "I am a former [[Riverside Library|librarian]] moving into **UX research** ([portfolio](https://x.io/p))."
            )
                == "I am a former librarian moving into UX research (portfolio).")
        #expect(Prose.inMessage("~~Old book~~ _The new book_ by `Ann`") == "Old book The new book by Ann")
        #expect(Prose.inMessage("C# and snake_case stay") == "C# and snake_case stay")
        #expect(Prose.headline("**Data Analyst**, req 9 — via Sam") == "Data Analyst, req 9")
        // Trial N: a lead's bookkeeping is not part of the opening's name.
        #expect(Prose.headline("Research Associate at Bluepeak, posted 2026-11-30") == "Research Associate at Bluepeak")
        #expect(Prose.headline("Analyst, Payments, closes 2026-12-15") == "Analyst, Payments")
        #expect(Prose.headline("Analyst, Payments") == "Analyst, Payments")
        #expect(Prose.headline("Analyst (posted 2026-11-30)") == "Analyst")
    }

    @Test("quoted text loses the quotation marks around all of it, and a block quote its markup")
    func quotedText() {
        #expect(Prose.unquoted("\"Hiring managers want one study.\"") == "Hiring managers want one study.")
        #expect(Prose.unquoted("“Show one study.”") == "Show one study.")
        #expect(Prose.unquoted("\"One\" and \"two\"") == "\"One\" and \"two\"")
        #expect(Prose.unquoted("\"") == "\"")
        let callout = Callout.quotedText("> [!quote] Priya\n> \"Hiring managers want\n> one study.\"")
        #expect(callout == ["\"Hiring managers want", "one study.\""])
        #expect(Callout.quotedText("> plain quote\n>> nested") == ["plain quote", "nested"])
        #expect(Callout(firstLine: "[!note]- Folded title") == Callout(kind: "note", title: "Folded title"))
        #expect(Callout(firstLine: "[link] text") == nil)
        #expect(Callout(firstLine: "[!] empty") == nil)
    }

    @Test("a source reads as English after 'I found you through'")
    func sourceInASentence() {
        for (source, sentence) in [
            ("former colleague", "I found you through a former colleague."),
            ("former student's parent", "I found you through a former student's parent."),
            ("old classmate", "I found you through an old classmate."),
            ("my sister", "I found you through my sister."), ("Acme Slack", "I found you through Acme Slack."),
            ("twitter", "I found you through Twitter."), ("alumni", "I found you through our alumni network."),
            ("bootcamp", "I found you through a bootcamp."), ("internship", "I found you through an internship."),
            ("friends", "I found you through friends."), ("github", "I found you through GitHub."),
            ("co-worker", "I found you through a co-worker."), ("Bootcamp", "I found you through Bootcamp."),
            ("https://lumen.health/team", "I found you through https://lumen.health/team."),
        ] {
            #expect(DraftComposer.connection(source: source) == sentence)
        }
        // A remark is given back to say in your words, not made "I found you through a never met, …".
        for remark in [
            "never met, found on LinkedIn", "Ann's friend; ask about the pilot", "forum (the triage thread)",
            "Slack — #design", "note: from the webinar", "HIMSS - booth 12",
        ] {
            #expect(DraftComposer.connection(source: remark) == "[Say how you found them: \(remark)]")
        }
        #expect(
            DraftComposer.connection(source: "a post she wrote on the informatics forum")
                == "I found you through a post she wrote on the informatics forum.")
        // A LinkedIn connection (imported, `connected:`) is no stranger whose profile you came across.
        let connected = LocalDate("2019-03-14")
        let reminder = "[Say how you know each other: you are connected on LinkedIn.]"
        #expect(DraftComposer.connection(source: "linkedin", connected: connected) == reminder)
        #expect(DraftComposer.connection(source: nil, connected: connected) == reminder)
        #expect(DraftComposer.connection(source: "linkedin") == "I came across your profile on LinkedIn.")
        #expect(
            DraftComposer.connection(source: "alumni", connected: connected)
                == "I found you through our alumni network.")
    }

    @Test("greetings for names with a remark, an initial, or a title that goes with the first name")
    func greetings() {
        for (name, greeting) in [
            ("Dr. Jane Smith (Stanford)", "Dr. Smith"), ("Rev. Amy Lo", "Rev. Lo"), ("Sir Ian McKellen", "Sir Ian"),
            ("J. Robert Oppenheimer", "Robert"), ("Jane Smith (Stanford)", "Jane"), ("Zoë", "Zoë"),
            ("Mary O'Brien", "Mary"),
            // A family name in capitals, first or last, is not the first name, nor shouted.
            ("WATANABE Kenji", "Kenji"), ("Dr. WATANABE Kenji", "Dr. Watanabe"), ("Jean-Pierre DUPONT", "Jean-Pierre"),
            ("Prof. DE LA TOUR Anne-Sophie", "Prof. de la Tour"), ("Dr. O'BRIEN-SMITH Ann", "Dr. O'Brien-Smith"),
            ("AJ Patel", "AJ"),
        ] {
            #expect(Prose.greetingName(name) == greeting, "\(name)")
        }
    }

    @Test("first sentences, first names and word counts")
    func sentences() {
        #expect(Prose.firstSentence("I taught chemistry. Then food.") == "I taught chemistry.")
        #expect(Prose.firstSentence("Version 2.0 is out") == "Version 2.0 is out")
        #expect(Prose.firstName("Mary O'Brien") == "Mary")
        #expect(Prose.firstName("Zoë") == "Zoë")
        #expect(Prose.firstName("Dr. Nkechi Obi") == "Nkechi")
        #expect(Prose.firstName("Lopez, Maria") == "Maria")
        #expect(Prose.firstName("Robert \"Bob\" Smith") == "Robert")
        #expect(Prose.wordCount("Hi Grace,\n\nWould you have 20 minutes?") == 7)
    }

    @Test(
        "when something happened, seen from 2026-11-18 (a Wednesday)",
        arguments: [
            ("2026-11-18", "today"), ("2026-11-17", "yesterday"), ("2026-11-16", "on Monday, 16 November"),
            ("2026-11-13", "on Friday, 13 November"), ("2026-11-11", "on Wednesday, 11 November"),
            ("2026-01-02", "on Friday, 2 January"), ("2025-11-30", "on Sunday, 30 November 2025"),
            ("2027-01-04", "on Monday, 4 January 2027"),
        ])
    func when(date: String, expected: String) {
        #expect(Prose.when(LocalDate(valid: date), today: LocalDate(valid: "2026-11-18")) == expected)
    }

    @Test(
        "dates in letters are words, with the year only when it is not this year's (today 2026-12-03)",
        arguments: [
            ("2026-12-01", "Tuesday, 1 December"), ("2026-01-01", "Thursday, 1 January"),
            ("2025-11-30", "Sunday, 30 November 2025"), ("2027-02-28", "Sunday, 28 February 2027"),
            ("2024-02-29", "Thursday, 29 February 2024"),
        ])
    func dateInWords(date: String, expected: String) {
        #expect(Prose.date(LocalDate(valid: date), today: LocalDate(valid: "2026-12-03")) == expected)
    }

    @Test(
        "a greeting keeps a title with the family name, else uses the first name",
        arguments: [
            ("Dr. Nkechi Obi", "Dr. Obi"), ("Prof. Hans Meyer", "Prof. Meyer"),
            ("Professor Ada Lovelace", "Professor Lovelace"), ("Mr. Sam Reyes", "Mr. Reyes"),
            ("Ms. Grace Liu", "Ms. Liu"), ("Mrs. Mary O'Brien", "Mrs. O'Brien"), ("Mx. Jun Park", "Mx. Park"),
            ("dr Nkechi Obi", "dr Obi"), ("Dr. Obi", "Dr. Obi"), ("Prof. Dr. Hans Meyer", "Prof. Dr. Meyer"),
            ("Dr. Nkechi Obi, PhD", "Dr. Obi"), ("Mr. Sam Reyes Jr.", "Mr. Reyes"), ("Mr. Sam Reyes, Jr.", "Mr. Reyes"),
            ("Dr. Maria de la Cruz", "Dr. de la Cruz"), ("Dr. Ludwig van Beethoven", "Dr. van Beethoven"),
            ("Nkechi Obi", "Nkechi"), ("Nkechi Obi, PhD", "Nkechi"), ("Mary O'Brien", "Mary"), ("Zoë", "Zoë"),
            ("Drew Barry", "Drew"), ("Ms", "Ms"),
            // Trial E, finding 3: read as the vCard export reads them.
            ("Lopez, Maria", "Maria"), ("Lopez, Maria Elena", "Maria"), ("O'Brien, Dr. Mary", "Dr. O'Brien"),
            ("Robert \"Bob\" Smith", "Bob"), ("Robert (Bob) Smith", "Bob"), ("José “Pepe” Núñez", "Pepe"),
            ("Dr. Robert \"Bob\" Smith", "Dr. Smith"), ("Fr. John Smith", "Fr. Smith"),
        ])
    func greeting(name: String, expected: String) {
        #expect(Prose.greetingName(name) == expected)
    }
}
