extension MarkdownDocument {
    /// The unchecked task items outside Agenda (or Questions) and Leads sections: those are
    /// questions to ask and openings, not tasks.
    public var openTasks: [ListItem] {
        openTasks(alsoNotTasks: [])
    }

    /// `openTasks`, but for those of the sections whose keys (`Section.key`) are
    /// `alsoNotTasks` too (an organization's Openings: `Note.openTasks`).
    func openTasks(alsoNotTasks: Set<String>) -> [ListItem] {
        guard items.contains(where: { $0.checked == false }) else { return [] }
        return tasks(alsoNotTasks: alsoNotTasks) { $0 == false }
    }

    /// The task items outside Agenda (or Questions) and Leads sections, and those of
    /// `alsoNotTasks`, ticked or not.
    func tasks(alsoNotTasks: Set<String>) -> [ListItem] {
        tasks(alsoNotTasks: alsoNotTasks) { $0 != nil }
    }

    /// The task items outside Agenda (or Questions) and Leads sections, and those of
    /// `alsoNotTasks`, whose box `isIncluded`.
    private func tasks(alsoNotTasks: Set<String>, _ isIncluded: (Bool?) -> Bool) -> [ListItem] {
        // The blocks of those sections, marked once: a note of 20,000 Agenda sections and as
        // many tasks compared every task with every section.
        var isSkipped: [Bool] = []
        for section in sections
        where Self.notTaskSections.contains(section.key) || alsoNotTasks.contains(section.key) {
            if isSkipped.isEmpty { isSkipped = Array(repeating: false, count: blocks.count) }
            let content = section.content.clamped(to: blocks.indices)
            // A section inside one already marked is marked already.
            guard !content.isEmpty, !isSkipped[content.lowerBound] else { continue }
            for index in content { isSkipped[index] = true }
        }
        // `- [ ] ` with nothing after it (a template's empty task): nothing to do, no step.
        return items.filter { item in
            isIncluded(item.checked) && !item.isBlank
                && !(isSkipped.indices.contains(item.blockIndex) && isSkipped[item.blockIndex])
        }
    }

    /// The keys of the sections whose tasks are not tasks.
    private static let notTaskSections = Set(["Agenda", "Questions", "Leads"].map(Section.normalizedTitle))
}
