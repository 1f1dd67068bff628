/// How long the steps of a piece of work took, one after the other: what `grapevine serve`
/// prints after each update, so that a slow one says where the time went.
public struct PhaseClock: Sendable {
    /// One step and its time.
    public struct Phase: Sendable, Equatable, CustomStringConvertible {
        public var name: String
        public var duration: Duration
        public var description: String { "\(name) \(Self.text(of: duration))" }

        /// `12 ms`, rounded down, or `<1 ms`: on a vault of a few hundred notes most steps take
        /// less than a millisecond, which `0 ms` said as if they had been skipped.
        public static func text(of duration: Duration) -> String {
            let milliseconds =
                duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
            return milliseconds < 1 ? "<1 ms" : "\(milliseconds) ms"
        }
    }

    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    /// The steps so far.
    public private(set) var phases: [Phase] = []

    /// A clock that starts now.
    public init() {
        last = clock.now
    }

    /// Ends the step `name` now.
    public mutating func lap(_ name: String) {
        let now = clock.now
        phases.append(Phase(name: name, duration: now - last))
        last = now
    }
}

extension [PhaseClock.Phase] {
    /// The time of every step together.
    public var total: Duration { reduce(.zero) { $0 + $1.duration } }
}
