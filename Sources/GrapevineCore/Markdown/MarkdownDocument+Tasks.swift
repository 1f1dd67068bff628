extension MarkdownDocument {
    /// The unchecked task items outside Agenda (or Questions) and Leads sections: those are
    /// questions to ask and openings, not tasks.
    public var openTasks: [ListItem] {
        guard items.contains(where: { $0.checked == false }) else { return [] }
        let skipped = sections.filter { $0.key == "agenda" || $0.key == "questions" || $0.key == "leads" }
        return items.filter { item in
            item.checked == false && !skipped.contains { $0.content.contains(item.blockIndex) }
        }
    }
}
