extension ICalendar {
    /// One to-do or event: what it is, its UID, its revision and its other properties.
    struct Component: Sendable, Equatable {
        /// `VTODO` or `VEVENT`.
        var name: String
        /// The UID, unescaped.
        var uid: String
        /// How many times it changed since it was first exported (`SEQUENCE`, RFC 5545
        /// §3.8.7.4): calendar apps take a copy with a higher number as the newer one.
        var sequence = 0
        /// Its other properties as unfolded content lines, in order: everything but `UID`,
        /// `DTSTAMP` and `SEQUENCE`, which `lines(stamp:)` writes.
        var properties: [String]

        /// The component's content lines, stamped `stamp`.
        func lines(stamp: Timestamp) -> [String] {
            var lines = ["BEGIN:" + name, "UID:" + ContentLine.escaped(uid), "DTSTAMP:" + stamp.text]
            if sequence > 0 { lines.append("SEQUENCE:\(sequence)") }
            return lines + properties + ["END:" + name]
        }

        /// Whether it is the same to-do or event as `other` but for the revision.
        func hasSameContent(as other: Component) -> Bool {
            name == other.name && properties == other.properties
        }
    }

    /// `components` numbered against the previous export: one that was there keeps its
    /// `SEQUENCE`, or the next number when anything in it changed.
    func sequenced(_ components: [Component]) -> [Component] {
        guard !previous.isEmpty else { return components }
        return components.map { component in
            guard let old = previous[component.uid] else { return component }
            var component = component
            component.sequence = old.sequence + (component.hasSameContent(as: old) ? 0 : 1)
            return component
        }
    }
}
