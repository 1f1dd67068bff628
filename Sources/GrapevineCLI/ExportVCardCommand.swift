import ArgumentParser
import GrapevineCore

/// `grapevine export vcard`: the contacts as a vCard file, for a phone or an address book.
struct ExportVCardCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "vcard",
        abstract: "Export your contacts as vCards for a phone or an address book.",
        discussion: """
            Writes every contact note as a vCard 4.0 (.vcf): the name (exactly as in the vault, \
            and split into given and family name for sorting), organization, title, email, \
            phone, LinkedIn profile, tags as categories, a note on how you met (who referred \
            them, the source, when you connected, your first interview), and, for each person \
            who gave you their name, a link to that person's card. Import the file into Google \
            Contacts, Apple Contacts or your phone's contacts app, or into another vault with \
            'grapevine import vcard', which reads the referrals back.

            Each card keeps the same UID from one export to the next (it comes from the note's \
            path), so importing a newer export can update the cards instead of adding copies. \
            --out may replace a file that 'grapevine export vcard' wrote, and only such a file.

            --public leaves out what 'grapevine site --public' leaves out: notes with \
            'private: true', and every field not known to be public (email and phone are \
            private unless public_fields in the config lists them).

            Examples:
              grapevine export vcard > ~/contacts.vcf
              grapevine export vcard --out ~/contacts.vcf
              grapevine export vcard --public --out team.vcf
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write to this file instead of standard output ('-'): a new file, or one an earlier 'export vcard' wrote.",
            valueName: "file"))
    var out: String?

    @Flag(name: .long, help: "Leave out private notes and every field not known to be public.")
    var `public` = false

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        if `public` { try VaultOpener.requireReadableConfig(of: vault, for: "grapevine export vcard") }
        let cards = ContactCards(vault: vault, isPublic: `public`, today: global.date)
        let what = "\(cards.count) contact\(cards.count == 1 ? "" : "s")" + (`public` ? " (public fields only)" : "")
        try console.write(
            cards.text, toFile: out, replacing: ContactCards.isWrittenByGrapevine, command: "grapevine export vcard",
            wrote: what)
        if `public` {
            for index in vault.notesOfUnknownPrivacy where vault.notes[index].kind == .contact {
                console.writeError(
                    "warning: \(vault.notes[index].path.escapingControlCharacters): left out: whether it is private "
                        + "cannot be told; "
                        + "'grapevine check' says why")
            }
        }
        VaultOpener.warnAboutProblems(in: vault, console)
    }
}
