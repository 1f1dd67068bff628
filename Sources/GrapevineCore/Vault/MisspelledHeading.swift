/// A heading that is a slip of the name of a section the note's kind reads (`## Referals`,
/// `## Agneda`, `## Lgo`): the section is not read, and `next` goes on as though what is under
/// it were not there (no step to contact the people under `## Referals`), so `check` names the
/// heading meant, as it does for a misspelled Log event word. Only a slip (`Spelling.isSlip`):
/// a heading that is another word (`## Notes`, `## Referees`, `## Legal`) is the user's own.
enum MisspelledHeading {
    /// The warning for each section of `note` with something in it whose heading is a slip of
    /// a section its kind reads.
    static func warnings(in note: Note, file path: String) -> [Diagnostic] {
        guard let names = namesAndKeys[note.kind], let keys = NoteReader.sectionKeys[note.kind] else { return [] }
        return note.body.sections.compactMap { section in
            guard !keys.contains(section.key),
                let name = names.first(where: { Spelling.isSlip(section.key, of: $0.key) })?.name,
                note.body.hasContent(section)
            else { return nil }
            let heading = String(repeating: "#", count: section.level) + " " + name
            return Diagnostic(
                .warning, .misspelledSectionHeading,
                "the heading '\(section.title)' is not one Grapevine reads, so nothing under it counts; "
                    + "did you mean '\(heading)'?",
                file: path, at: section.position, hint: "make the heading '\(heading)'")
        }
    }

    /// `NoteReader.sectionNames` with the key a section's title has when it is that name.
    private static let namesAndKeys = NoteReader.sectionNames.mapValues { names in
        names.map { (name: $0, key: Section.normalizedTitle($0)) }
    }
}
