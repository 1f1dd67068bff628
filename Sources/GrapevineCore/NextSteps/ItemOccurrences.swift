/// Counts the items of one note by their text, in the note's order, ticked ones too: the steps
/// of items written alike (`Call back` twice) are told apart by which comes first
/// (`NextStep.occurrence`), and ticking or skipping one leaves the other's number as it was.
struct ItemOccurrences {
    private var seen: [String: Int]

    /// Counts the items of a note that has `count` of them, at most: room for all their texts
    /// at once (growing the table item by item cost as much as the lookups).
    init(capacity count: Int) {
        seen = Dictionary(minimumCapacity: count)
    }

    /// Counts `item`, whose text without its due date is `text`, and returns which of the items
    /// with that text it is (1: the first). A ticked item counts also as the item it was before
    /// `skip` added its note.
    mutating func count(_ item: ListItem, text: String) -> Int {
        if item.checked == true, let before = ItemEdit.textBeforeSkipNote(text) {
            seen[String(before), default: 0] += 1
        }
        // One lookup: tasks are a third of a big vault's steps.
        return Self.incremented(&seen[text, default: 0])
    }

    private static func incremented(_ count: inout Int) -> Int {
        count += 1
        return count
    }
}
