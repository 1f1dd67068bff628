import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// The files of a vault the system says were written, added, renamed or removed: what
/// `grapevine serve` follows instead of looking at every note (`VaultScan`) every 150 ms.
///
/// On Linux, inotify watches every folder of the vault (but hidden ones other than
/// `.grapevine` and its templates): an edit is noticed as it is saved, and nothing is done
/// while nothing changes. A folder added, moved or removed, or events lost, asks for a whole
/// look again, and the folders are watched again. Where inotify is missing or its limit of
/// watches is reached, `run` returns at once and the caller looks every so often instead
/// (docs/decisions.md, issue 21).
public struct VaultWatch: Sendable {
    /// What changed.
    public enum Batch: Sendable, Equatable {
        /// The files at these vault-relative paths (notes or not) were written, added or removed.
        case paths(Set<String>)
        /// Anything may have changed: look at the whole vault.
        case everything
    }

    /// The vault folder, absolute.
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// Calls `changed` with each batch of changes, one after the other, until the task is
    /// cancelled; `false` at once when the system cannot watch the vault. The first batch,
    /// once the folders are watched, is `.everything`: what changed before is not missed.
    public func run(_ changed: @Sendable (Batch) async -> Void) async -> Bool {
        #if canImport(Glibc)
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return false }
            guard var folders = watchFolders(descriptor) else {
                close(descriptor)
                return false
            }
            let (stream, continuation) = AsyncStream<[Event]>.makeStream()
            let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: .global())
            source.setEventHandler { continuation.yield(Self.readEvents(descriptor)) }
            // Closed only once no handler can read it any more.
            source.setCancelHandler { close(descriptor) }
            source.resume()
            defer { source.cancel() }
            return await withTaskCancellationHandler {
                await changed(.everything)
                for await events in stream {
                    let batch = Self.batch(of: events, in: folders)
                    if batch == .everything {
                        // Folders came or went: watch them all again.
                        guard let watched = watchFolders(descriptor) else { return false }
                        folders = watched
                    }
                    await changed(batch)
                }
                return true
            } onCancel: {
                continuation.finish()
            }
        #else
            return false
        #endif
    }

    #if canImport(Glibc)
        /// One inotify event: the watch it came from, what happened, and the name in that folder.
        struct Event: Sendable, Equatable {
            var watch: Int32
            var mask: UInt32
            var name: String
        }

        /// What the watch of each folder reports about: a file written and closed, renamed in
        /// or out, created or removed, its metadata changed; the folder itself gone or moved.
        static let mask = UInt32(
            IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB | IN_DELETE_SELF
                | IN_MOVE_SELF)

        /// Watches every folder of the vault; each watch's folder, vault-relative ("" for the
        /// vault's own), or `nil` when one cannot be watched (the limit of watches reached).
        private func watchFolders(_ descriptor: Int32) -> [Int32: String]? {
            var folders: [Int32: String] = [:]
            var waiting = [""]
            while let folder = waiting.popLast() {
                let watch = inotify_add_watch(descriptor, folder.isEmpty ? root : root + "/" + folder, Self.mask)
                guard watch >= 0 else { return nil }
                // A folder seen before under another name (a symlink to it): watched once.
                guard folders[watch] == nil else { continue }
                folders[watch] = folder
                for entry in FileSystem.entries(of: folder.isEmpty ? root : root + "/" + folder) ?? []
                where entry.hasValidName && Self.isWatched(entry.name, in: folder) {
                    let path = folder.isEmpty ? entry.name : folder + "/" + entry.name
                    if FileSystem.isDirectory(root + "/" + path) { waiting.append(path) }
                }
            }
            return folders
        }

        /// Whether a folder named `name` inside `folder` is watched: any but hidden ones,
        /// except the settings (`.grapevine`, which holds the config and the templates).
        static func isWatched(_ name: String, in folder: String) -> Bool {
            !name.hasPrefix(".") || (folder.isEmpty && name == ".grapevine")
        }

        /// The events waiting on `descriptor`, read until none is left.
        static func readEvents(_ descriptor: Int32) -> [Event] {
            var events: [Event] = []
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                guard count > 0 else { break }
                events += parse(buffer[..<count])
            }
            return events
        }

        /// The events in what `read` gave: each a header of four 32-bit numbers (watch, mask,
        /// cookie, name length) and a name padded with zeros.
        static func parse(_ bytes: ArraySlice<UInt8>) -> [Event] {
            var events: [Event] = []
            var at = bytes.startIndex
            func number(_ offset: Int) -> UInt32 {
                (0..<4).reduce(0) { $0 | UInt32(bytes[at + offset + $1]) << (8 * $1) }
            }
            while at + 16 <= bytes.endIndex {
                let length = Int(number(12))
                let name = bytes[(at + 16)..<min(at + 16 + length, bytes.endIndex)].prefix { $0 != 0 }
                events.append(
                    Event(
                        watch: Int32(bitPattern: number(0)), mask: number(4),
                        name: String(decoding: name, as: UTF8.self)))
                at += 16 + length
            }
            return events
        }

        /// The paths the events name; `.everything` when a folder came, went or moved, or
        /// events were lost.
        static func batch(of events: [Event], in folders: [Int32: String]) -> Batch {
            let wholeLook = UInt32(IN_ISDIR | IN_Q_OVERFLOW | IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)
            var paths: Set<String> = []
            for event in events {
                guard event.mask & wholeLook == 0, let folder = folders[event.watch] else { return .everything }
                paths.insert(folder.isEmpty ? event.name : folder + "/" + event.name)
            }
            return .paths(paths)
        }
    #endif
}
