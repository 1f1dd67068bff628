import Foundation
import Testing

@testable import GrapevineCore
import TestSupport

/// A vault folder for tests that need more than regular files: symlinks, FIFOs, sockets,
/// permissions. Removed when released.
final class SpecialVault {
    let root: String
    /// The FIFOs made with `fifo`, absolute.
    private(set) var fifos: [String] = []

    init(_ files: [String: String] = [:]) throws {
        root =
            Scratch.path("grapevine-special")
            .path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try write(files)
    }

    deinit {
        // Folders made unreadable by a test are made readable again to be removed.
        if let walker = FileManager.default.enumerator(atPath: root) {
            for case let path as String in walker { chmod(root + "/" + path, 0o755) }
        }
        try? FileManager.default.removeItem(atPath: root)
    }

    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            try folder(for: path)
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
        }
    }

    func link(_ path: String, to destination: String) throws {
        try folder(for: path)
        try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: destination)
    }

    func fifo(_ path: String) throws {
        try folder(for: path)
        try makeFIFO(root + "/" + path)
        fifos.append(root + "/" + path)
    }

    private func folder(for path: String) throws {
        let parent = URL(fileURLWithPath: root + "/" + path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    }

    /// Loads the vault; records an issue if any read was stuck on a FIFO.
    func load(sourceLocation: SourceLocation = #_sourceLocation) throws -> Vault {
        let watchdog = FIFOWatchdog(fifos)
        let vault = VaultLoader.load(root: root)
        #expect(!watchdog.stop(), "a read blocked on a FIFO", sourceLocation: sourceLocation)
        return vault
    }
}

/// Whether the test runs with root's powers, which read files whatever their permissions.
let isSuperuser = geteuid() == 0

@Suite("Vault files that are not plain notes: FIFOs, sockets, symlinks, huge and unreadable files")
struct VaultFilesTests {
    static let ann = "---\nname: Ann Lee\n---\nHello.\n"

    func problems(_ vault: Vault) -> [String] {
        vault.diagnostics.map { "\($0.file) \($0.severity) \($0.code.rawValue): \($0.message)" }.sorted()
    }

