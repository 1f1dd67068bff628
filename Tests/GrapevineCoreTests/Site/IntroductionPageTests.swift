import Testing

@testable import GrapevineCore

/// The warm introductions an organization's page lists, as values: those of `grapevine path
/// ORG` (`WarmIntroductions`), in its order and words, with names as links. The order and the
/// actions of Acme Foods are those worked out by hand in `Fixtures/path-vault/EXPECTED.md`.
@Suite("Warm introductions on organization pages, before any HTML")
struct IntroductionPageTests {
    static func page(of name: String, files: [String: String]? = nil) throws -> NotePage {
        let folder = try TestFolder(try files ?? FixtureVault.files("path-vault"))
        let vault = VaultLoader.load(root: folder.root)
        let builder = SiteBuilder(
            vault: vault, today: LocalDate(valid: "2026-11-18"), isPublic: false,
            templates: try SiteTemplates(vaultRoot: folder.root))
        let node = try #require(vault.graph.nodes.indices.first { vault.graph.nodes[$0].name == name })
        return builder.notePage(node, at: try #require(builder.paths.page(of: node)))
    }

    @Test func theOrderAndActionsAreThoseOfPath() throws {
        guard case .organization(let organization) = try Self.page(of: "Acme Foods").kind else {
            Issue.record("not an organization page")
            return
        }
        let introductions = organization.introductions
        #expect(
            introductions.map(\.person.name) == [
                "Ava Stone", "Ola Berg", "Ben Ortiz", "Ivy Chen", "Lou Grant", "Kai Lee", "Cara Diaz", "Jo Kim",
                "Dev Patel", "Nia Obi",
            ])
        #expect(
            introductions.map(\.warmthCode) == [
                "met", "met", "met", "replied", "replied", "replied", "reached-out", "not-contacted", "not-contacted",
                "not-contacted",
            ])
        #expect(introductions.map(\.worksThere) == [true, false, false, true, true, true, true, true, true, true])
        #expect(introductions[2].referred.map(\.name) == ["Cara Diaz", "Ivy Chen", "Nia Obi"])
        let text = introductions.map { $0.action.pieces.map(Self.plain).joined() }
        #expect(text[0] == "ask Ava Stone for another name at Acme Foods")
        #expect(text[2] == "ask Ben Ortiz to introduce you to Nia Obi")
        #expect(text[8] == "write to Dev Patel, mentioning Cara Diaz")
        // Each name in an action is a link to its page, from this page.
        #expect(
            introductions[2].action.pieces == [
                .text("ask "), .link("Ben Ortiz", href: "../contacts/ben-ortiz.html"), .text(" to introduce you to "),
                .link("Nia Obi", href: "../contacts/nia-obi.html"),
            ])
        // The chain from you, as on a contact page: Alex → Ava → Cara → Dev.
        let chain = try #require(introductions[8].chain)
        #expect(chain.first.map(\.name) == ["Alex Kim", "Ava Stone", "Cara Diaz", "Dev Patel"])
        #expect(chain.first.last?.href == "../contacts/dev-patel.html")
    }

    @Test func theyAreWhatPathSays() throws {
        let folder = try TestFolder(try FixtureVault.files("path-vault"))
        let vault = VaultLoader.load(root: folder.root)
        let today = LocalDate(valid: "2026-11-18")
        let builder = SiteBuilder(
            vault: vault, today: today, isPublic: false, templates: try SiteTemplates(vaultRoot: folder.root))
        let organizations = vault.graph.nodes.indices.filter { node in
            vault.graph.nodes[node].kind == .placeholderOrganization || vault.note(for: node)?.kind == .organization
        }
        #expect(organizations.count >= 2)
        for organization in organizations {
            let path = WarmIntroductions(organization: organization, in: vault, today: today).introductions
            let page = builder.introductions(to: organization, from: "organizations/x.html").shown
            #expect(page.map(\.person.name) == path.map(\.person.name))
            #expect(page.map { $0.action.pieces.map(Self.plain).joined() } == path.map(\.action.text))
            #expect(page.map(\.status) == path.map(\.status))
        }
    }

    @Test func aPageListsTheWarmestTwentyAndCountsTheRest() throws {
        guard
            case .organization(let page) = try Self.page(of: "O'Neil & Sons", files: ProgressTemplateTests.bigEmployer)
                .kind
        else {
            Issue.record("not an organization page")
            return
        }
        #expect(page.introductions.count == SiteBuilder.introductionLimit)
        #expect(page.moreIntroductions == 23 - SiteBuilder.introductionLimit)
        #expect(page.introductions.first?.person.name == "Amy Met")
        // The same first twenty as `grapevine path`, which lists all.
        let folder = try TestFolder(ProgressTemplateTests.bigEmployer)
        let vault = VaultLoader.load(root: folder.root)
        let all = WarmIntroductions(
            organization: try vault.node("O'Neil & Sons"), in: vault, today: LocalDate(valid: "2026-11-18"))
        #expect(all.introductions.count == 23)
        #expect(
            page.introductions.map(\.person.name)
                == all.introductions.prefix(SiteBuilder.introductionLimit).map(\.person.name))
    }

    @Test func aPlaceholderOrganizationHasThemTooAPersonNot() throws {
        let files = [
            "contacts/ana.md": "---\nname: Ana\norganization: Globex\n---\n## Log\n- 2026-10-01 met: coffee\n",
            "contacts/bo.md": "---\nname: Bo\norganization: Globex\nreferred_by: Priya\n---\n",
        ]
        guard case .placeholder(let globex) = try Self.page(of: "Globex", files: files).kind else {
            Issue.record("not a placeholder page")
            return
        }
        #expect(globex.introductions.map(\.person.name) == ["Ana", "Priya", "Bo"])
        #expect(globex.introductions.last?.action.pieces.map(Self.plain).joined() == "write to Bo, mentioning Priya")
        guard case .placeholder(let priya) = try Self.page(of: "Priya", files: files).kind else {
            Issue.record("not a placeholder page")
            return
        }
        #expect(priya.introductions.isEmpty)
    }

    @Test func aNameInsideAnotherIsNotLinkedInItsPlace() throws {
        let folder = try TestFolder([
            "contacts/ann.md": "---\nname: Ann\n---\n", "contacts/ann-lee.md": "---\nname: Ann Lee\n---\n",
        ])
        let vault = VaultLoader.load(root: folder.root)
        let builder = SiteBuilder(
            vault: vault, today: LocalDate(valid: "2026-11-18"), isPublic: false,
            templates: try SiteTemplates(vaultRoot: folder.root))
        let (ann, annLee) = (try vault.node("Ann"), try vault.node("Ann Lee"))
        let text = builder.linkingNames(in: "ask Ann Lee to introduce you to Ann", of: [ann, annLee], from: "x.html")
        #expect(
            text.pieces == [
                .text("ask "), .link("Ann Lee", href: "contacts/ann-lee.html"), .text(" to introduce you to "),
                .link("Ann", href: "contacts/ann.html"),
            ])
    }

    static func plain(_ piece: InlineText.Piece) -> String {
        switch piece {
        case .text(let text), .link(let text, _), .url(let text, _): text
        }
    }
}
