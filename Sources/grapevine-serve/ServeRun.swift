import GrapevineCLI
import GrapevineCore
import GrapevineServe

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One run of `grapevine serve`, side by side until Ctrl-C: the HTTP server, the watch for
/// changed notes, and the wait for a signal to stop.
struct ServeRun {
    /// How often the vault is looked at for changes where the system cannot report them.
    static let watchInterval = Duration.milliseconds(150)

    let site: LiveSite
    let address: ListenAddress
    let console: Console
    /// The site's private folder, removed even when the server does not stop in time.
    let folder: ServeFolder

    /// What one of the side-by-side tasks ended with.
    private enum Event: Sendable {
        case stop(signal: Int32)
        case watchEnded
    }

    /// Serves until SIGINT or SIGTERM; an error when the server cannot listen.
    func run() async throws {
        let server = try serverOrError()
        let (folder, console) = (folder, console)
        let stops = StopSignals {
            // Something held every thread past the grace time: the folder goes all the same.
            folder.remove()
            console.writeError(
                "The server did not stop within 5 seconds; stopped it, and removed its temporary folder.")
            _exit(1)
        }
        defer { withExtendedLifetime(stops) {} }
        let signals = stops.stream
        console.write("Serving \(site.root) at \(address.url(port: server.port)) — Ctrl-C to stop")
        try await withThrowingTaskGroup(of: Event.self) { group in
            group.addTask {
                try await server.run()
                throw CommandError("error: the server stopped unexpectedly.")
            }
            group.addTask {
                for await signal in signals { return .stop(signal: signal) }
                return .stop(signal: 0)
            }
            group.addTask { await watch() }
            while let event = try await group.next() {
                guard case .stop(let signal) = event else { continue }
                console.write("\nStopping (\(signal == SIGTERM ? "SIGTERM" : "Ctrl-C")).")
                group.cancelAll()
                return
            }
        }
    }

    private func serverOrError() throws -> SiteServer {
        do {
            return try SiteServer(site: site, address: address)
        } catch {
            throw CommandError(
                "error: cannot serve at \(address.url(port: address.port)): \(error)",
                ["Is another server using the port? Pass --port with another number, or --port 0 for any free one."]
            )
        }
    }

    /// Follows the vault's changes as the system reports them (`VaultWatch`), or where it
    /// cannot, looks for them every `watchInterval`; reports each update, until cancelled.
    private func watch() async -> Event {
        let site = site
        let watching = await VaultWatch(root: site.root).run { batch in
            if let update = await site.refresh(batch) { report(update) }
        }
        while !watching && !Task.isCancelled {
            try? await Task.sleep(for: Self.watchInterval)
            guard let update = await site.refresh() else { continue }
            report(update)
        }
        return .watchEnded
    }

    private func report(_ update: LiveSite.Update) {
        if update.failure != nil { console.writeError(update.text) } else { console.write(update.text) }
    }
}
