import Foundation
import Testing

/// A vault whose symlinks lead outside it, and notes that cannot be read: `check` names each
/// one, the site has no page for them, and the other notes are indexed.
@Suite("check and site on symlinks leaving the vault and unreadable notes")
struct VaultEscapeTests {
    static let today = ["--today", "2026-11-18"]
    static let ann = "---\nname: Ann Lee\n---\nHello.\n"
    static let secret = "---\nname: Secret Person\n---\nTOP-SECRET-BODY\n"

    /// A vault beside a folder `outside/` with notes in it, linked to from the vault in every
    /// way that leaves it: a note, a folder in `contacts/`, a sibling whose name starts with the
    /// vault's; with a loop and a dangling link.
    final class World {
        let folder: TemporaryFolder
        var vault: String { folder.path + "/vault" }
        /// `outside/` with symlinks resolved, as the warnings spell it.
        let outside: String

        init() throws {
            folder = try TemporaryFolder()
            try folder.write([
                "vault/contacts/ann-lee.md": VaultEscapeTests.ann,
                "outside/secret.md": VaultEscapeTests.secret,
                "outside/people/hidden.md": VaultEscapeTests.secret,
                "vault-archive/old.md": VaultEscapeTests.secret,
            ])
            outside = URL(fileURLWithPath: folder.path + "/outside").resolvingSymlinksInPath().path
            try link("vault/contacts/secret.md", to: "../../outside/secret.md")
            try link("vault/contacts/people", to: folder.path + "/outside/people")
            try link("vault/contacts/old.md", to: "../../vault-archive/old.md")
            try link("vault/contacts/loop.md", to: "loop.md")
            try link("vault/contacts/gone.md", to: "nowhere.md")
        }

        func link(_ path: String, to destination: String) throws {
            try FileManager.default.createSymbolicLink(
                atPath: folder.path + "/" + path, withDestinationPath: destination)
        }
    }

    @Test("check warns about each symlink, naming it and where it leads, and reads none of them")
    func checkSymlinks() async throws {
        let world = try World()
        let run = await CommandRun(["check", "--vault", world.vault])
        #expect(run.status == 0)
        let archive = URL(fileURLWithPath: world.folder.path + "/vault-archive").resolvingSymlinksInPath().path
        let warnings = run.output.split(separator: "\n").filter { $0.contains(": warning: ") }.map(String.init)
        let outsideTheVault = "outside the vault; not followed"
        let expected: [String] = [
            "contacts/gone.md:1:1: warning: 'gone.md' is a symlink that leads nowhere (No such file or directory); skipped",
            "contacts/loop.md:1:1: warning: 'loop.md' is a symlink that leads nowhere (Too many levels of symbolic links); skipped",
            "contacts/old.md:1:1: warning: 'old.md' is a symlink to '\(archive)/old.md', \(outsideTheVault)",
            "contacts/people:1:1: warning: 'people' is a symlink to '\(world.outside)/people', \(outsideTheVault)",
            "contacts/secret.md:1:1: warning: 'secret.md' is a symlink to '\(world.outside)/secret.md', \(outsideTheVault)",
        ]
        #expect(warnings == expected)
        #expect(run.output.hasSuffix("5 warnings in 5 files (1 note checked).\n"))
        #expect(!run.output.contains("Secret Person"))
        #expect(!run.output.contains("TOP-SECRET-BODY"))
    }

    @Test("show does not find a note outside the vault", arguments: ["Secret Person", "secret", "hidden"])
    func showOutside(name: String) async throws {
        let world = try World()
        let run = await CommandRun(["show", name, "--vault", world.vault] + Self.today)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error: nothing in the vault is called '\(name)'."))
        #expect(run.output.isEmpty)
    }

