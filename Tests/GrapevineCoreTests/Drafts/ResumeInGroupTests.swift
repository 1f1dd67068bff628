import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// In a meeting with several people, `resume_requested: true` says someone asked, not who: each
/// thank-you says "As you asked" only to whoever the notes or the Log say asked, and `next`
/// sends the resume to them.
@Suite("Drafts and steps: the resume asked for in a group")
struct ResumeInGroupTests {
    /// Dana and Lee met you on 2026-10-15 and someone asked for your resume; `fields` are more of
    /// the interview's front matter, `opening` the text before its first section, `notes` its
    /// Notes section, `lee` Lee's Log.
    static func vault(_ fields: String..., opening: String = "", notes: String = "", lee: [String] = [])
        -> [String: String]
    {
        let front = ["resume_requested: true"] + fields
        return [
            "contacts/dana.md": F.contact("name: Dana Ortiz", "added: 2026-10-01", log: ["2026-10-02 emailed"]),
            "contacts/lee.md": F.contact(
                "name: Lee Park", "added: 2026-10-01", log: ["2026-10-02 emailed"] + lee),
            "interviews/joint.md": "---\ncontact: [\"[[Dana Ortiz]]\", \"[[Lee Park]]\"]\ndate: 2026-10-15\n"
                + front.map { $0 + "\n" }.joined() + "---\n" + opening
                + (notes.isEmpty ? "" : "\n## Notes\n\(notes)\n"),
        ]
    }

    static func thankYou(_ files: [String: String], to name: String) throws -> String {
        try ThankYouDraftTests.draft(files, to: name, today: "2026-10-20").0
    }

    /// The thank-you step's details for `name`.
    static func thankYouStep(_ files: [String: String], to name: String) throws -> [String] {
        let steps = try F.details(files, today: "2026-10-20", kind: .thankYou)
        return try #require(steps.first { $0.contact == name }).details
    }

