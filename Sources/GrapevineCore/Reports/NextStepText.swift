/// The agenda as text for a terminal: a heading per group, then per step its due date and
/// action, the details indented under it, and the file and line to edit.
public struct NextStepText {
    let agenda: NextStepAgenda
    let style: TextStyle

    /// Creates a renderer.
    public init(_ agenda: NextStepAgenda, style: TextStyle = .plain) {
        self.agenda = agenda
        self.style = style
    }

    /// The whole agenda, or a line saying there is nothing to do.
    public var text: String {
        guard !agenda.steps.isEmpty else { return "Nothing to do as of \(agenda.today). Well done." }
        return agenda.groups.map(block).joined(separator: "\n\n")
    }

    private func block(_ group: NextStepAgenda.Group, _ steps: [NextStep]) -> String {
        let heading = "\(agenda.title(of: group)) (\(steps.count))"
        var lines = [group == .overdue ? style.red(heading) : style.bold(heading)]
        let indent = String(repeating: " ", count: 14)
        for step in steps {
            let date = step.due?.description ?? "anytime   "
            lines.append("  \(group == .overdue ? style.red(date) : date)  \(step.title)")
            lines += step.details.map { indent + style.dim($0) }
            var location = "\(step.file):\(step.line)  \(step.kind.rawValue)"
            if let due = step.due, group == .overdue {
                let late = due.days(until: agenda.today)
                location += ", \(late) day\(late == 1 ? "" : "s") late"
            }
            lines.append(indent + style.cyan(location))
        }
        return lines.joined(separator: "\n")
    }
}
