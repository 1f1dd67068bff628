extension Note {
    /// The unchecked task items outside Agenda (or Questions) and Leads sections: those are
    /// questions to ask and openings, not tasks.
    public var openTasks: [ListItem] {
        let skipped = body.sections.filter { Self.notTaskSections.contains($0.key) }
        return body.items.filter { item in
            item.checked == false && !skipped.contains { $0.content.contains(item.blockIndex) }
        }
    }

    private static let notTaskSections: Set<String> = ["agenda", "questions", "leads"]
}
