import Foundation
import TestSupport
import Testing

@testable import GrapevineCore

/// The ways a public site named a private note that a trial found: a reply quoted in a step,
/// a link in a public note's `title` or `name`, a Leads item, a page an earlier build left in
/// the folder. Every file of the site is searched for the private note's name, aliases, file
/// name and slug, in any case.
@Suite("site --public: a private note named nowhere, however it is written")
struct PublicLeakTests {
    /// The site of `files` built into a folder of its own: site-relative path → contents, and
    /// what the build says.
    static func build(
        _ files: [String: String], isPublic: Bool, in folder: TestFolder? = nil
    ) async throws -> (files: [String: String], summary: SiteBuilder.Summary) {
        let folder = try folder ?? TestFolder()
        try folder.write(files)
        let vault = VaultLoader.load(root: folder.root)
        let builder = SiteBuilder(
            vault: vault, today: LocalDate(valid: "2026-10-20"), isPublic: isPublic,
            templates: try SiteTemplates(vaultRoot: folder.root))
        let summary = try await builder.build(into: SiteFolder.prepare(folder.root + "/_site"))
        return (try SiteHTML.read(folder.root + "/_site"), summary)
    }

    /// The files of `site` whose path or text holds one of `words`, in any case.
    static func places(of words: [String], in site: [String: String]) -> [String] {
        site.compactMap { path, text in
            let (path, text) = (path.lowercased(), text.lowercased())
            return words.contains { path.contains($0) || text.contains($0) } ? path : nil
        }.sorted()
    }

    static let sam = "---\nname: Sam Secret\naliases: [Sammy Hidden]\nprivate: true\n---\nSECRET body\n"
    /// How a private note can be written in another's text: `sam` is its file stem.
    static let samWords = ["sammy", "sam secret", "sam-secret", "contacts/sam", "sam.md", "secret body"]

    /// Trial E, finding 7: the interview step shows `location:` and the link to join; on the
    /// public site only where those keys are public (a link in the body is, as the body is).
    @Test("the public site's interview step leaves out a location and a link that are not public")
    func interviewPlaceIsNotPublished() async throws {
        let files = [
            "contacts/uma.md": "---\nname: Uma Ueda\n---\n",
            "interviews/2026-10-22-uma.md":
                "---\ncontact: Uma Ueda\ndate: 2026-10-22 09:30\nlocation: 12 Hidden Lane\n"
                + "link: https://zoom.us/j/777\n---\n",
            "interviews/2026-10-23-uma.md":
                "---\ncontact: Uma Ueda\ndate: 2026-10-23 09:30\n---\nJoin at <https://meet.google.com/body-link>.\n",
        ]
        let site = try await Self.build(files, isPublic: true).files
        #expect(Self.places(of: ["hidden lane", "zoom.us/j/777"], in: site).isEmpty)
        #expect(!Self.places(of: ["meet.google.com/body-link"], in: site).isEmpty)
        let own = try await Self.build(files, isPublic: false).files
        #expect(!Self.places(of: ["hidden lane", "zoom.us/j/777"], in: own).isEmpty)
    }

    @Test("a reply quoted in a step hides a private note however it is named; the Log entry too")
    func aQuotedReply() async throws {
        let files = [
            "contacts/sam.md": Self.sam,
            "contacts/pete.md": """
            ---
            name: Pete Public
            added: 2026-10-01
            ---
            ## Log
            - 2026-10-02 emailed: hello
            - 2026-10-04 replied: A=[[Sammy Hidden]] B=[[sam]] C=[[contacts/sam]] D=[[contacts/sam.md]] \
            E=[[sam secret]] F=[[Sam Secret#Log]] G=[[sam-secret]] H=[Sam Secret](sam.md) I=[[Sam Secret|our friend]] \
            J=SAM SECRET'S K=sammy hidden
            """,
        ]
        let site = try await Self.build(files, isPublic: true).files
        #expect(Self.places(of: Self.samWords, in: site) == [])
        let quote =
            "A=(private) B=(private) C=(private) D=(private) E=(private) F=(private) G=(private) "
            + "H=(private) I=(private) J=(private)&#39;S K=(private)"
        #expect(site["index.html"]?.contains(quote) == true, "the step on the dashboard")
        #expect(site["contacts/pete.html"]?.components(separatedBy: quote).count == 3, "the step and the Log")
        let full = try await Self.build(files, isPublic: false).files
        // For yourself the step reads as the Log does: a wikilink as its label or target.
        #expect(full["index.html"]?.contains("A=Sammy Hidden B=sam") == true)
        #expect(full["index.html"]?.contains("I=our friend") == true)
    }

