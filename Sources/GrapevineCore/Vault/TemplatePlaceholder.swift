/// A template's placeholder in a note (`{{date:YYYY-MM-DD}}`, Obsidian's templates;
/// `<% tp.date.now() %>`, Templater's): filled in only in the notes made from the template, so
/// the file is a template, to be left out rather than fixed.
enum TemplatePlaceholder {
    /// Whether `text` holds a placeholder's opening, `{{` or `<%`.
    static func appears(in text: some StringProtocol) -> Bool {
        text.contains("{{") || text.contains("<%")
    }

    /// Whether the UTF-8 `bytes` hold a placeholder's opening.
    static func appears(in bytes: Span<UInt8>) -> Bool {
        guard bytes.count > 1 else { return false }
        for offset in 0..<bytes.count - 1 {
            let pair = (bytes[offset], bytes[offset + 1])
            if pair == (UInt8(ascii: "{"), UInt8(ascii: "{")) || pair == (UInt8(ascii: "<"), UInt8(ascii: "%")) {
                return true
            }
        }
        return false
    }

    /// The hint for a problem in a file that holds one: leave its top folder out
    /// (`Templates/**`), or the file itself when it is at the top.
    static func hint(file: String) -> String {
        let folder = file.split(separator: "/").dropLast().first.map { "\($0)/**" } ?? file
        return
            "this looks like a template's placeholder: if '\(file.escapingControlCharacters)' is a template, "
            + "leave it out with "
            + "'ignore: [\"\(folder)\"]' in .grapevine/config.yml"
    }
}
