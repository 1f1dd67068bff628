/// The people of a vCard file (`.vcf`: an address book's export), with the problems of the
/// cards that could not be read in full.
public struct VCardFile: Sendable {
    /// The people, in the file's order.
    public var people: [ImportedPerson] = []
    /// The cards left out, or read only in part.
    public var problems: [ImportProblem] = []
    /// The number of cards in the file.
    public var cards = 0

    /// Reads the file's bytes; `file` names it in messages.
    public static func read(_ bytes: [UInt8], file: String) throws(ImportFailure) -> VCardFile {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0xFE, 0xFF]) || ImportText.utf16WithoutMark(bytes) != nil
        {
            bytes = ImportText.utf8(bytes).bytes
        }
        let (cards, problems) = VCardReader.read(bytes)
        guard !cards.isEmpty else {
            throw ImportFailure(file: file, message: "no vCard in the file (no line 'BEGIN:VCARD'); is it a .vcf file?")
        }
        var result = VCardFile(problems: problems, cards: cards.count)
        for card in cards {
            if let person = Self.person(from: card, problems: &result.problems) { result.people.append(person) }
        }
        result.problems.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        return result
    }
}
