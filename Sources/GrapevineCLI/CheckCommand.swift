import ArgumentParser
import GrapevineCore

/// `grapevine check`: validates every file and prints all problems at once.
struct CheckCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every note and print all problems at once.",
        discussion: """
            Reads the whole vault and reports each problem as file:line:col, with the line \
            quoted and a hint where the fix is obvious: broken front matter, invalid dates, \
            interviews without a contact or date, ambiguous or missing references, and more. \
            Exits with status 1 when there is any error.

            Examples:
              grapevine check
              grapevine check --strict          # warnings count as errors
              grapevine check --json | jq '.[] | select(.severity == "error")'
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Treat warnings as errors, and also report Log entries with unknown event words.")
    var strict = false

    @Flag(name: .long, help: "Print the problems as a JSON array (severity, file, line, column, code, message, hint).")
    var json = false

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console, findingDuplicates: true)
        let report = CheckReport(vault: vault, strict: strict, today: global.date)
        if json {
            console.write(try JSONOutput.encode(report.diagnostics))
        } else {
            let formatter = DiagnosticFormatter(style: global.style(console))
            let (shown, more) = report.foldingInfos()
            for problem in formatter.format(shown, text: vault.text(ofFile:)) {
                console.write(problem + "\n")
            }
            for line in more { console.write(line + "\n") }
            console.write(report.summary)
        }
        if report.hasErrors { throw CommandError.vaultHasErrors }
    }
}
