import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// What a thank-you says it will do with what they recommended: an item that starts with what
/// to do is said as that action ("I will read …"), any other is something to look into.
@Suite("Drafts: the resources in a thank-you")
struct ResourcesDraftTests {
    /// A thank-you to Marcus for an interview whose Resources section holds `items`, then the
    /// ticked `done`, and its values.
    static func thankYou(_ items: [String], done: [String] = []) throws -> (String, [String: Any]) {
        let list = items.map { "- [ ] \($0)\n" }.joined() + done.map { "- [x] \($0)\n" }.joined()
        let files = [
            "contacts/marcus.md": F.contact("name: Marcus Webb", "added: 2026-11-02"),
            "interviews/m.md": F.interview("Marcus Webb", "2026-11-05", body: "## Resources\n" + list),
        ]
        return try ThankYouDraftTests.draft(files, to: "Marcus Webb", today: "2026-11-06")
    }

    @Test(
        "the trial's finding: items that say what to do are said as actions, in a list",
        arguments: [
            (
                ["Read \"Mismatch\" by Kat Holmes", "Join the Civic Tech Slack"],
                "I will read \"Mismatch\" by Kat Holmes and join the Civic Tech Slack, as you recommended.\n"
            ),
            (["Read the 18F content guide"], "I will read the 18F content guide, as you recommended.\n"),
            (
                [
                    "Listen to the 99% Invisible podcast", "Sign up for the GOV.UK newsletter",
                    "Check out Code for America",
                ],
                "I will listen to the 99% Invisible podcast, sign up for the GOV.UK newsletter and check out Code "
                    + "for America, as you recommended.\n"
            ),
            (["the 18F content guide"], "I will look into the 18F content guide, as you recommended.\n"),
            (
                ["Watch the Design Systems talk", "\"Mismatch\" by Kat Holmes", "Study of civic tech pay"],
                "I will watch the Design Systems talk, as you recommended. I will also look into \"Mismatch\" by "
                    + "Kat Holmes and Study of civic tech pay.\n"
            ),
        ])
    func actions(items: [String], expected: String) throws {
        let (text, _) = try Self.thankYou(items)
        #expect(text.contains(expected), "\(text)")
        #expect(!text.contains("look into Read"), "\(text)")
    }

    @Test(
        "an item ticked done is said done, never promised (trial 26)",
        arguments: [
            (
                [String](), ["Read the Globex annual report"],
                "I have already read the Globex annual report, as you recommended.\n"
            ),
            (
                ["IFT membership"], ["Read the Globex annual report", "the 18F content guide"],
                "I will look into IFT membership, as you recommended. I have already read the Globex annual report "
                    + "and looked into the 18F content guide.\n"
            ),
            (
                ["Join the Civic Tech Slack"], ["Podcast: Reply All"],
                "I will join the Civic Tech Slack, as you recommended. I have already listened to Reply All.\n"
            ),
            (
                ["Watch the Design Systems talk", "the 18F content guide"], ["Take the HACCP course"],
                "I will watch the Design Systems talk, as you recommended. I will also look into the 18F content "
                    + "guide. I have already taken the HACCP course.\n"
            ),
        ])
    func doneItems(open: [String], done: [String], expected: String) throws {
        let (text, values) = try Self.thankYou(open, done: done)
        #expect(text.contains(expected), "\(text)")
        #expect(!text.contains("I will look into ,") && !text.contains("will read the Globex"), "\(text)")
        // A template written before keeps every recommendation among its things.
        #expect((values["resources"] as? [String])?.count == open.count + done.count)
    }

    @Test(
        "an item labelled with its kind is said with what you do with one, never 'look into Book: …'",
        arguments: [
            (
                ["Book: Designing Data-Intensive Applications", "https://globex.example.com/eng-blog"],
                "I will read Designing Data-Intensive Applications, as you recommended. I will also look into "
                    + "https://globex.example.com/eng-blog.\n"
            ),
            (
                ["Podcast: Reply All", "video: the Design Systems talk", "NEWSLETTER: Lenny's"],
                "I will listen to Reply All, watch the Design Systems talk and subscribe to Lenny's, as you "
                    + "recommended.\n"
            ),
            // An unknown label, a label with nothing after it, and a title with a colon stay as written.
            (
                ["Tool: Obsidian", "Book:", "Thinking, Fast and Slow: the summary"],
                "I will look into Tool: Obsidian, Book: and Thinking, Fast and Slow: the summary, as you "
                    + "recommended.\n"
            ),
        ])
    func labelledItems(items: [String], expected: String) throws {
        let (text, _) = try Self.thankYou(items)
        #expect(text.contains(expected), "\(text)")
    }

    @Test("a labelled item in a template's resources_list reads as a thing: 'reading Designing …'")
    func labelledThing() throws {
        let (_, values) = try Self.thankYou(["Book: Designing Data-Intensive Applications", "Podcast: Reply All"])
        #expect(
            values["resources_list"] as? String
                == "reading Designing Data-Intensive Applications and listening to Reply All")
    }

    @Test("a template written before resources_to_do still reads right: its resources_list holds things")
    func oldTemplate() throws {
        // `init` copied "I will look into {{resources_list}}, as you recommended." into vaults.
        let (_, values) = try Self.thankYou(
            ["Read \"Mismatch\" by Kat Holmes", "Join the Civic Tech Slack", "the 18F content guide"])
        #expect(
            values["resources_list"] as? String
                == "reading \"Mismatch\" by Kat Holmes, joining the Civic Tech Slack and the 18F content guide")
        #expect(
            values["resources_to_do_list"] as? String
                == "read \"Mismatch\" by Kat Holmes and join the Civic Tech Slack")
        #expect(values["resources_to_look_into_list"] as? String == "the 18F content guide")
    }

    @Test(
        "an item's first word is an action only when it is a verb with something after it",
        arguments: [
            ("Read \"Mismatch\"", "read \"Mismatch\"", "reading \"Mismatch\"", "read \"Mismatch\""),
            ("join the Slack", "join the Slack", "joining the Slack", "joined the Slack"),
            ("TRY Figma's plugin", "try Figma's plugin", "trying Figma's plugin", "tried Figma's plugin"),
            ("Read", nil, "Read", "looked into Read"),
            ("Reading list from Marcus", nil, "Reading list from Marcus", "looked into Reading list from Marcus"),
            ("Go by Example", nil, "Go by Example", "looked into Go by Example"),
            (
                "Review of design ops salaries", nil, "Review of design ops salaries",
                "looked into Review of design ops salaries"
            ),
            ("Newsletter: Lenny's", "subscribe to Lenny's", "subscribing to Lenny's", "subscribed to Lenny's"),
        ] as [(String, String?, String, String)])
    func firstWord(item: String, action: String?, thing: String, done: String) {
        #expect(Prose.resourceAction(item) == action)
        #expect(Prose.resourceAsThing(item) == thing)
        #expect(Prose.resourceDone(item) == done)
    }
}
