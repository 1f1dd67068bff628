import ArgumentParser
import GrapevineCore
import GrapevineServe

/// `grapevine serve`: the site on this computer, rebuilt as the notes change.
struct ServeCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Show the site in your browser while you write: pages update as you save a note.",
        discussion: """
            Builds the same site as 'grapevine site' into a private temporary folder (your \
            vault is only read) and serves it at http://127.0.0.1:\(defaultPort)/. Leave it \
            running while you edit notes: within a moment of saving a note, the pages it \
            affects are built again, and a page open in your browser reloads itself. A note \
            that has problems (bad front matter, a date that is not a date) shows them at the \
            top of its page, in the words of 'grapevine check', and the rest of the site keeps \
            working. Ctrl-C stops the server and removes the folder.

            It listens on 127.0.0.1 only, so nobody else can read your notes. To let other \
            computers in (a phone on your network, say), pass --host with the address to \
            listen on, such as --host 0.0.0.0; it then warns that your notes are visible to \
            the network. No setting in the vault can change the address.

            --public serves the site 'grapevine site --public' builds: without private notes \
            and fields. --port 0 takes any free port.

            Examples:
              grapevine serve
              grapevine serve --port 8080
              grapevine serve --public --port 0
              grapevine serve --host 0.0.0.0   # visible to your network
            """)

    /// The port when none is given.
    static let defaultPort: UInt16 = 4000

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The port to listen on (default \(defaultPort)); 0 for any free port.", valueName: "number"))
    var port: String = String(defaultPort)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Listen on this IP address instead of 127.0.0.1; any other than 127.0.0.1 or ::1 shows your notes to the "
                + "network.", valueName: "address"))
    var host: String?

    @Flag(name: .long, help: "Leave out private notes and every field not known to be public, as 'site --public'.")
    var `public` = false

    mutating func execute(_ console: Console) async throws {
        let address = try listenAddress()
        let root: String
        do throws(VaultLocator.Failure) {
            root = try global.vaultRoot(console)
        } catch {
            throw CommandError("error: \(error.description).", status: .usage)
        }
        if !address.isLoopback {
            console.writeError(
                "warning: listening on \(address.host): anyone who can reach this computer over the network can read "
                    + "your notes. Leave out --host to keep them to this computer.")
        }
        let folder: ServeFolder
        do throws(ServeFolder.FolderError) {
            folder = try ServeFolder(environment: console.environment)
        } catch {
            throw CommandError(error.description)
        }
        defer { folder.remove() }
        let options = global
        let settings = LiveSite.Settings(isPublic: `public`) { (options.date, options.minutesNow) }
        let site: LiveSite
        do throws(LiveSite.BuildError) {
            site = try await LiveSite(root: root, folder: folder.path + "/site", settings: settings)
        } catch {
            throw CommandError(error.description)
        }
        try await ServeRun(site: site, address: address, console: console).run()
        folder.remove()
        console.write("Stopped; the site's temporary folder is removed.")
    }

    /// The address from `--host` and `--port`; a usage error for anything else.
    private func listenAddress() throws -> ListenAddress {
        guard let number = UInt16(port) else {
            var hints = ["The port is a number from 0 to 65535; 0 takes any free port."]
            if port.contains(":") || port.contains(".") {
                hints.append(
                    "grapevine serve listens on 127.0.0.1 only; to listen on another address, pass it with --host "
                        + "(your notes are then visible to the network).")
            }
            throw CommandError("error: '\(port)' is not a port number.", hints, status: .usage)
        }
        do throws(ListenAddress.AddressError) {
            return try ListenAddress(host: host ?? "127.0.0.1", port: number)
        } catch {
            throw CommandError(error.description, status: .usage)
        }
    }
}
