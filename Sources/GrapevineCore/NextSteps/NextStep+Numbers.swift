extension NextStep {
    /// The steps with their numbers and ids set (SPEC §3).
    ///
    /// `steps` is every step of the vault for `today`, in the order `NextStepEngine` gives them.
    /// The steps plain `grapevine next` shows that day (due within the default seven days, or
    /// undated) are numbered 1, 2, 3 … in the order shown; the others (further off, seen with
    /// `--all` or a longer `--within`) get the numbers after those. So a step's number depends
    /// only on the vault and the day, never on `--kind`, `--within` or `--all`. `done 3` finds
    /// the step `next` showed as 3 by its id (`ShownSteps`); without that list, it works out
    /// the same numbers and finds the step numbered 3 now.
    public static func numbered(_ steps: consuming [NextStep], today: LocalDate) -> [NextStep] {
        let ids = ICalendar.ids(for: steps)
        let horizon = today.adding(days: NextStepAgenda.defaultWithin)
        var number = 0
        for index in steps.indices where steps[index].due.map({ $0 <= horizon }) ?? true {
            number += 1
            steps[index].number = number
        }
        for index in steps.indices {
            if steps[index].number == 0 {
                number += 1
                steps[index].number = number
            }
            steps[index].id = ids[index]
        }
        return steps
    }
}
