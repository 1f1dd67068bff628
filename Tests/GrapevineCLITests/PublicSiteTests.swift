import Foundation
import TestSupport
import Testing

/// `site --public` publishes only fields known to be public. A hostile vault hides contact
/// details every way a deny-list misses: other spellings and casings of the keys, look-alike
/// letters, nested mappings, lists of mappings, aliases, merge keys, block scalars, reminders,
/// a contact's source, front matter that is never closed. Every file of the site (pages, the
/// search index, the graph, the stylesheet, the marker) must hold none of them, in any
/// escaped form, while the public fields are there.
@Suite("site --public: only public fields")
struct PublicSiteTests {
    static let today = ["--today", "2026-11-18"]

    /// Each secret holds a marker `ZQX` + two digits: letters and digits, which no escaping
    /// changes, so a marker found in any form (HTML, JSON, a URL) is found as it is.
    static let vault: [String: String] = [
        ".grapevine/config.yml": """
        owner: Alex Kim
        public_fields: [pronouns]
        """,
        "contacts/pat-publicname.md": """
        ---
        name: Pat Publicname
        title: Chief Taster
        organization: "[[Brightline Foods]]"
        tags: [food-science]
        pronouns: she/her
        email: zqx01@leak.example
        E-Mail: zqx02@leak.example
        mobile: "+1 555 ZQX03"
        phone_numbers: ["555-ZQX04", "555 zqx05"]
        Email Address: zqx06@leak.example
        cell: ZQX07
        whatsapp: ZQX08
        contact:
          email: zqx09@leak.example
        details: {phone: ZQX10}
        e: &e zqx11@leak.example
        other: *e
        base: &base {fax: ZQX12, city: Porto}
        <<: *base
        merged:
          <<: *base
          note: x
        people:
          - name: Helper Person
            phone: ZQX13
        notes: |
          Call on ZQX14
          after six.
        folded: >
          ZQX15 folded
          text
        еmail: ZQX16
        ｅmail: ZQX17
        "email\\u200B": ZQX18
        EMAIL: ZQX19
        Phone: ZQX20
        Title: ZQX21
        aliases: [Agent ZQX22]
        remind: "2026-12-01 call ZQX23"
        location: ZQX25 street
        linkedin: https://linkedin.example/in/zqx26
        deep: {a: {b: {c: {email: ZQX27}}}}
        list_of_maps: [{email: ZQX28}, {phone: ZQX29}]
        ---
        Pat's body is prose, published as written: PUBLICBODY. %% but not her salary, ZQX49 %%

        %%
        An Obsidian comment over lines: ZQX50.
        %%

        ## Log
        - 2026-10-01 emailed: said hello PUBLICLOG %%ZQX51%%
        """,
        "contacts/quinn-source.md": """
        ---
        name: Quinn Source
        added: 2026-11-01
        source: ZQX24 meetup
        tags: [{email: ZQX37}, food-science]
        ---
        """,
        "contacts/unclosed.md": """
        ---
        name: Unclosed Note
        email: zqx30@leak.example
        phone: ZQX38

        The closing line of the front matter is missing.
        """,
        "contacts/quoted.md": #"""
        ---
        name: Quoted Person
        email: "zqx36<&\"'>@leak.example"
        ---
        """#,
        "organizations/brightline-foods.md": """
        ---
        name: Brightline Foods
        industry: Food Manufacturing
        website: https://brightline.example
        location: Lisbon
        phone: ZQX31
        hq_contact: {email: ZQX32}
        target: true
        motivation: 3
        ---
        ## Research
        Public research PUBLICRESEARCH. %% a remark
        in the middle of ZQX52 %% And `%%code%%` stays.
        """,
        "interviews/2026-10-14-pat-publicname.md": """
        ---
        contact: "[[Pat Publicname]]"
        date: 2026-10-14
        mode: video
        duration: 25
        location: ZQX33 cafe
        dial_in: "+1 555 ZQX34"
        ---
        ## Notes
        - public interview notes PUBLICNOTES
        """,
        // A public contact met in a private interview: nothing of the meeting is published,
        // nor what the public notes alone would say of her (trial P, finding 3).
        "contacts/dara-openly.md": """
        ---
        name: Dara Openly
        organization: "[[Brightline Foods]]"
        added: 2026-10-01
        ---
        ## Log
        - 2026-10-02 emailed
        - 2026-10-05 replied: happy to talk
        - 2026-11-10 thanked
        """,
        "interviews/2026-11-09-dara-openly.md": """
        ---
        contact: "[[Dara Openly]]"
        date: 2026-11-09
        private: true
        location: ZQX53 bistro
        ---
        ## Notes
        - ZQX54 what she said
        """,
        "notes/plain.md": """
        ---
        title: Public Title Note
        phone: ZQX35
        ---
        Plain body.
        """,
        // Front matter that cannot be read may say `private: true`: such notes stay out whole.
        // TOML front matter (Hugo's `+++`) is not read: its `private = true` could not be seen.
        "contacts/hugo.md": "+++\nname = \"Hugo ZQX45\"\nprivate = true\n+++\nSecret body ZQX46.\n",
        // Nor is JSON front matter (Hugo's and Zettlr's `{ … }`).
        "contacts/json.md": "{\n  \"name\": \"Json ZQX47\",\n  \"private\": true\n}\nSecret body ZQX48.\n",
        "contacts/classic-mac.md":
            "---\rname: Classic Mac\rprivate: true\remail: zqx39@leak.example\r---\rBody ZQX40\r",
        "contacts/malformed.md": """
        ---
        name: Malformed
        private: true
        email: "zqx41@leak.example
        ---
        Secret body ZQX42.
        """,
        "contacts/not-a-mapping.md": """
        ---
        - private
        - zqx43@leak.example
        ---
        Secret body ZQX44.
        """,
    ]

    static let markers = (1...54).map { String(format: "zqx%02d", $0) }

    /// Values that must be on the public site.
    static let published = [
        "Pat Publicname", "Chief Taster", "Brightline Foods", "food-science", "she/her", "Food Manufacturing",
        "https://brightline.example", "Lisbon", "video", "2026-10-14", "PUBLICBODY", "PUBLICLOG", "PUBLICRESEARCH",
        "%%code%%",
        "PUBLICNOTES", "Public Title Note", "Quinn Source",
    ]

    /// Secrets even the full site never shows: under keys it reads as references (`contact`),
    /// shows apart (a contact's `Title`, folded like `title`), or reads as tags, in front
    /// matter that cannot be read, and in Obsidian comments (`%% … %%`).
    static let neverShown: Set<String> = [
        "zqx09", "zqx21", "zqx37", "zqx41", "zqx43", "zqx45", "zqx47", "zqx49", "zqx50", "zqx51", "zqx52",
    ]

    /// Builds the vault's site, every file of it (the marker included) by site-relative path.
    static func build(_ files: [String: String], public isPublic: Bool) async throws -> [String: String] {
        let folder = try TemporaryFolder()
        try folder.write(files)
        let out = folder.path + "/out"
        let run = await CommandRun(
            ["site", "--vault", folder.path, "--out", out] + today + (isPublic ? ["--public"] : []))
        #expect(run.status == 0, "\(run.errors)")
        var site = try SiteHTML.read(out)
        site[".grapevine-site"] = try String(contentsOfFile: out + "/.grapevine-site", encoding: .utf8)
        return site
    }

    /// Where in `site` (a path or a file's contents) `marker` occurs, in any case.
    static func places(of marker: String, in site: [String: String]) -> [String] {
        site.compactMap { path, text in
            path.lowercased().contains(marker) || text.lowercased().contains(marker) ? path : nil
        }.sorted()
    }

    @Test("no secret is in any file of the public site, in any form")
    func noSecretIsPublished() async throws {
        let site = try await Self.build(Self.vault, public: true)
        #expect(site.keys.contains("search-index.js") && site.keys.contains("graph.html"))
        for marker in Self.markers {
            #expect(Self.places(of: marker, in: site).isEmpty, "\(marker) is in \(Self.places(of: marker, in: site))")
        }
        let secret = #"zqx36<&"'>@leak.example"#
        let forms = [
            secret, HTMLForm.escape(secret), #"zqx36\u003C&\"'>@leak.example"#,
            secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? secret,
        ]
        for form in forms {
            #expect(!site.values.contains { $0.contains(form) }, "\(form) is published")
        }
        #expect(!site.values.contains { $0.contains("motivation 3") }, "the motivation is published")
    }

    /// Trial P, finding 3: a private meeting left the public site's steps and statuses
    /// worked out as if it had not been: "Schedule a meeting with Daniel Okafor", overdue, and
    /// "replied; schedule a meeting", beside his Log's "thanked" the day after it.
    @Test("a private meeting makes no false step or status on the public site, and tells nothing of itself")
    func privateMeeting() async throws {
        let site = try await Self.build(Self.vault, public: true)
        let pages = site.filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".js") }
        let falseOrPrivate = [
            "schedule a meeting with dara", "met on 2026-11-09", "send dara openly (brightline foods)",
        ]
        for words in falseOrPrivate {
            #expect(Self.places(of: words, in: pages).isEmpty, "\(words): \(Self.places(of: words, in: pages))")
        }
        let dara = try #require(site["contacts/dara-openly.html"])
        // Nothing is said in place of the status either: "not shown" would tell that there is
        // something private about her.
        #expect(!dara.contains("class=\"status") && !dara.lowercased().contains("not shown"), "\(dara)")
        #expect(!dara.contains("replied on 2026-10-05; schedule a meeting"))
        for words in ["not shown", "not-shown", "withheld"] {
            #expect(Self.places(of: words, in: pages).isEmpty, "\(words): \(Self.places(of: words, in: pages))")
        }
        #expect(dara.contains("thanked"))
        // What the whole vault and the public notes agree on is still there.
        #expect(site["index.html"]?.contains("Reach out to Quinn Source") == true)
        // The full site shows the meeting and what follows from it.
        let own = try await Self.build(Self.vault, public: false)
        #expect(own["contacts/dara-openly.html"]?.contains("met on 2026-11-09") == true)
        #expect(!Self.places(of: "schedule a meeting with dara", in: own).contains("index.html"))
    }

    /// Trial R: Daniel, met in a private interview, gave Quincy's name. Without that note the
    /// public site said "How you reached them: Alex Kim → Quincy Marsh" and offered Dana as a
    /// way in to him at Verdant Labs; neither is true of the whole vault.
    @Test("a chain that a private meeting makes is not replaced by a false one on the public site")
    func chainThroughAPrivateMeeting() async throws {
        let folder = try TemporaryFolder()
        let contact = { (name: String, log: String) in
            "---\nname: \(name)\norganization: \"[[Verdant Labs]]\"\nadded: 2026-11-01\n---\n\n## Log\n\(log)"
        }
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/daniel-okafor.md": contact("Daniel Okafor", "- 2026-11-02 emailed: asked\n"),
            "contacts/dana-ross.md": contact("Dana Ross", "- 2026-11-02 emailed: asked\n- 2026-11-04 replied: yes\n"),
            "contacts/quincy-marsh.md": "---\nname: Quincy Marsh\norganization: \"[[Verdant Labs]]\"\n---\n",
            "interviews/2026-11-20-daniel-okafor.md":
                "---\ncontact: \"[[Daniel Okafor]]\"\ndate: 2026-11-20\nprivate: true\n---\n\n"
                + "## Referrals\n- Quincy Marsh at [[Verdant Labs]]\n",
            "interviews/2026-11-24-dana-ross.md": "---\ncontact: \"[[Dana Ross]]\"\ndate: 2026-11-24\n---\n",
        ])
        func build(_ options: [String]) async throws -> [String: String] {
            let out = folder.path + "/out" + options.joined()
            let run = await CommandRun(
                ["site", "--vault", folder.path, "--out", out, "--today", "2026-12-06"] + options)
            #expect(run.status == 0, "\(run.errors)")
            return try SiteHTML.read(out)
        }
        let site = try await build(["--public"])
        let quincy = try #require(site["contacts/quincy-marsh.html"])
        #expect(!quincy.contains("class=\"chain\""), "\(quincy)")
        // No chain section at all, rather than "Not shown on the public site", which told that
        // something private leads to him.
        #expect(!quincy.lowercased().contains("not shown") && !quincy.contains("id=\"chain\""))
        #expect(!quincy.contains("No referral chain leads here"))
        let verdant = try #require(site["organizations/verdant-labs.html"])
        #expect(!verdant.contains("introduce you to Quincy"), "\(verdant)")
        // Daniel's own note is public; that he gave Quincy's name is not.
        #expect(!quincy.contains("Daniel"))
        // The full site has the true chain.
        let own = try await build([])
        let chain = try #require(own["contacts/quincy-marsh.html"])
        #expect(chain.contains("class=\"chain\"") && chain.contains("Daniel Okafor"))
    }

    @Test("the public fields are on the public site")
    func publicFieldsArePublished() async throws {
        let site = try await Self.build(Self.vault, public: true)
        let all = site.values.joined(separator: "\n")
        for value in Self.published {
            #expect(all.contains(value), "\(value) is not published")
        }
        let index = try #require(site["search-index.js"])
        #expect(index.contains("Chief Taster"))
        #expect(index.contains("she/her"))
        // A note whose front matter is never closed may be private: it is left out.
        #expect(site["contacts/unclosed.html"] == nil)
        #expect(!all.contains("The closing line of the front matter is missing"))
        let pat = try #require(site["contacts/pat-publicname.html"])
        #expect(pat.contains("she/her"))
        #expect(pat.contains("Brightline Foods"))
    }

    /// The same vault without `--public` shows every secret somewhere: the test would catch a
    /// site that published them.
    @Test("without --public every secret is shown somewhere")
    func everySecretIsShownWithoutPublic() async throws {
        let site = try await Self.build(Self.vault, public: false)
        for marker in Self.markers where !Self.neverShown.contains(marker) {
            #expect(!Self.places(of: marker, in: site).isEmpty, "\(marker) is not even on the full site")
        }
    }

    @Test("a key in both public_fields and private_fields is private")
    func privateWins() async throws {
        var files = Self.vault
        files[".grapevine/config.yml"] = "public_fields: [pronouns, title]\nprivate_fields: [email, pronouns, title]\n"
        let site = try await Self.build(files, public: true)
        #expect(!site.values.contains { $0.contains("she/her") })
        #expect(!site.values.contains { $0.contains("Chief Taster") })
        #expect(site.values.contains { $0.contains("Food Manufacturing") })
    }
}

/// `&`, `<`, `>`, `"` and `'` as the site's pages escape them.
enum HTMLForm {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}

@Suite("site --public: notes whose front matter cannot be read")
struct PublicSiteUnreadableTests {
    @Test("are left out with a warning that names them; the full site still shows them")
    func leftOutWithWarning() async throws {
        let folder = try TemporaryFolder()
        try folder.write(PublicSiteTests.vault)
        let run = await CommandRun(
            ["site", "--vault", folder.path, "--out", folder.path + "/out", "--public"] + PublicSiteTests.today)
        #expect(run.status == 0)
        for file in [
            "contacts/classic-mac.md", "contacts/malformed.md", "contacts/not-a-mapping.md", "contacts/unclosed.md",
            "contacts/hugo.md",
        ] {
            #expect(run.errors.contains("warning: \(file): left out of the public site"), "\(run.errors)")
        }
        #expect(!run.errors.contains("pat-publicname.md: left out"))
        let full = try await PublicSiteTests.build(PublicSiteTests.vault, public: false)
        #expect(full["contacts/classic-mac.html"] != nil)
        #expect(full["contacts/malformed.html"] != nil)
    }

    @Test("notes that may mean to be private are left out whole, with a warning, and shown without --public")
    func privacyUnknown() async throws {
        let files = [
            "contacts/one.md": "---\nname: Una Secretone\nprivate: 1\n---\nsecretbody one\n",
            "contacts/capital.md": "---\nname: Cal Secrettwo\nPrivate: true\n---\nsecretbody two\n",
            "contacts/blank-line.md": "\n---\nname: Bea Secretthree\nprivate: true\n---\nsecretbody three\n",
            "contacts/dashes.md": "----\nname: Dee Secretfour\nprivate: true\n----\nsecretbody four\n",
            "contacts/zero-width.md": "\u{200B}---\nname: Zed Secretfive\nprivate: true\n---\nsecretbody five\n",
            "contacts/merge-key.md": "---\nname: Mo Secretsix\n<<: {private: maybe}\n---\nsecretbody six\n",
            "contacts/merged.md": "---\nname: Mei Secretseven\n<<: {private: true}\n---\nsecretbody seven\n",
            "contacts/fine.md": "---\nname: Fay Public\nprivate: false\n---\nOpen notes.\n",
            // An empty value is one meant to be filled in (session thirty-four).
            "contacts/empty.md": "---\nname: Em Secreteight\nprivate:\n---\nsecretbody eight\n",
            "contacts/quoted.md": "---\nname: Quin Secretnine\nprivate: \"\"\n---\nsecretbody nine\n",
        ]
        let folder = try TemporaryFolder()
        try folder.write(files)
        let run = await CommandRun(
            ["site", "--vault", folder.path, "--out", folder.path + "/out", "--public"] + PublicSiteTests.today)
        #expect(run.status == 0)
        // A merge key's `private: true` marks the note private: left out without a word.
        for file in files.keys.sorted() where file != "contacts/fine.md" && file != "contacts/merged.md" {
            #expect(run.errors.contains("warning: \(file): left out of the public site"), "\(run.errors)")
        }
        var site = try SiteHTML.read(folder.path + "/out")
        site[".grapevine-site"] = try String(contentsOfFile: folder.path + "/out/.grapevine-site", encoding: .utf8)
        #expect(PublicSiteTests.places(of: "secret", in: site) == [])
        #expect(site["contacts/fine.html"]?.contains("Open notes.") == true)
        let full = try await PublicSiteTests.build(files, public: false)
        #expect(PublicSiteTests.places(of: "secretbody", in: full).contains("search-index.js"))
    }

    @Test("organization and referred_by in private_fields hide the organization and the referrer everywhere")
    func privateReferenceFields() async throws {
        let files = [
            ".grapevine/config.yml": "private_fields: [email, phone, organization, referred_by]\n",
            "contacts/pat.md":
                "---\nname: Pat Lee\norganization: Hushco\nreferred_by: \"[[Zoe Quell]]\"\nadded: 2026-10-01\n---\n",
            "contacts/zoe.md": "---\nname: Zoe Quell\nadded: 2026-09-01\n---\n",
            "interviews/2026-11-20-pat.md": "---\ncontact: \"[[Pat Lee]]\"\ndate: 2026-11-20\n---\n",
        ]
        let site = try await PublicSiteTests.build(files, public: true)
        #expect(PublicSiteTests.places(of: "hushco", in: site) == [])
        #expect(site["contacts/pat.html"]?.contains("Zoe") == false, "no referrer on Pat's page")
        #expect(site["contacts/zoe.html"] != nil, "Zoe herself is a public contact")
        #expect(site["interviews/2026-11-20-pat.html"]?.contains("Pat Lee") == true, "a public key still links")
        let full = try await PublicSiteTests.build(files, public: false)
        #expect(PublicSiteTests.places(of: "hushco", in: full).contains("contacts/pat.html"))
        #expect(full["contacts/pat.html"]?.contains("Zoe Quell") == true)
    }

    @Test("a reference-style link to a private note names it nowhere, its definition included")
    func referenceDefinition() async throws {
        let files = [
            "contacts/zelda.md": "---\nname: Zelda Hidden\nprivate: true\n---\n",
            "contacts/ann.md": "---\nname: Ann Open\n---\nSee [her][z].\n\n[z]: zelda.md\n[w]: https://example.com/w\n",
        ]
        let site = try await PublicSiteTests.build(files, public: true)
        #expect(PublicSiteTests.places(of: "zelda", in: site) == [])
        // Its label is the user's words for the private note, hidden as an inline link's is.
        #expect(site["search-index.js"]?.contains("See (private).") == true)
        #expect(site["contacts/ann.html"]?.contains("See (private).") == true)
    }

    @Test("a config with an error stops --public (site and vCards): defaults could publish what it hides")
    func brokenConfig() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "private_fields: [email, phone, organization\n",
            "contacts/pat.md": "---\nname: Pat Lee\norganization: Hushco\n---\n",
        ])
        for command in [["site", "--out", folder.path + "/out"], ["export", "vcard"]] {
            let run = await CommandRun(command + ["--vault", folder.path, "--public"] + PublicSiteTests.today)
            #expect(run.status == 1, "\(command)")
            #expect(run.errors.contains("error: .grapevine/config.yml:1:"), "\(run.errors)")
            #expect(!run.output.contains("Hushco"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
        // A key not read is a problem too: `private-fields` hides nothing.
        try folder.write([".grapevine/config.yml": "private-fields: [organization]\n"])
        let misspelled = await CommandRun(
            ["site", "--out", folder.path + "/out", "--vault", folder.path, "--public"] + PublicSiteTests.today)
        #expect(misspelled.status == 1 && misspelled.errors.contains("private-fields"), "\(misspelled.errors)")
        let full = await CommandRun(
            ["site", "--vault", folder.path, "--out", folder.path + "/out"] + PublicSiteTests.today)
        #expect(full.status == 0, "a site only for you is still built")
    }

    @Test("a task, a lead or a step naming a private person shows '(private)'; a target stays unsaid")
    func privateNamesInSteps() async throws {
        let files = [
            "contacts/pub.md": "---\nname: Pub Person\nadded: 2026-10-01\n---\n",
            "contacts/priv.md": "---\nname: Priv Quill\nprivate: true\n---\n",
            "interviews/2026-11-27-pub.md":
                "---\ncontact: \"[[Pub Person]]\"\ndate: 2026-11-27\n---\n## Leads\n- Analyst role, ask [[Priv Quill]]\n"
                + "  - [[Priv Quill]] is the hiring manager\n\n## Next steps\n- [ ] Email [[Priv Quill]] the deck\n",
            "notes/plain.md": "# Plain\n- [ ] coffee with [[Priv Quill]]\n",
            "organizations/cove.md": "---\nname: Cove Creamery\ntarget: true\n---\n",
        ]
        let site = try await PublicSiteTests.build(files, public: true)
        #expect(PublicSiteTests.places(of: "quill", in: site) == [])
        #expect(site["index.html"]?.contains("Email (private) the deck") == true)
        #expect(site["index.html"]?.contains("Find people to talk to") == false, "target is not public")
        let full = try await PublicSiteTests.build(files, public: false)
        #expect(full["index.html"]?.contains("Email Priv Quill the deck") == true)
        #expect(full["index.html"]?.contains("Find people to talk to at Cove Creamery") == true)
    }

    /// A name that is a slip for a private contact's is that contact's as far as a public site
    /// goes: it is left out like them (`PublicFields.privateNodes`), so no step, hint or page
    /// names either, and the Referrals item reads "(private)".
    @Test(
        "someone named like a private contact is left out, with no hint at the contact: no name, no file",
        arguments: ["Zed Quilon", "Quillon, Zed", "Dr. Zed Quillon"])
    func noHintAtPrivateContacts(written: String) async throws {
        let files = [
            "contacts/zed.md": "---\nname: Zed Quillon\nprivate: true\n---\n",
            "contacts/pub.md": "---\nname: Pub Person\nadded: 2026-10-01\n---\n",
            "interviews/2026-11-10-pub.md":
                "---\ncontact: \"[[Pub Person]]\"\ndate: 2026-11-10\n---\n## Referrals\n- [[\(written)]]\n",
        ]
        let site = try await PublicSiteTests.build(files, public: true)
        #expect(PublicSiteTests.places(of: "quil", in: site) == [])
        for (path, text) in site {
            #expect(!text.contains("did you mean"), "\(path)")
            #expect(!text.contains("zed.md") && !text.contains("contacts/zed"), "\(path)")
        }
        #expect(site["interviews/2026-11-10-pub.html"]?.contains("(private)") == true)
        let full = try await PublicSiteTests.build(files, public: false)
        #expect(full["index.html"]?.contains("did you mean Zed Quillon (contacts/zed.md)?") == true)
    }

    @Test("name in private_fields: check says to write private: true instead, and --public publishes nothing")
    func nameInPrivateFields() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "private_fields: [name, title, organization, tags]\n",
            "contacts/ana.md": "---\nname: Ana Pereira\ntitle: Data lead\n---\n",
        ])
        let check = await CommandRun(["check", "--vault", folder.path])
        #expect(check.status == 1)
        #expect(
            check.output.contains(".grapevine/config.yml:1:18: error: 'name' cannot be a private field"),
            "\(check.output)")
        #expect(check.output.contains("write 'private: true' in each note"))
        let run = await CommandRun(
            ["site", "--vault", folder.path, "--out", folder.path + "/out", "--public"] + PublicSiteTests.today)
        #expect(run.status == 1 && run.errors.contains("'name' cannot be a private field"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }

    @Test("private_fields written as text with commas is the list it names: check warns, --public hides them")
    func privateFieldsAsText() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "public_fields: [salary, location]\nprivate_fields: email, phone, salary\n",
            "contacts/ann.md": "---\nname: Ann\nsalary: ZQXSAL 95k\nlocation: Porto\n---\n",
        ])
        let check = await CommandRun(["check", "--vault", folder.path])
        #expect(
            check.output.contains(".grapevine/config.yml:2:17: warning: 'email, phone, salary' in 'private_fields'"))
        #expect(check.output.contains("write 'private_fields: [email, phone, salary]'"), "\(check.output)")
        let run = await CommandRun(
            ["site", "--vault", folder.path, "--out", folder.path + "/out", "--public"] + PublicSiteTests.today)
        #expect(run.status == 0, "\(run.errors)")
        let site = try SiteHTML.read(folder.path + "/out")
        #expect(PublicSiteTests.places(of: "zqxsal", in: site) == [])
        #expect(site["contacts/ann.html"]?.contains("Porto") == true)
    }

    @Test("--public names each page an earlier build wrote and you edited, which it keeps")
    func keptPagesAreNamed() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/sam.md": "---\nname: Sam Secret\nprivate: true\n---\nSECRET body\n",
            "contacts/pete.md": "---\nname: Pete\n---\n",
        ])
        let out = folder.path + "/out"
        _ = await CommandRun(["site", "--vault", folder.path, "--out", out] + PublicSiteTests.today)
        let page = out + "/contacts/sam.html"
        try (try String(contentsOfFile: page, encoding: .utf8) + "<!-- touched -->\n")
            .write(toFile: page, atomically: false, encoding: .utf8)
        let run = await CommandRun(["site", "--vault", folder.path, "--out", out, "--public"] + PublicSiteTests.today)
        #expect(run.status == 0)
        #expect(
            run.errors.contains(
                "warning: \(out)/contacts/sam.html is not part of this public site: an earlier build wrote it and it "
                    + "was changed since, so it was kept"), "\(run.errors)")
        #expect(run.errors.contains("remove it before publishing the folder"))
        let full = await CommandRun(["site", "--vault", folder.path, "--out", out] + PublicSiteTests.today)
        #expect(!full.errors.contains("sam.html"), "the site for yourself has the page")
    }

    @Test("a file with classic Mac OS line endings is reported, never read as body text under --public")
    func classicMacLineEndings() async throws {
        let folder = try TemporaryFolder()
        try folder.write(["contacts/mac.md": "---\rname: Mac\r---\rBody\r"])
        let run = await CommandRun(["check", "--vault", folder.path])
        #expect(run.status == 1)
        #expect(run.output.contains("contacts/mac.md:1:4: error: the file ends its lines with a carriage return alone"))
    }
}