    @Test("a link to a private note in a public note's title, name, tags or field names it nowhere")
    func frontMatterLinks() async throws {
        let files = [
            ".grapevine/config.yml": "public_fields: [met_via]\n",
            "contacts/sam.md": Self.sam,
            "contacts/pete.md": """
            ---
            name: Pete Public
            title: "Friend of [[Sammy Hidden]], works with [Sam](sam.md)"
            met_via: "[[contacts/sam|a friend]]"
            tags: ["[[Sam Secret]]", food]
            ---
            """,
            "contacts/pat.md": "---\nname: \"Pat ([[Sam Secret]] cousin)\"\norganization: Acme\n---\n",
            "organizations/acme.md": "---\nname: Acme\nindustry: \"Snacks, run by [[sam]]\"\n---\n",
        ]
        let site = try await Self.build(files, isPublic: true).files
        #expect(Self.places(of: Self.samWords + ["/sam"], in: site) == [])
        // "Sam" alone is Sam Secret's given name, and nobody on the site is called so.
        #expect(site["contacts/pete.html"]?.contains("Friend of (private), works with (private)") == true)
        #expect(site["contacts/pete.html"]?.contains("a friend") == false)
        #expect(site["contacts.html"]?.contains("Pat ((private) cousin)") == true)
        #expect(site["graph.html"]?.contains("Pat ((private) cousin)") == true)
        #expect(site["organizations/acme.html"]?.contains("Snacks, run by (private)") == true)
        #expect(site.keys.contains("tags/private.html") && site.keys.contains("tags/food.html"))
        let full = try await Self.build(files, isPublic: false).files
        #expect(full["contacts.html"]?.contains("Pat ([[Sam Secret]] cousin)") == true)
    }

