extension Note {
    /// The unchecked task items outside Agenda (or Questions) and Leads sections: those are
    /// questions to ask and openings, not tasks.
    public var openTasks: [ListItem] {
        let skipped = body.sections.filter { $0.isNamed("Agenda") || $0.isNamed("Questions") || $0.isNamed("Leads") }
        return body.items.filter { item in
            item.checked == false && !skipped.contains { $0.content.contains(item.blockIndex) }
        }
    }
}