    @Test("the site has a page for the note inside and nothing from outside", arguments: [[], ["--public"]])
    func site(options: [String]) async throws {
        let world = try World()
        let run = await CommandRun(["site", "--vault", world.vault] + options + Self.today)
        #expect(run.status == 0, "\(run.errors)")
        let site = world.vault + "/_site"
        let pages = try #require(FileManager.default.subpaths(atPath: site)).filter { $0.hasPrefix("contacts/") }
        #expect(pages == ["contacts/ann-lee.html"])
        for file in try #require(FileManager.default.subpaths(atPath: site)) {
            guard let text = try? String(contentsOfFile: site + "/" + file, encoding: .utf8) else { continue }
            #expect(!text.contains("Secret Person"), "\(file)")
            #expect(!text.contains("TOP-SECRET-BODY"), "\(file)")
        }
    }

    // MARK: Notes that cannot be read

    /// Root reads a file whatever its mode: as root, `grapevine` runs as `nobody` through
    /// `setpriv`, so that mode 000 really makes the read fail.
    static func runAsSomeoneElse(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard geteuid() == 0 else { return try ExecutableTests.run(ExecutableTests.binary, arguments) }
        return try ExecutableTests.run(
            URL(fileURLWithPath: "/usr/bin/setpriv"),
            ["--reuid=65534", "--regid=65534", "--clear-groups", ExecutableTests.binary.path] + arguments)
    }

    @Test(
        "a note that cannot be opened is an error naming it; the other notes are indexed",
        .enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func unreadableNote() throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/ann-lee.md": Self.ann,
            "contacts/shut.md": "---\nname: Shut Away\n---\n",
            "notes/plan.md": "Call [[Ann Lee]].\n",
        ])
        // The folder must be open to `nobody`; the note is not.
        chmod(folder.path, 0o755)
        chmod(folder.path + "/contacts/shut.md", 0)
        let run = try Self.runAsSomeoneElse(["check", "--vault", folder.path])
        #expect(run.status == 1)
        #expect(
            run.output == """
                contacts/shut.md:1:1: error: cannot read the file: Permission denied
                1 error in 1 file (2 notes checked).

                """)
    }

    @Test("a note that is not UTF-8 is an error at the bad byte; it and the other notes are indexed")
    func noteNotUTF8() async throws {
        let folder = try TemporaryFolder()
        try folder.write(["contacts/ann-lee.md": Self.ann])
        let latin1 = Data("---\nname: Jos".utf8) + Data([0xE9]) + Data("\n---\nSee [[Ann Lee]].\n".utf8)
        try latin1.write(to: URL(fileURLWithPath: folder.path + "/contacts/jose.md"))
        let run = await CommandRun(["check", "--vault", folder.path])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("contacts/jose.md:2:10: error: "), "\(run.output)")
        #expect(run.output.contains("not valid UTF-8"))
        #expect(run.output.hasSuffix("1 error in 1 file (2 notes checked).\n"))
        let show = await CommandRun(["show", "Ann Lee", "--vault", folder.path] + Self.today)
        #expect(show.status == 0)
        #expect(show.output.contains("contacts/jose.md:4"), "the note that is not UTF-8 still links to Ann")
    }

    @Test("a folder named like a note is walked as a folder, not read as a note")
    func folderNamedLikeANote() async throws {
        let folder = try TemporaryFolder()
        try folder.write(["contacts/ann-lee.md": Self.ann, "contacts/x.md/bo-chen.md": "---\nname: Bo Chen\n---\n"])
        let run = await CommandRun(["check", "--vault", folder.path])
        #expect(run.status == 0)
        #expect(run.output == "No problems in 2 notes.\n")
    }
}

/// The writing commands create files only inside the vault: a folder they would write in that
/// is a symlink leading out of it is refused, as the reader does not follow it (SPEC §2).
@Suite("writing commands refuse a folder that leads out of the vault")
struct WritingThroughLinksTests {
    /// A vault with Ana's note, beside an empty folder `outside/`, with `link` in the vault a
    /// symlink to `destination`.
    private func world(link: String, to destination: String) throws -> (TemporaryFolder, vault: String, outside: String)
    {
        let folder = try TemporaryFolder()
        try folder.write([
            "vault/.grapevine/config.yml": "owner: Alex Kim\n",
            "vault/contacts/ana-silva.md": "---\nname: Ana Silva\nadded: 2026-10-01\n---\n",
            "vault/notes/keep.md": "kept\n",
            "outside/keep.md": "kept\n",
        ])
        try? FileManager.default.removeItem(atPath: folder.path + "/vault/" + link)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/vault/" + link, withDestinationPath: destination)
        let outside = URL(fileURLWithPath: folder.path + "/outside").resolvingSymlinksInPath().path
        return (folder, folder.path + "/vault", outside)
    }

