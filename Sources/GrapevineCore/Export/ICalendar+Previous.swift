extension ICalendar {
    /// A file `export ics` wrote before, read back: its to-dos and events, by UID.
    public struct PreviousExport: Sendable {
        /// Why a file cannot serve as the previous export.
        public struct Problem: Error, Sendable, CustomStringConvertible {
            /// What is wrong, as a sentence without the path.
            public var description: String
        }

        /// The to-dos and events, in the order written.
        let components: [Component]

        /// Reads the text of a file `export ics` wrote; other files are refused, since only
        /// Grapevine's UIDs say which step a to-do or event was.
        public init(_ text: String) throws(Problem) {
            guard ICalendar.isWrittenByGrapevine(Array(text.utf8.prefix(4096))) else {
                throw Problem(
                    description: "it is not a calendar 'grapevine export ics' wrote (its PRODID is not Grapevine's)")
            }
            components = Self.components(ContentLine.unfolded(text).compactMap(ContentLine.property))
        }

        /// Reads the file at `path` (absolute, or relative to the current folder).
        public init(contentsOf path: String) throws(Problem) {
            var buffer: [UInt8] = []
            switch FileSystem.withContents(of: path, buffer: &buffer, { String(decodingUTF8: $0) }) {
            case .success(let text): try self.init(text)
            case .failure(let error): throw Problem(description: "it cannot be read: \(error.message)")
            }
        }

        /// The `VTODO` and `VEVENT` components directly inside the calendar, without the
        /// components they hold (such as alarms an app added).
        private static func components(_ properties: [ContentLine.Property]) -> [Component] {
            var components: [Component] = []
            var current: Component?
            var depth = 0
            for property in properties {
                switch property.name {
                case "BEGIN":
                    depth += 1
                    if depth == 2 { current = Component(name: property.value.uppercased(), uid: "", properties: []) }
                case "END":
                    if depth == 2, let finished = current, ["VTODO", "VEVENT"].contains(finished.name) {
                        components.append(finished)
                    }
                    depth -= 1
                default:
                    guard depth == 2 else { continue }
                    current?.read(property)
                }
            }
            return components.filter { !$0.uid.isEmpty }
        }
    }

    /// Takes what the previous export held: the to-dos and events still here keep their
    /// `SEQUENCE` (or the next one when they changed), and the steps that were in it and are
    /// no longer among `openSteps` (every step of the vault, not only those exported) are done
    /// now: they are written again, marked done (`markedDone`). One done before stays as it
    /// was, so a calendar that missed an export still learns it was done.
    public mutating func carry(from previous: PreviousExport, openSteps: [NextStep]) {
        let open = Set(Self.uids(for: openSteps))
        self.previous = Dictionary(previous.components.map { ($0.uid, $0) }) { first, _ in first }
        var seen: Set<String> = []
        finished = previous.components.filter { component in
            Self.isStepUID(component.uid) && !open.contains(component.uid) && seen.insert(component.uid).inserted
        }.map { $0.isDone ? $0 : $0.markedDone(at: stamp) }
    }

    /// Whether a UID is a step's (`uids(for:)`: 16 lower-case hex digits, maybe `-N` or
    /// `-N-M`, then `@grapevine`), not an interview's.
    static func isStepUID(_ uid: String) -> Bool {
        let bytes = Array(uid.utf8)
        guard bytes.count >= 16 + uidSuffix.utf8.count, uid.hasSuffix(uidSuffix) else { return false }
        let id = bytes[..<(bytes.count - uidSuffix.utf8.count)]
        let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        guard id.prefix(16).allSatisfy({ isDigit($0) || (0x61...0x66).contains($0) }) else { return false }
        let numbers = id.dropFirst(16)
        guard let dash = numbers.first else { return true }
        return dash == 0x2D
            && numbers.split(separator: 0x2D, omittingEmptySubsequences: false).dropFirst().allSatisfy {
                !$0.isEmpty && $0.allSatisfy(isDigit)
            }
    }
}

extension ICalendar.Component {
    /// Takes in one property read from a file.
    fileprivate mutating func read(_ property: ContentLine.Property) {
        switch property.name {
        case "UID": uid = ContentLine.unescaped(property.value)
        // RFC 5545 makes it a 32-bit integer; anything else counts as 0, and a bound keeps
        // the next number from overflowing.
        case "SEQUENCE": sequence = Int32(property.value).map { max(Int($0), 0) } ?? 0
        case "DTSTAMP": break
        default: properties.append(property.name + property.parameters + ":" + property.value)
        }
    }

    /// Whether it was marked done: a to-do `STATUS:COMPLETED`, an event `X-GRAPEVINE-COMPLETED`.
    var isDone: Bool {
        properties.contains { $0 == "STATUS:COMPLETED" || $0.hasPrefix("X-GRAPEVINE-COMPLETED:") }
    }

    /// The same to-do or event, done at `stamp`, as the next revision.
    ///
    /// A to-do gets `STATUS:COMPLETED`, `PERCENT-COMPLETE:100` and `COMPLETED`. RFC 5545 allows
    /// an event only `TENTATIVE`, `CONFIRMED` or `CANCELLED`, and apps hide or delete a
    /// cancelled one, so an event keeps its day and says it is done in its title ("Done: …"),
    /// with `X-GRAPEVINE-COMPLETED` for the next export to read.
    func markedDone(at stamp: ICalendar.Timestamp) -> ICalendar.Component {
        var done = self
        done.sequence += 1
        if name == "VTODO" {
            done.properties.removeAll { line in
                ["STATUS", "PERCENT-COMPLETE", "COMPLETED"].contains {
                    line.hasPrefix($0 + ":") || line.hasPrefix($0 + ";")
                }
            }
            done.properties += ["STATUS:COMPLETED", "PERCENT-COMPLETE:100", "COMPLETED:" + stamp.text]
        } else {
            done.properties = properties.map { line in
                guard let summary = ContentLine.property(line), summary.name == "SUMMARY" else { return line }
                return "SUMMARY" + summary.parameters + ":Done: " + summary.value
            }
            done.properties.append("X-GRAPEVINE-COMPLETED:" + stamp.text)
        }
        return done
    }
}
