#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lists the notes of a vault: every `*.md` file, skipping hidden files and folders, the site
/// output folder a build made, ignored paths, and symlinks that lead outside the vault or into
/// what is skipped.
///
/// Only regular files are listed. A `*.md` that is a FIFO, socket or device (or a symlink to
/// one), a symlink that leads outside the vault, nowhere, or into a hidden, ignored or site
/// folder, a symlinked folder that contains itself, and a folder that cannot be read are
/// reported as warnings and skipped, never opened.
struct VaultWalker {
    let root: String
    let ignore: [IgnorePattern]
    /// The site folder of `site.out`, skipped when a build made it (it holds the site's
    /// marker): `site.out: contacts`, which no site may be written to, must not hide the notes.
    let siteOut: String?
    /// The folders Obsidian's or Templater's settings say hold templates, which are not notes:
    /// a copy of `Templates/Interview.md` is a meeting, the template itself is none.
    let templateFolders: [String]

    init(root: String, config: Config) {
        self.root = root
        ignore = config.ignore.map(IgnorePattern.init)
        templateFolders = TemplateFolders.named(inVault: root)
        siteOut = VaultPath.normalize(config.siteOut).flatMap { folder in
            FileSystem.exists(root + "/" + folder + "/" + SiteFolder.markerName) ? folder : nil
        }
    }

    /// The notes found, sorted by path, with the folders that hold them.
    struct Listing {
        /// Vault-relative folder paths ("" for the root).
        var folders: [String] = []
        /// Each note's vault-relative path, its folder (an index into `folders`), its file name,
        /// and for a note reached through a symlink, the absolute path it resolves to.
        var notes: [Note] = []
        typealias Note = (path: String, folder: Int, name: String, target: String?)
        /// What was skipped and why.
        var diagnostics: [Diagnostic] = []
    }

    /// Every note of the vault.
    ///
    /// A note is listed at its own path when the vault has one: symlinked folders are walked
    /// after every real folder, so one that leads to a folder of the vault (`archive/contacts`
    /// → `contacts`) adds nothing, and a symlinked note whose file is listed is left out. (A
    /// note listed under a link's path would take its kind from the wrong folder: a contact
    /// read as a plain note.)
    func listing() -> Listing {
        var listing = Listing()
        let realRoot = FileSystem.realPath(root) ?? root
        var visited: Set<String> = [realRoot]
        var linked: [(path: String, target: String)] = []
        walk("", real: realRoot, realRoot: realRoot, into: &listing, visited: &visited, linked: &linked)
        // The real folders' notes are listed in the order of their paths (`walk`); a symlinked
        // folder's come after them, and are sorted in.
        let walkedInOrder = listing.notes.count
        var next = 0
        while next < linked.count {
            let (path, target) = linked[next]
            next += 1
            guard visited.insert(target).inserted else { continue }
            walk(path, real: target, realRoot: realRoot, into: &listing, visited: &visited, linked: &linked)
        }
        if listing.notes.contains(where: { $0.target != nil }) {
            let ownPaths = Set(listing.notes.lazy.filter { $0.target == nil }.map { realRoot + "/" + $0.path })
            for note in listing.notes {
                guard let target = note.target, ownPaths.contains(target) else { continue }
                let targetPath = String(target.dropFirst(realRoot.count + 1))
                if let warning = duplicateLink(note.path, to: targetPath) { listing.diagnostics.append(warning) }
            }
            listing.notes.removeAll { note in note.target.map(ownPaths.contains) ?? false }
        }
        if listing.notes.count > walkedInOrder { listing.notes = Self.sortedByPath(listing.notes) }
        return listing
    }

    /// `notes` in the order of their paths.
    static func sortedByPath(_ notes: [Listing.Note]) -> [Listing.Note] {
        StringOrder.positions(of: notes.map(\.path)).map { notes[$0] }
    }

