import Foundation

/// Text in the encodings export files come in: UTF-8 (LinkedIn, Google, Apple), UTF-16 (a
/// spreadsheet's "Unicode text"), Windows-1252 (a CSV saved again by Excel on Windows), and
/// the `CHARSET` a vCard 2.1 property names.
enum ImportText {
    /// The file's bytes as UTF-8: a UTF-8 byte order mark dropped, UTF-16 with its byte order
    /// mark converted, and anything else that is not UTF-8 read as Windows-1252. `encoding`
    /// names what the file was read as, when that was not UTF-8.
    static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: String?) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3))) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), bigEndian: false), "UTF-16") }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), bigEndian: true), "UTF-16") }
        if let bigEndian = utf16WithoutMark(bytes) {
            return (utf16(bytes[...], bigEndian: bigEndian), "UTF-16 (without a byte order mark)")
        }
        if String(validating: bytes, as: UTF8.self) != nil { return (bytes, nil) }
        return (Array(windows1252(bytes[...]).utf8), "Windows-1252")
    }

    /// Whether `bytes` are UTF-16 without a byte order mark, and in which order: the first two
    /// characters ASCII, each with a NUL byte beside it (`F\0i\0`, a header, `B\0E\0`). UTF-8
    /// text has no NUL bytes, so this is not a guess. `nil` when they are not.
    static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4 else { return nil }
        let ascii = { (byte: UInt8) in byte != 0 && byte < 0x80 }
        if ascii(bytes[0]), bytes[1] == 0, ascii(bytes[2]), bytes[3] == 0 { return false }
        if bytes[0] == 0, ascii(bytes[1]), bytes[2] == 0, ascii(bytes[3]) { return true }
        return nil
    }

    /// `bytes` in the charset `charset` names; UTF-8 when it names none or one not known here,
    /// and Windows-1252 when the bytes are not UTF-8 after all.
    static func decode(_ bytes: ArraySlice<UInt8>, charset: String?) -> String {
        switch charset?.lowercased() {
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii":
            return windows1252(bytes)
        case let name?:
            if let encoding = otherEncodings[name], let text = String(bytes: bytes, encoding: encoding) {
                return text
            }
            fallthrough
        default:
            return String(validating: bytes, as: UTF8.self) ?? windows1252(bytes)
        }
    }

    /// Bytes read as Windows-1252: ISO 8859-1 with printable characters in 0x80–0x9F.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Windows-1252's characters for 0x80–0x9F (U+FFFD where it has none).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Other charsets address books name, by their lowercased IANA names.
    private static let otherEncodings: [String: String.Encoding] = [
        "iso-8859-2": .isoLatin2, "windows-1250": .windowsCP1250, "windows-1251": .windowsCP1251,
        "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254, "shift_jis": .shiftJIS,
        "shift-jis": .shiftJIS, "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP, "utf-16": .utf16,
    ]
}
