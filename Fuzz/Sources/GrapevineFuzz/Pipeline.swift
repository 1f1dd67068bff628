import Foundation

@testable import GrapevineCore

/// Everything a user can make Grapevine do with a vault, on a vault held in memory: load,
/// graph, `check`, `next`, `show`, `path`, `graph`, `search`, `prep`, `draft`, `export ics`
/// (to-dos and events), `export vcard` and every page of the site,
/// private and `--public`. Output is thrown away; the fuzzer looks for crashes, hangs, leaks
/// and memory errors.
struct Pipeline {
    /// The one pipeline, made on first use (a global of `main.swift` would be made by its
    /// top-level code, which a debug build never runs).
    nonisolated(unsafe) static let shared = Pipeline()

    let parser = MarkdownParser()
    /// The small vault, read once.
    let base: Vault
    let templates: SiteTemplates

    init() {
        base = VaultLoader.load(root: FuzzVault.root)
        precondition(base.notes.count > 5 && base.filesWithErrors == 0, "cannot read \(FuzzVault.root)")
        templates = try! SiteTemplates(vaultRoot: FuzzVault.root)
    }

    /// Runs the bytes through everything in one role: the note as a contact, an interview or an
    /// organization, or the vault's config (a cloned vault's config is as untrusted as its notes).
    /// The input's length picks the role, so that inserting or erasing a byte tries the same
    /// text in another role, and one execution is a quarter of running all four: libFuzzer
    /// learns from each run's coverage, and learns more from more, faster runs.
    func run(_ bytes: [UInt8]) {
        let role = bytes.count % (FuzzVault.roles.count + 1)
        guard role < FuzzVault.roles.count else {
            return exercise(makeVault(config: bytes), isPublic: true)
        }
        let path = FuzzVault.roles[role]
        let vault = makeVault(with: Self.read(bytes, path: path, parser: parser))
        // `--public` only where the note is a contact: private fields are people's.
        exercise(vault, isPublic: path.hasPrefix("contacts/"))
    }

    private func makeVault(config bytes: [UInt8]) -> Vault {
        let (text, utf8Problem) = NoteReader.decode(bytes.span)
        let (config, diagnostics) = ConfigReader.read(text, utf8Problem: utf8Problem)
        return Vault(root: base.root, config: config, configText: text, notes: base.notes, diagnostics: diagnostics)
    }

    private static func read(_ bytes: [UInt8], path: String, parser: MarkdownParser) -> (Note, [Diagnostic]) {
        NoteReader(path: path, parser: parser).read(bytes.span)
    }

    private func makeVault(with fuzzed: (note: Note, diagnostics: [Diagnostic])) -> Vault {
        let notes = (base.notes + [fuzzed.note]).sorted { $0.path < $1.path }
        return Vault(
            root: base.root, config: base.config, configText: base.configText, notes: notes,
            diagnostics: fuzzed.diagnostics)
    }

    private func exercise(_ vault: Vault, isPublic: Bool) {
        let today = FuzzVault.today
        check(vault)
        let steps = NextStepEngine(vault: vault, today: today).steps()
        let agenda = NextStepAgenda(steps: steps, today: today, all: true)
        _ = NextStepText(agenda, style: TextStyle(isColored: true)).text
        encode(agenda.records)
        exports(vault, steps: steps, isPublic: isPublic)
        let dossiers = DossierBuilder(vault: vault, today: today)
        let drafts = DraftComposer(vault: vault, today: today, templates: TemplateLibrary(vaultRoot: vault.root))
        for node in vault.graph.nodes.indices {
            let dossier = dossiers.dossier(for: node)
            _ = DossierText(dossier).text
            // JSON and drafts only for the fuzzed note; a draft's template is parsed each time,
            // so the other two kinds stop at the values they would be filled with.
            guard vault.note(for: node)?.path.contains("fuzz") == true else { continue }
            encode(dossier)
            if vault.graph.nodes[node].isPerson {
                let interview = vault.notes.indices.last { vault.notes[$0].interview != nil }
                for kind in DraftKind.allCases {
                    _ = drafts.values(kind, to: node, interview: kind.followsInterview ? interview : nil)
                }
                _ = try? drafts.draft(.thankYou, to: node, interview: interview)
            }
        }
        paths(vault)
        search(vault)
        let prep = PrepSheetBuilder(vault: vault, today: today)
        for index in vault.notes.indices where vault.notes[index].interview != nil {
            if let sheet = prep.sheet(forInterviewNote: index) {
                _ = PrepSheetText(sheet).text
                encode(sheet)
            }
        }
        let site = SiteBuilder(vault: vault, today: today, isPublic: isPublic, templates: templates)
        for page in site.pageList() { _ = site.render(page) }
    }

    /// `export ics` as to-dos, and as events given the to-dos as the previous export (read
    /// back, every step counted done); `export vcard`.
    private func exports(_ vault: Vault, steps: [NextStep], isPublic: Bool) {
        let stamp = ICalendar.Timestamp(secondsSinceEpoch: 1_795_000_000)
        let todos = ICalendar(steps, stamp: stamp).text
        var events = ICalendar(
            steps, stamp: stamp, form: .events, interviews: InterviewEvent.all(in: vault, today: FuzzVault.today))
        if let previous = try? ICalendar.PreviousExport(todos) { events.carry(from: previous, openSteps: []) }
        _ = events.text
        _ = ContactCards(vault: vault, isPublic: isPublic, today: FuzzVault.today).text
    }

    /// `path` of every person and organization, and `graph` in each format, all and not.
    private func paths(_ vault: Vault) {
        for node in vault.graph.nodes.indices {
            switch Dossier.Kind(of: node, in: vault) {
            case .owner, .contact, .placeholderPerson:
                let report = ReferralChainReport(person: node, in: vault)
                _ = ReferralChainText(report).text
                encode(report)
            case .organization, .placeholderOrganization:
                let introductions = WarmIntroductions(organization: node, in: vault, today: FuzzVault.today)
                _ = WarmIntroductionsText(introductions).text
                encode(introductions)
            case .interview, .pitch, .note:
                continue
            }
        }
        for everything in [false, true] {
            let graph = GraphExport(vault: vault, everything: everything)
            _ = graph.dot
            _ = graph.mermaid
            encode(graph)
        }
    }

    /// `search` for the fuzzed note's first words, for a phrase of them, and for two of the
    /// commonest letters (every note folded, snippets cut from any line).
    private func search(_ vault: Vault) {
        let words = vault.notes.first { $0.path.contains("fuzz") }.map { WordFolder.words(of: $0.text) } ?? []
        let queries = [
            words.prefix(2).joined(separator: " "), "\"" + words.prefix(3).joined(separator: " ") + "\"", "a e",
        ]
        for text in queries {
            guard let query = try? SearchQuery(text) else { continue }
            let results = SearchResults(query: query, in: vault)
            _ = SearchResultsText(results, style: TextStyle(isColored: true)).text
            encode(results.hits)
        }
    }

    private func check(_ vault: Vault) {
        let report = CheckReport(vault: vault, strict: true)
        let formatter = DiagnosticFormatter(style: TextStyle(isColored: true))
        for diagnostic in report.diagnostics {
            _ = formatter.format(diagnostic, text: vault.text(ofFile: diagnostic.file))
        }
        encode(report.diagnostics)
        _ = report.summary
    }

    private func encode(_ value: some Encodable) {
        _ = try? JSONEncoder().encode(value)
    }
}
