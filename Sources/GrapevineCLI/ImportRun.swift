import GrapevineCore
import Synchronization

/// One import, from reading the file to the summary: what `import linkedin` and `import vcard`
/// share.
struct ImportRun {
    enum Kind {
        case linkedin, vcard
    }

    let file: String
    let kind: Kind
    let options: ImportOptions
    let global: GlobalOptions

    /// How many files a plan must write for a progress bar to be worth drawing.
    static let progressThreshold = 200

    func run(_ console: Console) async throws {
        try Console.refuseStandardInput(file, as: "the file to import")
        // The file is read while the vault loads: its rows are parsed on one core (a tenth of
        // a second for 10,000 connections), and loading leaves room on the other. The vault's
        // errors still come first.
        async let reading = read(console)
        let vault = try VaultOpener.open(global, console)
        let source = try await reading
        let planner = ImportPlanner(
            vault: vault, source: kind == .linkedin ? "linkedin" : nil, updatesMatches: !options.noUpdate,
            today: global.date)
        let plan: ImportPlan
        do throws(NewNote.Failure) {
            plan = try planner.plan(source.people)
        } catch {
            if case .template(let problem) = error {
                throw CommandError(problem.description, ["Nothing was imported."])
            }
            throw CommandError("error: \(error.description)", ["Nothing was imported."])
        }
        let outcomes = options.dryRun ? plan.outcomes : write(plan, root: vault.root, console)
        let report = ImportReport(
            file: source.label, dryRun: options.dryRun, read: source.read, entries: plan.entries,
            outcomes: outcomes, problems: source.problems + plan.problems)
        if options.json {
            console.write(try JSONOutput.encode(report))
        } else {
            let text = ImportReportText(
                report, unit: kind == .linkedin ? "connections" : "cards", verbose: options.verbose)
            text.changes.forEach(console.write)
            text.problems.forEach(console.writeError)
            text.summary.forEach(console.write)
        }
        VaultOpener.warnAboutProblems(in: vault, console)
        if report.hasErrors { throw CommandError("") }
    }

    /// The people of the file, the problems of its rows, how many rows or cards it has, and
    /// what messages call it.
    private func read(_ console: Console) throws(CommandError) -> (
        people: [ImportedPerson], problems: [ImportProblem], read: Int, label: String
    ) {
        do throws(ImportFailure) {
            let bytes = try ImportFile.read(VaultLocator.absolute(file, from: console.currentDirectory), named: file)
            switch kind {
            case .linkedin:
                let connections = try LinkedInConnections.read(bytes, file: file)
                let label = connections.entry.map { file + "/" + $0 } ?? file
                return (connections.people, connections.problems, connections.rows, label)
            case .vcard:
                let cards = try VCardFile.read(bytes, file: file)
                return (cards.people, cards.problems, cards.cards, file)
            }
        } catch {
            throw CommandError(error.description, ["Nothing was imported."])
        }
    }

    /// Writes the plan, with a progress bar on a terminal when it writes many files.
    private func write(_ plan: ImportPlan, root: String, _ console: Console) -> [ImportPlan.Outcome] {
        let total = plan.writes
        guard total >= Self.progressThreshold, !options.json else { return plan.write(inVault: root) }
        let bar = ProgressBar(total: total, label: "notes written")
        let done = Mutex(0)
        console.showProgress(bar.line(done: 0))
        let outcomes = plan.write(inVault: root) { count in
            // Chunks finish on all cores; the lock keeps the count and the line in step.
            done.withLock { done in
                done += count
                console.showProgress(bar.line(done: done))
            }
        }
        console.showProgress(nil)
        return outcomes
    }
}
