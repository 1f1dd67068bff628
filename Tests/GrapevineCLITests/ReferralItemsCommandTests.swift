import Foundation
import Testing

/// The tester's vault, in small: a referral named before an organization's link, one written
/// ahead of its interview, and one that cannot count, as `next`, `check`, `draft`, `show` and
/// `path` tell them.
@Suite("Referrals items, as the commands read them")
struct ReferralItemsCommandTests {
    private static func vault() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Inès Garnier\n",
            "People/Amara Okafor.md": "---\ntype: contact\nname: Amara Okafor\nadded: 2026-11-01\n---\n",
            "People/Ana Souza.md": "---\ntype: contact\nname: Ana Souza\nadded: 2026-11-01\n---\n",
            "People/Sarah O'Connor.md": "---\ntype: contact\nname: Sarah O'Connor\nadded: 2026-11-20\n---\n",
            "People/Tomás Ortega.md": "---\ntype: contact\nname: Tomás Ortega\nadded: 2026-11-01\n---\n",
            "Orgs/Civic Design Collective.md": "---\ntype: organization\n---\n",
            "Interviews/2026-11-20 Amara.md": "---\ntype: interview\ncontact: Amara Okafor\ndate: 2026-11-20\n---\n"
                + "## Referrals\n- Sarah O'Connor, Civic\n",
            "Interviews/2026-11-24 Ana.md": "---\ntype: interview\ncontact: Ana Souza\ndate: 2026-11-24 14:00\n---\n"
                + "## Referrals\n- Sarah O'Connor (Civic)\n",
            "Interviews/2026-12-01 Tomás.md": """
            ---
            type: interview
            contact: "[[Tomás Ortega]]"
            date: 2026-12-01
            ---
            ## Referrals
            - Beatriz Nunes at [[Civic Design Collective]] — runs their research guild
            - [[Tomás Ortega]]'s old colleague Karim Benali at Lumen
            """,
        ])
        return folder
    }

    /// A vault of one meeting with Wei Chen on 2026-11-16, whose Referrals are `referrals`.
    private static func meetingWithWeiChen(referrals: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/wei-chen.md": "---\nname: Wei Chen\nadded: 2026-11-01\n---\n",
            "interviews/2026-11-16-wei-chen.md": "---\ncontact: \"[[Wei Chen]]\"\ndate: 2026-11-16\n---\n"
                + "## Referrals\n" + referrals,
        ])
        return folder
    }

    private static func run(_ folder: TemporaryFolder, _ arguments: String...) async -> CommandRun {
        await CommandRun(arguments + ["--vault", folder.path])
    }

    /// A hand trial: `source: "[[Marco Diaz]]"` on the note of someone Marco introduced made no
    /// referral, silently: no step thanked Marco after the meeting.
    @Test("a referrer linked under source is said by check and in next's summary")
    func referrerUnderSource() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Jamie Rivera\n",
            "contacts/marco-diaz.md": "---\nname: Marco Diaz\nadded: 2026-10-01\n---\n",
            "contacts/priya-shah.md": "---\nname: Priya Shah\nadded: 2026-11-01\nsource: \"[[Marco Diaz]]\"\n---\n",
        ])
        let check = await Self.run(folder, "check")
        #expect(
            check.output.contains(
                "contacts/priya-shah.md:4:9: warning: 'source' links Marco Diaz, but a source makes no referral"),
            "\(check.output)")
        let next = await Self.run(folder, "next", "--today", "2026-11-23")
        #expect(
            next.errors.contains(
                "1 contact links a person under 'source', which makes no referral, so no step thanks them: "
                    + "contacts/priya-shah.md:4; run 'grapevine check'."),
            "\(next.errors)")
    }

    @Test("a referral in an interview still to come counts nowhere before its day, and everywhere on it")
    func plannedReferral() async throws {
        let folder = try Self.vault()
        let next = await Self.run(folder, "next", "--today", "2026-11-23")
        #expect(next.output.contains("Contact Sarah O'Connor, referred by Amara Okafor\n"), "\(next.output)")
        let draft = await Self.run(folder, "draft", "outreach", "Sarah O'Connor", "--today", "2026-11-23")
        #expect(draft.output.contains("Amara Okafor suggested I get in touch"), "\(draft.output)")
        #expect(!draft.output.contains("Ana Souza"))
        let show = await Self.run(folder, "show", "Sarah O'Connor", "--today", "2026-11-23")
        #expect(!show.output.contains("Ana Souza"), "\(show.output)")
        let path = await Self.run(folder, "path", "Sarah O'Connor", "--today", "2026-11-23")
        #expect(!path.output.contains("Ana Souza"), "\(path.output)")
        let later = await Self.run(folder, "next", "--today", "2026-11-24")
        #expect(later.output.contains("Contact Sarah O'Connor, referred by Amara Okafor and Ana Souza"))
        let path24 = await Self.run(folder, "path", "Sarah O'Connor", "--today", "2026-11-24")
        #expect(path24.output.contains("Ana Souza"), "\(path24.output)")
    }

    @Test("a name before an organization's link is the person referred; an item that cannot count is said so")
    func itemsNamingSomeone() async throws {
        let folder = try Self.vault()
        let next = await Self.run(folder, "next", "--today", "2026-12-02")
        #expect(next.output.contains("Contact Beatriz Nunes (Civic Design Collective), referred by Tomás Ortega"))
        #expect(next.output.contains("Thank them for the names: Beatriz Nunes."), "\(next.output)")
        #expect(
            next.errors.contains(
                "1 Referrals item is not counted as a referral, so no step comes from it: "
                    + "Interviews/2026-12-01 Tomás.md:8; run 'grapevine check' to see why."),
            "\(next.errors)")
        let check = await Self.run(folder, "check")
        #expect(
            check.output.contains(
                "Interviews/2026-12-01 Tomás.md:8:3: warning: this item is not counted as a referral: 'Tomás "
                    + "Ortega's old colleague Karim Benali' is not a person's name"),
            "\(check.output)")
        #expect(!check.output.contains("Civic Design Collective' is an organization"))
    }

    /// Trial P, finding 1: `Name — role at [[Org]]` counted no one, and `next`'s summary gave
    /// every uncounted item one reason, "it does not start with the name of the person
    /// suggested", even to an item that names someone who was at the meeting.
    @Test("a name, a role and the organization's link is a referral; the summary claims no reason not the item's")
    func nameRoleAtOrganization() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Marcus Bell\n",
            "contacts/lena-park.md": "---\nname: Lena Park\norganization: \"[[Plaid]]\"\nadded: 2026-11-01\n---\n",
            "organizations/plaid.md": "---\nname: Plaid\n---\n",
            "interviews/2026-11-12-lena-park.md": """
            ---
            contact: "[[Lena Park]]"
            date: 2026-11-12
            ---
            ## Referrals
            - Tom Ruiz — recruiter at [[Plaid]]
            - Ana Diaz - recruiter at [[Plaid]]
            - Bo Chen, recruiter at [[Plaid]]
            - Cy Lam — recruiter at Plaid
            - [[Lena Park]] — ask her again in January
            - [[Plaid]]
            """,
        ])
        let check = await Self.run(folder, "check")
        #expect(!check.output.contains("is not a person's name"), "\(check.output)")
        let next = await Self.run(folder, "next", "--today", "2026-11-13")
        for name in ["Tom Ruiz", "Ana Diaz", "Bo Chen"] {
            #expect(next.output.contains("Contact \(name) (Plaid), referred by Lena Park\n"), "\(next.output)")
        }
        #expect(next.output.contains("Contact Cy Lam, referred by Lena Park\n"))
        #expect(
            next.errors.contains(
                "2 Referrals items are not counted as a referral, so no step comes from them: "
                    + "interviews/2026-11-12-lena-park.md:10, interviews/2026-11-12-lena-park.md:11; "
                    + "run 'grapevine check' to see why."),
            "\(next.errors)")
        #expect(!next.errors.contains("does not start with"))
    }

    /// Trial N, finding 1: `- [[Emily Zhang]]'s team lead` in Hannah's interview made Emily,
    /// a connection already, "referred by Hannah Lee", and the thank-you thanked for her.
    @Test("someone named by another's name counts no one: no step, no thanks, no chain, and check says so")
    func possessiveReferral() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Riya Sharma\n",
            "People/Hannah Lee.md": "---\ntype: contact\nname: Hannah Lee\nadded: 2026-11-01\n---\n",
            "People/Emily Zhang.md": "---\ntype: contact\nname: Emily Zhang\norganization: Bluepeak\n---\n",
            "Meetings/2026-12-02 Hannah Lee.md": """
            ---
            type: interview
            contact: "[[Hannah Lee]]"
            date: 2026-12-02 10:00
            ---
            ## Referrals
            - [[Emily Zhang]]'s team lead
            - Marcus Green (design systems)
            """,
        ])
        let next = await Self.run(folder, "next", "--today", "2026-12-07")
        #expect(!next.output.contains("referred by Hannah Lee") || next.output.contains("Contact Marcus Green"))
        #expect(!next.output.contains("Contact Emily Zhang"), "\(next.output)")
        #expect(next.errors.contains("Meetings/2026-12-02 Hannah Lee.md:7; run 'grapevine check' to see why."))
        let thanks = await Self.run(folder, "draft", "thank-you", "Hannah Lee", "--today", "2026-12-03")
        #expect(!thanks.output.contains("Emily"), "\(thanks.output)")
        #expect(thanks.output.contains("Marcus Green"), "\(thanks.output)")
        let path = await Self.run(folder, "path", "Emily Zhang", "--today", "2026-12-07")
        #expect(!path.output.contains("Hannah Lee"), "\(path.output)")
        let check = await Self.run(folder, "check")
        #expect(
            check.output.contains(
                "Meetings/2026-12-02 Hannah Lee.md:7:3: warning: this item is not counted as a referral: "
                    + "'Emily Zhang's team lead' is not a person's name"),
            "\(check.output)")
    }

    /// A Referrals item pasted from a spreadsheet, family name first: `- Ortiz, Dana` in the
    /// meeting with Dana Ortiz was a step "Contact Ortiz" and thanks for the name "Ortiz".
    @Test("an item written family name first is that person: the person met counts no one, Ruiz, Tom is Tom Ruiz")
    func familyNameFirst() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/dana-ortiz.md": "---\nname: Dana Ortiz\norganization: \"[[Bluepeak]]\"\nadded: 2026-11-01\n---\n",
            "organizations/bluepeak.md": "---\nname: Bluepeak\n---\n",
            "interviews/2026-11-10-dana-ortiz.md": """
            ---
            contact: "[[Dana Ortiz]]"
            date: 2026-11-10
            ---
            ## Referrals
            - Tom Ruiz — recruiter at [[Bluepeak]]
            - Ortiz, Dana
            - Lee, Ann (her manager)
            """,
        ])
        let next = await Self.run(folder, "next", "--today", "2026-11-18")
        #expect(next.output.contains("Thank them for the names: Tom Ruiz and Ann Lee.\n"), "\(next.output)")
        #expect(next.output.contains("Contact Ann Lee, referred by Dana Ortiz\n"))
        #expect(!next.output.contains("Ortiz, Dana") && !next.output.contains("Contact Ortiz"), "\(next.output)")
        #expect(next.errors.contains("interviews/2026-11-10-dana-ortiz.md:7; run 'grapevine check'"), "\(next.errors)")
        let check = await Self.run(folder, "check")
        #expect(
            check.output.contains(
                "interviews/2026-11-10-dana-ortiz.md:7:3: warning: this item is not counted as a referral: it names "
                    + "Dana Ortiz, who you met here"),
            "\(check.output)")
        #expect(check.output.contains("warning: no note for 'Ann Lee' yet"))
        #expect(!check.output.contains("'Ortiz'") && !check.output.contains("'Lee'"), "\(check.output)")
        let draft = await Self.run(folder, "draft", "thank-you", "Dana Ortiz", "--today", "2026-11-18")
        #expect(draft.output.contains("suggesting I talk to Tom Ruiz and Ann Lee."), "\(draft.output)")
        let show = await Self.run(folder, "show", "Dana Ortiz", "--today", "2026-11-18")
        #expect(show.output.contains("Ann Lee"), "\(show.output)")
        #expect(!show.output.contains("Ortiz  "), "\(show.output)")
        let site = await Self.run(folder, "site", "--today", "2026-11-18")
        #expect(site.status == 0, "\(site.errors)")
        let page = try String(
            contentsOfFile: folder.path + "/_site/interviews/2026-11-10-dana-ortiz.html", encoding: .utf8)
        #expect(page.contains("<a href=\"../people/ann-lee.html\">Lee, Ann</a> (her manager)"), "\(page)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/_site/people/ortiz.html"))
    }

    /// `- talk to Jo in HR` was a step "Contact talk to Jo in HR" and thanks "for suggesting I
    /// talk to Wei Chen and talk to Jo in HR", while `check` only asked whether it was a name.
    @Test("an item written as a phrase names the person in it, or no one, in check, next, the draft and the site")
    func phraseItems() async throws {
        let folder = try Self.meetingWithWeiChen(referrals: """
            - [[Wei Chen]]
            - talk to Jo in HR
            - ask Priya Shah about the team
            - check out the careers page
            """)
        let next = await Self.run(folder, "next", "--today", "2026-11-18")
        #expect(next.output.contains("Thank them for the names: Jo and Priya Shah.\n"), "\(next.output)")
        #expect(next.output.contains("Contact Jo, referred by Wei Chen\n"))
        #expect(!next.output.contains("talk to") && !next.output.contains("careers"), "\(next.output)")
        let draft = await Self.run(folder, "draft", "thank-you", "Wei Chen", "--today", "2026-11-18")
        #expect(draft.output.contains("suggesting I talk to Jo and Priya Shah."), "\(draft.output)")
        let check = await Self.run(folder, "check")
        #expect(check.output.contains("interviews/2026-11-16-wei-chen.md:7:11: warning: no note for 'Jo' yet"))
        #expect(
            check.output.contains(
                "interviews/2026-11-16-wei-chen.md:9:3: warning: this item is not counted as a referral: "
                    + "'check out the careers page' is not a person's name"),
            "\(check.output)")
        let site = await Self.run(folder, "site", "--today", "2026-11-18")
        #expect(site.status == 0, "\(site.errors)")
        let page = try String(
            contentsOfFile: folder.path + "/_site/interviews/2026-11-16-wei-chen.html", encoding: .utf8)
        #expect(page.contains("talk to <a href=\"../people/jo.html\">Jo</a> in HR"), "\(page)")
    }

    /// `- ortiz, dana` and `- Lee, Mary Ann` were cut at the comma ("Contact ortiz", "Contact
    /// Lee"), and `- Sara, Acmecorp` was a person "Acmecorp Sara".
    @Test("lowercase and two given names are read family name first; a given name and a company is that person")
    func familyNameFirstOrCompany() async throws {
        let folder = try Self.meetingWithWeiChen(referrals: """
            - ortiz, dana
            - Lee, Mary Ann
            - Sara, Acmecorp
            """)
        let next = await Self.run(folder, "next", "--today", "2026-11-18")
        #expect(
            next.output.contains("Thank them for the names: dana ortiz, Mary Ann Lee and Sara.\n"), "\(next.output)")
        #expect(next.output.contains("Contact Mary Ann Lee, referred by Wei Chen\n"))
        #expect(!next.output.contains("Acmecorp Sara") && !next.output.contains("Contact Lee,"), "\(next.output)")
        let draft = await Self.run(folder, "draft", "thank-you", "Wei Chen", "--today", "2026-11-18")
        #expect(draft.output.contains("suggesting I talk to dana ortiz, Mary Ann Lee and Sara."), "\(draft.output)")
        let check = await Self.run(folder, "check")
        for name in ["dana ortiz", "Mary Ann Lee", "Sara"] {
            #expect(check.output.contains("warning: no note for '\(name)' yet"), "\(check.output)")
        }
    }
}