    private func outsideFiles(_ outside: String) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: outside).sorted()
    }

    @Test(
        "new and import refuse, naming the link, and write nothing",
        arguments: [
            ("interviews", ["new", "interview", "Ana Silva", "--date", "2026-12-01"]),
            ("organizations", ["new", "org", "Acme"]),
            ("contacts", ["new", "contact", "Ben Okafor"]),
            ("contacts", ["import", "vcard", "CARDS"]),
        ])
    func refused(link: String, command: [String]) async throws {
        let (folder, vault, outside) = try world(link: link, to: "../outside")
        if link == "contacts" { try folder.write(["outside/ana-silva.md": "---\nname: Ana Silva\n---\n"]) }
        try folder.write(["cards.vcf": "BEGIN:VCARD\nVERSION:3.0\nFN:Ben Okafor\nEND:VCARD\n"])
        let before = try outsideFiles(outside)
        let arguments = command.map { $0 == "CARDS" ? folder.path + "/cards.vcf" : $0 }
        let run = await CommandRun(arguments + ["--vault", vault, "--today", "2026-12-05"])
        #expect(run.status != 0)
        #expect(
            run.errors.contains("'\(link)' is a symlink to '\(outside)', outside the vault"),
            "\(run.output)\(run.errors)")
        #expect(try outsideFiles(outside) == before)
    }

    @Test("init --existing refuses a .grapevine that leads out, creating nothing in the vault or outside")
    func initRefused() async throws {
        let (folder, vault, outside) = try world(link: ".grapevine", to: "../outside")
        defer { withExtendedLifetime(folder) {} }
        let run = await CommandRun(["init", "--existing", "--owner", "Alex Kim", vault])
        #expect(run.status != 0)
        #expect(run.errors.contains("'.grapevine' is a symlink to '\(outside)', outside the vault"), "\(run.errors)")
        #expect(try outsideFiles(outside) == ["keep.md"])
        #expect(!FileManager.default.fileExists(atPath: vault + "/interviews"))
    }

    @Test("a folder symlink that leads into the vault is written through, as it is read")
    func linkInside() async throws {
        let (folder, vault, _) = try world(link: "interviews", to: "notes")
        let run = await CommandRun(
            ["new", "interview", "Ana Silva", "--date", "2026-12-01", "--vault", vault, "--today", "2026-12-05"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/vault/notes/2026-12-01-ana-silva.md"))
    }
}

/// A note linked from another folder of the vault (`contacts/sam-reyes.md` →
/// `../people/sam-reyes-real.md`) is read once, at its own path, so its kind comes from there:
/// `check` says so at the link, and `new` names the link rather than say the file exists.
@Suite("a symlinked note inside the vault, in another folder")
struct LinkInsideTheVaultTests {
    static let today = ["--today", "2026-11-18"]
    static let sam = "---\nname: Sam Reyes\n---\n## Log\n- 2026-11-02 emailed\n"

    static func vault(link: String, target: String) throws -> TemporaryFolder {
        let vault = try TemporaryFolder()
        try vault.write([".grapevine/config.yml": "owner: Alex Kim\n", target: sam])
        let folders = link.split(separator: "/").dropLast()
        try FileManager.default.createDirectory(
            atPath: vault.path + "/" + folders.joined(separator: "/"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: vault.path + "/" + link,
            withDestinationPath: String(repeating: "../", count: folders.count) + target)
        return vault
    }

    @Test(
        "check warns at the link, saying where the note is read and how to make it the link folder's kind",
        arguments: [
            ("contacts/sam-reyes.md", "people/sam-reyes-real.md", "a contact", "type: contact"),
            ("organizations/acme.md", "notes/acme.md", "an organization", "type: organization"),
            ("interviews/2026-11-02-sam.md", "archive/2026/sam.md", "an interview", "type: interview"),
        ])
    func checkWarnsAtTheLink(link: String, target: String, kind: String, type: String) async throws {
        let vault = try Self.vault(link: link, target: target)
        let run = await CommandRun(["check", "--vault", vault.path] + Self.today)
        #expect(
            run.output.contains("\(link):1:1: warning: this is a link to \(target), which is read once"),
            "\(run.output)")
        #expect(run.output.contains("to have it read as \(kind), move \(target) here"), "\(run.output)")
        #expect(run.output.contains("'\(type)'"), "\(run.output)")
    }

    @Test(
        "a link to a note of the same kind, or from a folder that gives no kind, is not warned about",
        arguments: [
            ("contacts/sam.md", "contacts/sam-reyes.md"), ("contacts/2026/sam.md", "contacts/sam-reyes.md"),
            ("people/sam.md", "contacts/sam-reyes.md"),
        ])
    func noWarning(link: String, target: String) async throws {
        let vault = try Self.vault(link: link, target: target)
        let run = await CommandRun(["check", "--vault", vault.path] + Self.today)
        #expect(!run.output.contains("is a link to"), "\(run.output)")
        #expect(!run.output.contains("this is a link"), "\(run.output)")
    }

    @Test("new contact where a link is names the link and where it leads; nothing is written")
    func newContactNamesTheLink() async throws {
        let vault = try Self.vault(link: "contacts/sam-reyes.md", target: "people/sam-reyes-real.md")
        let run = await CommandRun(["new", "contact", "Sam Reyes", "--vault", vault.path] + Self.today)
        #expect(run.status == 1)
        #expect(
            run.errors.contains(
                "cannot write contacts/sam-reyes.md: a symlink to '../people/sam-reyes-real.md' is there"),
            "\(run.errors)")
        let written = try String(contentsOfFile: vault.path + "/people/sam-reyes-real.md", encoding: .utf8)
        #expect(written == Self.sam)
    }
}
