import Foundation
import Testing

/// Names outside ASCII on the command line: typed without their letters, new notes' file names,
/// and what is suggested for a name that finds nothing.
@Suite("grapevine with international names: lookups, file names, suggestions")
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

    @Test("--referred-by a first name offers the people of that name, never their interview")
    func referredByFirstName() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.files)
        let refused = await run(["new", "contact", "Lena Roth", "--referred-by", "Ahmed"], in: folder)
        #expect(refused.status == 2)
        #expect(
            refused.errors.hasPrefix(
                "error: --referred-by 'Ahmed': no note has that name, and it could be 'Ahmed Al-Farsi'. "
                    + "Nothing was created.\n"),
            "\(refused.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/contacts/lena-roth.md"))
        // The person's full name is written as their note's name.
        let made = await run(["new", "contact", "Lena Roth", "--referred-by", "ahmed al-farsi"], in: folder)
        #expect(made.status == 0, "\(made.errors)")
        let text = try String(contentsOfFile: folder.path + "/contacts/lena-roth.md", encoding: .utf8)
        #expect(text.contains("referred_by: \"[[Ahmed Al-Farsi]]\""), "\(text)")
    }

    @Test("--org that finds nothing suggests organizations, quoted, not interviews")
    func orgSuggestionsQuoted() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.files.merging(["organizations/zalando-se.md": "---\nname: Zalando SE\n---\n"]) { $1 })
        let made = await run(["new", "contact", "Lena Roth", "--org", "Zalando"], in: folder)
        #expect(made.status == 0, "\(made.errors)")
        #expect(
            made.errors.contains("did you mean 'Zalando SE'? Written as you typed it."), "\(made.errors)")
    }

    @Test("a name that finds nothing suggests people, one a line with their files, no interview")
    func showSuggestsPeople() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.files)
        let shown = await run(["show", "Brien"], in: folder)
        #expect(shown.status == 1)
        #expect(
            shown.errors.hasPrefix(
                "error: nothing in the vault is called 'Brien'. Did you mean:\n"
                    + "  Seán O'Brien (contacts/sean-obrien.md)\n"),
            "\(shown.errors)")
        #expect(!shown.errors.contains("Interview"))
    }
}
