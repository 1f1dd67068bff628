/// An interview's `date:` a year off the date its file name or folder says (`Meetings/2026-12/
/// 2026-12-01 Tom Becker.md` with `date: 2027-12-01`): the slip hides a held meeting as one
/// still to come (no thank-you), or makes a planned one look held a year ago.
extension InterviewReader {
    /// Warns when `date` and the date of the file name (`2026-12-01 …`) or of a folder
    /// (`2026-12`, `2026-12-01`) differ only in the year. Only the year: a note filed by the
    /// day it was planned, or in the folder of the month it was written, names another day or
    /// month, and a meeting is not set a year to the day after its note is filed.
    func reportYearOffPath(_ date: LocalDate, _ fields: inout FieldReader) {
        let (year, month, day) = date.components
        for written in datesInPath {
            let (pathYear, pathMonth, pathDay) = written.date.components
            guard pathYear != year, pathMonth == month, !written.isDay || pathDay == day else { continue }
            let meant = LocalDate(year: pathYear, month: month, day: day) ?? written.date
            fields.report(
                .warning, .dateOffPath,
                "this interview is dated \(date), but its \(written.place) says \(written.text)",
                at: fields.value("date")?.position ?? .start,
                hint: "if the year is a slip, write 'date: \(meant)' (a date a year ahead is a meeting still to "
                    + "come: no thank-you, no follow-up); if not, rename or move the file")
            return
        }
    }

    /// A date an interview's path is named with.
    private struct PathDate {
        /// The day, or the first of the month a folder names.
        var date: LocalDate
        /// As the path writes it: `2026-12-01`, `2026-12`.
        var text: String
        /// Whether it names a day, not only a month.
        var isDay: Bool
        /// "file name" or "folder".
        var place: String
    }

    /// The dates the interview's path is named with: its file name's first (`2026-12-01 Tom
    /// Becker.md`), then each folder's that is a month or a day (`2026-12`, `2026-12-01`),
    /// innermost first.
    private var datesInPath: [PathDate] {
        // On bytes: every interview's path is read, and a date is written with hyphens.
        let bytes = path.utf8.span
        guard bytes.contains(UInt8(ascii: "-")) else { return [] }
        var found: [PathDate] = []
        if let date = VaultPath.dateInFileName(of: path) {
            found.append(PathDate(date: date, text: date.description, isDay: true, place: "file name"))
        }
        // The folders, innermost first: the bytes before each `/`, back to the one before it.
        var slash = bytes.count
        while true {
            while slash > 0, bytes[slash - 1] != UInt8(ascii: "/") { slash -= 1 }
            guard slash > 0 else { break }
            slash -= 1
            var start = slash
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            guard slash - start == 10 || slash - start == 7 else { continue }
            let folder = [UInt8](bytes.extracting(start..<slash))
            if folder.count == 10, let date = LocalDate(utf8: folder) {
                found.append(PathDate(date: date, text: date.description, isDay: true, place: "folder"))
            } else if folder.count == 7, let date = LocalDate(utf8: folder + "-01".utf8) {
                let text = String(decoding: folder, as: UTF8.self)
                found.append(PathDate(date: date, text: text, isDay: false, place: "folder"))
            }
        }
        return found
    }
}
