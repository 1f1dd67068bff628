/// The site of a vault, kept up to date while its notes change: what `grapevine serve` serves.
///
/// It builds the whole site once into its folder, as `grapevine site` would. Each `refresh`
/// then looks for changed files (`VaultScan`, where `VaultWatch` says), gives each changed note's text to its
/// `LiveVault` (which re-reads that note only), and renders again only the pages the change
/// can affect (`AffectedPages`), each written atomically. A note added or removed, or a change
/// of the config or a template, builds the whole site again.
///
/// The files in the folder are exactly what `grapevine site` writes. What only a served page
/// has, the note's problems and the script that reloads it, is added as it is served
/// (`servedFile(at:)`).
public actor LiveSite {
    /// How the site is built.
    public struct Settings: Sendable {
        /// Whether private notes and fields are left out, as `grapevine site --public`.
        public var isPublic: Bool
        /// The day the site is built as of, and the minutes after midnight when that is today.
        public var clock: @Sendable () -> (today: LocalDate, now: Int?)

        public init(isPublic: Bool, clock: @escaping @Sendable () -> (today: LocalDate, now: Int?)) {
            self.isPublic = isPublic
            self.clock = clock
        }
    }

    /// What a refresh did.
    public struct Update: Sendable, Equatable {
        /// The notes that changed, vault-relative.
        public var notes: [String]
        /// How many pages were rendered again, and whether that was the whole site.
        public var rendered: Int
        public var wholeSite: Bool
        /// Why the site could not be written, if it could not.
        public var failure: String?
        /// How long each step of the update took.
        public var phases: [PhaseClock.Phase] = []
    }

    /// Why the site cannot be built at all: a template that does not parse, a folder that
    /// cannot be written.
    public struct BuildError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The vault folder, absolute.
    public nonisolated let root: String
    /// The folder the site is written to.
    public nonisolated let folder: String
    let settings: Settings
    var live: LiveVault
    var templates: SiteTemplates
    var builder: SiteBuilder
    var site: SiteFolder
    var scan: VaultScan
    /// The search index as last written: an edit makes its notes' entries again, not all.
    var search: SearchScript
    var day: LocalDate
    /// Each file's problems as `check` prints them, by vault-relative path; files without any
    /// are absent.
    var problems: [String: String] = [:]
    /// A problem of the whole site, shown on every page: a template changed into one that does
    /// not parse (the site is then built with the templates before).
    var siteProblem: String?

    /// Reads the vault at `root` and builds its whole site into `folder`.
    public init(root: String, folder: String, settings: Settings) async throws(BuildError) {
        self.root = root
        self.folder = folder
        self.settings = settings
        live = LiveVault(root: root)
        scan = VaultScan(root: root, config: live.config)
        do throws(TemplateLibrary.TemplateError) {
            templates = try SiteTemplates(vaultRoot: root)
        } catch {
            throw BuildError(description: error.description)
        }
        let (today, now) = settings.clock()
        day = today
        let vault = live.vault()
        builder = SiteBuilder(vault: vault, today: today, now: now, isPublic: settings.isPublic, templates: templates)
        search = SearchScript(SearchIndex(vault: builder.vault, paths: builder.paths, isPublic: settings.isPublic))
        do throws(SiteFolder.SiteError) {
            site = try SiteFolder.prepare(folder, for: vault, configured: false)
            _ = try await builder.build(into: site)
        } catch {
            throw BuildError(description: "error: \(error.description)")
        }
        updateProblems(of: Set(live.filesWithDiagnostics))
    }

    /// Every problem of the vault, as `check` prints them.
    public var diagnostics: [Diagnostic] { live.diagnostics }

    // MARK: Following changes

    /// Looks at every file for changes since the last look and updates the pages they
    /// affect; `nil` when nothing changed.
    public func refresh() async -> Update? {
        await refresh(.everything)
    }

    /// Looks for changes where `batch` says files changed (`VaultWatch`) and updates the
    /// pages they affect; `nil` when nothing changed.
    public func refresh(_ batch: VaultWatch.Batch) async -> Update? {
        var clock = PhaseClock()
        let changes: VaultScan.Changes
        switch batch {
        case .everything:
            let now = VaultScan(root: root, config: live.config)
            changes = now.changes(since: scan)
            scan = now
        case .paths(let paths):
            changes = scan.update(paths: paths, root: root, config: live.config)
        }
        let (today, minutes) = settings.clock()
        let everything = changes.notes.union(changes.removed)
        if changes.settings || today != day {
            day = today
            return await reloadEverything(notes: everything)
        }
        guard !changes.isEmpty else { return nil }
        guard let (edited, touched) = apply(changes) else { return await reloadEverything(notes: everything) }
        guard !edited.isEmpty else { return nil }
        clock.lap("reading")
        let vault = live.vault()
        clock.lap("graph")
        let next = SiteBuilder(
            vault: vault, today: today, now: minutes, isPublic: settings.isPublic, templates: templates,
            updating: (builder, edited))
        clock.lap("site model")
        let pages = AffectedPages(before: builder, after: next).pages(changedNotes: edited)
        builder = next
        updateSearchIndex(notes: edited, reusing: pages != nil)
        updateProblems(of: touched.union(edited))
        clock.lap("choosing pages")
        var update = await write(pages, notes: edited)
        clock.lap("writing")
        update.phases = clock.phases
        return update
    }

    /// Gives the live vault the notes that changed; the notes whose text differs and the files
    /// whose problems changed, or `nil` when a note cannot be read as a note (not UTF-8, gone).
    private func apply(_ changes: VaultScan.Changes) -> (edited: Set<String>, touched: Set<String>)? {
        var touched: Set<String> = []
        var edited: Set<String> = []
        for path in changes.removed.sorted() {
            if live.text(ofNote: path) != nil { edited.insert(path) }
            touched.formUnion(live.remove(path, skipped: live.refusal(of: path)))
        }
        for path in changes.notes.sorted() {
            guard let text = Self.text(ofFile: root + "/" + path) else { return nil }
            guard text != live.text(ofNote: path) else { continue }
            touched.formUnion(live.replace(path, with: text))
            edited.insert(path)
        }
        return (edited, touched)
    }

    /// Makes the search index of `builder` again: only the entries of `notes` when `reusing`.
    private func updateSearchIndex(notes: Set<String>, reusing: Bool) {
        let (vault, paths, isPublic) = (builder.vault, builder.paths, settings.isPublic)
        guard reusing else {
            search = SearchScript(SearchIndex(vault: vault, paths: paths, isPublic: isPublic))
            return
        }
        let indices = Set(notes.compactMap { vault.index(ofPath: $0) })
        search.update(
            to: SearchIndex(updating: search.index, notes: indices, vault: vault, paths: paths, isPublic: isPublic))
    }

    /// Reads the vault and the templates again, and builds the whole site.
    private func reloadEverything(notes: Set<String>) async -> Update {
        var clock = PhaseClock()
        live = LiveVault(root: root)
        scan = VaultScan(root: root, config: live.config)
        do throws(TemplateLibrary.TemplateError) {
            templates = try SiteTemplates(vaultRoot: root)
            siteProblem = nil
        } catch {
            siteProblem = error.description + "\n(the pages are built with the templates as they were before)"
        }
        let (today, now) = settings.clock()
        builder = SiteBuilder(
            vault: live.vault(), today: today, now: now, isPublic: settings.isPublic, templates: templates)
        updateSearchIndex(notes: [], reusing: false)
        problems = [:]
        updateProblems(of: Set(live.filesWithDiagnostics))
        var update = await write(nil, notes: notes)
        clock.lap("the whole site")
        update.phases = clock.phases
        return update
    }

    /// Writes `pages`, or the whole site when `nil`.
    private func write(_ pages: [SiteBuilder.Page]?, notes: Set<String>) async -> Update {
        var update = Update(notes: notes.sorted(), rendered: 0, wholeSite: pages == nil)
        do throws(SiteFolder.SiteError) {
            if let pages {
                update.rendered = pages.count
                // The edited notes' own pages first: they are the ones open in a browser.
                let own = Set(notes.compactMap { builder.vault.index(ofPath: $0).map(Graph.node(ofNote:)) })
                let (first, rest) = Self.split(pages) {
                    if case .node(let node) = $0 { own.contains(node) } else { false }
                }
                // The search index is kept here, made again only where the notes changed.
                let others = rest.filter { if case .searchIndex = $0 { false } else { true } }
                for group in [first, others] {
                    if let failure = await builder.write(group, into: site) { throw failure }
                }
                try site.write(SitePaths.searchIndex, contents: search.script)
            } else {
                // The marker lists what each page holds now, for the clean-up of the new build:
                // written here, not after every edit (listing 16,000 pages took 15 ms).
                try site.writeMarker(listing: site.written.withLock { $0 })
                site = try SiteFolder.prepare(folder, for: builder.vault, configured: false)
                update.rendered = try await builder.build(into: site).files
            }
        } catch {
            update.failure = "error: \(error.description)"
        }
        return update
    }

    /// The pages for which `isFirst` holds, and the others, each in their order.
    private static func split(_ pages: [SiteBuilder.Page], isFirst: (SiteBuilder.Page) -> Bool) -> (
        [SiteBuilder.Page], [SiteBuilder.Page]
    ) {
        (pages.filter(isFirst), pages.filter { !isFirst($0) })
    }

    /// Formats the problems of `files` again.
    private func updateProblems(of files: Set<String>) {
        let formatter = DiagnosticFormatter()
        for file in files {
            let found = live.checkDiagnostics(ofFile: file, strict: false, today: day)
            let lines = formatter.format(found) { live.text(ofFile: $0) }
            problems[file] = lines.isEmpty ? nil : lines.joined(separator: "\n")
        }
    }

    /// The text of a note file; `nil` when it cannot be read or is not UTF-8.
    static func text(ofFile path: String) -> String? {
        var buffer: [UInt8] = []
        let read = FileSystem.withContents(of: path, buffer: &buffer) { bytes -> String? in
            guard let valid = try? UTF8Span(validating: bytes) else { return nil }
            return String(copying: valid)
        }
        return (try? read.get()) ?? nil
    }
}
