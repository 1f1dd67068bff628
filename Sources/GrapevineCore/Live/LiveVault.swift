/// A vault that follows edits: the text of one note replaced, a note added or removed, and
/// every problem `check` would report kept up to date, with the files whose problems changed.
///
/// An edit re-reads the one note and re-checks what depends on it: the note's references;
/// when its names change, the references that name them (and the hints of missing names,
/// which suggest close names); the duplicate-name check when its names, email or profile
/// change; the referral cycles when its referrals change. The other notes are never re-read.
/// A note added or removed shifts every later note's place in the sorted list, so it resolves
/// every reference again, still without reading a file.
///
/// `vault()` gives the whole `Vault` (graph, next steps, dossiers) as it stands, built once
/// after each change when something asks for it; `vault(asOf:)` gives it as commands read it on
/// a day.
public struct LiveVault: Sendable {
    /// The vault folder, absolute.
    public let root: String
    /// Gives the vault-relative path of an absolute one.
    private let relative: @Sendable (String) -> String?
    /// The settings from `.grapevine/config.yml`.
    public private(set) var config: Config
    var configText: String?
    /// The problems of files that are not notes: the config, folders and files not read.
    var fileProblems: [String: [Diagnostic]]
    /// Every note, sorted by path, with what is known of each.
    var notes: [Note]
    var readerProblems: [[Diagnostic]]
    var keys: [ReferenceIndex.Keys]
    var index: ReferenceIndex
    var closeNames: CloseNames
    var resolved: [ResolvedReferences]
    /// For each note, the folded names its references look up (`ReferenceIndex.nameProbes`).
    var probes: [[String]]
    /// The notes whose references look up each folded name.
    var dependents: [String: Set<Int>]
    /// For each note, the placeholders its fields make, by folded name.
    var placeholderNames: [[String]]
    /// How many field references make each placeholder.
    var placeholderCounts: [String: Int]
    var referenceProblems: [[Diagnostic]]
    /// The notes with a reference to a missing note: their hints name close names.
    var notesWithMissing: Set<Int>
    var duplicateInputs: [DuplicateInputs]
    var duplicateProblems: [String: [Diagnostic]]
    var referralInputs: [ReferralInputs]
    var cycleProblems: [String: [Diagnostic]]
    /// The files whose lines the cycle problems quote: a line added there can move one.
    var cycleFiles: Set<String>
    /// Every file's problems as last assembled, to tell which ones an edit changed.
    var assembled: [String: [Diagnostic]]
    var snapshot: Vault? {
        didSet { stepCache = nil }
    }
    /// A vault built before, whose graph stands: the edits since changed nothing the graph is
    /// built from (`GraphInputs`). `nil` when they did, or a note came or went.
    var graphBasis: Vault?
    /// The next steps of `snapshot` as of a day.
    var stepCache: (today: LocalDate, steps: [NextStep])?

    /// Reads the vault at `root` (absolute); `texts` (vault-relative path → text) stand for
    /// the files they name, as an editor holds them unsaved (the config too), and add notes not
    /// on disk yet.
    public init(root: String, texts: [String: String] = [:]) {
        let files = VaultLoader.read(root: root, config: texts[ConfigReader.path])
        self.root = root
        relative = Self.paths(under: root)
        config = files.config
        configText = files.configText
        let walker = VaultWalker(root: root, config: files.config)
        var notes = files.notes.filter { texts[$0.path] == nil }
        // The problems of a note read from disk, not those of its text here; the config's are of its text.
        var problems = files.diagnostics.filter { texts[$0.file] == nil || $0.file == ConfigReader.path }
        for (path, text) in texts where walker.includes(path) {
            let (note, found) = Self.read(path, text)
            notes.append(note)
            problems += found
        }
        notes.sort { $0.path < $1.path }
        self.notes = notes
        let byPath = Dictionary(notes.enumerated().map { ($1.path, $0) }) { first, _ in first }
        var readerProblems = Array(repeating: [Diagnostic](), count: notes.count)
        var fileProblems: [String: [Diagnostic]] = [:]
        for problem in problems {
            if let note = byPath[problem.file] {
                readerProblems[note].append(problem)
            } else {
                fileProblems[problem.file, default: []].append(problem)
            }
        }
        self.readerProblems = readerProblems
        self.fileProblems = fileProblems
        (keys, index, closeNames, resolved, probes, dependents) = (
            [], ReferenceIndex(keys: []), CloseNames(notes: [], lookAlikeKeys: []), [], [], [:]
        )
        (placeholderNames, placeholderCounts, referenceProblems, notesWithMissing) = ([], [:], [], [])
        (duplicateInputs, duplicateProblems, referralInputs, cycleProblems, cycleFiles) = ([], [:], [], [:], [])
        assembled = [:]
        stepCache = nil
        graphBasis = nil
        reindexAll()
        assembled = Dictionary(uniqueKeysWithValues: allFiles.map { ($0, assemble($0)) })
    }

    /// Reads one note from its text.
    static func read(_ path: String, _ text: String) -> (Note, [Diagnostic]) {
        NoteReader(path: path, parser: MarkdownParser()).read(text.utf8.span)
    }

