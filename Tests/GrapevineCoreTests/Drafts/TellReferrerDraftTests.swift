import Testing

@testable import GrapevineCore

@Suite("Drafts: tell-referrer")
struct TellReferrerDraftTests {
    static let today = LocalDate(valid: "2026-12-03")

    /// Dan referred Ana, Ben, Cy and Di; `met` lists the interviews held (or not) with them.
    static func vault(met: [String: String], danLog: String = "") throws -> Vault {
        var files = [
            "organizations/acme.md": "---\nname: Acme\n---\n",
            "contacts/dan.md": "---\nname: Prof. Dan Moore\n---\n## Log\n\(danLog)\n",
        ]
        for name in ["Ana", "Ben", "Cy", "Di"] {
            files["contacts/\(name.lowercased()).md"] =
                "---\nname: \(name) Lee\norganization: \"[[Acme]]\"\nreferred_by: \"[[Prof. Dan Moore]]\"\n---\n"
        }
        for (name, date) in met {
            files["interviews/\(name.lowercased()).md"] = """
                ---
                contact: "[[\(name) Lee]]"
                date: \(date)
                ---
                ## Notes
                - \(name) moved from the bench to sensory. Then more.
                ## Referrals
                - [[Eve Ray]]
                ## Leads
                - Scientist, req 1 — ask HR
                - Intern
                """
        }
        return try TemporaryVault.load(files)
    }

    @Test(
        "the people met are those held up to today, by date; at most 3, the latest, others counted",
        arguments: [
            ([:], [], nil),
            (["Ana": "2026-12-01"], ["Ana Lee"], nil),
            (["Ana": "2026-12-01", "Ben": "2025-11-30"], ["Ben Lee", "Ana Lee"], nil),
            (["Ana": "2026-12-10"], [], nil),
            (
                ["Ana": "2026-11-01", "Ben": "2026-11-02", "Cy": "2026-11-03", "Di": "2026-11-04"],
                ["Ben Lee", "Cy Lee", "Di Lee"], "one"
            ),
        ] as [([String: String], [String], String?)])
    func met(interviews: [String: String], expected: [String], others: String?) throws {
        let vault = try Self.vault(met: interviews)
        let composer = DraftComposer(vault: vault, today: Self.today, templates: TemplateLibrary(vaultRoot: vault.root))
        let dan = try vault.node("Prof. Dan Moore")
        let values = composer.values(.tellReferrer, to: dan, interview: nil)
        let met = values["met"] as? [[String: Any]] ?? []
        #expect(met.compactMap { $0["name"] as? String } == expected)
        #expect(values["others"] as? String == others)
        #expect(composer.metReferrals(of: dan).count == interviews.values.filter { $0 <= "2026-12-03" }.count)
    }

    @Test("people met before you last thanked or updated the referrer are left out, unless nobody is new")
    func untold() throws {
        let interviews = ["Ana": "2026-11-01", "Ben": "2026-11-20"]
        let told = try Self.vault(met: interviews, danLog: "- 2026-11-05 updated: told him about Ana")
        let dan = try told.node("Prof. Dan Moore")
        let values = DraftComposer(vault: told, today: Self.today, templates: TemplateLibrary(vaultRoot: told.root)).values(.tellReferrer, to: dan, interview: nil)
        #expect(values["met_list"] as? String == "Ben Lee")
        let allTold = try Self.vault(met: interviews, danLog: "- 2026-11-25 thanked")
        let both = DraftComposer(vault: allTold, today: Self.today, templates: TemplateLibrary(vaultRoot: allTold.root)).values(.tellReferrer, to: dan, interview: nil)
        #expect(both["met_list"] as? String == "Ana Lee and Ben Lee")
    }

    /// Trial N, finding 2: "I have also met 1 more of the people you suggested." counted
    /// someone the referrer had been told about already.
    @Test("the earlier people met are named, and only those not told about yet")
    func othersNamed() throws {
        let all = ["Ana": "2026-11-01", "Ben": "2026-11-02", "Cy": "2026-11-03", "Di": "2026-11-04"]
        let vault = try Self.vault(met: all)
        let dan = try vault.node("Prof. Dan Moore")
        let text = try DraftComposer(vault: vault, today: Self.today, templates: TemplateLibrary(vaultRoot: vault.root))
            .draft(.tellReferrer, to: dan, interview: nil)
        #expect(text.contains("\n\nI have also met Ana Lee.\n\n"))
        #expect(!text.contains("more of the people"))
        let told = try Self.vault(
            met: ["Ana": "2026-10-22", "Ben": "2026-12-02"], danLog: "- 2026-11-18 updated: told him about Ana")
        let composer = DraftComposer(vault: told, today: Self.today, templates: TemplateLibrary(vaultRoot: told.root))
        let values = composer.values(.tellReferrer, to: try told.node("Prof. Dan Moore"), interview: nil)
        #expect(values["met_list"] as? String == "Ben Lee")
        #expect(values["others"] == nil && values["others_list"] == nil)
        let fiveTold = try Self.vault(met: all, danLog: "- 2026-11-02 thanked")
        let fiveValues = DraftComposer(
            vault: fiveTold, today: Self.today, templates: TemplateLibrary(vaultRoot: fiveTold.root)
        ).values(.tellReferrer, to: try fiveTold.node("Prof. Dan Moore"), interview: nil)
        #expect(fiveValues["met_list"] as? String == "Cy Lee and Di Lee")
        #expect(fiveValues["others"] == nil)
    }

    @Test("the note says whom you met, where and when in words, and what came of it")
    func draft() throws {
        let vault = try Self.vault(met: ["Ana": "2026-12-01", "Ben": "2025-11-30"])
        let dan = try vault.node("Prof. Dan Moore")
        let text = try DraftComposer(vault: vault, today: Self.today, templates: TemplateLibrary(vaultRoot: vault.root)).draft(.tellReferrer, to: dan, interview: nil)
        #expect(text.hasPrefix("Subject: I met Ben Lee and Ana Lee, thanks to you\n\nHi Prof. Moore,\n\n"))
        #expect(text.contains("I met Ben Lee at Acme on Sunday, 30 November 2025. [Say what you learned"))
        #expect(text.contains("I met Ana Lee at Acme on Tuesday, 1 December."))
        #expect(text.contains("From your notes: \"Ana moved from the bench to sensory.\"]"))
        #expect(text.contains(" Ana suggested I talk to Eve Ray next."))
        #expect(text.contains(" Ana also told me about the openings: Scientist, req 1; Intern."))
        #expect(text.contains("Thank you again for the names."))
        #expect(!text.contains("2026-12-01"))
    }
}
