import ArgumentParser
import GrapevineCore

/// `grapevine import vcard FILE`: an address book as contact notes.
struct ImportVCardCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "vcard",
        abstract: "Import the people of a vCard file (.vcf) from your phone or address book.",
        discussion: """
            Reads vCard 2.1, 3.0 and 4.0, as Apple Contacts, Google Contacts, Android and \
            Outlook export them: several cards per file, folded lines, quoted-printable \
            values and their charsets, grouped properties (item1.EMAIL).

            Each person becomes contacts/<name>.md with organization (ORG), title (TITLE), \
            email and phone (the preferred ones), linkedin (a linkedin.com address among URL \
            and X-SOCIALPROFILE), location (city and region of ADR), tags (CATEGORIES), the \
            NOTE in the body, and no 'added'. A card from 'grapevine export vcard' also says \
            who referred the person (RELATED): their new note's referred_by names that \
            person's note. Cards for organizations and cards without a name are skipped, with \
            a warning.

            Someone who already has a note gains the fields it lacks, one line each; \
            --no-update leaves such notes alone.

            Examples:
              grapevine import vcard contacts.vcf --dry-run
              grapevine import vcard "iCloud vCard.vcf"
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ImportOptions

    @Argument(help: ArgumentHelp("The .vcf file.", valueName: "file"))
    var file: String

    mutating func execute(_ console: Console) async throws {
        try await ImportRun(file: file, kind: .vcard, options: options, global: global).run(console)
    }
}
