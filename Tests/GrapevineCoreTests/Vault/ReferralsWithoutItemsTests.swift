import Testing

@testable import GrapevineCore

/// An interview's Referrals written as sentences, with no list item (trial 31: "She said I
/// should talk to Deepa Kapoor … and maybe Tom O’Leary"): no one is read from it, and `check`
/// says so instead of keeping quiet.
@Suite("Referrals written as a paragraph")
struct ReferralsWithoutItemsTests {
    private func load(_ referrals: String) throws -> Vault {
        try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana Silva\nadded: 2026-10-01\n---\n",
            "interviews/i.md": "---\ncontact: Ana Silva\ndate: 2026-11-17\n---\n## Notes\nGood call.\n\n" + referrals,
        ])
    }

    @Test("a paragraph under Referrals is a warning at its heading, and names no one")
    func paragraph() throws {
        let vault = try load(
            "## Referrals\nShe said I should talk to Deepa Kapoor on the informatics team, and maybe [[Tom O'Leary]].\n"
        )
        let warning = try #require(vault.diagnostics(.referralsWithoutItems).only)
        #expect(warning.located == "warning interviews/i.md:8:1")
        #expect(
            warning.message == "the Referrals section has text but no list items, so no one in it is read as a referral"
        )
        #expect(
            warning.hint == "write one list item per person they suggested, name first: '- Sam Reyes — runs the lab'")
        #expect(vault.graph.edges.allSatisfy { $0.kind != .referred || $0.from == Graph.owner })
    }

    @Test(
        "a list, or an empty section, is quiet",
        arguments: ["## Referrals\n- Deepa Kapoor — informatics\n", "## Referrals\n"])
    func quiet(referrals: String) throws {
        #expect(try load(referrals).diagnostics(.referralsWithoutItems).isEmpty)
    }
}
