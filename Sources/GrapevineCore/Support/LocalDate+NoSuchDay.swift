extension LocalDate {
    /// Why the day with these numbers does not exist, as a clause (`February 2026 has 28
    /// days`, `there is no month 13`); `nil` when it does.
    static func whyNoSuchDay(year: Int, month: Int, day: Int) -> String? {
        guard (1...9999).contains(year) else { return "years go from 0001 to 9999" }
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        guard day >= 1 else { return "there is no day \(day)" }
        let days = daysIn(month: month, year: year)
        guard day <= days else { return "\(monthNames[month - 1]) \(year) has \(days) days" }
        return nil
    }

    /// Why `text`, written `YYYY-MM-DD`, is a day that does not exist (`2026-02-30`: February
    /// 2026 has 28 days); `nil` when it exists or is not written so.
    static func whyNoSuchDay(_ text: some StringProtocol) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
        else { return nil }
        return whyNoSuchDay(year: year, month: month, day: day)
    }
}
