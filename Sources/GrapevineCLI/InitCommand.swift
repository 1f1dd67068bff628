import ArgumentParser
import GrapevineCore

/// `grapevine init [PATH]`: creates a new vault.
struct InitCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new vault.",
        discussion: """
            Creates the folders (contacts, interviews, organizations), a config file with every \
            setting written out and explained, note templates you can edit, a pitch to fill in, \
            and a .gitignore for the site folder. Refuses a folder that has files in it, unless \
            it is already a vault: then only what is missing is added, and nothing is replaced. \
            With --existing, a folder of notes you already keep (an Obsidian vault, say) becomes \
            a vault the same way: the files are added beside your notes, and none is changed.

            Examples:
              grapevine init my-search --owner "Alex Kim"
              cd my-search && git init && grapevine check
              cd ~/Notes && grapevine init --existing && grapevine check
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Where to create the vault (default: the current folder).")
    var path: String?

    @Option(name: .long, help: "Your name, written into the config as the owner.")
    var owner: String?

    @Flag(name: .long, help: "Use a folder that already has notes in it: add what a vault needs, change nothing.")
    var existing = false

    mutating func execute(_ console: Console) async throws {
        let root = VaultLocator.absolute(path ?? global.vault ?? ".", from: console.currentDirectory)
        let initialized: VaultInitializer.Initialized
        do throws(VaultInitializer.Failure) {
            initialized = try VaultInitializer.initialize(at: root, owner: owner, existing: existing)
        } catch {
            throw CommandError("error: \(error.description)")
        }
        let style = global.style(console)
        if initialized.created.isEmpty {
            console.write("\(root) is already a vault; nothing to add.")
            return
        }
        console.write("Created a vault in \(style.bold(root)):")
        for path in initialized.created { console.write("  " + path) }
        // Where `new contact` puts people: the vault's own folder for them (`People/`).
        let folder = initialized.contactFolder.isEmpty ? "the vault's top folder" : initialized.contactFolder
        console.write(
            """

            Next: write your pitch in \(initialized.pitch), add a note per contact in \(folder), and run
              grapevine check --vault \(path ?? ".")
            """)
    }
}
