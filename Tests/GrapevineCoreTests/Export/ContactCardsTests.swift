import Testing

@testable import GrapevineCore

@Suite("vCard export")
struct ContactCardsTests {
    static let files = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/maria-lopez.md": """
        ---
        name: Maria Lopez
        organization: "[[Brightfield Foods]]"
        title: Senior R&D Scientist
        email: maria.lopez@brightfield.example.com
        phone: 555-0142
        linkedin: maria-lopez-rd
        source: alumni
        added: 2026-09-21
        connected: 2024-11-05
        tags: [r-and-d, alumni]
        aliases: [Mari]
        ---
        Riverbend chemistry, class of 2009.
        """,
        "contacts/sam-reyes.md": """
        ---
        name: Sam Reyes
        organization: Brightfield Foods
        email: sam@brightfield.example.com
        referred_by: ["[[Maria Lopez]]", "Priya Shah", "Alex Kim"]
        added: 2026-10-14
        ---
        """,
        "contacts/hidden.md": """
        ---
        name: Hildegard Secret
        email: hilde@secret.example.com
        private: true
        ---
        """,
        "contacts/dan-moore.md": """
        ---
        name: Dan Moore
        referred_by: "[[Hildegard Secret]]"
        linkedin: https://www.linkedin.com/in/dan-moore/
        ---
        """,
        "interviews/2026-10-14-maria-lopez.md": """
        ---
        contact: "[[Maria Lopez]]"
        date: 2026-10-14 14:00
        mode: video
        ---
        """,
        "organizations/brightfield-foods.md": "---\nname: Brightfield Foods\n---\n",
    ]

    static let today = LocalDate(valid: "2026-12-05")

    static func cards(_ files: [String: String] = files, isPublic: Bool = false, today: LocalDate = today) throws
        -> [ContactCard]
    {
        try ContactCards(vault: TemporaryVault.load(files), isPublic: isPublic, today: today).cards
    }

    static func card(_ name: String, in cards: [ContactCard]) throws -> ContactCard {
        try #require(cards.first { $0.formattedName == name }, "no card for \(name)")
    }

    @Test("every contact note is one card, in the vault's order; placeholders get none")
    func oneCardPerContact() throws {
        let cards = try Self.cards()
        #expect(cards.map(\.formattedName) == ["Dan Moore", "Hildegard Secret", "Maria Lopez", "Sam Reyes"])
    }

    @Test("a card has the contact's name, organization, title, details, tags and how you met")
    func fields() throws {
        let maria = try Self.card("Maria Lopez", in: Self.cards())
        #expect(maria.name.family == ["Lopez"])
        #expect(maria.name.given == ["Maria"])
        #expect(maria.nicknames == ["Mari"])
        #expect(maria.organization == "Brightfield Foods")
        #expect(maria.title == "Senior R&D Scientist")
        #expect(maria.email == "maria.lopez@brightfield.example.com")
        #expect(maria.phone == "555-0142")
        #expect(maria.linkedin == "https://www.linkedin.com/in/maria-lopez-rd")
        #expect(maria.categories == ["r-and-d", "alumni"])
        #expect(
            maria.howYouMet == [
                "Source: alumni.", "Connected on 2024-11-05.", "On your list since 2026-09-21.",
                "First interview on 2026-10-14 at 14:00, by video call.",
            ])
        #expect(maria.referredBy.isEmpty)
    }

    @Test("who referred someone: their card's UID, or the name of a person without a note; never you")
    func referrers() throws {
        let cards = try Self.cards()
        let maria = try Self.card("Maria Lopez", in: cards)
        let sam = try Self.card("Sam Reyes", in: cards)
        #expect(sam.referredBy == [.card(uid: maria.uid), .name("Priya Shah")])
        #expect(sam.howYouMet.first == "Referred by Maria Lopez on 2026-10-14.")
        #expect(sam.howYouMet.contains("Referred by Priya Shah on 2026-10-14."))
        #expect(!sam.howYouMet.contains { $0.contains("Alex Kim") })
    }

    @Test("the vCard lines: RELATED with TYPE=contact and X-GRAPEVINE=referred-by, URIs unescaped")
    func relatedLines() throws {
        let cards = try Self.cards()
        let maria = try Self.card("Maria Lopez", in: cards)
        let sam = try Self.card("Sam Reyes", in: cards)
        let lines = sam.lines
        #expect(lines.contains("RELATED;TYPE=contact;X-GRAPEVINE=referred-by:" + maria.uid))
        #expect(lines.contains("RELATED;TYPE=contact;VALUE=text;X-GRAPEVINE=referred-by:Priya Shah"))
        #expect(
            Array(lines.prefix(4)) == [
                "BEGIN:VCARD", "VERSION:4.0", "PRODID:-//Grapevine//Contacts//EN", "UID:" + sam.uid,
            ])
        #expect(lines.last == "END:VCARD")
        #expect(try Self.card("Dan Moore", in: cards).lines.contains("URL:https://www.linkedin.com/in/dan-moore/"))
    }

    @Test("UIDs are urn:uuid UUIDs of version 8, one per note, the same on every run")
    func uids() throws {
        let first = try Self.cards().map(\.uid)
        #expect(Set(first).count == first.count)
        for uid in first {
            #expect(
                uid.wholeMatch(of: /urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/)
                    != nil)
        }
        #expect(try Self.cards().map(\.uid) == first)
        var edited = Self.files
        edited["contacts/maria-lopez.md"] = "---\nname: Maria Elena Lopez\ntitle: Director\n---\n"
        edited["contacts/ana.md"] = "---\nname: Ana Pereira\n---\n"
        let after = try Self.cards(edited)
        #expect(try Self.card("Maria Elena Lopez", in: after).uid == Self.card("Maria Lopez", in: Self.cards()).uid)
    }

    @Test("the UID algorithm is pinned: changing it would duplicate every card people imported")
    func pinnedUID() {
        #expect(ContactCard.uid(ofNoteAt: "contacts/maria-lopez.md") == "urn:uuid:e8d0d994-36d5-88bc-b13a-ae5ef97d7a3c")
    }

    @Test(
        "a LinkedIn value becomes a web address",
        arguments: [
            ("https://www.linkedin.com/in/x", "https://www.linkedin.com/in/x"),
            ("HTTP://linkedin.com/in/x", "HTTP://linkedin.com/in/x"),
            ("linkedin.com/in/maria", "https://linkedin.com/in/maria"),
            ("www.linkedin.com/in/maria", "https://www.linkedin.com/in/maria"),
            ("maria-lopez-rd", "https://www.linkedin.com/in/maria-lopez-rd"),
            ("@maria", "https://www.linkedin.com/in/maria"),
        ])
    func profileAddress(value: String, expected: String) {
        #expect(ContactCard.profileAddress(value) == expected)
    }

    @Test("the file: CRLF, folded at 75 octets without splitting a character, every text value round-trips")
    func text() throws {
        let awkward = "Núñez; José, \"Pepe\" \\ R&D " + String(repeating: "é€😀", count: 30)
        var files = Self.files
        files["contacts/awkward.md"] = """
            ---
            name: "\(awkward.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))"
            title: "Line one, two; three \\\\ four"
            organization: "Larkspur, Inc.; Bakery"
            tags: ["a,b", "c;d"]
            ---
            """
        let vault = try TemporaryVault.load(files)
        let text = ContactCards(vault: vault, isPublic: false, today: Self.today).text
        let reader = try ContentLineReader(text, expecting: "VCARD")
        #expect(reader.components.count == 5)
        #expect(reader.physicalLines.contains { $0.count >= 70 && $0.first == 32 })
        let card = try #require(reader.components.first { (try? $0.text("FN")) == awkward })
        #expect(try card.text("TITLE") == "Line one, two; three \\ four")
        #expect(try card.text("ORG") == "Larkspur, Inc.; Bakery")
        #expect(card.property("CATEGORIES")?.value == "a\\,b,c\\;d")
        #expect(
            card.property("N")?.value.hasPrefix("Núñez\\; José;\\\\;R&D") == true, "a comma makes it 'Family, Given'")
        #expect(ContactCards.isWrittenByGrapevine(Array(text.utf8)))
    }

    @Test("no contacts: an empty file")
    func empty() throws {
        #expect(
            ContactCards(vault: try TemporaryVault.load(["notes/a.md": "# A\n"]), isPublic: false, today: Self.today)
                .text == "")
    }

    @Test("--public leaves out private notes, private and non-public fields, and referrals only they state")
    func publicCards() throws {
        let cards = try Self.cards(isPublic: true)
        #expect(cards.map(\.formattedName) == ["Dan Moore", "Maria Lopez", "Sam Reyes"])
        let maria = try Self.card("Maria Lopez", in: cards)
        #expect(maria.email == nil && maria.phone == nil && maria.linkedin == nil)
        #expect(maria.nicknames.isEmpty)
        #expect(maria.title == "Senior R&D Scientist")
        #expect(maria.organization == "Brightfield Foods")
        #expect(maria.categories == ["r-and-d", "alumni"])
        #expect(maria.howYouMet == ["First interview on 2026-10-14 at 14:00, by video call."])
        #expect(try Self.card("Dan Moore", in: cards).referredBy.isEmpty)
        let text = try ContactCards(vault: TemporaryVault.load(Self.files), isPublic: true, today: Self.today).text
        for secret in ["Hildegard", "hilde@", "555-0142", "maria.lopez@", "alumni.", "2026-09-21", "linkedin"] {
            #expect(!text.contains(secret), "\(secret)")
        }
    }

    @Test("--public: a referral dated by the contact's added has no date unless added is public; an interview's has")
    func publicReferralDates() throws {
        var files = [
            "contacts/bo-chan.md": "---\nname: Bo Chan\n---\n",
            "contacts/ana-silva.md": "---\nname: Ana Silva\nreferred_by: \"[[Bo Chan]]\"\nadded: 2026-11-03\n"
                + "source: linkedin\n---\n",
            "contacts/cy-park.md": "---\nname: Cy Park\nadded: 2026-11-20\n---\n",
            "interviews/2026-11-10-bo.md":
                "---\ncontact: \"[[Bo Chan]]\"\ndate: 2026-11-10\n---\n## Referrals\n- [[Cy Park]]\n",
        ]
        // Trial E, finding 6: an interview on the referred person's `added` day keeps its date.
        files["contacts/vik-varma.md"] = "---\nname: Vik Varma\nadded: 2026-11-10\n---\n"
        files["interviews/2026-11-10-bo.md"]! += "- [[Vik Varma]]\n"
        // An interview whose date cannot be read dates its referral by `added`: not public.
        files["contacts/eve-ng.md"] = "---\nname: Eve Ng\nadded: 2026-11-12\n---\n"
        files["interviews/bo-again.md"] =
            "---\ncontact: \"[[Bo Chan]]\"\ndate: 2026-11-31\n---\n## Referrals\n- [[Eve Ng]]\n"
        let cards = try Self.cards(files, isPublic: true)
        #expect(try Self.card("Ana Silva", in: cards).howYouMet == ["Referred by Bo Chan."])
        #expect(try Self.card("Cy Park", in: cards).howYouMet == ["Referred by Bo Chan on 2026-11-10."])
        #expect(try Self.card("Vik Varma", in: cards).howYouMet == ["Referred by Bo Chan on 2026-11-10."])
        #expect(try Self.card("Eve Ng", in: cards).howYouMet == ["Referred by Bo Chan."])
        files[".grapevine/config.yml"] = "public_fields: [added]\n"
        #expect(
            try Self.card("Ana Silva", in: Self.cards(files, isPublic: true)).howYouMet == [
                "Referred by Bo Chan on 2026-11-03.", "On your list since 2026-11-03.",
            ])
        #expect(
            try Self.card("Ana Silva", in: Self.cards(files)).howYouMet == [
                "Referred by Bo Chan on 2026-11-03.", "Source: linkedin.", "On your list since 2026-11-03.",
            ])
    }

    /// Trial E, finding 10: "First interview on …" is the first one held, and only when the
    /// card may show it: not a later one standing in for a private first, not one to come.
    @Test("the first interview is the first held one; a private first leaves the line out in --public")
    func firstInterviewIsHeldAndPublic() throws {
        var files = [
            "contacts/uma.md": "---\nname: Uma Ueda\n---\n",
            "interviews/2026-11-03-uma.md": "---\ncontact: Uma Ueda\ndate: 2026-11-03\nprivate: true\n---\n",
            "interviews/2026-11-20-uma.md": "---\ncontact: Uma Ueda\ndate: 2026-11-20\nmode: phone\n---\n",
            "interviews/2026-12-10-uma.md": "---\ncontact: Uma Ueda\ndate: 2026-12-10 09:30\nmode: video\n---\n",
        ]
        let first = ["First interview on 2026-11-03."]
        #expect(try Self.card("Uma Ueda", in: Self.cards(files)).howYouMet == first)
        #expect(try Self.card("Uma Ueda", in: Self.cards(files, isPublic: true)).howYouMet.isEmpty)
        // Not yet held: no first interview, though one is set.
        let before = LocalDate(valid: "2026-11-01")
        #expect(try Self.card("Uma Ueda", in: Self.cards(files, today: before)).howYouMet.isEmpty)
        // A first one called off is not the first: the next held one is, public or not.
        files["interviews/2026-11-03-uma.md"] = "---\ncontact: Uma Ueda\ndate: 2026-11-03\nstatus: cancelled\n---\n"
        let held = ["First interview on 2026-11-20, by phone."]
        #expect(try Self.card("Uma Ueda", in: Self.cards(files)).howYouMet == held)
        #expect(try Self.card("Uma Ueda", in: Self.cards(files, isPublic: true)).howYouMet == held)
    }

    @Test("--public keeps what public_fields lists, unless private_fields lists it too")
    func publicFieldsConfig() throws {
        var files = Self.files
        files[".grapevine/config.yml"] =
            "owner: Alex Kim\npublic_fields: [email, linkedin, source]\nprivate_fields: [email, phone]\n"
        let maria = try Self.card("Maria Lopez", in: Self.cards(files, isPublic: true))
        #expect(maria.email == nil)
        #expect(maria.linkedin == "https://www.linkedin.com/in/maria-lopez-rd")
        #expect(maria.howYouMet.first == "Source: alumni.")
        files[".grapevine/config.yml"] = "public_fields: [email]\nprivate_fields: []\n"
        #expect(
            try Self.card("Maria Lopez", in: Self.cards(files, isPublic: true)).email
                == "maria.lopez@brightfield.example.com")
    }
}
