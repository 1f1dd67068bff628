import Testing

@testable import GrapevineCore

/// The people a contact named, listed in the contact's own note, are not referrals (only an
/// interview's Referrals section is read); a warning says where they go.
@Suite("Referrals in a contact's note")
struct ReferralsInContactNoteTests {
    private func load(_ body: String) throws -> Vault {
        try TemporaryVault.load(["contacts/dana.md": "---\nname: Dana Lee\nadded: 2026-10-01\n---\n" + body])
    }

    @Test("a list under Referrals in a contact's note is a warning that says where it goes, with the day you met")
    func listed() throws {
        let vault = try load(
            "## Log\n- 2026-10-02 emailed\n- 2026-10-09 met: coffee\n- 2026-10-12 thanked\n\n## Referrals\n- Omar Haddad — PM\n")
        let warning = try #require(vault.diagnostics(.referralsInContactNote).only)
        #expect(warning.located == "warning contacts/dana.md:10:1")
        #expect(warning.message.hasPrefix("a contact's Referrals section is not read"))
        #expect(
            warning.hint
                == #"move the list into the meeting's note (grapevine new interview "Dana Lee" --date 2026-10-09 makes one), "#
                + "or write 'referred_by: Dana Lee' in the note of each person named")
        #expect(vault.graph.nodes.allSatisfy { $0.name != "Omar Haddad" }, "nobody is read from it")
    }

    @Test("without a meeting in the Log, the date is left to write")
    func notMetYet() throws {
        let vault = try load("### Referrals\n* [[Omar Haddad]]\n")
        #expect(try #require(vault.diagnostics(.referralsInContactNote).only).hint?.contains("--date YYYY-MM-DD") == true)
    }

    @Test("a Referrals heading over text only, and an interview's Referrals, are quiet")
    func quiet() throws {
        let text = try load("## Referrals\nNone yet; ask next time.\n")
        #expect(text.diagnostics(.referralsInContactNote).isEmpty)
        let interview = try TemporaryVault.load([
            "contacts/dana.md": "---\nname: Dana Lee\nadded: 2026-10-01\n---\n",
            "interviews/i.md": "---\ncontact: Dana Lee\ndate: 2026-10-09\n---\n## Referrals\n- Omar Haddad\n",
        ])
        #expect(interview.diagnostics(.referralsInContactNote).isEmpty)
    }
}

/// The people an organization's note lists are counted there only by their own note's
/// `organization:`; a link to a contact whose note names none is a warning.
@Suite("People listed in an organization's note")
struct MemberWithoutOrganizationTests {
    @Test("a linked contact whose note names no organization is a warning, once, with the line to write")
    func linkedContactWithoutOrganization() throws {
        let vault = try TemporaryVault.load([
            "organizations/globex.md":
                "---\nname: Globex\ntarget: true\n---\n## People\n- [[Dana Lee]] — PM\n- [[Omar Haddad]]\n- Bo, recruiter\n- again: [[Dana Lee]]\n",
            "contacts/dana.md": "---\nname: Dana Lee\nadded: 2026-10-01\n---\n",
            "contacts/omar.md": "---\nname: Omar Haddad\norganization: Globex\n---\n",
        ])
        let warning = try #require(vault.diagnostics(.memberWithoutOrganization).only)
        #expect(warning.located == "warning organizations/globex.md:6:3")
        #expect(warning.message == "Dana Lee is listed here, but their note names no organization, so they are not counted at Globex")
        #expect(warning.hint == "write 'organization: Globex' in contacts/dana.md")
    }

    @Test("a contact at another organization, one named in a sentence, or linked from a contact's note, is quiet")
    func quiet() throws {
        let vault = try TemporaryVault.load([
            "organizations/globex.md": "---\nname: Globex\n---\nAlumni: [[Dana Lee]]\n\nTalked to [[Omar Haddad]] about them.\n",
            "contacts/dana.md": "---\nname: Dana Lee\norganization: Initech\n---\n",
            "contacts/omar.md": "---\nname: Omar Haddad\n---\nKnows [[Bo Chen]].\n",
            "contacts/bo.md": "---\nname: Bo Chen\n---\n",
        ])
        #expect(vault.diagnostics(.memberWithoutOrganization).isEmpty)
    }
}
