import ArgumentParser
import GrapevineCLI
import GrapevineCore
import GrapevineServe

/// `grapevine-serve`: the server `grapevine serve` starts in its place, with the vault it
/// found. It builds the site, serves it, and rebuilds what a change affects until stopped.
struct ServeServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grapevine-serve", abstract: "The server of 'grapevine serve': run 'grapevine serve' instead.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ServeOptions

    func run() async throws {
        let console = Console.standard
        let address = try options.listenAddress()
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
        let global = self.global
        let settings = LiveSite.Settings(isPublic: options.public) { (global.date, global.minutesNow) }
        let site: LiveSite
        do throws(LiveSite.BuildError) {
            site = try await LiveSite(root: root, folder: folder.path + "/site", settings: settings)
        } catch {
            throw CommandError(error.description)
        }
        try await ServeRun(site: site, address: address, console: console, folder: folder).run()
        folder.remove()
        console.write("Stopped; the site's temporary folder is removed.")
    }
}
