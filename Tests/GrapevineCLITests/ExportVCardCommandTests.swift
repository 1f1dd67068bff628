import Foundation
import GrapevineCore
import Testing

@Suite("grapevine export vcard")
struct ExportVCardCommandTests {
    static func export(_ extra: [String] = [], vault: String = Repository.example) async -> CommandRun {
        await CommandRun(["export", "vcard", "--vault", vault] + extra)
    }

    /// The contact notes of the example vault, as the vault reads them.
    static func contacts(in root: String = Repository.example) -> [Note] {
        VaultLoader.load(root: root).notes.filter { $0.kind == .contact }
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
    }

    /// `text` written to a file in `folder`, read back by Python's vobject: one dictionary per card.
    static func readBack(_ text: String, in folder: TemporaryFolder) throws -> [[String: Any]] {
        let path = folder.path + "/contacts.vcf"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return try #require(try PythonReader.read(PythonReader.vCards, path) as? [[String: Any]])
    }

    @Test("prints one vCard 4.0 per contact note, with CRLF line endings, the same on every run")
    func cards() async throws {
        let run = await Self.export()
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(
            run.output.hasPrefix("BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//Grapevine//Contacts//EN\r\nUID:urn:uuid:"))
        #expect(run.output.hasSuffix("END:VCARD\r\n"))
        #expect(!run.output.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = Self.lines(run.output)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.filter { $0 == "BEGIN:VCARD" }.count == Self.contacts().count)
        #expect(await Self.export().output == run.output)
    }

