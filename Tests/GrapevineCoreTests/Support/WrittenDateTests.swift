import Testing

@testable import GrapevineCore

@Suite("Dates typed on the command line")
struct WrittenDateTests {
    @Test(
        "a moment takes what an interview's date takes: an ISO date, with a time as people write it",
        arguments: [
            ("2026-11-20", "2026-11-20"), ("2026-11-20 15:00", "2026-11-20 15:00"),
            ("2026-11-20 3pm", "2026-11-20 15:00"), ("2026-11-20 9:30 AM", "2026-11-20 09:30"),
            ("2026-11-20 at 15:00", "2026-11-20 15:00"),
            // `15h` is 15:00 where `15h30` is 15:30.
            ("2026-11-13 15h", "2026-11-13 15:00"), ("2026-11-13 9h", "2026-11-13 09:00"),
            ("2026-11-13 15h30", "2026-11-13 15:30"),
        ])
    func moments(text: String, read: String) throws {
        #expect(try WrittenDate.moment(text).description == read)
    }

    @Test(
        "anything else is refused with the ISO form to write, when it is a date written another way",
        arguments: [
            (
                "11/12/2026",
                "'11/12/2026' is not a date; write the date as YYYY-MM-DD: '2026-11-12' (or '2026-12-11' if the day comes first)."
            ),
            ("Nov 18, 2026", "'Nov 18, 2026' is not a date; write the date as YYYY-MM-DD: '2026-11-18'."),
            // `snooze --until 06.12.2026`: dots put the day first, and only that reading is given.
            ("06.12.2026", "'06.12.2026' is not a date; write the date as YYYY-MM-DD: '2026-12-06'."),
            ("next week", #"'next week' is not a date; write it as YYYY-MM-DD or "YYYY-MM-DD HH:MM"."#),
            // A bare hour: three what? Both readings, as `check` gives them.
            (
                "2026-11-20 3",
                "'2026-11-20 3' is not a date; write the time as HH:MM: '2026-11-20 03:00' or '2026-11-20 15:00'."
            ),
            // The time written is kept in the form to write: following the hint loses nothing.
            ("20/11/2026 14h30", "'20/11/2026 14h30' is not a date; write it as '2026-11-20 14:30'."),
            ("06.11.2026 15h", "'06.11.2026 15h' is not a date; write it as '2026-11-06 15:00'."),
            ("Nov 20, 2026 3pm", "'Nov 20, 2026 3pm' is not a date; write it as '2026-11-20 15:00'."),
            (
                "11/12/2026 10:00",
                "'11/12/2026 10:00' is not a date; write it as '2026-11-12 10:00' "
                    + "(or '2026-12-11 10:00' if the day comes first)."
            ),
            (
                "2026-11-20 sometime",
                "'2026-11-20 sometime' is not a date; write it as '2026-11-20 HH:MM' (a 24-hour time), "
                    + "or '2026-11-20' alone."
            ),
            // Written right, but no such day.
            ("2026-02-30", "'2026-02-30' is not a date: February 2026 has 28 days."),
            ("2028-02-30 10:00", "'2028-02-30 10:00' is not a date: February 2028 has 29 days."),
            ("2026-13-01", "'2026-13-01' is not a date: there is no month 13."),
            ("2026-04-31", "'2026-04-31' is not a date: April 2026 has 30 days."),
        ])
    func refusedMoments(text: String, message: String) {
        #expect(throws: WrittenDate.Problem.self) { try WrittenDate.moment(text) }
        do {
            _ = try WrittenDate.moment(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("a day takes no time: its hint is the day alone")
    func dayHintHasNoTime() {
        do {
            _ = try WrittenDate.day("06.12.2026 15h")
            Issue.record("a day with a time was read")
        } catch {
            #expect(error.description == "'06.12.2026 15h' is not a date; write the date as YYYY-MM-DD: '2026-12-06'.")
        }
    }

    @Test("a day is a day: no time, and the same hint")
    func days() throws {
        #expect(try WrittenDate.day("2026-11-18").description == "2026-11-18")
        #expect(throws: WrittenDate.Problem.self) { try WrittenDate.day("2026-11-18 15:00") }
        do {
            _ = try WrittenDate.day("12/1/2026")
        } catch {
            #expect(error.description.hasSuffix("'2026-12-01' (or '2026-01-12' if the day comes first)."))
        }
    }
}