    /// Walks a folder; `real` is its path with symlinks resolved, so that a link back to a
    /// folder already walked is not walked again. Symlinked folders are added to `linked`, to be
    /// walked after the real ones.
    private func walk(
        _ folder: String, real: String, realRoot: String, into listing: inout Listing, visited: inout Set<String>,
        linked: inout [(path: String, target: String)]
    ) {
        guard let entries = FileSystem.entries(of: folder.isEmpty ? root : root + "/" + folder) else {
            let reason = String(cString: strerror(errno))
            let message =
                "the folder '\(folder.isEmpty ? "." : folder)' cannot be read (\(reason)); its notes are skipped"
            let file = folder.isEmpty ? "." : folder
            listing.diagnostics.append(Diagnostic(.warning, .unreadableFolder, message, file: file, at: .start))
            return
        }
        let folderIndex = listing.folders.count
        listing.folders.append(folder)
        // By name, a folder's read with a `/` after it, as its notes' paths have it: `a-b.md`,
        // `a.md`, then the notes in `a/`. Walked in this order, the folders list their notes in
        // the order of their paths, and 16,000 paths are not sorted at the end, on one core.
        let order = StringOrder.positions(of: entries.map { $0.kind == .directory ? $0.name + "/" : $0.name })
        for entry in order.lazy.map({ entries[$0] }) where !entry.name.hasPrefix(".") {
            let path = folder.isEmpty ? entry.name : folder + "/" + entry.name
            guard !isSkipped(path, name: entry.name) else { continue }
            let isNote = Self.isNote(entry.name)
            guard entry.hasValidName else {
                if isNote || entry.kind == .directory { listing.diagnostics.append(skipped(path, .nameNotUTF8)) }
                continue
            }
            switch entry.kind {
            case .directory:
                let target = real + "/" + entry.name
                guard visited.insert(target).inserted else { continue }
                walk(path, real: target, realRoot: realRoot, into: &listing, visited: &visited, linked: &linked)
            case .file where isNote:
                listing.notes.append((path, folderIndex, entry.name, nil))
            case .file where Self.isOtherMarkdown(entry.name):
                listing.diagnostics.append(otherMarkdown(path, name: entry.name))
            case .symlink:
                guard let (target, mode) = follow(path, isNote: isNote, realRoot: realRoot, into: &listing) else {
                    continue
                }
                if mode & S_IFMT == S_IFDIR {
                    // A folder reached twice is walked once; only a loop is worth a word.
                    if real == target || real.hasPrefix(target + "/") {
                        listing.diagnostics.append(loop(path))
                    } else {
                        linked.append((path, target))
                    }
                } else if isNote, mode & S_IFMT == S_IFREG {
                    listing.notes.append((path, folderIndex, entry.name, target))
                } else if isNote {
                    listing.diagnostics.append(skipped(path, .notRegular(FileSystem.kindName(mode))))
                }
            case .other where isNote:
                var info = stat()
                let mode = lstat(root + "/" + path, &info) == 0 ? info.st_mode : 0
                listing.diagnostics.append(skipped(path, .notRegular(FileSystem.kindName(mode))))
            default:
                continue
            }
        }
    }

    /// Where the symlink at `path` leads, with what it is there; `nil` when it leads outside
    /// the vault or nowhere, which is reported for a note or a folder.
    private func follow(
        _ path: String, isNote: Bool, realRoot: String, into listing: inout Listing
    ) -> (target: String, mode: mode_t)? {
        switch resolve(path, realRoot: realRoot) {
        case .inside(let target, let mode):
            return (target, mode)
        case .refused(let problem, let isFolder):
            if isNote || isFolder { listing.diagnostics.append(skipped(path, problem)) }
            return nil
        }
    }

    /// What the file or folder at `path` (vault-relative) is once every symlink on its way is
    /// followed: the rule of `follow`, and of `refusal(of:)` for one file read while the vault is
    /// watched (`grapevine serve`, `grapevine lsp`), so a symlink is read or refused alike
    /// whether it was there at the start or came later.
    private enum Resolved {
        case inside(target: String, mode: mode_t)
        case refused(FileSystem.FileError.Kind, isFolder: Bool)
    }

