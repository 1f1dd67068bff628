/// How a vault names note files: as slugs (`dana-ortiz.md`, as grapevine writes them) or as
/// titles (`Dana Ortiz.md`, as Obsidian names files). A new contact or organization is named
/// in the style of the notes of its kind where it goes (`NewNote.Placement`); an interview in
/// the style of its person's file (`NewNote.interviewStem`).
public enum NoteFileNaming: Sendable, Equatable {
    case slug, title

    /// The style of a file named `stem`: a title when it has a space (`Dana Ortiz`).
    init(ofStem stem: some StringProtocol) {
        self = stem.contains(" ") ? .title : .slug
    }

    /// The style of most of the files named `stems`; slugs when as many are titles, or when
    /// there are none.
    init(ofMost stems: some Sequence<String>) {
        let styles = stems.map(NoteFileNaming.init(ofStem:))
        self = styles.count { $0 == .title } > styles.count { $0 == .slug } ? .title : .slug
    }

    /// What joins the parts of a file name in this style: `2026-12-01 Dana Ortiz`,
    /// `2026-12-01-dana-ortiz`.
    var separator: String {
        self == .title ? " " : "-"
    }

    /// The file name, without `.md`, of a note about `name`: its slug, or the name itself
    /// without what no file name or wikilink can hold (`/`, `:`, `#`, `|`, …), as long as a
    /// slug may be. A name left with no letter or digit is named by its slug (to be refused).
    func stem(for name: String) -> String {
        Self.allowedOnWindows(unreservedStem(for: name), separator: separator)
    }

    /// `stem`, or when Windows keeps the name for a device (`CON`, `nul`, `Com1`, also before
    /// a dot: `aux.notes`), the stem with `-2` (or ` 2`) after that name: a vault synced to a
    /// Windows computer (OneDrive, Dropbox, a git clone) could not hold the file.
    static func allowedOnWindows(_ stem: String, separator: String) -> String {
        guard let base = windowsDeviceName(in: Substring(stem)) else { return stem }
        return base + separator + "2" + stem.dropFirst(base.count)
    }

    /// The name Windows keeps for a device that a file named `stem` (without `.md`) has, before
    /// any dot (`con`, `Aux` of `Aux.notes`); `nil` when it has none.
    static func windowsDeviceName(in stem: Substring) -> Substring? {
        // Every device name is 3 to 5 bytes (`com¹`): most stems are neither walked by
        // characters nor lowercased (`check` asks this of every note).
        let length = stem.utf8.span.firstIndex(of: UInt8(ascii: ".")) ?? stem.utf8.count
        guard (3...5).contains(length) else { return nil }
        let base = stem[..<stem.utf8.index(stem.startIndex, offsetBy: length)]
        return windowsDeviceNames.contains(base.lowercased()) ? base : nil
    }

    /// The names Windows gives devices, with any extension.
    private static let windowsDeviceNames: Set<String> = {
        let numbers: [String] = (0...9).map { String($0) } + ["¹", "²", "³"]
        let ports: [String] = numbers.flatMap { number -> [String] in ["com" + number, "lpt" + number] }
        return Set(["con", "prn", "aux", "nul"] + ports)
    }()

    /// `stem(for:)` before Windows' device names are avoided: for a part of a longer file
    /// name (an interview's, after its date).
    func unreservedStem(for name: String) -> String {
        guard self == .title else { return NameKey.fileSlug(name) }
        let kept = name.unicodeScalars.map { scalar -> Character in
            Self.unsafe.contains(scalar) || scalar.properties.generalCategory == .control ? " " : Character(scalar)
        }
        var title = String(kept).words().joined(separator: " ")
        while title.hasPrefix(".") { title = String(title.dropFirst()).trimmingWhitespace() }
        while title.utf8.count > NameKey.maximumFileSlugLength { title.removeLast() }
        title = title.trimmingWhitespace()
        return title.contains(where: { $0.isLetter || $0.isNumber }) ? title : NameKey.fileSlug(name)
    }

    /// Characters that file systems (`/`, and Windows' `\ : * ? " < > |`) or wikilinks
    /// (`[ ] # ^ |`) do not take in a note's file name.
    private static let unsafe: Set<Unicode.Scalar> = [
        "/", "\\", ":", "*", "?", "\"", "<", ">", "|", "[", "]", "#", "^",
    ]
}
