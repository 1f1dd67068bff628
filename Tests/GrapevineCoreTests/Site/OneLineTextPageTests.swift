import Testing

@testable import GrapevineCore

/// Trial of December 5: the one-line texts a page shows apart from the note's Markdown (Log
/// entries, agenda items, resources, leads, open tasks, referrals) lost a Markdown link's URL
/// and every `<word in angle brackets>`.
@Suite("Links and angle brackets in Log entries, agenda items, lists and tasks")
struct OneLineTextPageTests {
    static let contact = """
        ---
        name: Ann Lee
        added: 2026-10-01
        ---
        ## Log
        - 2026-10-02 emailed: sent her [my portfolio](https://example.com/portfolio) and <https://example.com/cv>
        - 2026-10-03 emailed: the report, then [the report](https://example.com/r "Title") and [more](mailto:a@b.org)
        - 2026-10-04 emailed: [click](javascript:alert(1)), [a file](file:///etc/passwd), [notes](../notes/n.md)
        - 2026-10-05 replied: asked about the <Project Falcon> role and <ann@example.com>
        - 2026-10-06 replied: band 90k<x<110k; wrote <br> in the code<!-- private aside -->
        - 2026-10-07 met: [[Sam Reyes|the talk]] and [the talk](https://example.com/talk)
        - 2026-10-08 met: [**bold** words](https://example.com/b) over
          two lines [and more](https://example.com/m)
        - 2026-10-09 met: nothing linked here

        ## Tasks
        - [ ] read [the report](https://example.com/report) due 2026-11-20
        - [ ] Book: *Parachute* https://example.com/book
        """

    static let interview = """
        ---
        contact: "[[Ann Lee]]"
        date: 2026-10-05
        ---
        ## Agenda
        - [x] Did you see [the article](https://example.com/article)?
        - [ ] What is the <Project Falcon> timeline?
        ## Referrals
        - Carol (from <Project Falcon>) — PM, see [her post](https://example.com/post)
        - ![[Sam Reyes]] — wrote [the guide](https://example.com/guide)
        ## Resources
        - [x] [Sensory Evaluation Handbook](https://example.com/site)
        - [ ] Book: *Parachute* https://example.com/book
        ## Leads
        - [Data Analyst](https://example.com/jobs/1) at Acme
        """

