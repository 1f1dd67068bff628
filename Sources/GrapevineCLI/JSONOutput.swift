import Foundation
import GrapevineCore

/// JSON for scripts: stable key order, pretty-printed, no escaped slashes.
enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return escapingControls(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// The encoder escapes C0 controls but writes DEL and C1 controls (U+0080–U+009F) as they
    /// are, which a terminal may obey; escaped, they are the same JSON value and print as text.
    private static func escapingControls(_ json: String) -> String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool { (0x7F..<0xA0).contains(scalar.value) }
        // The byte scan first: JSON of a big vault is megabytes, and nearly always clean.
        guard TerminalText.needsCleaning(json), json.unicodeScalars.contains(where: isControl) else { return json }
        var result = ""
        for scalar in json.unicodeScalars {
            if isControl(scalar) {
                result += "\\u00" + String(scalar.value, radix: 16, uppercase: true)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
