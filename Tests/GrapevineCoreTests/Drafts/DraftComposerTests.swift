import Testing

@testable import GrapevineCore

@Suite("Drafts")
struct DraftComposerTests {
    static let today = LocalDate(valid: "2026-11-18")

    @Test(
        "the next interview is the earliest from today on that is not called off; the last held is the latest up to today"
    )
    func interviewChoice() throws {
        let vault = try TemporaryVault.load([
            "organizations/acme.md": "---\nname: Acme\n---\n",
            "contacts/ana.md": "---\nname: Ana\norganization: \"[[Acme]]\"\n---\n",
            "contacts/ben.md": "---\nname: Ben\norganization: \"[[Acme]]\"\n---\n",
            "interviews/a1.md": "---\ncontact: \"[[Ana]]\"\ndate: 2026-11-10\n---\n",
            "interviews/a2.md": "---\ncontact: \"[[Ana]]\"\ndate: 2026-11-17\nstatus: no-show\n---\n",
            "interviews/a3.md": "---\ncontact: \"[[Ana]]\"\ndate: 2026-11-19\nstatus: cancelled\n---\n",
            "interviews/a4.md": "---\ncontact: \"[[Ana]]\"\ndate: 2026-11-25\n---\n",
            "interviews/b1.md": "---\ncontact: \"[[Ben]]\"\ndate: 2026-11-18 09:00\n---\n",
        ])
        let path = { (index: Int?) in index.map { vault.notes[$0].path } }
        let ana = try vault.node("Ana")
        #expect(path(vault.nextInterview(with: ana, today: Self.today)) == "interviews/a4.md")
        #expect(path(vault.lastHeldInterview(with: ana, today: Self.today)) == "interviews/a1.md")
        let acme = try vault.node("Acme")
        #expect(path(vault.nextInterview(with: acme, today: Self.today)) == "interviews/b1.md")
        #expect(
            vault.interviewNotes(with: acme).map { vault.notes[$0].path } == [
                "interviews/a1.md", "interviews/a2.md", "interviews/b1.md", "interviews/a3.md", "interviews/a4.md",
            ])
        #expect(vault.nextInterview(with: ana, today: LocalDate(valid: "2026-11-26")) == nil)
    }

    @Test(
        "about me: the pitch's first sentence when short and about you, else its first clause, else nothing",
        arguments: [
            ("I teach chemistry and want to work in food.", "I teach chemistry and want to work in food."),
            (
                "I taught high-school chemistry for nine years, and the part I loved most was the lab: designing experiments thirty teenagers could run safely, then helping them make sense of messy data.",
                "I taught high-school chemistry for nine years."
            ),
            ("What you say in thirty seconds when someone asks about you.", nil),
            // A title's dot is inside the sentence.
            (
                "I'm an ICU nurse at St. Brigid's and want to move into product. I led a redesign.",
                "I'm an ICU nurse at St. Brigid's and want to move into product."
            ),
            // An Obsidian comment is not for the reader of a draft.
            (
                "I teach %% badly, %% chemistry and\nwant to work in food.",
                "I teach chemistry and want to work in food."
            ),
            (
                "I taught " + String(repeating: "and taught ", count: 14) + "for years.",
                nil
            ),
        ] as [(String, String?)])
    func aboutMe(pitch: String, expected: String?) throws {
        let vault = try TemporaryVault.load([
            "pitch.md": "---\ntype: pitch\n---\n# Pitch\n\n\(pitch)\n\n## Notes\n- x\n"
        ])
        #expect(
            DraftComposer(vault: vault, today: Self.today, templates: TemplateLibrary(vaultRoot: vault.root)).aboutMe
                == expected)
    }

    @Test("every built-in template renders with no values at all, and with a Subject line first")
    func builtIns() throws {
        for template in DraftTemplates.all {
            let library = TemplateLibrary(vaultRoot: "/nonexistent")
            let text = try library.render(template.file, [:])
            #expect(text.hasPrefix("Subject: "), "\(template.file)")
            #expect(!text.contains("{{"), "\(template.file)")
            #expect(!text.contains("Values:"), "\(template.file): the comment must not show")
        }
        #expect(
            Set(DefaultTemplates.all.map(\.file)).isSuperset(of: [
                "thank-you.md", "update.md", "outreach.md", "follow-up.md", "tell-referrer.md",
            ]))
    }

    @Test("empty values are left out, so sections over them render nothing")
    func emptyValues() throws {
        let vault = try TemporaryVault.load([
            "contacts/kim.md": "---\nname: Kim Lee\n---\n",
            "interviews/k.md": "---\ncontact: \"[[Kim Lee]]\"\ndate: 2026-11-17\n---\n## Notes\n",
        ])
        let composer = DraftComposer(vault: vault, today: Self.today, templates: TemplateLibrary(vaultRoot: vault.root))
        let kim = try vault.node("Kim Lee")
        let index = try #require(vault.lastHeldInterview(with: kim, today: Self.today))
        let values = composer.values(.thankYou, to: kim, interview: index)
        #expect(values["name"] as? String == "Kim Lee")
        #expect(values["when"] as? String == "yesterday")
        for key in [
            "title", "organization", "highlight", "referrals", "referrals_list", "openings_list", "attach_resume",
        ] {
            #expect(values[key] == nil, "\(key)")
        }
        let text = try composer.draft(.thankYou, to: kim, interview: index)
        #expect(!text.contains("\n\n\n"))
        #expect(text.hasSuffix("[Your name]\n"))
    }

    @Test("an opening written as 'Apply to …' is named without the verb in the thank-you")
    func openingsWithoutTheVerb() throws {
        let vault = try TemporaryVault.load([
            "contacts/kim.md": "---\nname: Kim Lee\n---\n",
            "interviews/k.md": "---\ncontact: \"[[Kim Lee]]\"\ndate: 2026-11-17\n---\n## Leads\n"
                + "- [ ] Apply to the QA Chemist opening due 2026-11-30 — Kim will forward\n- [ ] Intern, spring\n",
        ])
        let composer = DraftComposer(vault: vault, today: Self.today, templates: TemplateLibrary(vaultRoot: vault.root))
        let kim = try vault.node("Kim Lee")
        let index = try #require(vault.lastHeldInterview(with: kim, today: Self.today))
        let text = try composer.draft(.thankYou, to: kim, interview: index)
        #expect(
            text.contains("apply for the openings you mentioned: the QA Chemist opening; Intern, spring."), "\(text)")
    }
}
