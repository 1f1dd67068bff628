import ArgumentParser
import GrapevineCore

/// The transforms of the date options: `WrittenDate`'s forms, its problem as argument
/// parser's usage error.
enum CommandLineDate {
    static func day(_ text: String) throws -> LocalDate {
        do throws(WrittenDate.Problem) {
            return try WrittenDate.day(text)
        } catch {
            throw ValidationError(error.description)
        }
    }

    static func moment(_ text: String) throws -> LocalDateTime {
        do throws(WrittenDate.Problem) {
            return try WrittenDate.moment(text)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
