import Foundation
import Testing

@testable import GrapevineCore

/// A `LiveSite` of a copy of Vault-Example, and after each edit, the whole site built afresh
/// from the files: the pages the live site rendered again (`AffectedPages`) must leave its
/// folder exactly as the full build, file for file.
private final class SiteTwin {
    let vault: TestFolder
    let output: TestFolder
    let site: LiveSite
    let isPublic: Bool
    static let today = LocalDate(year: 2026, month: 11, day: 18)!

    init(isPublic: Bool) async throws {
        vault = try TestFolder()
        output = try TestFolder()
        self.isPublic = isPublic
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Vault-Example").path
        for file in try FileManager.default.subpathsOfDirectory(atPath: example) where !file.hasPrefix("_site") {
            let source = example + "/" + file
            guard !FileSystem.isDirectory(source) else { continue }
            try vault.write([file: try String(contentsOfFile: source, encoding: .utf8)])
        }
        site = try await LiveSite(
            root: vault.root, folder: output.root + "/live",
            settings: LiveSite.Settings(isPublic: isPublic) { (Self.today, nil) })
    }

    /// Writes `text` to the note at `path` (renamed into place, as editors save), refreshes
    /// the live site (looking at that path only, as `VaultWatch` names it, with `watched`) and
    /// compares it with a full build; the update.
    @discardableResult
    func edit(
        _ path: String, _ text: String, watched: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> LiveSite.Update? {
        try Data(text.utf8).write(to: URL(fileURLWithPath: vault.root + "/" + path), options: .atomic)
        let update = await (watched ? site.refresh(.paths([path, path + ".tmp"])) : site.refresh())
        #expect(update?.failure == nil, sourceLocation: sourceLocation)
        try await compare(sourceLocation: sourceLocation)
        return update
    }

    /// Removes the note at `path`, refreshes and compares; the update.
    func remove(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> LiveSite.Update? {
        try FileManager.default.removeItem(atPath: vault.root + "/" + path)
        let update = await site.refresh()
        try await compare(sourceLocation: sourceLocation)
        return update
    }

    /// The text of a note now.
    func text(_ path: String) throws -> String {
        try String(contentsOfFile: vault.root + "/" + path, encoding: .utf8)
    }

    private func compare(sourceLocation: SourceLocation) async throws {
        let fresh = output.root + "/fresh-\(UUID().uuidString)"
        let loaded = VaultLoader.load(root: vault.root)
        let builder = SiteBuilder(
            vault: loaded, today: Self.today, isPublic: isPublic, templates: try SiteTemplates(vaultRoot: vault.root))
        _ = try await builder.build(into: SiteFolder.prepare(fresh, for: loaded, configured: false))
        let expected = try Self.files(in: fresh)
        let actual = try Self.files(in: site.folder)
        #expect(Set(actual.keys) == Set(expected.keys), "the same files", sourceLocation: sourceLocation)
        let differing = expected.keys.filter { actual[$0] != nil && actual[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "pages left stale: \(differing)", sourceLocation: sourceLocation)
        // The steps kept from before the edit and found again are every step, in order.
        let live = await site.builder
        #expect(live.stepList == builder.stepList, "the steps", sourceLocation: sourceLocation)
        // The graph kept from before the edit, or built again, is the graph.
        #expect(live.vault.graph.nodes == builder.vault.graph.nodes, sourceLocation: sourceLocation)
        #expect(live.vault.graph.edges == builder.vault.graph.edges, "the edges", sourceLocation: sourceLocation)
    }

    /// Every file of a site but its marker, by site-relative path.
    private static func files(in folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for file in try FileManager.default.subpathsOfDirectory(atPath: folder)
        where file != SiteFolder.markerName && !FileSystem.isDirectory(folder + "/" + file) {
            files[file] = FileManager.default.contents(atPath: folder + "/" + file)
        }
        return files
    }
}

@Suite("the pages an edit affects are the pages a full build changes")
struct AffectedPagesTests {
    /// Edits of every kind that changes what other pages show, one after the other on one
    /// vault; each is followed by a comparison with a full build.
    @Test("after each edit, the live site equals a full build", arguments: [false, true])
    func incrementalEqualsFull(isPublic: Bool) async throws {
        let twin = try await SiteTwin(isPublic: isPublic)
        let ana = "contacts/ana-pereira.md"
        // A Log entry: her status, last touch and steps change.
        var update = try await twin.edit(ana, try twin.text(ana) + "- 2026-11-10 met: coffee at the lab\n")
        #expect(update?.wholeSite == false)
        #expect((update?.rendered ?? 0) < 60, "an edit renders some pages, not the site")
        // Her name: every page that links to her, her referrals' chains.
        update = try await twin.edit(
            ana,
            try twin.text(ana).replacingOccurrences(
                of: "name: Ana Pereira", with: "name: Ana P. Pereira\naliases: [Ana Pereira]"))
        #expect(update?.wholeSite == false)
        // Her organization: both organizations' pages and their introductions.
        try await twin.edit(
            ana, try twin.text(ana).replacingOccurrences(of: "[[Brightfield Foods]]", with: "[[Cove Creamery]]"))
        // Who referred someone: chains and led-to trees.
        let grace = "contacts/grace-liu.md"
        let graceText = try twin.text(grace)
        let referredBy = graceText.split(separator: "\n").first { $0.hasPrefix("referred_by:") }.map(String.init)
        if let referredBy {
            try await twin.edit(
                grace, graceText.replacingOccurrences(of: referredBy, with: "referred_by: \"[[Maria Lopez]]\""))
        }
        // An organization renamed: the interviews with its people name it.
        let org = "organizations/brightfield-foods.md"
        try await twin.edit(
            org, try twin.text(org).replacingOccurrences(of: "name: Brightfield Foods", with: "name: Brightfield"))
        // An interview's date and its body links.
        let interview = "interviews/2026-10-14-maria-lopez.md"
        try await twin.edit(
            interview,
            try twin.text(interview).replacingOccurrences(of: "date: 2026-10-14", with: "date: 2026-10-15")
                + "\nSee also [[Leo Marsh]].\n")
        // Broken front matter, then mended.
        let before = try twin.text(ana)
        try await twin.edit(ana, "---\nname: [broken\n---\n" + before)
        try await twin.edit(ana, before)
        // A new tag, a new note, a removed note: the whole site.
        let added = try await twin.edit(
            "contacts/new-person.md",
            "---\nname: New Person\ntags: [brand-new-tag]\nreferred_by: \"[[Ana P. Pereira]]\"\n---\n")
        #expect(added?.wholeSite == true)
        let removed = try await twin.remove("contacts/new-person.md")
        #expect(removed?.wholeSite == true)
    }

    /// Random line edits of Vault-Example's notes: a line removed, a line copied from another
    /// note, a name swapped for another (someone else, an organization, nobody yet), a date
    /// moved a month; after each, the live site must equal a full build. (Seed 7 found that a
    /// status reaches the introductions of the organizations down its referral line.)
    @Test(
        "after random line edits, the live site equals a full build",
        arguments: [(7, false), (2, true), (3, false), (4, false)] as [(UInt64, Bool)])
    func randomEdits(seed: UInt64, isPublic: Bool) async throws {
        let twin = try await SiteTwin(isPublic: isPublic)
        var random = SplitMix(state: seed)
        let paths = try FileManager.default.subpathsOfDirectory(atPath: twin.vault.root).filter {
            $0.hasSuffix(".md") && !$0.hasPrefix(".") && !$0.hasPrefix("drafts")
        }.sorted()
        let names = [
            "Maria Lopez", "Ana Pereira", "Leo Marsh", "Sam Reyes", "Hannah Brooks", "Brightfield Foods",
            "Cove Creamery",
            "Nobody New",
        ]
        for _ in 0..<40 {
            let path = paths.randomElement(using: &random)!
            var lines = try twin.text(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let line = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                lines.remove(at: line)
            case 1:
                let other = try twin.text(paths.randomElement(using: &random)!).split(separator: "\n").map(String.init)
                if let copied = other.randomElement(using: &random) { lines.insert(copied, at: line) }
            case 2:
                let name = names.randomElement(using: &random)!
                if let found = names.first(where: { lines[line].contains($0) }) {
                    lines[line] = lines[line].replacing(found, with: name)
                }
            default:
                lines[line] = lines[line].replacing("2026-10-", with: "2026-11-")
            }
            try await twin.edit(path, lines.joined(separator: "\n"), watched: true)
        }
    }

    /// A Log line on a referrer closes a step written in another note (the interview with
    /// the person they referred): the steps found again reach past the edited note.
    @Test("a thank-referrer step in an interview note goes when the referrer's Log says thanked")
    func referrerStepElsewhere() async throws {
        let twin = try await SiteTwin(isPublic: false)
        let before = await twin.site.builder
        let step = try #require(before.steps.first { $0.kind == .thankReferrer })
        let referrer = try #require(step.person.flatMap { before.vault.graph.noteIndex(of: $0) })
        let path = before.vault.notes[referrer].path
        #expect(step.file != path, "the step is written in another note")
        let update = try await twin.edit(path, try twin.text(path) + "- 2026-11-17 thanked: told them how it went\n")
        #expect(update?.wholeSite == false)
        let after = await twin.site.builder
        #expect(!after.steps.contains { $0.kind == .thankReferrer && $0.person == step.person && $0.file == step.file })
    }

    /// A private note saved halfway, its front matter not closed yet: `serve --public` leaves
    /// it out, and the links to it that made a page for a person of that name hide it as they
    /// hide a private note.
    @Test("serve --public names nowhere a private note whose front matter is not closed yet")
    func privateNoteSavedHalfway() async throws {
        let twin = try await SiteTwin(isPublic: true)
        let pub = "---\nname: Pub Lic\nreferred_by: \"[[Zelda Secret]]\"\n---\nMet [[Zelda Secret]].\n"
        try await twin.edit("contacts/pub-lic.md", pub)
        try await twin.edit("contacts/zelda.md", "---\nname: Zelda Secret\nprivate: true\n")
        let folder = twin.site.folder
        let named = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { file in
            let text = FileManager.default.contents(atPath: folder + "/" + file).map {
                String(decoding: $0, as: UTF8.self)
            }
            return file.lowercased().contains("zelda") || text?.lowercased().contains("zelda") == true
        }
        #expect(named == [])
    }

    /// F7 in `serve`: notes of the slug of a note with a page come and go; every page stays
    /// where it was but for the one that takes the plain path when its holder goes, and after
    /// each change the live site is the full build.
    @Test("a note of the same slug that comes or goes moves no other page of the live site")
    func sameSlugNotesKeepTheirPages() async throws {
        let twin = try await SiteTwin(isPublic: false)
        let contacts = twin.site.folder + "/contacts"
        func page(_ name: String) throws -> String? {
            try FileManager.default.contentsOfDirectory(atPath: contacts).sorted().first { file in
                let html = try String(contentsOfFile: contacts + "/" + file, encoding: .utf8)
                return html.contains("<title>\(name) ·")
            }
        }
        for folder in ["archive", "team"] {
            try FileManager.default.createDirectory(
                atPath: twin.vault.root + "/contacts/" + folder, withIntermediateDirectories: true)
        }
        #expect(try page("Maria Lopez") == "maria-lopez.html")
        try await twin.edit("contacts/archive/maria-lopez.md", "---\nname: Maria Lopez (old)\n---\n")
        #expect(try page("Maria Lopez") == "maria-lopez.html")
        let old = try #require(try page("Maria Lopez (old)"))
        #expect(old.hasPrefix("maria-lopez--"), "\(old)")
        try await twin.edit("contacts/team/maria-lopez.md", "---\nname: Maria Lopez (team)\n---\n")
        let team = try #require(try page("Maria Lopez (team)"))
        #expect(team.hasPrefix("maria-lopez--") && team != old, "\(team)")
        #expect(try page("Maria Lopez") == "maria-lopez.html")
        #expect(try page("Maria Lopez (old)") == old)
        _ = try await twin.remove("contacts/archive/maria-lopez.md")
        #expect(try page("Maria Lopez (old)") == nil)
        #expect(try page("Maria Lopez") == "maria-lopez.html")
        #expect(try page("Maria Lopez (team)") == team)
        try await twin.edit("contacts/archive/maria-lopez.md", "---\nname: Maria Lopez (old)\n---\n")
        #expect(try page("Maria Lopez (old)") == old, "a note that comes back gets its address back")
        #expect(try page("Maria Lopez (team)") == team)
        // The holder of the plain path goes: the next note of its slug takes it, no other.
        _ = try await twin.remove("contacts/maria-lopez.md")
        #expect(try page("Maria Lopez (old)") == "maria-lopez.html")
        #expect(try page("Maria Lopez (team)") == team)
    }

    @Test("a refresh with no change on disk does nothing")
    func nothingChanged() async throws {
        let twin = try await SiteTwin(isPublic: false)
        #expect(await twin.site.refresh() == nil)
    }
}
