import ArgumentParser
import GrapevineCore
import GrapevineLSP

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `grapevine lsp`: the language server, for editors.
struct LspCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server your editor talks to (LSP, over standard input and output).",
        discussion: """
            You do not run this yourself: your editor starts it and speaks the Language Server \
            Protocol to it. While you write a note, it shows check's problems on the text you \
            have not saved yet (and in other notes an edit breaks, such as links to a renamed \
            person), completes names after [[ and in contact:, referred_by: and organization:, \
            Log event words and front matter keys, shows a person's card on hover, goes to a \
            note and finds every reference to it, offers fixes (create a missing note, a \
            misspelled key, a date in another form, record a thank-you), lists sections and \
            Log entries, and renames a person everywhere.

            The vault is --vault, else $GRAPEVINE_VAULT, else the folder your editor opened if \
            it is a vault (or inside one), else the vault of the first note you open.

            Neovim (0.11 or later), in init.lua:
              vim.lsp.config('grapevine', {
                cmd = { 'grapevine', 'lsp' },
                filetypes = { 'markdown' },
                root_markers = { '.grapevine', 'contacts', 'interviews' },
              })
              vim.lsp.enable('grapevine')

            Helix, in languages.toml:
              [language-server.grapevine]
              command = "grapevine"
              args = ["lsp"]

              [[language]]
              name = "markdown"
              language-servers = ["grapevine"]

            VS Code, Emacs and more: docs/lsp.md.
            """)

    @OptionGroup var global: GlobalOptions

    mutating func execute(_ console: Console) async throws {
        if isatty(STDIN_FILENO) == 1 {
            console.writeError(
                "grapevine lsp: waiting for an editor's messages on standard input; your editor starts this "
                    + "command itself (grapevine lsp --help says how). Ctrl-D ends it.")
        }
        let today = global.today
        var server = LanguageServer(
            settings: LanguageServer.Settings(
                vault: global.vault, environment: console.environment, currentDirectory: console.currentDirectory,
                today: { today ?? GlobalOptions.systemDate }, version: Grapevine.configuration.version))
        let status = StandardStreams.run(&server)
        if status != 0 { throw CommandError("", status: .failure) }
    }
}
