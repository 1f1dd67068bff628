/// A date typed on the command line (`--date`, `--until`, `--today`): the forms the notes
/// take, and for anything else why not, with the ISO form to write when it is a date written
/// another way (`11/12/2026`), as `check` gives it for a note.
public enum WrittenDate {
    /// Why a text is not a date.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// The day `text` names: `YYYY-MM-DD`.
    public static func day(_ text: String) throws(Problem) -> LocalDate {
        guard let day = LocalDate(text) else { throw problem(text, forms: "YYYY-MM-DD") }
        return day
    }

    /// The day, and maybe the time, `text` names: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM`, or an ISO
    /// date with a time as people write it (`2026-11-20 3pm`), as an interview's `date:` takes.
    public static func moment(_ text: String) throws(Problem) -> LocalDateTime {
        guard let moment = LocalDateTime(text) ?? FieldReader.dateWithSpokenTime(text) else {
            throw problem(text, forms: #"YYYY-MM-DD or "YYYY-MM-DD HH:MM""#, withTime: true)
        }
        return moment
    }

    /// Why `text` is not a date in `forms`; `withTime` when a time may follow the date, which
    /// the ISO form to write then keeps (`20/11/2026 14h30` → `2026-11-20 14:30`).
    private static func problem(_ text: String, forms: String, withTime: Bool = false) -> Problem {
        // `2026-02-30`: written right, a day that does not exist (`2026-02-30 10:00` too).
        if let why = LocalDate.whyNoSuchDay(text.prefix(10)),
            text.utf8.count == 10 || text.utf8.dropFirst(10).first == 32
        {
            return Problem(description: "'\(text)' is not a date: \(why).")
        }
        guard let form = LogDateForms.match(text, year: nil), !form.meanings.isEmpty else {
            return Problem(description: "'\(text)' is not a date; write it as \(forms).")
        }
        let time = text.utf8.dropFirst(form.written.utf8.count)
        guard withTime, time.contains(where: { $0 != 32 }) else {
            return Problem(description: "'\(text)' is not a date; \(form.hint()).")
        }
        return Problem(description: "'\(text)' is not a date; \(FieldReader.dateTimeHint(form, time)).")
    }
}
