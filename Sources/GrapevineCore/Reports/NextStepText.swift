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
    /// Whether some notes could not be read whole: then an empty agenda is no reason for praise.
    let hasUnreadNotes: Bool
    /// Whether the vault knows anyone: an empty agenda without anyone is a search not begun,
    /// which is told how to begin rather than praised.
    let hasPeople: Bool

    /// Creates a renderer; `hasUnreadNotes` when some files have errors (the steps they would
    /// give may be missing); `hasPeople` unless the vault has nobody in it but you.
    public init(
        _ agenda: NextStepAgenda, style: TextStyle = .plain, hasUnreadNotes: Bool = false, hasPeople: Bool = true
    ) {
        self.agenda = agenda
        self.style = style
        self.hasUnreadNotes = hasUnreadNotes
        self.hasPeople = hasPeople
        numberWidth = (agenda.steps.map(\.number).max() ?? 0).decimalWidth
        indent = 2 + numberWidth + 2 + 12
    }

    /// The whole agenda, or a line saying there is nothing to do.
    public var text: String { String(decoding: utf8.joined(), as: UTF8.self) }

    /// `text` as UTF-8, in pieces to be written one after another, as they are made: for a
    /// pipe, which takes bytes. The output of 10,000 contacts is megabytes, and joining it
    /// into one array first copied all of it.
    public var utf8: [[UInt8]] {
        guard !agenda.steps.isEmpty else {
            let end: String
            if hasUnreadNotes {
                end = " in the notes Grapevine could read."
            } else if hasPeople {
                end = ". Well done."
            } else {
                end = ": no contacts yet.\n" + Self.howToStart
            }
            return [Array("Nothing to do as of \(agenda.today)\(end)".utf8)]
        }
        var pieces: [[UInt8]] = []
        for (group, steps) in agenda.groups {
            var heading: [UInt8] = pieces.isEmpty ? [] : [UInt8(ascii: "\n")]
            let title = "\(agenda.title(of: group)) (\(steps.count))"
            heading.appendUTF8(of: group == .overdue ? style.red(title) : style.bold(title))
            heading.append(UInt8(ascii: "\n"))
            pieces.append(heading)
            pieces += render(steps, group)
        }
        return pieces
    }

    /// What an empty vault is told to do first.
    static let howToStart =
        "Start with someone to talk to: grapevine new contact \"NAME\"; or with an organization you would "
        + "like to work at: grapevine new org \"NAME\", then target: true in its note."

    /// The steps of a group, written in chunks on all cores, in order.
    private func render(_ steps: ArraySlice<NextStep>, _ group: NextStepAgenda.Group) -> [[UInt8]] {
        let chunk = 512
        return parallelMap(count: (steps.count + chunk - 1) / chunk, batch: 1, makeState: {}) { _, number in
            let start = steps.startIndex + number * chunk
            var part: [UInt8] = []
            part.reserveCapacity(chunk * 320)
            for step in steps[start..<min(start + chunk, steps.endIndex)] { render(step, group, to: &part) }
            return part
        }
    }

    /// Appends bytes piece by piece: the output of 10,000 contacts is tens of thousands of
    /// steps, and making a `String` of each piece cost several times as much as writing it.
    private func render(_ step: NextStep, _ group: NextStepAgenda.Group, to text: inout [UInt8]) {
        let space = UInt8(ascii: " ")
        text.append(contentsOf: repeatElement(space, count: 2 + numberWidth - step.number.decimalWidth))
        text.appendDecimal(step.number)
        text.append(contentsOf: repeatElement(space, count: 2))
        let overdue = group == .overdue
        let date = overdue ? style.begin(.red, in: &text) : nil
        if let due = step.due { due.appendISO(to: &text) } else { text.appendUTF8(of: "anytime   ") }
        if let date { style.end(date, in: &text) }
        text.append(contentsOf: repeatElement(space, count: 2))
        // A name written with a line break (`name: "Ana\nLopez"`) stays on its line, the break escaped.
        text.appendUTF8(of: step.shownTitle.escapingLineBreaks)
        text.append(UInt8(ascii: "\n"))
        for detail in step.details {
            let line = beginLine(.dim, in: &text)
            text.appendUTF8(of: detail.escapingLineBreaks)
            endLine(line, in: &text)
        }
        let location = beginLine(.cyan, in: &text)
        text.appendUTF8(of: step.file.escapingControlCharacters)
        text.append(UInt8(ascii: ":"))
        text.appendDecimal(step.line)
        text.append(contentsOf: repeatElement(space, count: 2))
        text.appendUTF8(of: step.kind.rawValue)
        if overdue, step.deadlineNotRead {
            // Due by the default, not by the closing date written: how late is not known.
            text.appendUTF8(of: ", closing date not read")
        } else if let due = step.due, overdue {
            let late = due.days(until: agenda.today)
            text.appendUTF8(of: ", ")
            text.appendDecimal(late)
            text.appendUTF8(of: late == 1 ? " day late" : " days late")
        }
        endLine(location, in: &text)
        let closing = beginLine(.dim, in: &text)
        step.appendHowToClose(to: &text)
        endLine(closing, in: &text)
    }

    /// Begins an indented line under a step, in `code`'s style.
    private func beginLine(_ code: TextStyle.Code, in text: inout [UInt8]) -> TextStyle.Begun {
        text.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        return style.begin(code, in: &text)
    }

    /// Ends a line `beginLine` began.
    private func endLine(_ begun: TextStyle.Begun, in text: inout [UInt8]) {
        style.end(begun, in: &text)
        text.append(UInt8(ascii: "\n"))
    }
}
