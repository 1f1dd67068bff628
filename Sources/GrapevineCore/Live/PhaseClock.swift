/// How long the steps of a piece of work took, one after the other: what `grapevine serve`
/// prints after each update, so that a slow one says where the time went.
public struct PhaseClock: Sendable {
    /// One step and its time.
    public struct Phase: Sendable, Equatable, CustomStringConvertible {
        public var name: String
        public var milliseconds: Int
        public var description: String { "\(name) \(milliseconds) ms" }
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
        let time = (now - last).components
        phases.append(
            Phase(name: name, milliseconds: Int(time.seconds) * 1000 + Int(time.attoseconds / 1_000_000_000_000_000)))
        last = now
    }

    /// The milliseconds of every step.
    public var total: Int { phases.reduce(0) { $0 + $1.milliseconds } }
}
