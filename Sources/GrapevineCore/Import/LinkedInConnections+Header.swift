extension LinkedInConnections {
    /// Where the header line is, and the separator it uses.
    struct Header: Equatable {
        /// The byte offset of the line.
        var offset: Int
        /// Its 1-based line number.
        var line: Int
        /// `,`, `;` or a tab: whichever the line has most of outside quotes.
        var separator: UInt8

        /// The first line, outside quoted text, that names both `First Name` and `Last Name`.
        static func find(in bytes: [UInt8]) -> Header? {
            var (start, line, inQuotes) = (0, 1, false)
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
                let content = bytes[start..<end]
                if !inQuotes, let header = header(content, offset: start, line: line) { return header }
                inQuotes = content.reduce(inQuotes) { open, byte in byte == UInt8(ascii: "\"") ? !open : open }
                if end < bytes.count, bytes[end] == UInt8(ascii: "\r"), end + 1 < bytes.count,
                    bytes[end + 1] == UInt8(ascii: "\n")
                {
                    end += 1
                }
                (start, line) = (end + 1, line + 1)
            }
            return nil
        }

        private static func header(_ content: ArraySlice<UInt8>, offset: Int, line: Int) -> Header? {
            let text = String(decoding: content, as: UTF8.self).lowercased()
            guard text.contains("first name") || text.contains("firstname"),
                text.contains("last name") || text.contains("lastname")
            else { return nil }
            var counts: [UInt8: Int] = [:]
            var inQuotes = false
            for byte in content {
                if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
                if !inQuotes, separators.contains(byte) { counts[byte, default: 0] += 1 }
            }
            let separator = separators.max { counts[$0, default: 0] < counts[$1, default: 0] }!
            guard counts[separator, default: 0] > 0 else { return nil }
            return Header(offset: offset, line: line, separator: separator)
        }

        private static let separators: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
    }

    /// Which column holds what, found by the header's names in any order and case.
    struct Columns: Equatable {
        var firstName: Int
        var middleName: Int?
        var lastName: Int
        var url: Int?
        var email: Int?
        var company: Int?
        var position: Int?
        var connectedOn: Int?
        /// The number of columns.
        var count: Int

        init(_ names: [String], file: String, line: Int) throws(ImportFailure) {
            let keys = names.map { Self.key($0) }
            func column(_ synonyms: [String]) -> Int? { keys.firstIndex { synonyms.contains($0) } }
            guard let first = column(["first name", "firstname", "given name"]),
                let last = column(["last name", "lastname", "surname", "family name"])
            else {
                throw ImportFailure(
                    file: file, line: line, message: "the header has no 'First Name' or no 'Last Name' column")
            }
            (firstName, lastName, count) = (first, last, names.count)
            middleName = column(["middle name", "middlename", "additional name", "middle"])
            url = column(["url", "profile url", "linkedin url", "public profile url", "profile", "linkedin"])
            email = column(["email address", "email", "e-mail address", "e-mail", "emailaddress"])
            company = column(["company", "organization", "organisation", "company name", "employer"])
            // Outlook's and Google's CSV (and LinkedIn's old export) have both `Title`, the
            // honorific (`Dr.`), and `Job Title`: `Title` is the job only when it is alone.
            position = column(["position", "job title", "headline"]) ?? column(["title"])
            connectedOn = column(["connected on", "connected", "connection date", "connectedon"])
        }

        /// A column name lowercased, its white space folded.
        private static func key(_ name: String) -> String {
            name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
    }
}
