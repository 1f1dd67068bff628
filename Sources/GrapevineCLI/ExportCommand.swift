import ArgumentParser

/// `grapevine export`: the vault in formats other programs read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export from the vault for other programs.",
        discussion: """
            Writes what the vault knows in a standard format, to standard output unless you \
            pass --out.

            Examples:
              grapevine export ics > ~/grapevine.ics
              grapevine export ics --events --previous cal.ics --out cal.ics
              grapevine export vcard --out ~/contacts.vcf
            """,
        subcommands: [ExportICSCommand.self, ExportVCardCommand.self])
}
