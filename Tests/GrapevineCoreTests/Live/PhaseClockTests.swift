import Testing

@testable import GrapevineCore

@Suite("serve's timings")
struct PhaseClockTests {
    @Test(
        "milliseconds rounded down, and under one '<1 ms' rather than '0 ms'",
        arguments: [
            (Duration.microseconds(300), "<1 ms"), (.zero, "<1 ms"), (.microseconds(1_000), "1 ms"),
            (.microseconds(12_900), "12 ms"), (.seconds(2) + .milliseconds(5), "2005 ms"),
        ])
    func text(duration: Duration, expected: String) {
        #expect(PhaseClock.Phase.text(of: duration) == expected)
    }

    @Test("a step's line and the total of the steps")
    func phases() {
        let phases = [
            PhaseClock.Phase(name: "reading", duration: .microseconds(400)),
            PhaseClock.Phase(name: "writing", duration: .microseconds(800)),
        ]
        #expect(phases.map(\.description) == ["reading <1 ms", "writing <1 ms"])
        #expect(PhaseClock.Phase.text(of: phases.total) == "1 ms")
    }

    @Test("laps follow one another and add up to the time since the clock started")
    func laps() {
        let start = ContinuousClock.now
        var clock = PhaseClock()
        clock.lap("one")
        clock.lap("two")
        #expect(clock.phases.map(\.name) == ["one", "two"])
        #expect(clock.phases.total <= ContinuousClock.now - start)
    }
}
