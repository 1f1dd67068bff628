import ArgumentParser

/// `grapevine import linkedin|vcard FILE`: contact notes from the people you already know.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create contact notes from your LinkedIn connections or an address book.",
        discussion: """
            Reads an export file and writes one contact note per person from the contact \
            template, or, for someone who already has a note, adds the fields that note lacks. \
            A person is found by email address, then LinkedIn profile, then name (matched as a \
            reference is). Nothing you wrote is changed or replaced: a field with a value stays \
            as it is. Imported people get no 'added' date: they are your network, and join \
            your list to contact when you run 'grapevine new contact NAME' on them, which \
            writes it.

            Run it with --dry-run first to see what it would write. Running the same import \
            twice changes nothing the second time. More: docs/import.md.

            Examples:
              grapevine import linkedin Basic_LinkedInDataExport_11-20-2026.zip --dry-run
              grapevine import linkedin Connections.csv
              grapevine import vcard contacts.vcf --no-update
            """,
        subcommands: [ImportLinkedInCommand.self, ImportVCardCommand.self])
}

/// The options both imports take.
struct ImportOptions: ParsableArguments {
    @Flag(name: .long, help: "Print what would be created and changed, and write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Leave notes that already exist alone: only create notes for new people.")
    var noUpdate = false

    @Flag(
        name: .long,
        help: "Warn at every row whose name was tidied, not once per kind of tidying with the first few rows.")
    var verbose = false

    @Flag(
        name: .long,
        help:
            "Print the summary as one JSON object (file, dry_run, read, created, updated, unchanged, skipped, failed, people, problems)."
    )
    var json = false
}
