extension Note {
    /// The body's unchecked task items (`MarkdownDocument.openTasks`); an organization's
    /// Openings are openings to apply for (`ApplyRule`), not tasks.
    public var openTasks: [ListItem] {
        body.openTasks(alsoNotTasks: notTaskSections)
    }

    /// The body's task items, ticked or not, as `openTasks` tells them.
    var tasks: [ListItem] {
        body.tasks(alsoNotTasks: notTaskSections)
    }

    private var notTaskSections: Set<String> {
        kind == .organization ? OrganizationReader.openingsKeys : []
    }
}
