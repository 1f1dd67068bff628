import Foundation
import Testing

/// Reads Grapevine's exports back with Python libraries written by others: `vobject` for
/// vCards, `icalendar` for iCalendar files (Debian's `python3-vobject` and `python3-icalendar`,
/// which `.ci/run` installs).
enum PythonReader {
    /// A `python3` that imports both libraries: the system's first (pyenv and virtual
    /// environments on PATH may lack them), then any on PATH.
    static let interpreter: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates =
            ["/usr/bin/python3", "/usr/local/bin/python3"] + path.split(separator: ":").map { "\($0)/python3" }
        return candidates.first { candidate in
            FileManager.default.isExecutableFile(atPath: candidate)
                && (try? run(candidate, ["-c", "import vobject, icalendar"]).status) == 0
        }
    }()

    /// Whether the tests that read exports back with Python run: when the libraries are
    /// installed, and always on CI (`CI=true`), where a missing library fails them.
    static let isAvailable = interpreter != nil || ProcessInfo.processInfo.environment["CI"] == "true"

    /// Why those tests are skipped, when they are.
    static let skipReason: Comment =
        "no python3 with vobject and icalendar (apt-get install python3-vobject python3-icalendar); CI installs them"

    /// What `script` printed to standard output for `file`, decoded from JSON; a failure of
    /// the script (the library refusing the file) is an error with what it said.
    static func read(_ script: String, _ file: String) throws -> Any {
        let python = try #require(interpreter, skipReason)
        let (status, output, errors) = try run(python, ["-c", script, file])
        try #require(status == 0, "python3 failed reading \(file):\n\(errors)")
        return try JSONSerialization.jsonObject(with: Data(output.utf8))
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (
        status: Int32, output: String, errors: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    /// Every card of a vCard file as `vobject` reads it.
    static let vCards = """
        import json, sys, vobject
        cards = []
        with open(sys.argv[1], encoding="utf-8", newline="") as file:
            for card in vobject.readComponents(file.read(), validate=True):
                def values(name):
                    return [line.value for line in card.contents.get(name, [])]
                name = card.n.value
                cards.append({
                    "version": card.version.value, "uid": card.uid.value, "fn": card.fn.value,
                    "family": name.family, "given": name.given, "additional": name.additional,
                    "emails": values("email"), "tels": values("tel"), "urls": values("url"),
                    "org": values("org"), "title": values("title"), "note": values("note"),
                    "categories": values("categories"), "nickname": values("nickname"),
                    "related": [{"value": line.value, "params": line.params} for line in card.contents.get("related", [])],
                })
        print(json.dumps(cards))
        """

    /// The to-dos and events of an iCalendar file as `icalendar` reads them.
    static let calendar = """
        import json, sys, icalendar
        with open(sys.argv[1], "rb") as file:
            calendar = icalendar.Calendar.from_ical(file.read())
        def when(component, name):
            value = component.get(name)
            return None if value is None else value.dt.isoformat()
        def text(component, name):
            value = component.get(name)
            return None if value is None else str(value)
        components = []
        for component in calendar.walk():
            if component.name not in ("VTODO", "VEVENT"):
                continue
            categories = component.get("categories")
            components.append({
                "name": component.name, "uid": text(component, "uid"), "summary": text(component, "summary"),
                "description": text(component, "description"), "location": text(component, "location"),
                "url": text(component, "url"), "status": text(component, "status"),
                "dtstart": when(component, "dtstart"), "dtend": when(component, "dtend"), "due": when(component, "due"),
                "completed": when(component, "completed"), "percent": text(component, "percent-complete"),
                "sequence": int(component.get("sequence", 0)), "done": text(component, "x-grapevine-completed"),
                "categories": [str(c) for c in categories.cats] if categories is not None else [],
            })
        print(json.dumps({"prodid": str(calendar.get("prodid")), "components": components}))
        """
}
