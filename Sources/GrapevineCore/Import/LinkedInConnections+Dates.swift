extension LinkedInConnections {
    /// The date of a `Connected On` value as LinkedIn has written them: `05 Nov 2024`,
    /// `05-Nov-24` (a spreadsheet's rewrite), `2024-11-05`; English month names, short or long.
    /// A form with the month as a number (`11/05/2024`) is not read: it could be either order.
    static func connectedDate(_ text: String) -> LocalDate? {
        writtenDay(text).flatMap { LocalDate(year: $0.year, month: $0.month, day: $0.day) }
    }

    /// The year, month and day a `Connected On` value is written with, in one of the forms
    /// `connectedDate` reads, whether or not that day exists (`31 Feb 2024`).
    static func writtenDay(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }).map(String.init)
        guard parts.count == 3 else { return nil }
        if parts[0].count == 4, parts[1].count == 2, parts[2].count == 2, text.utf8.count == 10 {
            guard let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
            return (year, month, day)
        }
        // `05 Nov 2024` or `Nov 05 2024`.
        let (day, month, year) =
            Int(parts[0]) != nil ? (parts[0], parts[1], parts[2]) : (parts[1], parts[0], parts[2])
        guard let dayNumber = Int(day), let monthNumber = Self.month(month), let yearNumber = Int(year),
            year.count == 2 || year.count == 4
        else { return nil }
        return (year.count == 2 ? 2000 + yearNumber : yearNumber, monthNumber, dayNumber)
    }

    /// 1–12 for an English month name or its first three letters or more (`Sept`), any case.
    private static func month(_ name: String) -> Int? {
        let lowered = name.lowercased().replacing(".", with: "")
        guard lowered.count >= 3 else { return nil }
        return LocalDate.monthNames.firstIndex { $0.lowercased().hasPrefix(lowered) }.map { $0 + 1 }
    }
}
