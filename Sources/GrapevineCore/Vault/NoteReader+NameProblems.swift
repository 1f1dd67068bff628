/// Names no other computer or command can hold: a file named as a Windows device, a control
/// character in a name.
extension NoteReader {
    /// Warns of the note's file name when Windows keeps it for a device (`con.md`), and of a
    /// control character (`\u{0}`) in its `name`, title or aliases as the front matter writes them.
    func reportNameProblems(_ fields: inout FieldReader) {
        // A device name is before any dot: the file name's is the stem's (`con.md`, `con`).
        if let device = NoteFileNaming.windowsDeviceName(in: VaultPath.fileName(of: path)) {
            let stem = VaultPath.stem(of: path)
            let renamed = NoteFileNaming.allowedOnWindows(stem, separator: stem.contains(" ") ? " " : "-")
            fields.report(
                .warning, .reservedFileName,
                "the file is named '\(stem).md', and Windows keeps the name '\(device)' for a device: OneDrive, "
                    + "Dropbox or a git clone on a Windows computer cannot hold it",
                at: .start,
                hint: "rename it to '\(renamed).md', as grapevine names such a note"
                    + (fields.value("name") == nil ? ", and keep its name with 'name: \(Self.deslugged(stem))'" : ""))
        }
        // A contact's title may be written `role`: both keys are looked at.
        for key in Self.nameKeys {
            guard let value = fields.value(key) else { continue }
            // A control character is a byte under 0x20, 0x7F, or U+0080–U+009F (0xC2 first).
            for (text, position) in Self.scalarTexts(of: value)
            where !text.utf8.span.allSatisfy({ $0 >= 0x20 && $0 != 0x7F && $0 != 0xC2 }) {
                guard let control = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control }),
                    control != "\t"
                else { continue }
                let hex = String(control.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                fields.report(
                    .warning, .controlCharacterInName,
                    "'\(key)' holds a control character (\(code)) that no file name, link or message shows: "
                        + "'\(text.escapingControlCharacters)'",
                    at: position, hint: "delete it: write the name as you would type it")
            }
        }
    }

    /// The keys whose values name the note, or say its title.
    private static let nameKeys = ["name", "title", Note.roleKey, "aliases"]

    /// The texts of a front matter value: a scalar's, or each of a list's scalars.
    private static func scalarTexts(of value: FrontMatter.Value) -> [(String, SourcePosition)] {
        switch value.content {
        case .scalar(let text, _): return [(text, value.position)]
        case .list(let items): return items.flatMap(scalarTexts(of:))
        case .mapping: return []
        }
    }
}
