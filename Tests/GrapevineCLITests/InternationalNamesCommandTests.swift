import Foundation
import Testing

/// Names outside ASCII on the command line: typed without their letters, new notes' file names.
@Suite("grapevine with international names: lookups, file names")
struct InternationalNamesCommandTests {
    static let files = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/hans-jurgen-weiß.md": "---\nname: Hans-Jürgen Weiß\nadded: 2026-11-01\n---\n",
        "contacts/dr-ingrid-øvergaard.md": "---\nname: Dr. Ingrid Øvergaard\nadded: 2026-11-01\n---\n",
        "contacts/ahmed-al-farsi.md": "---\nname: Ahmed Al-Farsi\nadded: 2026-11-01\n---\n",
        "contacts/sean-obrien.md": "---\nname: Seán O'Brien\nadded: 2026-11-01\n---\n",
        "interviews/2026-11-18-ahmed-al-farsi.md": "---\ncontact: \"[[Ahmed Al-Farsi]]\"\ndate: 2026-11-18\n---\n",
        "interviews/2026-11-04-sean-obrien.md": "---\ncontact: \"[[Seán O'Brien]]\"\ndate: 2026-11-04\n---\n",
    ]

    private func run(_ arguments: [String], in folder: TemporaryFolder) async -> CommandRun {
        await CommandRun(arguments + ["--vault", folder.path, "--today", "2026-11-21"])
    }

    @Test("show finds a name typed without ß, ü or ø", arguments: ["Hans-Jurgen Weiss", "Ingrid Overgaard", "weiss"])
    func showFolds(name: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.files)
        let shown = await run(["show", name], in: folder)
        #expect(shown.status == 0, "\(shown.errors)")
        #expect(shown.output.hasPrefix("Hans-Jürgen Weiß\n") || shown.output.hasPrefix("Dr. Ingrid Øvergaard\n"))
    }

    @Test("new contact folds ø and ß out of the file name, and refuses the same person typed without them")
    func newContactFileName() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.files)
        let made = await run(["new", "contact", "Zoë Ødegård"], in: folder)
        #expect(made.output.hasPrefix("Created contacts/zoe-odegard.md\n"), "\(made.output)\(made.errors)")
        let again = await run(["new", "contact", "Zoe Odegard"], in: folder)
        #expect(again.status == 1)
        #expect(again.errors.hasPrefix("error: 'Zoe Odegard' already has a note: contacts/zoe-odegard.md"))
        let hans = await run(["new", "contact", "Hans-Jurgen Weiss"], in: folder)
        #expect(hans.status == 1)
        #expect(hans.errors.contains("contacts/hans-jurgen-weiß.md"), "\(hans.errors)")
    }
}
