extension LiveSite.Update {
    /// The line `grapevine serve` prints for the update: what changed and what was rendered
    /// again, or why the site could not be written. A note's file name is escaped
    /// (`escapingControlCharacters`): a `git pull` can bring in any name while it serves.
    public var text: String {
        let what = notes.count == 1 ? notes[0].escapingControlCharacters : "\(notes.count) notes"
        if let failure { return "\(failure) (after a change to \(what))" }
        let pages = wholeSite ? "the whole site (\(rendered) files)" : "\(rendered) pages"
        let total = PhaseClock.Phase.text(of: phases.total)
        let steps = wholeSite ? "" : " (" + phases.map(\.description).joined(separator: ", ") + ")"
        return "\(what) changed: rendered \(pages) in \(total)\(steps)"
    }
}