    // MARK: What it holds

    /// The index in the sorted notes of the note at a vault-relative path.
    func noteIndex(ofPath path: String) -> Int? {
        index.index(ofPath: path)
    }

    /// Whether a file at `path` (vault-relative) is, or would be, a note of this vault.
    public func isNote(_ path: String) -> Bool {
        VaultWalker(root: root, config: config).includes(path)
    }

    /// Why loading the vault now would skip the file at `path` (vault-relative): a symlink
    /// leading outside the vault or nowhere (`VaultWalker.refusal(of:)`), or a Markdown file by
    /// another extension (`Ben Carter.md.txt`, `VaultWalker.notReadForExtension(_:)`); `nil`
    /// when it would read it. A file that changes while the vault is watched is read only when this is `nil`.
    public func refusal(of path: String) -> Diagnostic? {
        let walker = VaultWalker(root: root, config: config)
        return walker.refusal(of: path) ?? walker.notReadForExtension(path)
    }

    /// The vault-relative path of an absolute path inside the vault, `nil` outside it.
    public func relativePath(_ absolute: String) -> String? {
        relative(absolute)
    }

    /// The text of a note as last given or read; `nil` for a path that is no note.
    public func text(ofNote path: String) -> String? {
        noteIndex(ofPath: path).map { notes[$0].text }
    }

    /// Every problem of the file at `path`, sorted as `check` prints them.
    public func diagnostics(ofFile path: String) -> [Diagnostic] {
        assembled[path] ?? []
    }

    /// The files with at least one problem.
    public var filesWithDiagnostics: [String] {
        assembled.filter { !$0.value.isEmpty }.keys.sorted()
    }

    /// Every problem, sorted as `check` prints them: what `VaultLoader.load` would find in the
    /// files as they stand.
    public var diagnostics: [Diagnostic] {
        assembled.values.flatMap { $0 }.sorted(by: Diagnostic.byLocation)
    }

    /// The whole vault as it stands: its graph, for next steps, dossiers and references.
    public mutating func vault() -> Vault {
        if let snapshot { return snapshot }
        let vault = buildVault()
        snapshot = vault
        return vault
    }

    /// The vault as commands read it on `today` (`VaultOpener.open`): its graph as of that day
    /// (`Graph.planReferrals(asOf:)`), so a referral written ahead of its interview is not made
    /// yet.
    public mutating func vault(asOf today: LocalDate) -> Vault {
        var vault = vault()
        vault.graph.planReferrals(asOf: today)
        return vault
    }

    private func buildVault() -> Vault {
        Vault(
            root: root, config: config, configText: configText, notes: notes, index: index, resolved: resolved,
            closeNames: closeNames, diagnostics: diagnostics, graphOf: graphBasis)
    }

    // MARK: Assembling

    /// Every file with problems of some kind, and every note.
    var allFiles: Set<String> {
        Set(notes.map(\.path)).union(fileProblems.keys).union(duplicateProblems.keys).union(cycleProblems.keys)
    }

    /// The problems of one file, from every kind of check, sorted.
    private func assemble(_ path: String) -> [Diagnostic] {
        var found = fileProblems[path] ?? []
        if let note = noteIndex(ofPath: path) { found += readerProblems[note] + referenceProblems[note] }
        found += (duplicateProblems[path] ?? []) + (cycleProblems[path] ?? [])
        return found.sorted(by: Diagnostic.byLocation)
    }

    /// Assembles the problems of `files` again; the ones that changed.
    mutating func reassemble(_ files: Set<String>) -> Set<String> {
        var changed: Set<String> = []
        for file in files {
            let found = assemble(file)
            if found != (assembled[file] ?? []) { changed.insert(file) }
            assembled[file] = found.isEmpty && noteIndex(ofPath: file) == nil ? nil : found
        }
        return changed
    }
}

extension LiveVault {
    /// The note at a vault-relative path, as it stands.
    public func note(atPath path: String) -> Note? {
        noteIndex(ofPath: path).map { notes[$0] }
    }

    /// The problems of the file at `path` as `check` reports them (`CheckReport`): with
    /// `strict` as `check --strict`, and with `today`, Log entries dated after it.
    public func checkDiagnostics(ofFile path: String, strict: Bool, today: LocalDate?) -> [Diagnostic] {
        CheckReport.diagnostics(diagnostics(ofFile: path), note: note(atPath: path), strict: strict, today: today)
    }

    /// The text of a file that is no note (the config), for placing its problems.
    public func text(ofFile path: String) -> String? {
        path == ConfigReader.path ? configText : text(ofNote: path)
    }
}

extension LiveVault {
    /// A function that gives the vault-relative path of an absolute path inside the vault at
    /// `root` (`nil` outside), before the vault is read.
    public static func paths(under root: String) -> @Sendable (String) -> String? {
        let bases = [root, FileSystem.realPath(root) ?? root]
        return { absolute in
            for base in bases where absolute.hasPrefix(base + "/") {
                return VaultPath.normalize(String(absolute.dropFirst(base.count + 1)))
            }
            return nil
        }
    }
}