    private func resolve(_ path: String, realRoot: String) -> Resolved {
        var info = stat()
        guard let target = FileSystem.realPath(root + "/" + path), stat(target, &info) == 0 else {
            return .refused(.brokenSymlink(errno), isFolder: false)
        }
        let isFolder = info.st_mode & S_IFMT == S_IFDIR
        guard target == realRoot || target.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else {
            return .refused(.symlinkOutside(target), isFolder: isFolder)
        }
        // A link into `.git` or an ignored folder would read (and let `log` write) what the walk
        // leaves alone there: `contacts/setup-notes.md` → `../.git/config` published a token.
        let relative = String(target.dropFirst(realRoot == "/" ? 1 : realRoot.count + 1))
        guard relative.isEmpty || isWalked(relative) else {
            return .refused(.symlinkHidden(relative), isFolder: isFolder)
        }
        return .inside(target: target, mode: info.st_mode)
    }

    /// Why loading the vault now would not read the file at `path` (vault-relative): it is a
    /// symlink, or in a symlinked folder, that leads outside the vault, nowhere, or into a part
    /// of it the walk skips. `nil` when it would be read, or there is no file.
    func refusal(of path: String) -> Diagnostic? {
        var info = stat()
        guard lstat(root + "/" + path, &info) == 0 else { return nil }
        guard case .refused(let problem, _) = resolve(path, realRoot: FileSystem.realPath(root) ?? root) else {
            return nil
        }
        return skipped(path, problem)
    }

    /// The warning for a file that was not read.
    private func skipped(_ path: String, _ problem: FileSystem.FileError.Kind) -> Diagnostic {
        Diagnostic.unreadable(path, FileSystem.FileError(problem))
    }

    /// The warning for a symlinked folder that contains itself.
    private func loop(_ path: String) -> Diagnostic {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let message = "'\(name)' is a symlink to a folder that contains it; not followed"
        return Diagnostic(.warning, .skippedSymlink, message, file: path, at: .start)
    }

    /// The warning for a symlinked note left out because its file is read at its own path, when
    /// the link's folder says the note is of a kind its own folder does not (`contacts/sam-reyes.md`
    /// → `people/sam.md`: a contact, unless its `type:` says so, is read as a plain note).
    private func duplicateLink(_ path: String, to target: String) -> Diagnostic? {
        let kind = { (path: String) in path.split(separator: "/").dropLast().first.flatMap(NoteKind.forFolder) }
        guard let linkKind = kind(path), kind(target) != linkKind else { return nil }
        let message =
            "this is a link to \(target), which is read once, at its own path: its kind comes from its "
            + "`type:` or its folder there, not from this link's folder"
        let hint =
            "to have it read as \(linkKind.withArticle), move \(target) here in place of the link, "
            + "or add 'type: \(linkKind.rawValue)' to its front matter"
        return Diagnostic(.warning, .skippedSymlink, message, file: path, at: .start, hint: hint)
    }

    /// Whether the walk would list a file at `path` (vault-relative) as a note, were it there:
    /// a `*.md` file with no hidden, ignored or site-output folder on its way.
    func includes(_ path: String) -> Bool {
        Self.isNote(path) && VaultPath.normalize(path) == path && isWalked(path)
    }

    /// The warning the walk gives the file at `path` (vault-relative) when it is Markdown by
    /// another extension (`Ben Carter.md.txt`, `bea.markdown`, `other-markdown-extension`) where
    /// the walk reaches it; `nil` for any other path, or when no such file is there.
    func notReadForExtension(_ path: String) -> Diagnostic? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard Self.isOtherMarkdown(name), VaultPath.normalize(path) == path, isWalked(path) else { return nil }
        var info = stat()
        guard lstat(root + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return otherMarkdown(path, name: name)
    }

    /// Whether the walk would reach `path` (vault-relative, normalized): no part of it is hidden,
    /// ignored or the site's output folder.
    private func isWalked(_ path: String) -> Bool {
        var prefix = ""
        for name in path.split(separator: "/").map(String.init) {
            prefix = prefix.isEmpty ? name : prefix + "/" + name
            if name.hasPrefix(".") || isSkipped(prefix, name: name) { return false }
        }
        return true
    }