    @Test("the finding: sent to Lee, the thank-you to Dana says nothing of a resume")
    func sentToOne() throws {
        let files = Self.vault(lee: ["2026-10-16 sent resume"])
        #expect(
            try Self.thankYou(files, to: "Lee Park").contains(
                "As you asked, I sent you my resume on Friday, 16 October."))
        let dana = try Self.thankYou(files, to: "Dana Ortiz")
        #expect(!dana.lowercased().contains("resume"), "\(dana)")
        #expect(try F.details(files, today: "2026-10-20", kind: .sendResume).isEmpty)
    }

    @Test(
        "resume_sent on the note does not say to whom: no one is told it was sent to them",
        arguments: [("resume_sent: 2026-10-16", "; it went out on Friday, 16 October."), ("", ". If it was")])
    func notSaidWho(_ field: String, _ said: String) throws {
        let files = field.isEmpty ? Self.vault() : Self.vault(field)
        for (name, first) in [("Dana Ortiz", "Dana"), ("Lee Park", "Lee")] {
            let text = try Self.thankYou(files, to: name)
            #expect(!text.contains("As you asked"), "\(text)")
            #expect(text.contains("[Someone you met asked for your resume, and your notes do not say who\(said)"))
            #expect(text.contains("If it was \(first), say so here; else leave this out.]"), "\(text)")
        }
    }

    @Test("nothing says who asked: the step sends it to whoever did, and each thank-you step says so")
    func stepsWhenNotSaidWho() throws {
        let files = Self.vault()
        let step = try #require(try F.details(files, today: "2026-10-20", kind: .sendResume).first)
        #expect(step.title == "Send your resume to whoever asked: Dana Ortiz or Lee Park")
        #expect(step.contact == "Dana Ortiz")
        #expect(step.details.first?.contains("log it on them instead: grapevine log NAME \"sent resume\"") == true)
        for name in ["Dana Ortiz", "Lee Park"] {
            #expect(try Self.thankYouStep(files, to: name).contains { $0.hasPrefix("Someone you met asked for your") })
        }
    }

    @Test(
        "the notes say who asked: only they are told, and the step is theirs",
        arguments: ["Lee: please send me your resume.", "Lee Park asked for my CV. Dana runs the lab."])
    func notesSayWho(_ notes: String) throws {
        let files = Self.vault(notes: "- " + notes)
        #expect(try Self.thankYou(files, to: "Lee Park").contains("As you asked, I have attached my resume."))
        #expect(!(try Self.thankYou(files, to: "Dana Ortiz")).contains("resume"))
        let steps = try F.details(files, today: "2026-10-20", kind: .sendResume)
        #expect(steps.map(\.title) == ["Send your resume to Lee Park"])
        #expect(steps.map(\.contact) == ["Lee Park"])
        #expect(try Self.thankYouStep(files, to: "Lee Park").contains("They asked for your resume: attach it."))
        #expect(!(try Self.thankYouStep(files, to: "Dana Ortiz")).contains { $0.contains("resume") })
    }

    /// The tester's note: `- Dana asked for my resume` under `## Agenda` was not read, and
    /// the step went to "whoever asked: Dana Ortiz or Lee Park".
    @Test(
        "a request in any section of what was said is read: the Agenda, an answer under a question, your own",
        arguments: [
            "## Agenda\n- [x] Dana asked for my resume\n- [x] What does the team need?\n",
            "## Agenda\n- [x] What does the team need?\n  - Dana: send me your CV by Friday.\n",
            "## Questions\n1. How do people get in?\n   - Dana: apply through her, send your résumé\n",
            "## Takeaways\nDana wants an updated resume. Lee thinks the market is slow.\n",
            "## Notes\n- Lee runs the lab.\n\n## Agenda\n- [x] Dana asked for my resume\n",
        ])
    func anySection(_ body: String) throws {
        var files = Self.vault()
        files["interviews/joint.md", default: ""] += "\n" + body
        let steps = try F.details(files, today: "2026-10-20", kind: .sendResume)
        #expect(steps.map(\.title) == ["Send your resume to Dana Ortiz"])
        #expect(try Self.thankYou(files, to: "Dana Ortiz").contains("As you asked, I have attached my resume."))
        #expect(!(try Self.thankYou(files, to: "Lee Park")).lowercased().contains("resume"))
    }

    @Test(
        "sections that record something else, and the verb anywhere, say nobody asked",
        arguments: [
            "## Research\n- Dana's team asks every applicant for a resume\n",
            "## Referrals\n- Sam Wu — Dana says send him your resume\n",
            "## Next steps\n- [ ] Ask Dana whether to send my resume\n",
            "## Agenda\n- [x] Lee: let's resume next week\n",
        ])
    func notWhatWasSaid(_ body: String) throws {
        var files = Self.vault()
        files["interviews/joint.md", default: ""] += "\n" + body
        let step = try #require(try F.details(files, today: "2026-10-20", kind: .sendResume).first)
        #expect(step.title == "Send your resume to whoever asked: Dana Ortiz or Lee Park")
    }

    @Test("both asked and Lee got it: Dana's is still to send, and hers says it is attached")
    func bothAskedOneSent() throws {
        let files = Self.vault(notes: "- Dana and Lee both want my resume.", lee: ["2026-10-16 sent resume"])
        #expect(try Self.thankYou(files, to: "Dana Ortiz").contains("As you asked, I have attached my resume."))
        #expect(try Self.thankYou(files, to: "Lee Park").contains("As you asked, I sent you my resume on Friday"))
        let steps = try F.details(files, today: "2026-10-20", kind: .sendResume)
        #expect(steps.map(\.contact) == ["Dana Ortiz"])
    }

    @Test("met alone, the person met asked, as before")
    func alone() throws {
        let asked = "---\ncontact: \"[[Dana Ortiz]]\"\ndate: 2026-10-15\nresume_requested: true\n"
        var files = Self.vault()
        files["interviews/joint.md"] = asked + "---\n"
        #expect(try Self.thankYou(files, to: "Dana Ortiz").contains("As you asked, I have attached my resume."))
        #expect(
            try F.details(files, today: "2026-10-20", kind: .sendResume).map(\.title) == [
                "Send your resume to Dana Ortiz"
            ])
        files["interviews/joint.md"] = asked + "resume_sent: 2026-10-16\n---\n"
        #expect(
            try Self.thankYou(files, to: "Dana Ortiz").contains(
                "As you asked, I sent you my resume on Friday, 16 October."))
    }

    @Test("a sentence about the resume that names nobody met, or a resume_sent after today, tells nothing")
    func tellsNothing() throws {
        let files = Self.vault("resume_sent: 2026-10-30", notes: "- Everyone wants a resume on paper.")
        let text = try Self.thankYou(files, to: "Dana Ortiz")
        #expect(text.contains("[Someone you met asked for your resume, and your notes do not say who. If it was Dana"))
    }

    @Test(
        "the resume as a thing counts; the verb does not",
        arguments: [
            ("Lee: please send me your resume.", true), ("Lee asked for my CV.", true),
            ("Lee: share your résumé with the team.", true), ("Lee: send resume by Friday.", true),
            ("Lee wants an updated resume.", true), ("Lee: Alex's resume is too long.", true),
            ("Lee: a one-page resume, please.", true), ("Lee: my team reads resumés closely.", true),
            ("We'll resume the chat after her holiday.", false), ("Lee: let's resume next week.", false),
            ("Lee: let’s resume once the reorg settles.", false), ("Lee: we resume hiring in January.", false),
            ("Lee hopes to resume the project soon.", false), ("Talks resume in March.", false),
            ("Resume next week.", false),
        ])
    func nounNotVerb(_ sentence: String, _ isNoun: Bool) {
        #expect(ResumeRequest.isAboutResume(sentence) == isNoun)
    }

    @Test(
        "a sentence of someone met that uses the verb does not make them the one who asked",
        arguments: ["Lee: let's resume next week.", "We'll resume the chat after Lee's holiday."])
    func verbSaysNobodyAsked(_ notes: String) throws {
        let files = Self.vault(notes: "- " + notes)
        let step = try #require(try F.details(files, today: "2026-10-20", kind: .sendResume).first)
        #expect(step.title == "Send your resume to whoever asked: Dana Ortiz or Lee Park")
        #expect(!(try Self.thankYou(files, to: "Lee Park")).contains("As you asked"))
    }

    @Test(
        "who asked is read wherever the meeting's own text is: before any section, under a title, in a list",
        arguments: [
            "Dana: send me your resume.\n", "# Coffee at the lab\n\nDana: send me your resume.\n",
            "- Dana: send me your resume.\n- Lee: let's resume next week.\n", "> Dana asked for my CV.\n",
        ])
    func openingTextSaysWho(_ opening: String) throws {
        let files = Self.vault(opening: opening, notes: "- Lee: let's resume after the holidays.")
        #expect(
            try F.details(files, today: "2026-10-20", kind: .sendResume).map(\.title) == [
                "Send your resume to Dana Ortiz"
            ])
        #expect(try Self.thankYou(files, to: "Dana Ortiz").contains("As you asked, I have attached my resume."))
        #expect(!(try Self.thankYou(files, to: "Lee Park")).contains("As you asked"))
        #expect(!(try Self.thankYouStep(files, to: "Lee Park")).contains { $0.contains("resume") })
    }
}
