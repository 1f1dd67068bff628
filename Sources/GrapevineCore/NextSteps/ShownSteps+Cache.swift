#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the steps shown are kept: one small text file per vault in the user's cache folder
/// (`$XDG_CACHE_HOME/grapevine/`, else `~/.cache/grapevine/`), never in the vault, which is
/// the user's data. A list that cannot be kept or read is no list: the numbers are then the
/// day's, as `next` numbers them.
extension ShownSteps {
    /// The list last saved for the vault at `root`; `nil` when there is none or it cannot be read.
    public static func load(forVault root: String, environment: [String: String]) -> ShownSteps? {
        let vault = canonical(root)
        guard let path = file(forVault: vault, environment: environment) else { return nil }
        var buffer: [UInt8] = []
        guard case .success(let list) = FileSystem.withContents(of: path, buffer: &buffer, ShownSteps.init(text:)),
            let list, list.vault == vault
        else { return nil }
        return list
    }

    /// Saves the list for its vault, replacing the one there in one step; does nothing when it
    /// cannot (no cache folder, a full disk): `next` has shown the steps either way.
    public func save(environment: [String: String]) {
        guard let folder = Self.folder(environment: environment), Self.createFolder(folder),
            let path = Self.file(forVault: vault, environment: environment)
        else { return }
        let temporary = folder + "/.shown-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let failed = FileSystem.writeAll(bytes.span, to: descriptor) != nil
        guard close(descriptor) == 0, !failed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return
        }
    }

    /// The cache folder: `$XDG_CACHE_HOME/grapevine`, else `$HOME/.cache/grapevine`; `nil`
    /// without either (a relative `XDG_CACHE_HOME` is ignored, as the XDG specification says).
    static func folder(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/grapevine" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/grapevine" }
        return nil
    }

    /// The file of the vault at `vault` (canonical): named after a hash of its path, which the
    /// file also holds, so that a collision reads as no list.
    static func file(forVault vault: String, environment: [String: String]) -> String? {
        folder(environment: environment).map { $0 + "/shown-" + FNV1a.hex(vault.utf8) }
    }

    private static func createFolder(_ path: String) -> Bool {
        if FileSystem.isDirectory(path) { return true }
        let parent = VaultPath.directory(of: path)
        if parent.count > 1, !createFolder(String(parent.dropLast())) { return false }
        return mkdir(path, 0o700) == 0 || errno == EEXIST
    }

    private static let header = "grapevine shown steps 1"

    /// The list as its file holds it: a header, the vault, the two days, then one step a line
    /// (number, id and title, separated by tabs).
    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.appendUTF8(of: "\(Self.header)\nvault\t\(vault)\ntoday\t\(today)\nshown-on\t\(shownOn)\n")
        for entry in entries {
            bytes.appendDecimal(entry.number)
            bytes.append(0x09)
            bytes.appendUTF8(of: entry.id)
            bytes.append(0x09)
            bytes.appendUTF8(of: entry.title)
            bytes.append(0x0A)
        }
        return bytes
    }

    /// The list in a file's text; `nil` when it is not one.
    init?(text bytes: Span<UInt8>) {
        let lines = String(decodingUTF8: bytes).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 5, lines[0] == Self.header, lines.last == "",
            let vault = Self.value(lines[1], "vault"), let today = Self.value(lines[2], "today"),
            let today = LocalDate(today), let shownOn = Self.value(lines[3], "shown-on"),
            let shownOn = LocalDate(shownOn)
        else { return nil }
        var entries: [Entry] = []
        for line in lines[4..<(lines.count - 1)] {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let number = Int(fields[0]), !fields[1].isEmpty else { return nil }
            entries.append(Entry(number: number, id: String(fields[1]), title: String(fields[2])))
        }
        self.init(vault: String(vault), today: today, shownOn: shownOn, entries: entries)
    }

    private static func value(_ line: Substring, _ key: String) -> Substring? {
        line.hasPrefix(key + "\t") ? line.dropFirst(key.count + 1) : nil
    }
}
