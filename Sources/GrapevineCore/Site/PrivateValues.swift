/// The values of the fields `private_fields` lists, from every note of the vault, which a public
/// site hides wherever they are written: an address or a number copied into a note's body, a
/// Log entry or another note ("call +1 555 0142", "Jane's is jane@hush.example"). Leaving the
/// field out of the page is not enough when its value is on the same page a few lines lower.
///
/// A value is found as a page shows it (`TextAsRead`), in any case and with or without
/// accents, where it starts and ends a word; a phone number
/// (a value of at least seven digits and nothing but `+ - . ( ) /` and spaces between them) by
/// its last seven digits, however they are grouped ("555-0142" for "+1 555 0142"). Values of
/// fewer than three characters, `true`/`false`/`yes`/`no`, and dates are no one's secret alone
/// and would hide ordinary words; an `email` without `@` or a `phone` without a digit ("none",
/// "n/a") is no address or number.
struct PrivateValues: Sendable {
    /// A value: the bytes before its first word (`+`), then the rest, lowercased.
    private struct Value: Sendable {
        let lead: [UInt8]
        let rest: [UInt8]
    }

    /// The values by the hash of their first word, longest first.
    private var byFirstWord: [UInt64: [Value]] = [:]
    /// The last seven digits of each phone number.
    private var phoneEnds: Set<[UInt8]> = []

    /// Whether there is nothing to hide.
    var isEmpty: Bool { byFirstWord.isEmpty && phoneEnds.isEmpty }

    /// No values.
    init() {}

    /// The values `private_fields` names in the notes of `vault`, private notes' too.
    init(of vault: Vault) {
        let fields = Set(vault.config.privateFields.map(Self.folded))
        var values: Set<String> = []
        for note in vault.notes where !fields.isEmpty {
            for entry in note.frontMatter.entries { Self.collect(entry, fields: fields, into: &values) }
        }
        self.init(values: values)
    }