    @Test("Leads, Referrals and the agenda hide a private name; a public name that holds an alias stays")
    func namesInAnInterview() async throws {
        let files = [
            "contacts/sam.md": "---\nname: Samuel Secret\naliases: [Sam]\nprivate: true\n---\n",
            "contacts/park.md": "---\nname: Sam Park\n---\n",
            "interviews/2026-10-05-park.md": """
            ---
            contact: "[[Sam Park]]"
            date: 2026-10-05
            ---
            Prose hides them too: Sam said hello.

            ## Agenda
            - [x] ask about Samuel Secret
            ## Referrals
            - [[Samuel Secret]] — CTO, ask Sam first
            - sam (her boss)
            ## Leads
            - Analyst role via Samuel Secret's team, ask [[Sam Park|Sam]] or Sam Park
            """,
        ]
        let site = try await Self.build(files, isPublic: true).files
        #expect(Self.places(of: ["samuel", "secret"], in: site) == [])
        let page = try #require(site["interviews/2026-10-05-park.html"])
        #expect(page.contains("ask about (private)"))
        #expect(page.contains("(private) — CTO, ask (private) first"))
        #expect(page.contains("<li>(private) (her boss)</li>"), "an item naming them by their file name")
        #expect(
            page.contains(
                "Analyst role via (private)&#39;s team, ask <a href=\"../contacts/park.html\">Sam</a> or Sam Park"))
        #expect(page.contains("Prose hides them too: (private) said hello."), "a private alias in the Markdown")
        #expect(site["index.html"]?.contains("Apply: Analyst role via (private)&#39;s team") == true)
    }

    @Test("a page an earlier build wrote and you edited is kept, and every public build names it")
    func anEditedPageIsNamed() async throws {
        let folder = try TestFolder()
        let files = ["contacts/sam.md": Self.sam, "contacts/pete.md": "---\nname: Pete\n---\n"]
        _ = try await Self.build(files, isPublic: false, in: folder)
        let page = folder.root + "/_site/contacts/sam.html"
        let edited = try String(contentsOfFile: page, encoding: .utf8) + "<!-- touched -->\n"
        try edited.write(toFile: page, atomically: false, encoding: .utf8)
        for _ in 1...2 {
            let summary = try await Self.build(files, isPublic: true, in: folder).summary
            #expect(summary.kept == ["contacts/sam.html"])
            #expect(summary.removed == [])
        }
        try FileManager.default.removeItem(atPath: page)
        #expect(try await Self.build(files, isPublic: true, in: folder).summary.kept == [])
    }

    static let zelda = "---\nname: Zelda Quist\naliases: [Zqx Alias]\nprivate: true\n---\nZBODY\n"
    /// How a private Zelda Quist (alias Zqx Alias) can be written: every file of the site is
    /// searched for these, in any case.
    static let zeldaWords = ["quist", "zqx", "zbody", "zelda"]

    /// Trial O, finding 2: a public `title: Assistant to Zelda Quist` was on the contacts table
    /// and Paul's page while the search index of the same build said "Assistant to (private)";
    /// an alias in a tag made a tag page of its own.
    @Test("a private name or alias as plain words in a public title, tag or field is hidden on every page")
    func plainNamesInFrontMatter() async throws {
        let files = [
            ".grapevine/config.yml": "public_fields: [met_via]\n",
            "contacts/zelda.md": Self.zelda,
            "contacts/paul.md": """
            ---
            name: Paul Public
            title: Assistant to Zelda Quist
            met_via: ZQX ALIAS's party
            tags: [Zqx Alias, zelda-quist, friends]
            organization: Acme
            added: 2026-10-01
            ---
            """,
            "contacts/pia.md": "---\nname: Pia Public\ntitle: \"Works with [[Paul Public]], not Zqx-Alias\"\n---\n",
            "organizations/acme.md": "---\nname: Acme\nindustry: Run by Zelda Quist's family\n---\n",
        ]
        let site = try await Self.build(files, isPublic: true).files
        #expect(Self.places(of: Self.zeldaWords, in: site) == [])
        for page in ["contacts.html", "contacts/paul.html", "search-index.js"] {
            #expect(site[page]?.contains("Assistant to (private)") == true, "\(page)")
        }
        #expect(site["contacts/paul.html"]?.contains("(private)&#39;s party") == true)
        let pia = try #require(site["contacts/pia.html"])
        #expect(pia.contains("Works with [[Paul Public]], not (private)"), "a link to a page stays")
        #expect(site["organizations/acme.html"]?.contains("Run by (private)&#39;s family") == true)
        #expect(site.keys.contains("tags/private.html") && site.keys.contains("tags/friends.html"))
        let full = try await Self.build(files, isPublic: false).files
        #expect(full["contacts.html"]?.contains("Assistant to Zelda Quist") == true)
        #expect(full.keys.contains("tags/zqx-alias.html"))
    }

    /// Zelda's private note, and a public interview with Paul Public whose Referrals are `items`.
    static func paulMet(referring items: String) -> [String: String] {
        [
            "contacts/zelda.md": zelda,
            "contacts/paul.md": "---\nname: Paul Public\nadded: 2026-10-01\n---\n",
            "interviews/2026-10-10-paul.md":
                "---\ncontact: \"[[Paul Public]]\"\ndate: 2026-10-10\n---\n## Referrals\n" + items + "\n",
        ]
    }

    /// Trial O, finding 3: `- Quist, Zelda` in a public interview's Referrals made a person
    /// "Quist" with a page, a graph node, a step, and a hint "did you mean (private)". (It is
    /// now Zelda Quist herself, family name first: `familyNameFirstOfAPrivateNote`.)
    @Test(
        "a person with no note whom look-alike matching ties to a private note is left out, the item hidden",
        arguments: ["Zelda Quistt", "Z. Quist", "Quist (Zelda)", "Zelda Q."])
    func lookAlikeOfAPrivateNote(written: String) async throws {
        let files = Self.paulMet(
            referring: "- \(written) — met her at the fair\n- Karl Newman — met him at the fair\n"
                + "- Paul Publik, his cousin")
        let site = try await Self.build(files, isPublic: true).files
        #expect(Self.places(of: Self.zeldaWords + ["met her"], in: site) == [])
        let interview = try #require(site["interviews/2026-10-10-paul.html"])
        #expect(interview.contains("<li>(private)</li>"), "\(interview)")
        #expect(site["search-index.js"]?.contains("(private)\\nKarl Newman — met him") == true)
        // People tied to no private note keep their pages and what their items say; a slip
        // for a public note's name too.
        let people = site.keys.filter { $0.hasPrefix("people/") }.sorted()
        #expect(people == ["people/karl-newman.html", "people/paul-publik.html"])
        #expect(interview.contains("met him at the fair") && interview.contains("his cousin"))
        let full = try await Self.build(files, isPublic: false).files
        #expect(!Self.places(of: ["met her at the fair"], in: full).isEmpty)
    }

    /// Privacy trial 27: `- talk to Janie Q in HR`, for a private note whose alias is `Janie Q`,
    /// named "Janie" (a lone capital is no word of a name): the public site had
    /// `people/janie.html`, a box in the graph and "Contact Janie … Noted with the name: Q in HR".
    @Test("a person named in words that are part of a private name written in full is left out")
    func partOfAPrivateName() async throws {
        let files = [
            "contacts/jane.md": "---\nname: Jane Secret\naliases: [Janie Q]\nprivate: true\n---\n",
            "contacts/paul.md": "---\nname: Paul Public\nadded: 2026-10-01\n---\n",
            "interviews/2026-10-10-paul.md": """
            ---
            contact: "[[Paul Public]]"
            date: 2026-10-10
            ---
            ## Referrals
            - talk to Janie Q in HR
            - Karl Newman — met him at the fair
            """,
        ]
        let site = try await Self.build(files, isPublic: true).files
        #expect(Self.places(of: ["janie", "q in hr", "secret"], in: site) == [])
        #expect(site.keys.filter { $0.hasPrefix("people/") } == ["people/karl-newman.html"])
        #expect(site["interviews/2026-10-10-paul.html"]?.contains("<li>(private)</li>") == true)
        let full = try await Self.build(files, isPublic: false).files
        #expect(!Self.places(of: ["janie"], in: full).isEmpty)
    }

    @Test("a private note's name written family name first is that note: hidden as its name written in full is")
    func familyNameFirstOfAPrivateNote() async throws {
        let files = Self.paulMet(referring: "- Quist, Zelda — met her at the fair\n- Zelda Quist — met her twice")
        let site = try await Self.build(files, isPublic: true).files
        #expect(Self.places(of: Self.zeldaWords, in: site) == [])
        let interview = try #require(site["interviews/2026-10-10-paul.html"])
        #expect(interview.contains("<li>(private) — met her at the fair</li>"), "\(interview)")
        #expect(interview.contains("<li>(private) — met her twice</li>"))
        #expect(!site.keys.contains { $0.hasPrefix("people/") }, "\(site.keys.sorted())")
    }

    /// Privacy trial 27: the open task `- [ ] email Zelda Quist` read "email (private)" in the
    /// step and the search index, and "email Zelda Quist" in the Next steps section of the same
    /// page; prose, a heading, a table and a name broken over two lines did the same.
    @Test("a private name written as plain words in a public note's Markdown is hidden on its page")
    func plainNamesInTheBody() async throws {
        let files = [
            "contacts/zelda.md": Self.zelda,
            "contacts/paul.md": "---\nname: Paul Public\n---\n",
            "organizations/acme.md": """
            ---
            name: Acme
            ---
            ## Research
            Zelda Quist runs the lab; ask Zqx Alias's team. A name broken by the editor: Zelda
            Quist.

            | who | what |
            | --- | --- |
            | zelda-quist | lead |
            """,
            "interviews/2026-10-10-paul.md": """
            ---
            contact: "[[Paul Public]]"
            date: 2026-10-10
            ---
            # Coffee, and what Zelda Quist said
            See `Zelda Quist` and <https://example.com/zelda-quist>.
            ## Next steps
            - [ ] email Zelda Quist
            - [ ] thank [[Paul Public]]
            """,
        ]
        let site = try await Self.build(files, isPublic: true).files
        #expect(Self.places(of: Self.zeldaWords, in: site) == [])
        let interview = try #require(site["interviews/2026-10-10-paul.html"])
        #expect(interview.contains("email (private)</li>"), "\(interview)")
        #expect(interview.contains("thank <a href=\"../contacts/paul.html\">Paul Public</a>"))
        #expect(try #require(site["organizations/acme.html"]).contains("(private) runs the lab; ask (private)'s team"))
        let full = try await Self.build(files, isPublic: false).files
        #expect(full["interviews/2026-10-10-paul.html"]?.contains("email Zelda Quist") == true)
        #expect(full["organizations/acme.html"]?.contains("Zelda Quist runs the lab") == true)
    }

    /// Privacy trial 27: `email`, `phone` and a field listed in `private_fields` were left out of
    /// Pat's details, and published a few lines lower where her body, her Log, a task and another
    /// note's public field repeated them; a private note's address written in a public note too.
    @Test(
        "the values of private fields are hidden wherever they are written, with or without a private note",
        arguments: [false, true])
    func privateValuesRepeated(withPrivateNote: Bool) async throws {
        var files = [
            ".grapevine/config.yml": "private_fields: [email, phone, salary_band]\npublic_fields: [met_via]\n",
            "contacts/pat.md": """
            ---
            name: Pat Public
            email: pat@public.example
            mobile: "+1 555 0142"
            salary_band: BANDPAT9
            added: 2026-10-01
            ---
            Reach her at pat@public.example or +1 555 0142 (band BANDPAT9). None of them is shown.

            ## Log
            - 2026-10-02 emailed: PAT@PUBLIC.EXAMPLE bounced, called 555-0142 instead
            - [ ] ask about band bandpat9 due 2026-10-22
            """,
            "contacts/bob.md": "---\nname: Bob Open\nemail: none\nmet_via: \"Pat, 555 0142\"\n---\nNone of them.\n",
            "notes/directory.md":
                "---\ntitle: Directory\n---\n| who | how |\n| --- | --- |\n| Pat | <pat@public.example> |\n",
        ]
        if withPrivateNote {
            files["contacts/jane.md"] = "---\nname: Jane Secret\nemail: jane@hush.example\nprivate: true\n---\n"
            files["notes/directory.md"]! += "| Jane | jane@hush.example |\n"
        }
        let site = try await Self.build(files, isPublic: true).files
        let secrets = ["pat@public", "555 0142", "555-0142", "bandpat9", "hush.example"]
        #expect(Self.places(of: secrets, in: site) == [])
        let pat = try #require(site["contacts/pat.html"])
        #expect(pat.contains("Reach her at (private) or (private) (band (private)). None of them is shown."), "\(pat)")
        #expect(site["contacts/bob.html"]?.contains("None of them.") == true, "an email of 'none' is no address")
        #expect(site["index.html"]?.contains("ask about band (private)") == true)
        let full = try await Self.build(files, isPublic: false).files
        #expect(Self.places(of: ["bandpat9"], in: full).contains("contacts/pat.html"))
        #expect(full["notes/directory.html"]?.contains("pat@public.example") == true)
    }

    /// Privacy trial 27: a referral given in a private interview and stated again in public (a
    /// `referred_by`, a later public interview) is one edge, and it kept the private interview
    /// as its source and its date: the public dashboard's step quoted the private item ("Noted
    /// with the name: PRIVREMARK …") and was due three days after the private meeting, and the
    /// referrer's "Who they led to" was dated by it.
    @Test("a referral also given in a private interview is dated and quoted by the public notes alone")
    func referralAlsoGivenInPrivate() async throws {
        let files = [
            "contacts/bob.md": "---\nname: Bob Open\nadded: 2026-09-01\n---\n## Log\n- 2026-09-02 emailed: hi\n",
            "contacts/eve.md": "---\nname: Eve Plain\nreferred_by: \"[[Bob Open]]\"\n---\n",
            "contacts/fay.md": "---\nname: Fay Both\n---\n",
            "interviews/2026-10-01-bob.md": """
            ---
            contact: "[[Bob Open]]"
            date: 2026-10-01
            private: true
            ---
            ## Referrals
            - [[Eve Plain]] — PRIVEVE from the private meeting
            - [[Fay Both]] — PRIVFAY said in confidence
            """,
            "interviews/2026-10-12-bob.md":
                "---\ncontact: \"[[Bob Open]]\"\ndate: 2026-10-12\n---\n## Referrals\n- [[Fay Both]] (in HR)\n",
        ]
        let site = try await Self.build(files, isPublic: true).files
        #expect(Self.places(of: ["priveve", "privfay", "confidence", "2026-10-01", "2026-10-04"], in: site) == [])
        let bob = try #require(site["contacts/bob.html"])
        #expect(bob.contains("Fay Both</a> <time datetime=\"2026-10-12\">"), "\(bob)")
        let full = try await Self.build(files, isPublic: false).files
        #expect(full["contacts/bob.html"]?.contains("Fay Both</a> <time datetime=\"2026-10-01\">") == true)
        #expect(!Self.places(of: ["privfay"], in: full).isEmpty)
    }

    /// A remark (`- [[Jo Park]] (Zelda Quist's deputy)`) is shown beside the person on the
    /// public site as on the full one, with what the site hides hidden as on the interview's
    /// own page, which shows the same words.
    @Test("a referral's remark on a public site hides a private name as the interview page does")
    func remarksOnAPublicSite() async throws {
        let files = [
            "contacts/zelda.md": Self.zelda,
            "contacts/ann.md": "---\nname: Ann Ames\n---\n",
            "contacts/jo.md": "---\nname: Jo Park\n---\n",
            "interviews/2026-10-02-ann.md":
                "---\ncontact: \"[[Ann Ames]]\"\ndate: 2026-10-02\n---\n## Referrals\n- [[Jo Park]] (Zelda Quist's deputy)\n",
        ]
        let site = try await Self.build(files, isPublic: true).files
        #expect(Self.places(of: Self.zeldaWords, in: site) == [])
        // The interview's page shows the item as written; the pages of the people, the remark alone.
        #expect(site["interviews/2026-10-02-ann.html"]?.contains("((private)&#39;s deputy)") == true)
        let remark = "(private)&#39;s deputy"
        #expect(site["contacts/ann.html"]?.contains("<span class=\"remark\">" + remark + "</span>") == true)
        #expect(site["contacts/jo.html"]?.contains("gave you the name: " + remark) == true)
        let full = try await Self.build(files, isPublic: false).files
        #expect(full["contacts/jo.html"]?.contains("gave you the name: Zelda Quist&#39;s deputy<") == true)
    }

    /// Privacy trial 27: Vault-Example's public `about-this-vault.md` says "José and Keiko" and
    /// "Sam, Keiko" of the private Keiko Tanaka; the public site and its search index had them.
    @Test("a private person's given or family name alone is hidden, unless someone on the site has it too")
    func givenAndFamilyNames() async throws {
        let files = [
            "contacts/keiko.md": "---\nname: Keiko Tanaka\nprivate: true\n---\n",
            "contacts/reyes.md": "---\nname: Sam Reyes\nprivate: true\n---\n",
            "contacts/sam.md": "---\nname: Sam Park\n---\n",
            "notes/about.md": """
            ---
            title: About
            ---
            Thanked: José and Keiko; Ms Tanaka's course; Keiko's notes. Sam said hello, and Reyes too.
            ## Log
            - [ ] ask Keiko about the course
            """,
        ]
        let site = try await Self.build(files, isPublic: true).files
        #expect(Self.places(of: ["keiko", "tanaka", "reyes"], in: site) == [])
        let about = try #require(site["notes/about.html"])
        #expect(
            about.contains(
                "Thanked: José and (private); Ms (private)'s course; (private)'s notes. Sam said hello, and (private) too."
            ),
            "\(about)")
        let full = try await Self.build(files, isPublic: false).files
        #expect(full["notes/about.html"]?.contains("José and Keiko") == true)
    }

    // MARK: Names as plain words

    @Test(
        "a name is found in any case, with accents and apostrophes folded, its words joined by - _ .",
        arguments: [
            ("Call Sam Reyes today", "Call (private) today"),
            ("call sam reyes, SAM REYES and Sam  Reyes", "call (private), (private) and (private)"),
            ("sam-reyes sam_reyes sam.reyes", "(private) (private) (private)"),
            ("Sam Reyes's deck, Sam Reyes’s too", "(private)'s deck, (private)’s too"),
            ("'Sam Reyes' said", "'(private)' said"),
            ("José Núñez and JOSE NUNEZ", "(private) and (private)"),
            ("Sam, Reyes and Samantha", "Sam, Reyes and Samantha"),
            ("Sam Reyesford", "Sam Reyesford"),
            ("Sammy's idea", "(private)'s idea"),
            ("Sam Park and Sam", "Sam Park and Sam"),
        ])
    func plainNames(text: String, hidden: String) {
        let names = LeftOutNames(leftOut: ["Sam Reyes", "José Núñez", "Sammy"], shown: ["Sam Park", "Sam"])
        #expect(names.hiding(in: text) == hidden)
    }

    @Test("a name on the site that holds a private one stays whole, unless the private one goes on past it")
    func longerNamesOnTheSite() {
        let names = LeftOutNames(
            leftOut: ["Elena Dlamini", "Jun Nguyen", "Grace Kim"],
            shown: ["Alice Elena Dlamini", "Min-jun Nguyen", "Ann Grace"])
        #expect(names.hiding(in: "Alice Elena Dlamini met Elena Dlamini") == "Alice Elena Dlamini met (private)")
        #expect(names.hiding(in: "Min-jun Nguyen and Jun Nguyen") == "Min-jun Nguyen and (private)")
        #expect(names.hiding(in: "Ann Grace Kim") == "Ann (private)")
    }

    @Test func aNameOnBothSidesIsHidden() {
        // A private note and a public one of the same name: the words may be either's.
        let names = LeftOutNames(leftOut: ["Sam"], shown: ["Sam", "Sam Park"])
        #expect(names.hiding(in: "Sam and Sam Park") == "(private) and Sam Park")
        #expect(names.hiding(in: "Sam and Sam Park", except: [0..<3]) == "Sam and Sam Park")
    }

    // MARK: Names that are ordinary words

    @Test(
        "a one-word name is hidden where written as a name, capitalized and alone, not as an ordinary word",
        arguments: [
            ("Schedule a meeting with Samuel Wu", "Schedule a meeting with Samuel Wu"),
            ("in-person, In-Person, person-centred", "in-person, In-Person, person-centred"),
            ("data viz meeting. Meeting-notes", "data viz meeting. Meeting-notes"),
            ("Meeting went well; MEETING again", "(private) went well; (private) again"),
            ("Ask Person's view, 'Meeting' said", "Ask (private)'s view, '(private)' said"),
            ("ask sammy, Sammy and SAMMY", "ask (private), (private) and (private)"),
            ("call sam reyes, sam-reyes and Sam Reyes", "call (private), (private) and (private)"),
        ])
    func ordinaryWords(text: String, hidden: String) {
        let names = LeftOutNames(leftOut: ["Meeting", "Person", "Sam Reyes", "sammy"], shown: ["Samuel Wu"])
        #expect(names.hiding(in: text) == hidden)
    }

    /// Trial N, finding 1: Obsidian templates whose front matter cannot be read are left out,
    /// and their names, "Meeting" and "Person", were hidden in the site's own words.
    @Test("a note left out named Meeting or Person hides neither word in steps, search or Log")
    func templatesNamedAfterOrdinaryWords() async throws {
        let files = [
            "Templates/Meeting.md":
                "---\ntype: interview\ncontact: \"[[{{title}}]]\"\ndate: {{date:YYYY-MM-DD}}\n---\n",
            "Templates/Person.md": "---\ntype: contact\nname: \"{{title}}\"\nadded: {{date:YYYY-MM-DD}}\n---\n",
            "contacts/sam.md":
                "---\nname: Sam Wu\nadded: 2026-10-01\n---\n## Log\n- 2026-10-10 emailed: data viz meeting\n"
                + "- 2026-10-12 replied: happy to meet in person\n",
            "interviews/2026-10-05-ada.md": "---\ncontact: Ada Park\ndate: 2026-10-05\nmode: in-person\n---\n",
            "contacts/ada.md":
                "---\nname: Ada Park\n---\n## Log\n- 2026-10-06 thanked: Meeting notes sent to Person\n",
        ]
        let site = try await Self.build(files, isPublic: true).files
        let index = try #require(site["index.html"])
        #expect(index.contains("Schedule a meeting with Sam Wu"))
        #expect(try #require(site["contacts/sam.html"]).contains("happy to meet in person"))
        let search = try #require(site.first { $0.key.hasPrefix("search") && $0.key.hasSuffix(".js") }?.value)
        #expect(search.contains("data viz meeting"))
        #expect(search.contains("in-person"))
        #expect(!site.values.contains { $0.contains("in-(private)") || $0.contains("a (private) with") })
        // Written as the names they are, they are still hidden.
        #expect(try #require(site["contacts/ada.html"]).contains("(private) notes sent to (private)"))
    }
}