    @Test("a note or folder whose name is not UTF-8 is skipped with a warning that says so")
    func namesThatAreNotUTF8() throws {
        let vault = try SpecialVault(["contacts/ann.md": Self.ann])
        // Made with the system's own calls: Foundation paths are UTF-8 strings.
        let rawNote: [UInt8] = Array((vault.root + "/contacts/bad").utf8) + [0xFF, 0xFE] + Array(".md".utf8) + [0]
        let rawFolder: [UInt8] = Array((vault.root + "/contacts/dir").utf8) + [0xFF, 0]
        rawNote.withUnsafeBufferPointer {
            $0.withMemoryRebound(to: CChar.self) { _ = close(creat($0.baseAddress!, 0o644)) }
        }
        rawFolder.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { _ = mkdir($0.baseAddress!, 0o755) } }
        let loaded = try vault.load()
        let skipped = loaded.diagnostics.filter { $0.message.contains("its name is not valid UTF-8") }
        #expect(skipped.count == 2, "\(problems(loaded))")
        #expect(!loaded.diagnostics.contains { $0.message.contains("No such file") })
        #expect(loaded.notes.map(\.path).contains("contacts/ann.md"))
    }

    @Test("a Markdown file ending in .markdown (or .mdown, .mkd, .mkdn) is not a note: a warning says to rename it")
    func otherMarkdownExtensions() throws {
        let folder = try SpecialVault([
            "contacts/ann.md": Self.ann, "contacts/bea.markdown": Self.ann, "notes/Trip Plan.MKD": "x\n",
            "contacts/cy.txt": "x\n", "contacts/markdown": "x\n", "Hugo.MD": "x\n",
            "contacts/ben-carter.md.txt": Self.ann, "contacts/.md.txt": "x\n",
        ])
        let vault = try folder.load()
        #expect(vault.notes.map(\.path).sorted() == ["Hugo.MD", "contacts/ann.md"])
        #expect(
            vault.diagnostics.map { "\($0.file) \($0.severity) \($0.code.rawValue): \($0.message) / \($0.hint ?? "")" }
                .sorted() == [
                    "contacts/bea.markdown warning other-markdown-extension: 'bea.markdown' is not read: only files "
                        + "ending in '.md' are notes / rename it to 'bea.md'",
                    "contacts/ben-carter.md.txt warning other-markdown-extension: 'ben-carter.md.txt' is not read: "
                        + "only files ending in '.md' are notes (Notepad adds '.txt' when it saves as a Text Document) / "
                        + "rename it to 'ben-carter.md'",
                    "notes/Trip Plan.MKD warning other-markdown-extension: 'Trip Plan.MKD' is not read: only files "
                        + "ending in '.md' are notes / rename it to 'Trip Plan.md'",
                ])
    }

    @Test("a reference to the person of a '.md.txt' file says to rename it, not to create a second note (trial 31)")
    func referenceToTextCopy() throws {
        let folder = try SpecialVault([
            "contacts/Ben Carter.md.txt": Self.ann,
            "contacts/grace.md": "---\nname: Grace Oduya\nreferred_by: Ben Carter\nadded: 2026-11-28\n---\n",
            "contacts/hal.md": "---\nname: Hal Fry\norganization: Nightingale Analytics\nadded: 2026-11-28\n---\n",
            "organizations/nightingale-analytics.markdown": "---\nname: Nightingale Analytics\n---\n",
        ])
        let vault = try folder.load()
        let hints = vault.diagnostics.filter { $0.code == .missingNote }.map { "\($0.file) \($0.hint ?? "")" }
        #expect(
            hints == [
                "contacts/grace.md 'contacts/Ben Carter.md.txt' is not read, since its name does not end in '.md': if it "
                    + "is the note meant, rename it to 'contacts/Ben Carter.md'; if not, create one with: grapevine new "
                    + "contact \"Ben Carter\"",
                "contacts/hal.md 'organizations/nightingale-analytics.markdown' is not read, since its name does not end "
                    + "in '.md': if it is the note meant, rename it to 'organizations/nightingale-analytics.md'; if not, "
                    + "create one with: grapevine new org \"Nightingale Analytics\"",
            ])
    }

    @Test("a FIFO named like a note is skipped with a warning, never opened")
    func fifoNote() throws {
        let folder = try SpecialVault(["contacts/ann.md": Self.ann])
        try folder.fifo("contacts/pipe.md")
        let vault = try folder.load()
        #expect(vault.notes.map(\.path) == ["contacts/ann.md"])
        #expect(
            problems(vault) == [
                "contacts/pipe.md warning not-a-regular-file: 'pipe.md' is not a regular file (a FIFO); skipped"
            ])
    }

    @Test("a symlink inside the vault to a FIFO is skipped with a warning; check does not hang")
    func symlinkToFIFO() throws {
        let folder = try SpecialVault(["contacts/ann.md": Self.ann])
        try folder.fifo("fifo")
        try folder.link("contacts/link.md", to: "../fifo")
        let vault = try folder.load()
        #expect(vault.notes.map(\.path) == ["contacts/ann.md"])
        #expect(
            problems(vault) == [
                "contacts/link.md warning not-a-regular-file: 'link.md' is not a regular file (a FIFO); skipped"
            ])
    }

    @Test("a socket named like a note is skipped with a warning")
    func socketNote() throws {
        let folder = try SpecialVault(["contacts/ann.md": Self.ann])
        try makeSocketFile(folder.root + "/contacts/sock.md")
        let vault = try folder.load()
        #expect(vault.notes.map(\.path) == ["contacts/ann.md"])
        #expect(
            problems(vault) == [
                "contacts/sock.md warning not-a-regular-file: 'sock.md' is not a regular file (a socket); skipped"
            ])
    }

    @Test("a symlink to a device is skipped: /dev/zero leaves the vault, and is not followed")
    func symlinkToDevice() throws {
        let folder = try SpecialVault(["contacts/ann.md": Self.ann])
        try folder.link("contacts/zero.md", to: "/dev/zero")
        try folder.link("contacts/tty.md", to: "/dev/tty")
        let vault = try folder.load()
        #expect(vault.notes.map(\.path) == ["contacts/ann.md"])
        #expect(
            problems(vault) == [
                "contacts/tty.md warning skipped-symlink: 'tty.md' is a symlink to '/dev/tty', outside the vault; not followed",
                "contacts/zero.md warning skipped-symlink: 'zero.md' is a symlink to '/dev/zero', outside the vault; not followed",
            ])
    }

    @Test("a device inside the vault is skipped, never opened (where the test may make one)")
    func deviceNote() throws {
        let folder = try SpecialVault(["contacts/ann.md": Self.ann])
        // /dev/zero's numbers on Linux (major 1, minor 5); only root may make a device, and some
        // file systems refuse.
        guard mknod(folder.root + "/contacts/zero.md", S_IFCHR | 0o644, dev_t(1 << 8 | 5)) == 0 else { return }
        try folder.link("contacts/link.md", to: "zero.md")
        let vault = try folder.load()
        #expect(vault.notes.map(\.path) == ["contacts/ann.md"])
        #expect(
            problems(vault) == [
                "contacts/link.md warning not-a-regular-file: 'link.md' is not a regular file (a character device); skipped",
                "contacts/zero.md warning not-a-regular-file: 'zero.md' is not a regular file (a character device); skipped",
            ])
    }

    static let hiddenPart = "in a hidden or ignored part of the vault; not followed"

    @Test("symlinks leading outside the vault, nowhere or into a hidden folder are warnings")
    func symlinks() throws {
        let folder = try SpecialVault(["contacts/ann.md": Self.ann, ".archive/bo.md": "---\nname: Bo\n---\n"])
        let outside = try SpecialVault(["secret.md": "---\nname: Secret\n---\n", "folder/c.md": "# C\n"])
        try folder.link("contacts/bo.md", to: "../.archive/bo.md")
        try folder.link("contacts/secret.md", to: outside.root + "/secret.md")
        try folder.link("shared", to: outside.root + "/folder")
        try folder.link("contacts/gone.md", to: "nowhere.md")
        try folder.link("contacts/loop.md", to: "loop.md")
        try folder.link("contacts/picture.png", to: "/nowhere/picture.png")
        let vault = try folder.load()
        #expect(vault.notes.map(\.path) == ["contacts/ann.md"])
        let real = FileSystem.realPath(outside.root)!
        #expect(
            problems(vault) == [
                "contacts/bo.md warning skipped-symlink: 'bo.md' is a symlink to '.archive/bo.md', \(Self.hiddenPart)",
                "contacts/gone.md warning skipped-symlink: 'gone.md' is a symlink that leads nowhere (No such file or directory); skipped",
                "contacts/loop.md warning skipped-symlink: 'loop.md' is a symlink that leads nowhere (Too many levels of symbolic links); skipped",
                "contacts/secret.md warning skipped-symlink: 'secret.md' is a symlink to '\(real)/secret.md', outside the vault; not followed",
                "shared warning skipped-symlink: 'shared' is a symlink to '\(real)/folder', outside the vault; not followed",
            ])
    }

    @Test("a folder that links back to itself is walked once, with a warning")
    func folderLoop() throws {
        let folder = try SpecialVault(["contacts/ann.md": Self.ann])
        try folder.link("contacts/again", to: ".")
        try folder.link("contacts/up", to: "..")
        try folder.link("mirror", to: "contacts")
        let vault = try folder.load()
        #expect(vault.notes.map(\.path) == ["contacts/ann.md"])
        #expect(
            problems(vault) == [
                "contacts/again warning skipped-symlink: 'again' is a symlink to a folder that contains it; not followed",
                "contacts/up warning skipped-symlink: 'up' is a symlink to a folder that contains it; not followed",
            ])
    }

    /// The walk lists a folder's entries by name, a folder's name with a `/` after it, so that
    /// no sort of every path is needed: `a-b.md` and `a.md` before the notes in `a/`, `é` as
    /// one character or two, names that share sixteen bytes; symlinked folders walked after.
    @Test("the notes are listed in the order of their paths, however the folders nest")
    func listingOrder() throws {
        let names = [
            "a.md", "a-b.md", "a/x.md", "a/b/c.md", "a.b/x.md", "ab.md", "A.md", "a b.md", "z.md", "é.md",
            "e\u{301}t.md", "e/f.md", "ø/a.md", "0.md", "contacts/abena-adams-longer.md",
            "contacts/abena-adams-longer-still.md", "contacts/abena-adams-longer-yet.md", "contacts/ábena.md",
            "contacts/b.md", "contacts-old/a.md", "contacts/sub/z.md", "contacts/sub.md",
        ]
        let folder = try SpecialVault(Dictionary(uniqueKeysWithValues: names.map { ($0, "# Note\n") }))
        #expect(try folder.load().notes.map(\.path) == names.sorted())
        try folder.link("b-linked", to: "a/b")
        try folder.link("0-linked", to: "contacts/sub")
        // Linked folders of the vault add no note (each is listed at its own path), and the
        // notes their walk lists, sorted in, are taken out again.
        #expect(try folder.load().notes.map(\.path) == names.sorted())
    }

    @Test("a note is listed at its own path, not at a link's: a contact stays a contact whatever sorts first")
    func linkedFolderOfTheVault() throws {
        let folder = try SpecialVault([
            "contacts/ann.md": Self.ann + "## Log\n- 2026-10-02 emailed: hi\n", "notes/idea.md": "# Idea\n",
            ".hidden/bo.md": "---\nname: Bo\n---\n",
        ])
        try folder.link("aa/contacts", to: "../contacts")
        try folder.link("0-alias.md", to: "contacts/ann.md")
        try folder.link("archive/notes", to: "../notes")
        try folder.link("aa/hidden", to: "../.hidden")
        let vault = try folder.load()
        // A link to a hidden folder brings none of its notes in (session twenty-two).
        #expect(vault.notes.map(\.path) == ["contacts/ann.md", "notes/idea.md"])
        #expect(vault.notes.first { $0.path == "contacts/ann.md" }?.kind == .contact)
        let warning = "aa/hidden warning skipped-symlink: 'hidden' is a symlink to '.hidden', \(Self.hiddenPart)"
        #expect(problems(vault) == [warning])
    }

    @Test("a note over the size limit is an error and is not read; a sparse 3 GB file costs nothing")
    func hugeNote() throws {
        let folder = try SpecialVault(["contacts/ann.md": Self.ann, "big.md": ""])
        #expect(truncate(folder.root + "/big.md", 3 << 30) == 0)
        let vault = try folder.load()
        #expect(vault.notes.map(\.path) == ["contacts/ann.md"])
        #expect(
            problems(vault) == [
                "big.md error file-too-large: the file was not read: it holds 3072 MB, more than the 32 MB Grapevine reads"
            ])
        #expect(vault.diagnostics.first?.hint != nil)
    }

    @Test("a file of exactly the size limit is read, one byte more is not")
    func sizeLimit() throws {
        let folder = try SpecialVault(["limit": "", "over": ""])
        #expect(truncate(folder.root + "/limit", off_t(FileSystem.maximumFileSize)) == 0)
        #expect(truncate(folder.root + "/over", off_t(FileSystem.maximumFileSize + 1)) == 0)
        var buffer: [UInt8] = []
        let limit = FileSystem.withContents(of: folder.root + "/limit", buffer: &buffer) { $0.count }
        #expect(try limit.get() == FileSystem.maximumFileSize)
        let over = FileSystem.withContents(of: folder.root + "/over", buffer: &buffer) { $0.count }
        if case .failure(let error) = over {
            #expect(error.kind == .tooLarge(FileSystem.maximumFileSize + 1))
        } else {
            Issue.record("a file over the limit was read")
        }
    }

    @Test("an unreadable folder and an unreadable note are reported, not fatal")
    func unreadable() throws {
        // Root reads everything whatever its mode: nothing to test there.
        guard !isSuperuser else { return }
        let folder = try SpecialVault(["contacts/ann.md": Self.ann, "locked/x.md": "# X\n", "shut.md": "# S\n"])
        chmod(folder.root + "/locked", 0)
        chmod(folder.root + "/shut.md", 0)
        let vault = try folder.load()
        #expect(vault.notes.map(\.path) == ["contacts/ann.md"])
        #expect(
            problems(vault) == [
                "locked warning unreadable-folder: the folder 'locked' cannot be read (Permission denied); its notes are skipped",
                "shut.md error unreadable-file: cannot read the file: Permission denied",
            ])
    }

    @Test("a config that is a FIFO or leads outside the vault is skipped with a warning; one linked inside is read")
    func config() throws {
        let fifo = try SpecialVault(["contacts/ann.md": Self.ann])
        try fifo.fifo(".grapevine/config.yml")
        let fromFIFO = try fifo.load()
        #expect(
            problems(fromFIFO) == [
                ".grapevine/config.yml warning not-a-regular-file: 'config.yml' is not a regular file (a FIFO); skipped"
            ])
        #expect(fromFIFO.config.owner == nil)

        let outside = try SpecialVault(["config.yml": "owner: Mallory\n"])
        let linked = try SpecialVault(["contacts/ann.md": Self.ann])
        try linked.link(".grapevine/config.yml", to: outside.root + "/config.yml")
        let fromOutside = try linked.load()
        #expect(fromOutside.config.owner == nil)
        #expect(problems(fromOutside).first?.hasPrefix(".grapevine/config.yml warning skipped-symlink:") == true)

        let inside = try SpecialVault(["contacts/ann.md": Self.ann, "settings/config.yml": "owner: Alex Kim\n"])
        try inside.link(".grapevine/config.yml", to: "../settings/config.yml")
        let fromInside = try inside.load()
        #expect(fromInside.config.owner == "Alex Kim")
        #expect(fromInside.diagnostics.isEmpty)
    }

    @Test("reading a file checks what was opened: a FIFO does not block, a symlink is refused when asked")
    func withContents() throws {
        let folder = try SpecialVault(["note.md": "text"])
        try folder.fifo("pipe")
        try folder.link("link.md", to: "note.md")
        let watchdog = FIFOWatchdog([folder.root + "/pipe"])
        var buffer: [UInt8] = []
        let pipe = FileSystem.withContents(of: folder.root + "/pipe", buffer: &buffer) { Array($0) }
        #expect(!watchdog.stop())
        #expect(throws: FileSystem.FileError.self) { try pipe.get() }
        let followed = FileSystem.withContents(of: folder.root + "/link.md", buffer: &buffer) { Array($0) }
        #expect(try followed.get() == Array("text".utf8))
        let refused = FileSystem.withContents(
            of: folder.root + "/link.md", followingSymlinks: false, buffer: &buffer
        ) { Array($0) }
        if case .failure(let error) = refused {
            #expect(error.kind == .notRegular("a symlink"))
        } else {
            Issue.record("a symlink was followed")
        }
    }

    @Test("a template that is a FIFO is an error naming it, for notes and for the site; nothing blocks")
    func templateFIFO() throws {
        let folder = try SpecialVault()
        try folder.fifo(".grapevine/templates/contact.md")
        try folder.fifo(".grapevine/templates/layout.html")
        let watchdog = FIFOWatchdog(folder.fifos)
        #expect {
            _ = try TemplateLibrary(vaultRoot: folder.root).render("contact.md", ["name": "Ann"])
        } throws: { error in
            (error as? TemplateLibrary.TemplateError)?.description
                == ".grapevine/templates/contact.md:1:1: error: this template cannot be used: it is a FIFO, "
                + "not a regular file"
        }
        #expect {
            _ = try SiteTemplates(vaultRoot: folder.root)
        } throws: { error in
            (error as? TemplateLibrary.TemplateError)?.file == ".grapevine/templates/layout.html"
        }
        #expect(!watchdog.stop())
    }

    @Test("a site template linking outside the vault is refused, so the site cannot publish the file it names")
    func templateOutside() throws {
        let secrets = try SpecialVault(["id_rsa": "PRIVATE KEY"])
        let folder = try SpecialVault(["themes/style.css": "body { color: teal }\n"])
        try folder.link(".grapevine/templates/style.css", to: secrets.root + "/id_rsa")
        #expect {
            _ = try SiteTemplates(vaultRoot: folder.root)
        } throws: { error in
            let error = error as? TemplateLibrary.TemplateError
            return error?.file == ".grapevine/templates/style.css"
                && error?.message.contains("outside the vault") == true
        }
        try FileManager.default.removeItem(atPath: folder.root + "/.grapevine/templates/style.css")
        try folder.link(".grapevine/templates/style.css", to: "../../themes/style.css")
        #expect(try SiteTemplates(vaultRoot: folder.root).style == "body { color: teal }\n")
        try folder.link(".grapevine/templates/contact.md", to: "nowhere.md")
        #expect(throws: TemplateLibrary.TemplateError.self) {
            _ = try TemplateLibrary(vaultRoot: folder.root).render("contact.md", [:])
        }
    }
}
