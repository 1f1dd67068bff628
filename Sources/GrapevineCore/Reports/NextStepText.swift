/// The agenda as text for a terminal: a heading per group, then per step its due date and
/// action, the details indented under it, the file and line to edit, and how to close it.
/// Each step starts with its number (`NextStep.numbered`), right-aligned.
public struct NextStepText: Sendable {
    let agenda: NextStepAgenda
    let style: TextStyle
    /// The width of the widest number shown.
    let numberWidth: Int
    /// The indentation of everything under a step's first line.
    let indent: String

    /// Creates a renderer.
    public init(_ agenda: NextStepAgenda, style: TextStyle = .plain) {
        self.agenda = agenda
        self.style = style
        numberWidth = String(agenda.steps.map(\.number).max() ?? 0).count
        indent = String(repeating: " ", count: 2 + numberWidth + 2 + 12)
    }

    /// The whole agenda, or a line saying there is nothing to do.
    public var text: String {
        guard !agenda.steps.isEmpty else { return "Nothing to do as of \(agenda.today). Well done." }
        var text = ""
        text.reserveCapacity(agenda.steps.count * 160)
        for (group, steps) in agenda.groups {
            if !text.isEmpty { text += "\n" }
            append(group, steps, to: &text)
        }
        return text
    }

    private func append(_ group: NextStepAgenda.Group, _ steps: ArraySlice<NextStep>, to text: inout String) {
        let heading = "\(agenda.title(of: group)) (\(steps.count))"
        text += (group == .overdue ? style.red(heading) : style.bold(heading)) + "\n"
        // Long lists are written in chunks on all cores, then joined in order.
        let chunk = 512
        let chunks = parallelMap(count: (steps.count + chunk - 1) / chunk, batch: 1, makeState: {}) { _, number in
            let start = steps.startIndex + number * chunk
            var part = ""
            part.reserveCapacity(chunk * 160)
            for step in steps[start..<min(start + chunk, steps.endIndex)] { render(step, group, to: &part) }
            return part
        }
        for part in chunks { text += part }
    }

    /// Appends piece by piece: joining the pieces first made a string for every `+`, and the
    /// output of 10,000 contacts is thousands of steps.
    private func render(_ step: NextStep, _ group: NextStepAgenda.Group, to text: inout String) {
        let date = step.due?.description ?? "anytime   "
        let number = String(step.number)
        text += String(repeating: " ", count: 2 + numberWidth - number.count)
        text += number
        text += "  "
        text += group == .overdue ? style.red(date) : date
        text += "  "
        text += step.title
        text += "\n"
        for detail in step.details { line(style.dim(detail), to: &text) }
        var location = "\(step.file):\(step.line)  \(step.kind.rawValue)"
        if let due = step.due, group == .overdue {
            let late = due.days(until: agenda.today)
            location += ", \(late) day\(late == 1 ? "" : "s") late"
        }
        line(style.cyan(location), to: &text)
        line(style.dim(step.howToClose), to: &text)
    }

    /// An indented line under a step.
    private func line(_ content: String, to text: inout String) {
        text += indent
        text += content
        text += "\n"
    }
}
