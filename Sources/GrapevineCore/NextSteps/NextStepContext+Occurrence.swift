extension NextStepContext {
    /// Which of `person`'s interviews `meeting` is, by date then path (1: the first), counting
    /// those called off: the steps of one kind about one person's interviews are told apart by
    /// it (`NextStep.occurrence`), and closing one of them renumbers none.
    func occurrence(of meeting: Meeting, about person: Graph.NodeID?) -> Int {
        guard let meetings = person.flatMap(self.person)?.meetings else { return 1 }
        return 1 + meetings.count { ($0.date, $0.file) < (meeting.date, meeting.file) }
    }

    /// Which of the interviews with the people `referrer` gave you `meeting` with `met` is, by
    /// date, path and name (1: the first): a `thank-referrer` step is about the referrer, who
    /// may have given you several people you met.
    func occurrence(of meeting: Meeting, with met: Graph.NodeID, referredBy referrer: Graph.NodeID) -> Int {
        let place = (meeting.date, meeting.file, name(met))
        var occurrence = 1
        for referred in referredFrom[referrer] ?? [] {
            let name = name(referred)
            occurrence += person(referred)?.meetings.count { ($0.date, $0.file, name) < place } ?? 0
        }
        return occurrence
    }
}

/// Counts the items of one note by their text, in the note's order, ticked ones too: the steps
/// of items written alike (`Call back` twice) are told apart by which comes first
/// (`NextStep.occurrence`), and ticking or skipping one leaves the other's number as it was.
struct ItemOccurrences {
    private var seen: [String: Int] = [:]

    /// Counts `item`, whose text without its due date is `text`, and returns which of the items
    /// with that text it is (1: the first). A ticked item counts also as the item it was before
    /// `skip` added its note.
    mutating func count(_ item: ListItem, text: String) -> Int {
        if item.checked == true, let before = ItemEdit.textBeforeSkipNote(text) {
            seen[String(before), default: 0] += 1
        }
        seen[text, default: 0] += 1
        return seen[text]!
    }
}
