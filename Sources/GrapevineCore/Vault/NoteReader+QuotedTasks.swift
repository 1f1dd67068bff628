extension NoteReader {
    /// The open tasks in block quotes and callouts (`> [!todo]` / `> - [ ] Call Maria`):
    /// cmark-gfm 0.29 reads no task box in a quote, so such an item would be no task and no
    /// step in `next`, without a word. Any item whose text still starts with a box was not read
    /// as a task; only an open one matters (a ticked one asks for nothing).
    func quotedTasks(in note: Note) -> [Diagnostic] {
        note.body.items.compactMap { item in
            guard item.checked == nil, item.text.hasPrefix("[ ] "), item.text.count > 4 else { return nil }
            return Diagnostic(
                .warning, .quotedTask,
                "this task is in a block quote or callout, where its box is not read, so it is no task "
                    + "and 'grapevine next' does not list it",
                file: path, at: item.textPosition,
                hint: "take it out of the quote (delete the '>' before it) to have it read as a task")
        }
    }
}