    /// `values` as written (a value that is not worth hiding is passed over).
    init(values: some Sequence<String>) {
        for value in values {
            let text = value.trimmingWhitespace()
            guard Self.isWorthHiding(text) else { continue }
            if let end = Self.phoneEnd(of: Array(text.utf8)) { phoneEnds.insert(end) }
            add(text)
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.rest.count > $1.rest.count } }
    }

    /// Adds the value `text` (worth hiding) to the values looked up by their first word.
    private mutating func add(_ text: String) {
        let bytes = TextAsRead(Array(text.utf8), folding: true).bytes.map(Self.lowercased)
        guard let first = bytes.firstIndex(where: Self.isWordByte) else { return }
        let value = Value(lead: Array(bytes[..<first]), rest: Array(bytes[first...]))
        byFirstWord[Self.hash(of: value.rest[...]), default: []].append(value)
    }

    /// `text` with each value in it replaced by "(private)": found in the text as a reader of
    /// the page reads it, in lower case and without accents (`TextAsRead`: `pat%40hush.example`
    /// in a URL, `QUILLFÉATHER` for `Quillfeather`), hidden as written.
    func hiding(in text: String) -> String {
        guard !isEmpty, text.utf8.count >= 3 else { return text }
        let bytes = Array(text.utf8)
        let found = TextAsRead.writtenRanges(in: bytes, folding: true) { read in
            valueRanges(in: read.bytes) + phoneRanges(in: read.bytes)
        }
        guard !found.isEmpty else { return text }
        return ByteRanges.replacing(found, in: bytes, with: "(private)")
    }

    // MARK: Finding them

    /// Where the values are written in `bytes`: at the start of a word, looked up by its hash.
    private func valueRanges(in bytes: [UInt8]) -> [Range<Int>] {
        guard !byFirstWord.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        var offset = 0
        while offset < bytes.count {
            guard Self.isWordByte(bytes[offset]), offset == 0 || !Self.isWordByte(bytes[offset - 1]) else {
                offset += 1
                continue
            }
            let found = byFirstWord[Self.hash(of: bytes[offset...])]?.lazy.compactMap {
                Self.range(of: $0, at: offset, in: bytes)
            }.first
            if let found {
                ranges.append(found)
                offset = found.upperBound
            } else {
                offset += 1
            }
        }
        return ranges
    }

    /// Where `value` is written in `bytes` from `offset` (the start of its first word), with the
    /// bytes before that word when the text has them too; `nil` when it is not, or goes on as
    /// a longer word.
    private static func range(of value: Value, at offset: Int, in bytes: [UInt8]) -> Range<Int>? {
        let end = offset + value.rest.count
        guard end <= bytes.count else { return nil }
        for index in value.rest.indices where lowercased(bytes[offset + index]) != value.rest[index] { return nil }
        if end < bytes.count, isWordByte(bytes[end]), isWordByte(value.rest[value.rest.count - 1]) { return nil }
        let start = offset - value.lead.count
        let hasLead = start >= 0 && bytes[start..<offset].map(lowercased).elementsEqual(value.lead)
        return (hasLead ? start : offset)..<end
    }

    /// Where numbers ending in the last seven digits of a phone number are written in `bytes`:
    /// digits grouped by one or two separators (`(555) 0142`), from a `+` or `(` before them.
    private func phoneRanges(in bytes: [UInt8]) -> [Range<Int>] {
        guard !phoneEnds.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        var offset = 0
        while offset < bytes.count {
            guard Self.isDigit(bytes[offset]), offset == 0 || !Self.isWordByte(bytes[offset - 1]) else {
                offset += 1
                continue
            }
            var (digits, end, next) = ([UInt8](), offset, offset)
            while next < bytes.count {
                if Self.isDigit(bytes[next]) {
                    digits.append(bytes[next])
                    (next, end) = (next + 1, next + 1)
                } else if let digit = bytes[next...].prefix(3).firstIndex(where: Self.isDigit),
                    bytes[next..<digit].allSatisfy(Self.phoneSeparators.contains)
                {
                    next = digit
                } else {
                    break
                }
            }
            let endsWord = end == bytes.count || !Self.isWordByte(bytes[end])
            if endsWord, digits.count >= 7, phoneEnds.contains(Array(digits.suffix(7))) {
                let start =
                    offset > 0 && [UInt8(ascii: "+"), UInt8(ascii: "(")].contains(bytes[offset - 1])
                    ? offset - 1 : offset
                ranges.append(start..<end)
            }
            offset = end
        }
        return ranges
    }

    /// The last seven digits of a value written as a phone number; `nil` for any other value.
    private static func phoneEnd(of bytes: [UInt8]) -> [UInt8]? {
        let digits = bytes.filter(isDigit)
        guard digits.count >= 7, bytes.allSatisfy({ isDigit($0) || phoneSeparators.contains($0) }) else { return nil }
        return Array(digits.suffix(7))
    }

    private static let phoneSeparators: Set<UInt8> = Set(" +-.()/".utf8)

    // MARK: Reading them

    /// The values under `entry` when its key is one of `fields` (folded), at any depth: each
    /// line of each scalar.
    private static func collect(_ entry: FrontMatter.Entry, fields: Set<String>, into values: inout Set<String>) {
        if let field = field(meantBy: entry.key, among: fields) {
            for scalar in scalars(of: entry.value) {
                for line in scalar.split(whereSeparator: \.isNewline) {
                    let line = line.trimmingWhitespace()
                    // An address without `@` or a number without a digit ("none", "n/a") is neither.
                    if field == "email", !line.contains("@") { continue }
                    if field == "phone", !line.contains(where: \.isNumber) { continue }
                    values.insert(String(line))
                }
            }
        } else if case .mapping(let entries) = entry.value.content {
            for entry in entries { collect(entry, fields: fields, into: &values) }
        } else if case .list(let items) = entry.value.content {
            for case .mapping(let entries) in items.map(\.content) {
                for entry in entries { collect(entry, fields: fields, into: &values) }
            }
        }
    }

    /// The field of `fields` (folded) that `key` is written for: the same letters and digits
    /// in any case (`E-Mail`), a word of it, or its plural (`work_email`, `phone_numbers`,
    /// `emails`), another name
    /// Grapevine knows for it (`mobile` for `phone`); `nil` for none.
    static func field(meantBy key: String, among fields: Set<String>) -> String? {
        let whole = folded(key)
        if fields.contains(whole) { return whole }
        for var word in key.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            while word.last?.isNumber == true { word = word.dropLast() }  // `email2`
            if fields.contains(String(word)) { return String(word) }
            if word.last == "s", fields.contains(String(word.dropLast())) { return String(word.dropLast()) }
        }
        if let meant = NoteReader.field(meantByOtherName: key), fields.contains(meant) { return meant }
        return nil
    }

    private static func scalars(of value: FrontMatter.Value) -> [String] {
        switch value.content {
        case .scalar(let text, _): value.isNull ? [] : [text]
        case .list(let items): items.flatMap(scalars)
        case .mapping(let entries): entries.flatMap { scalars(of: $0.value) }
        }
    }

    /// Whether a value may be hidden wherever it is written without hiding ordinary words.
    private static func isWorthHiding(_ text: String) -> Bool {
        guard text.count >= 3, text.utf8.contains(where: isWordByte) else { return false }
        if ["true", "false", "yes", "no", "null"].contains(text.lowercased()) { return false }
        return LocalDate(text) == nil && LocalDateTime(text) == nil
    }

    // MARK: Bytes

    /// A key's letters and digits, lowercased: `E-Mail` is `email`.
    private static func folded(_ key: String) -> String {
        String(key.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// The hash of the word `bytes` start with, lowercased.
    private static func hash(of bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            guard isWordByte(byte) else { break }
            hash = (hash ^ UInt64(lowercased(byte))) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
