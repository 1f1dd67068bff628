/// A value written as text in notes and JSON (`2026-10-14`), encoded as that same text.
public protocol TextCodable: Codable, CustomStringConvertible {
    /// Parses the text form; `nil` when it is not valid.
    init?(_ text: some StringProtocol)
}

extension TextCodable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "invalid value '\(text)'"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