    /// Whether a file name ends in `.md`, in any case.
    static func isMarkdown(_ name: some StringProtocol) -> Bool {
        let utf8 = name.utf8
        guard let d = utf8.index(utf8.endIndex, offsetBy: -1, limitedBy: utf8.startIndex),
            let m = utf8.index(d, offsetBy: -1, limitedBy: utf8.startIndex),
            let dot = utf8.index(m, offsetBy: -1, limitedBy: utf8.startIndex)
        else { return false }
        return utf8[dot] == UInt8(ascii: ".") && utf8[m] | 0x20 == UInt8(ascii: "m")
            && utf8[d] | 0x20 == UInt8(ascii: "d")
    }

    /// Whether a file of this name is a note: a `*.md` file (SPEC §2) that is not a drawing of
    /// Obsidian's Excalidraw plugin (`Org chart.excalidraw.md`), whose Markdown is the plugin's
    /// own ("Switch to EXCALIDRAW VIEW…", its text elements with block ids, the drawing's data):
    /// an attachment, as `[[Org chart.excalidraw]]` links it (`ReferenceProblems.isAttachment`).
    static func isNote(_ name: some StringProtocol) -> Bool {
        guard isMarkdown(name) else { return false }
        let utf8 = name.utf8
        // Nearly every note's stem does not end in `w`: no drawing, with one byte read.
        guard utf8.count >= drawingSuffix.count,
            utf8[utf8.index(utf8.endIndex, offsetBy: -4)] | 0x20 == UInt8(ascii: "w")
        else { return true }
        return !zip(utf8.suffix(drawingSuffix.count), drawingSuffix).allSatisfy { $0 | 0x20 == $1 }
    }

    /// `.excalidraw.md`, in lower case; compared as `x | 0x20`, which leaves `.` as it is.
    private static let drawingSuffix = Array(".excalidraw.md".utf8)

    /// Whether a file name ends in another extension editors give Markdown (`.markdown`, as
    /// Typora and Jekyll write it, `.mdown`, `.mkd`, `.mkdn`), or in `.md.txt` (Notepad's "Text
    /// Documents" adds `.txt` to `Ben Carter.md`), in any case: not a note (SPEC §2), but surely
    /// meant as one.
    static func isOtherMarkdown(_ name: String) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return otherMarkdownExtensions.contains(name[name.index(after: dot)...].lowercased()) || isTextCopy(name)
    }

    private static let otherMarkdownExtensions: Set<String> = ["markdown", "mdown", "mkd", "mkdn"]

    /// Whether a file name ends in `.md.txt`, in any case (`x | 0x20` leaves `.` as it is).
    private static func isTextCopy(_ name: String) -> Bool {
        let suffix = Array(".md.txt".utf8)
        let utf8 = name.utf8
        return utf8.count > suffix.count && zip(utf8.suffix(suffix.count), suffix).allSatisfy { $0 | 0x20 == $1 }
    }

    /// The warning about a Markdown file with another extension than `.md`, which is not read.
    private func otherMarkdown(_ path: String, name: String) -> Diagnostic {
        let isTextCopy = Self.isTextCopy(name)
        let stem =
            isTextCopy
            ? String(name.dropLast(7))
            : name.utf8.lastIndex(of: UInt8(ascii: ".")).map { String(name[..<$0]) } ?? name
        return Diagnostic(
            .warning, .otherMarkdownExtension,
            "'\(name)' is not read: only files ending in '.md' are notes"
                + (isTextCopy ? " (Notepad adds '.txt' when it saves as a Text Document)" : ""),
            file: path, at: .start,
            hint: "rename it to '\(stem).md'")
    }

    private func isSkipped(_ path: String, name: String) -> Bool {
        if let siteOut, path == siteOut { return true }
        if templateFolders.contains(path) { return true }
        return ignore.contains { $0.matches(entry: path, name: name) }
    }
}