    @Test(
        "vobject reads every card back: names, emails, phones, organizations, tags and who referred whom",
        .enabled(if: PythonReader.isAvailable, PythonReader.skipReason))
    func vobject() async throws {
        let folder = try TemporaryFolder()
        let cards = try Self.readBack(await Self.export().output, in: folder)
        let contacts = Self.contacts()
        #expect(cards.map { $0["fn"] as? String } == contacts.map(\.name))
        #expect(cards.allSatisfy { $0["version"] as? String == "4.0" })
        let byName = Dictionary(uniqueKeysWithValues: cards.map { ($0["fn"] as? String ?? "", $0) })
        for contact in contacts {
            let card = try #require(byName[contact.name])
            #expect(card["emails"] as? [String] == contact.contact?.email.map { [$0] } ?? [], "\(contact.name)")
            #expect(card["tels"] as? [String] == contact.contact?.phone.map { [$0] } ?? [], "\(contact.name)")
            #expect(
                card["categories"] as? [[String]] == (contact.tags.isEmpty ? [] : [contact.tags]), "\(contact.name)")
        }
        let maria = try #require(byName["Maria Lopez"])
        #expect(maria["family"] as? String == "Lopez")
        #expect(maria["given"] as? String == "Maria")
        #expect(maria["org"] as? [[String]] == [["Brightfield Foods"]])
        #expect(maria["title"] as? [String] == ["Senior R&D Scientist"])
        #expect(maria["urls"] as? [String] == ["https://linkedin.example.com/in/maria-lopez-rd"])
        let note = try #require((maria["note"] as? [String])?.first)
        #expect(note.contains("Source: alumni."))
        #expect(note.contains("First interview on 2026-10-14"))
        let jose = try #require(byName["José Núñez"])
        #expect(jose["family"] as? String == "Núñez")
        #expect(jose["nickname"] as? [String] == ["Pepe"])
        let sam = try #require(byName["Sam Reyes"])
        let related = try #require(jose["related"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related.first?["value"] as? String == sam["uid"] as? String)
        let parameters = try #require(related.first?["params"] as? [String: [String]])
        #expect(parameters["TYPE"] == ["contact"])
        #expect(parameters["X-GRAPEVINE"] == ["referred-by"])
        let uids = cards.compactMap { $0["uid"] as? String }
        #expect(Set(uids).count == cards.count)
    }

    @Test(
        "--public leaves out private notes and fields; vobject reads what is left",
        .enabled(if: PythonReader.isAvailable, PythonReader.skipReason))
    func publicCards() async throws {
        let run = await Self.export(["--public"])
        #expect(run.status == 0)
        for secret in ["Keiko", "Tanaka", "EMAIL", "TEL", "@", "555-"] {
            #expect(!run.output.contains(secret), "\(secret)")
        }
        let folder = try TemporaryFolder()
        let cards = try Self.readBack(run.output, in: folder)
        let shown = Self.contacts().filter { $0.privacy != .marked }.map(\.name)
        #expect(cards.map { $0["fn"] as? String } == shown)
        #expect(cards.allSatisfy { ($0["emails"] as? [String])?.isEmpty == true })
    }

    @Test("--public says which contacts it left out because their front matter could not be read")
    func publicUnreadable() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/ok.md": "---\nname: Olga Kim\nemail: olga@example.com\n---\n",
            "contacts/broken.md": "---\nname: [Broken\n---\n",
        ])
        let run = await Self.export(["--public"], vault: folder.path)
        #expect(run.output.contains("FN:Olga Kim"))
        #expect(!run.output.contains("olga@example.com"))
        #expect(!run.output.contains("Broken"))
        #expect(run.errors.contains("contacts/broken.md: left out"))
    }

    @Test("--out creates the file, replaces one it wrote, and refuses any other")
    func out() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/contacts.vcf"
        let created = await CommandRun(
            ["export", "vcard", "--vault", Repository.example, "--out", "contacts.vcf"], currentDirectory: folder.path)
        #expect(created.status == 0)
        #expect(created.output == "Wrote \(Self.contacts().count) contacts to contacts.vcf.\n")
        let full = try String(contentsOfFile: path, encoding: .utf8)
        let replaced = await Self.export(["--out", path, "--public"])
        #expect(replaced.status == 0)
        #expect(replaced.output.hasSuffix("(public fields only) to \(path).\n"))
        let expected = await Self.export(["--public"]).output
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        #expect(try String(contentsOfFile: path, encoding: .utf8) != full)

        let calendar = folder.path + "/next.ics"
        let mine = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:My own card\r\nEND:VCARD\r\n"
        let ours = await CommandRun(["export", "ics", "--vault", Repository.example]).output
        for (file, text) in [(path, mine), (calendar, ours)] {
            try text.write(toFile: file, atomically: false, encoding: .utf8)
            let refused = await Self.export(["--out", file])
            #expect(refused.status == 1)
            #expect(refused.errors.contains("already exists, and 'grapevine export vcard' did not write it"))
            #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["contacts.vcf", "next.ics"])
    }

    @Test("a vault without contacts exports an empty file")
    func noContacts() async throws {
        let folder = try TemporaryFolder()
        try folder.write(["interviews/.keep": "", "notes/a.md": "# A\n"])
        let run = await Self.export(vault: folder.path)
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
    }

    @Test(
        "--out writes an empty file for a vault without contacts (or only private ones, --public), and replaces it",
        arguments: [[], ["--public"]])
    func emptyOutReplaced(options: [String]) async throws {
        let folder = try TemporaryFolder()
        try folder.write(["contacts/ana.md": "---\nname: Ana Silva\nprivate: true\n---\n", "notes/a.md": "# A\n"])
        let vault = folder.path + (options.isEmpty ? "/notes" : "")
        let path = folder.path + "/e.vcf"
        for _ in 1...2 {
            let run = await Self.export(["--out", path] + options, vault: vault)
            #expect(run.status == 0)
            #expect(run.errors.isEmpty)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "")
        }
        let other = folder.path + "/other.vcf"
        try "".write(toFile: other, atomically: false, encoding: .utf8)
        #expect(await Self.export(["--out", other]).status == 0)
        #expect(try String(contentsOfFile: other, encoding: .utf8) == (await Self.export()).output)
    }

    @Test(
        "help explains the command with examples", arguments: [["export", "--help"], ["export", "vcard", "--help"]])
    func help(arguments: [String]) async {
        let run = await CommandRun(arguments)
        #expect(run.status == 0)
        #expect(run.output.contains("grapevine export vcard --out ~/contacts.vcf"))
        #expect(!run.output.contains("\\"), "a line continuation written as a backslash")
    }

    @Test(
        "importing the export into an empty vault gives the same people: names, emails, phones, organizations, aliases and who referred whom"
    )
    func roundTrip() async throws {
        let folder = try TemporaryFolder()
        let exported = folder.path + "/contacts.vcf"
        let vault = folder.path + "/vault"
        #expect(await Self.export(["--out", exported]).status == 0)
        #expect(await CommandRun(["init", vault, "--owner", "Alex Kim"]).status == 0)
        let imported = await CommandRun(["import", "vcard", exported, "--vault", vault])
        try #require(imported.status == 0, "import vcard failed: \(imported.errors)")
        #expect(imported.errors.isEmpty)
        let people = Self.people(in: vault)
        #expect(people == Self.people(in: Repository.example))
        #expect(people.contains { $0.hasPrefix("José Núñez |") && $0.hasSuffix("| Pepe | Sam Reyes") })
        #expect(people.contains { $0.hasPrefix("Nadia Rahman |") && $0.hasSuffix("| Ana Pereira, Leo Marsh") })
        // The same file again finds everyone: nothing changes.
        let again = await CommandRun(["import", "vcard", exported, "--vault", vault])
        #expect(
            again.output.hasSuffix(
                "created    0\n  updated    0\n  unchanged \(Self.contacts().count)\n  skipped    0\n"),
            "\(again.output)")
    }

    /// Each contact of a vault in one line, sorted: name, email, phone, title, organization,
    /// aliases, and the people who referred them (by their notes' names).
    static func people(in root: String) -> [String] {
        let vault = VaultLoader.load(root: root)
        let graph = vault.graph
        return vault.notes.indices.filter { vault.notes[$0].kind == .contact }.map { index in
            let note = vault.notes[index]
            let node = Graph.node(ofNote: index)
            let organization = graph.organization(of: node).map { graph.nodes[$0].name }
            let referrers = Set(graph.edges(.referred, to: node).filter { $0.from != Graph.owner }.map(\.from))
                .map { graph.nodes[$0].name }.sorted()
            return [
                note.name, note.contact?.email, note.contact?.phone, note.title, organization,
                note.aliases.joined(separator: ", "), referrers.joined(separator: ", "),
            ]
            .map { $0 ?? "-" }.joined(separator: " | ")
        }.sorted()
    }
}
