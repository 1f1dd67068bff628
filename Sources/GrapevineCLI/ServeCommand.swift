import ArgumentParser
import GrapevineCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `grapevine serve`: the site on this computer, rebuilt as the notes change.
///
/// The server is a program of its own, `grapevine-serve`, next to `grapevine`: its HTTP
/// library brings in libcurl and thirty more libraries, which every other command would
/// otherwise load as it starts (8 ms each time, Benchmarks/README). This command reads and
/// checks the options, then runs `grapevine-serve` in its place with the vault it found.
struct ServeCommand: ConsoleCommand {
    package static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Show the site in your browser while you write: pages update as you save a note.",
        discussion: """
            Builds the same site as 'grapevine site' into a private temporary folder (your \
            vault is only read) and serves it at http://127.0.0.1:\(ServeOptions.defaultPort)/. Leave it \
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

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ServeOptions

    mutating func execute(_ console: Console) async throws {
        _ = try options.listenAddress()
        let root: String
        do throws(VaultLocator.Failure) {
            root = try global.vaultRoot(console)
        } catch {
            throw CommandError("error: \(error.description).", status: .usage)
        }
        var arguments = ["grapevine-serve", "--vault", root, "--port", options.port]
        if let today = global.today { arguments += ["--today", today.description] }
        if let host = options.host { arguments += ["--host", host] }
        if options.public { arguments.append("--public") }
        let server = Self.serverPath()
        // Returns only when the program could not be started.
        execvp(server, arguments.map { strdup($0) } + [nil])
        throw CommandError(
            "error: could not start \(server): \(String(cString: strerror(errno))).",
            [
                "'grapevine serve' runs the program grapevine-serve, which belongs next to grapevine; build it with",
                "  swift build -c release --static-swift-stdlib --product grapevine-serve",
            ])
    }

    /// `grapevine-serve` in the folder of the running `grapevine` (on Linux, where
    /// `/proc/self/exe` says which file runs; elsewhere the folder it was started from, or the
    /// `PATH` when it was started by its name alone).
    static func serverPath() -> String {
        var running = CommandLine.arguments[0]
        if let real = realpath("/proc/self/exe", nil) {
            running = String(cString: real)
            free(real)
        }
        guard let slash = running.lastIndex(of: "/") else { return "grapevine-serve" }
        return running[...slash] + "grapevine-serve"
    }
}

/// The options of `grapevine serve`, read by `grapevine` (its help, and the checks before the
/// server starts) and by `grapevine-serve`.
package struct ServeOptions: ParsableArguments {
    /// The port when none is given.
    package static let defaultPort: UInt16 = 4000

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The port to listen on (default \(defaultPort)); 0 for any free port.", valueName: "number"))
    package var port: String = String(defaultPort)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Listen on this IP address instead of 127.0.0.1; any other than 127.0.0.1 or ::1 shows your notes to the "
                + "network.", valueName: "address"))
    package var host: String?

    @Flag(name: .long, help: "Leave out private notes and every field not known to be public, as 'site --public'.")
    package var `public` = false

    package init() {}

    /// The address from `--host` and `--port`; a usage error for anything else.
    package func listenAddress() throws -> ListenAddress {
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