    private static func page(_ file: String) throws -> (NotePage, SiteTemplates) {
        let folder = try TestFolder()
        try folder.write([
            "contacts/ann-lee.md": contact, "interviews/2026-10-05-ann-lee.md": interview,
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n", "notes/n.md": "A note.\n",
        ])
        let vault = VaultLoader.load(root: folder.root)
        let templates = try SiteTemplates(vaultRoot: folder.root)
        let builder = SiteBuilder(
            vault: vault, today: LocalDate(valid: "2026-10-10"), isPublic: false, templates: templates)
        let node = Graph.node(ofNote: try #require(vault.index(ofPath: file)))
        return (builder.notePage(node, at: try #require(builder.paths.page(of: node))), templates)
    }

    @Test func markdownLinksAndAutolinksInALogEntryAreLinks() throws {
        let (page, templates) = try Self.page("contacts/ann-lee.md")
        guard case .contact(let contact) = page.kind else { Issue.record("not a contact page"); return }
        let html = contact.log.map { templates.html(of: $0.text).html }
        #expect(
            html[0]
                == #"sent her <a href="https://example.com/portfolio" rel="noopener noreferrer">my portfolio</a> and "#
                + #"<a href="https://example.com/cv" rel="noopener noreferrer">https://example.com/cv</a>"#)
        // The words of a link are found after the same words written before it.
        #expect(
            html[1]
                == #"the report, then <a href="https://example.com/r" rel="noopener noreferrer">the report</a> and "#
                + #"<a href="mailto:a@b.org" rel="noopener noreferrer">more</a>"#)
        // Other schemes, and links to files, stay their words.
        #expect(html[2] == "click, a file, notes")
        #expect(
            html[3]
                == "asked about the &lt;Project Falcon&gt; role and "
                + #"<a href="mailto:ann@example.com" rel="noopener noreferrer">ann@example.com</a>"#)
        #expect(html[4] == "band 90k&lt;x&lt;110k; wrote &lt;br&gt; in the code")
        // A wikilink's label with the same words keeps its own link.
        #expect(
            html[5]
                == #"<a href="sam-reyes.html">the talk</a> and "#
                + #"<a href="https://example.com/talk" rel="noopener noreferrer">the talk</a>"#)
        #expect(
            html[6]
                == #"<a href="https://example.com/b" rel="noopener noreferrer">bold words</a> over two lines "#
                + #"<a href="https://example.com/m" rel="noopener noreferrer">and more</a>"#)
        #expect(html[7] == "nothing linked here")
    }

    @Test func openTasksHaveTheirLinksAndBareURLs() throws {
        let (page, templates) = try Self.page("contacts/ann-lee.md")
        guard case .contact(let contact) = page.kind else { Issue.record("not a contact page"); return }
        #expect(
            contact.tasks.map { templates.html(of: $0.text).html } == [
                #"read <a href="https://example.com/report" rel="noopener noreferrer">the report</a>"#,
                #"Book: Parachute <a href="https://example.com/book" rel="noopener noreferrer">https://example.com/book</a>"#,
                #"Book: Parachute <a href="https://example.com/book" rel="noopener noreferrer">https://example.com/book</a>"#,
            ])
        #expect(contact.tasks.first?.due?.description == "2026-11-20")
        #expect(contact.tasks.map(\.file).last == "interviews/2026-10-05-ann-lee.md")
    }

    @Test func agendaReferralsResourcesAndLeadsHaveTheirLinksAndAngleBrackets() throws {
        let (page, templates) = try Self.page("interviews/2026-10-05-ann-lee.md")
        guard case .interview(let interview) = page.kind else { Issue.record("not an interview page"); return }
        #expect(
            interview.agenda.map { templates.html(of: $0.text).html } == [
                #"Did you see <a href="https://example.com/article" rel="noopener noreferrer">the article</a>?"#,
                "What is the &lt;Project Falcon&gt; timeline?",
            ])
        let post = #"<a href="https://example.com/post" rel="noopener noreferrer">her post</a>"#
        let guide = #"<a href="https://example.com/guide" rel="noopener noreferrer">the guide</a>"#
        #expect(interview.referrals.map(\.person.name) == ["Carol", "Sam Reyes"])
        #expect(
            interview.referrals.map { $0.comment.map { templates.html(of: $0).html } } == [
                "PM, see \(post)", "wrote \(guide)",
            ])
        #expect(
            interview.referrals.map { templates.html(of: $0.item).html } == [
                #"<a href="../people/carol.html">Carol</a> (from &lt;Project Falcon&gt;) — PM, see "# + post,
                #"<a href="../contacts/sam-reyes.html">Sam Reyes</a> — wrote "# + guide,
            ])
        #expect(
            interview.resources.map { templates.html(of: $0.text).html } == [
                #"<a href="https://example.com/site" rel="noopener noreferrer">Sensory Evaluation Handbook</a>"#,
                #"Book: Parachute <a href="https://example.com/book" rel="noopener noreferrer">https://example.com/book</a>"#,
            ])
        #expect(
            interview.leads.map { templates.html(of: $0.text).html } == [
                #"<a href="https://example.com/jobs/1" rel="noopener noreferrer">Data Analyst</a> at Acme"#
            ])
    }

    @Test func aUserURLTemplateStillGetsTheAddressAsURL() throws {
        let folder = try TestFolder()
        try folder.write([".grapevine/templates/url.html": #"<a href="{{href}}">{{url}}</a>"#])
        let templates = try SiteTemplates(vaultRoot: folder.root)
        let text = InlineText(pieces: [.url("my portfolio", href: "https://example.com/p")])
        #expect(templates.html(of: text).html == #"<a href="https://example.com/p">https://example.com/p</a>"#)
    }

    /// The item's text keeps inline HTML as written, but neither a comment nor a heading's.
    @Test func anItemsTextKeepsAngleBracketsAsWritten() throws {
        let document = MarkdownParser().parse(
            "## Log <span>old</span>\n- asked about <Project Falcon> <!-- aside --> and <b>this</b>\n")
        #expect(document.items.map(\.text) == ["asked about <Project Falcon>  and <b>this</b>"])
        #expect(document.sections.first?.title == "Log old")
    }
}
