/// The personal statement (`type: pitch`), and whether it is still the stub `init` wrote.
///
/// A pitch is "still the placeholder" when, with its level-1 title set aside, each block's text
/// folded (case, quotes, runs of white space) and every sentence of the stub's placeholder
/// paragraph taken out, no letter or digit is left: the stub as written, re-wrapped, or with
/// only some of its sentences deleted. A pitch that keeps a stub sentence beside text of its
/// own is a pitch, and `check` asks to delete the sentence.
enum Pitch {
    /// How much of a pitch note is the user's own.
    enum Status: Equatable, Sendable {
        /// Text of the user's own, and no placeholder sentence.
        case written
        /// Text of the user's own, and a placeholder sentence left on `line`.
        case writtenWithPlaceholder(line: Int)
        /// Nothing but placeholder sentences, the first on `line`.
        case placeholder(line: Int)
        /// Nothing at all under the title.
        case empty

        /// Whether the note holds a pitch to use.
        var isWritten: Bool {
            switch self {
            case .written, .writtenWithPlaceholder: return true
            case .placeholder, .empty: return false
            }
        }
    }

    /// The sentences of the stub's placeholder paragraph, folded.
    static let placeholderSentences: [String] = {
        let paragraph = fold(VaultInitializer.pitchPlaceholder)
        let parts = paragraph.split(separator: ". ").map(String.init)
        return parts.dropLast().map { $0 + "." } + parts.suffix(1)
    }()

    /// What the pitch note holds.
    static func status(of note: Note) -> Status {
        let blocks = note.body.blocks
        let start = blocks.first.map { if case .heading(level: 1, _) = $0.kind { 1 } else { 0 } } ?? 0
        var placeholderLine: Int?
        var hasOwnText = false
        for block in blocks.dropFirst(start) {
            var text = fold(
                note.text.lines(block.start.line...max(block.start.line, block.endLine)).joined(separator: " "))
            for sentence in placeholderSentences where text.contains(sentence) {
                text = text.replacing(sentence, with: " ")
                placeholderLine = placeholderLine ?? block.start.line
            }
            if text.contains(where: { $0.isLetter || $0.isNumber }) { hasOwnText = true }
        }
        switch (hasOwnText, placeholderLine) {
        case (true, nil): return .written
        case (true, let line?): return .writtenWithPlaceholder(line: line)
        case (false, let line?): return .placeholder(line: line)
        case (false, nil): return .empty
        }
    }

    /// The warning about a pitch note that still holds `init`'s placeholder text, if it does.
    static func placeholderDiagnostic(_ note: Note) -> Diagnostic? {
        switch status(of: note) {
        case .placeholder(let line):
            return Diagnostic(
                .warning, .placeholderPitch, "the pitch is still the placeholder text 'init' wrote", file: note.path,
                at: SourcePosition(line: line, column: 1),
                hint: "replace it with your own 30-second answer to \"tell me about yourself\"")
        case .writtenWithPlaceholder(let line):
            return Diagnostic(
                .warning, .placeholderPitch, "the pitch still holds placeholder text 'init' wrote", file: note.path,
                at: SourcePosition(line: line, column: 1),
                hint: "delete that paragraph, or `prep` prints it as part of your pitch")
        case .written, .empty:
            return nil
        }
    }

    /// Lowercased, typographic quotes made plain, runs of white space one space, trimmed.
    static func fold(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            switch character {
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": result.append("\"")
            case "\u{2018}", "\u{2019}": result.append("'")
            default: result.append(character)
            }
        }
        return result
    }
}

extension Vault {
    /// The first pitch note (by path) that holds a pitch of the user's own: not empty and not
    /// `init`'s placeholder.
    var writtenPitch: Note? {
        notes.first { $0.kind == .pitch && Pitch.status(of: $0).isWritten }
    }

    /// The first pitch note, written or not.
    var pitchNote: Note? {
        notes.first { $0.kind == .pitch }
    }
}
