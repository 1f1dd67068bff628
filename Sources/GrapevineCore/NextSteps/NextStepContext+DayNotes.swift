extension NextStepContext {
    /// The kinds of step an event written in a day's note may have closed or changed: steps to
    /// reach someone, to answer them, to meet them, to thank them or to keep in touch.
    private static let kindsAnEventChanges: Set<NextStep.Kind> = [
        .reachOut, .contactReferral, .tryAnother, .followUp, .moveOn, .schedule, .thankYou, .stayInTouch,
    ]

    /// What the notes of a day say about `person` that their Log does not: a line of a plain
    /// note whose file is named by its day (`Daily/2026-11-18.md`, as Obsidian's daily notes are)
    /// from `since` to today, linking them and saying an event word (`- Coffee with [[Sam
    /// Reyes]] — met: …`, `- Called [[Dan Moore]]`), on a day their Log has no entry for and no
    /// interview with them was held. Only a contact's Log holds events (SPEC §2.1), so a step
    /// such a line may have done was shown as if nothing had happened; the line now says where
    /// it is and the `log` that records it. Which event it was stays the user's to say: the
    /// line is not read as one.
    func dayNoteAdvice(for node: Graph.NodeID, kind: NextStep.Kind, since: LocalDate?) -> [String] {
        guard Self.kindsAnEventChanges.contains(kind), let since, let person = person(node), person.file != nil
        else { return [] }
        let graph = vault.graph
        var advice: [String] = []
        for entry in graph.incomingEdges(of: node) where entry.kind == .linksTo {
            let edge = graph.edges[entry.edge]
            guard let index = graph.noteIndex(of: edge.from), vault.notes[index].kind == .note,
                let day = VaultPath.dateInFileName(of: vault.notes[index].path), day >= since, day <= today,
                !person.log.contains(where: { $0.date == day }), !person.meetings.contains(where: { $0.date == day })
            else { continue }
            let items = vault.notes[index].body.items
            for source in Set(edge.sources.map(\.line)).sorted() {
                // An open task (`- [ ] Call [[Dan Moore]]`) is a plan, not an event.
                guard let item = items.first(where: { $0.position.line == source }), item.checked != false,
                    let word = Self.eventWord(in: item.text)
                else { continue }
                advice.append(
                    "\(vault.notes[index].path.escapingControlCharacters):\(source) (\(day)) says '\(word)', but "
                        + "only a Log entry counts: "
                        + "grapevine log \(Shell.argument(writtenName(node))) \(word) --date \(day)")
            }
        }
        return advice
    }

    /// The first event word (`LogEvent.words`, not `skipped` or `snoozed`) that stands as a word
    /// in `text`, in any case: `met` in `Lunch with Sam — met: talked`, `called` in `Called Dan`;
    /// else the event the text starts by saying in other words, as `check` reads a Log entry
    /// (`LogEntryParser.meantEvent`, not a slip): `met` for `Coffee with Sam`, `thanked` for
    /// `Sent a thank-you to Ana`.
    static func eventWord(in text: String) -> String? {
        let bytes = text.utf8.span
        for start in 0..<bytes.count where start == 0 || !isWordByte(bytes[start - 1]) {
            for (word, wordBytes) in eventWords where LogEntryParser.startsWithWord(bytes, at: start, wordBytes) {
                return word
            }
        }
        guard let meant = LogEntryParser.meantEvent(in: bytes, from: 0), meant.way == .otherWords else { return nil }
        return meant.event
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The event words a day's note may say, as written in a Log entry.
    private static let eventWords: [(String, [UInt8])] = LogEvent.words.compactMap { word, event in
        event == .skipped || event == .snoozed ? nil : (word, Array(word.utf8))
    }
}
