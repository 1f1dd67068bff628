import ArgumentParser
import GrapevineCore

/// `grapevine import linkedin FILE`: your LinkedIn connections as contact notes.
struct ImportLinkedInCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "linkedin",
        abstract: "Import your LinkedIn connections (Connections.csv, or the export's zip).",
        discussion: """
            Get the file from LinkedIn: Settings → Data privacy → Get a copy of your data → \
            Connections. LinkedIn emails you a zip; give it as it is, or the Connections.csv \
            inside it.

            Each connection becomes contacts/<name>.md with source: linkedin, linkedin (the \
            profile's address), organization, title, email (when the person lets connections \
            see it) and connected (the 'Connected On' date), and no 'added'. Names are tidied: \
            'Jane Doe, PMP' is written 'Jane Doe', 'Robert "Bob" Smith' becomes Robert \
            Smith with the alias Bob, and a name in Chinese characters, kana or Hangul is \
            written family name first without a space (小明 王 → 王小明).

            A connection who already has a note gains the fields it lacks, one line each \
            (organization, title, email, linkedin, connected; never source); --no-update \
            leaves such notes alone. Rows that cannot be read are reported as \
            FILE:LINE: warning: …, and the others are imported.

            Examples:
              grapevine import linkedin Basic_LinkedInDataExport_11-20-2026.zip --dry-run
              grapevine import linkedin Connections.csv
              grapevine import linkedin Connections.csv --no-update --json
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ImportOptions

    @Argument(help: ArgumentHelp("Connections.csv, or the zip LinkedIn's export comes in.", valueName: "file"))
    var file: String

    mutating func execute(_ console: Console) async throws {
        try await ImportRun(file: file, kind: .linkedin, options: options, global: global).run(console)
    }
}
