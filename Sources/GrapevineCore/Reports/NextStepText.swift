/// The agenda as text for a terminal: a heading per group, then per step its due date and
/// action, the details indented under it, the file and line to edit, and how to close it.
/// Each step starts with its number (`NextStep.numbered`), right-aligned.
public struct NextStepText: Sendable {
    let agenda: NextStepAgenda
    let style: TextStyle
    /// The width of the widest number shown.
    let numberWidth: Int
    /// The indentation of everything under a step's first line, in spaces.
    let indent: Int

    /// Creates a renderer.
    public init(_ agenda: NextStepAgenda, style: TextStyle = .plain) {
        self.agenda = agenda
        self.style = style
        numberWidth = String(agenda.steps.map(\.number).max() ?? 0).count
        indent = 2 + numberWidth + 2 + 12
    }

    /// The whole agenda, or a line saying there is nothing to do.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// `text` as UTF-8, as it is made: for a pipe, which takes bytes.
    public var utf8: [UInt8] {
        guard !agenda.steps.isEmpty else { return Array("Nothing to do as of \(agenda.today). Well done.".utf8) }
        var text: [UInt8] = []
        text.reserveCapacity(agenda.steps.count * 320)
        for (group, steps) in agenda.groups {
            if !text.isEmpty { text.append(UInt8(ascii: "\n")) }
            append(group, steps, to: &text)
        }
        return text
    }

    private func append(_ group: NextStepAgenda.Group, _ steps: ArraySlice<NextStep>, to text: inout [UInt8]) {
        let heading = "\(agenda.title(of: group)) (\(steps.count))"
        text.appendUTF8(of: group == .overdue ? style.red(heading) : style.bold(heading))
        text.append(UInt8(ascii: "\n"))
        // Long lists are written in chunks on all cores, then joined in order.
        let chunk = 512
        let chunks = parallelMap(count: (steps.count + chunk - 1) / chunk, batch: 1, makeState: {}) { _, number in
            let start = steps.startIndex + number * chunk
            var part: [UInt8] = []
            part.reserveCapacity(chunk * 320)
            for step in steps[start..<min(start + chunk, steps.endIndex)] { render(step, group, to: &part) }
            return part
        }
        for part in chunks { text.append(contentsOf: part) }
    }

    /// Appends bytes piece by piece: the output of 10,000 contacts is tens of thousands of
    /// steps, and appending to a `String` cost several times as much a piece.
    private func render(_ step: NextStep, _ group: NextStepAgenda.Group, to text: inout [UInt8]) {
        let space = UInt8(ascii: " ")
        let number = String(step.number)
        text.append(contentsOf: repeatElement(space, count: 2 + numberWidth - number.utf8.count))
        text.appendUTF8(of: number)
        text.append(contentsOf: [space, space])
        let date = step.due?.description ?? "anytime   "
        text.appendUTF8(of: group == .overdue ? style.red(date) : date)
        text.append(contentsOf: [space, space])
        text.appendUTF8(of: step.title)
        text.append(UInt8(ascii: "\n"))
        for detail in step.details { line(style.dim(detail), to: &text) }
        var location = String(concatenating: step.file, ":", String(step.line), "  ", step.kind.rawValue)
        if let due = step.due, group == .overdue {
            let late = due.days(until: agenda.today)
            location += ", \(late) day\(late == 1 ? "" : "s") late"
        }
        line(style.cyan(location), to: &text)
        line(style.dim(step.howToClose), to: &text)
    }

    /// An indented line under a step.
    private func line(_ content: String, to text: inout [UInt8]) {
        text.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        text.appendUTF8(of: content)
        text.append(UInt8(ascii: "\n"))
    }
}
