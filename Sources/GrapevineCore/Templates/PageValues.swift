/// A page's values for its template: text, numbers and flags, kept in the order they are set.
/// Text is a `String` or, for parts written with `HTMLWriter`, the writer.
///
/// Two arrays rather than a dictionary of `Any`: a site sets forty values on each of thousands
/// of pages, and `TemplateShapes` reads them all once, in order, to pick the page's shape. A
/// key set twice keeps both entries; the later one is the one templates see.
struct PageValues {
    enum Value {
        case text(String)
        /// Text as `HTMLWriter` wrote it.
        case html(HTMLWriter)
        case number(Int)
        case flag(Bool)

        /// The value's text; empty for a flag.
        var text: String {
            switch self {
            case .text(let text): text
            case .html(let html): html.html
            case .number(let number): String(number)
            case .flag: ""
            }
        }
    }

    private(set) var keys: [String] = []
    private(set) var values: [Value] = []
    /// How many bytes of text the values hold, about: room for a page to be filled in.
    private(set) var textCount = 0

    /// Values with room for `capacity` of them: a page has about forty, a part of a page a few.
    init(capacity: Int = 48) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// Removes every value, keeping the room they took: a list's parts reuse one set of values.
    /// One at a time from the end: `removeAll(keepingCapacity:)` goes through the generic
    /// `replaceSubrange`, several hundred instructions for the handful of values of a part,
    /// and parts are rendered hundreds of thousands of times a build.
    mutating func removeAll() {
        while keys.popLast() != nil {}
        while values.popLast() != nil {}
        textCount = 0
    }

    subscript(key: String) -> String? {
        get {
            switch value(of: key) {
            case .text(let text): text
            case .html(let html): html.html
            default: nil
            }
        }
        set { set(key, newValue.map(Value.text)) }
    }

    subscript(key: String) -> Int? {
        get { value(of: key).flatMap { if case .number(let number) = $0 { number } else { nil } } }
        set { set(key, newValue.map(Value.number)) }
    }

    /// A flag, set or implied by `put`.
    subscript(flagKey: String) -> Bool? {
        get {
            for (key, value) in zip(keys, values).reversed() {
                switch value {
                case .flag(let flag) where key == flagKey: return flag
                case .html(let html) where Self.flagName(of: key) == flagKey: return !html.isEmpty
                case _ where key == flagKey: return nil
                default: continue
                }
            }
            return nil
        }
        set { set(flagKey, newValue.map(Value.flag)) }
    }

    /// Sets `key` to what `html` wrote, and so `hasKey` to whether it wrote anything, for
    /// templates to write `{{#hasLog}}<ol>{{{log}}}</ol>{{/hasLog}}`. (A flag rather than
    /// `{{#log}}`: an empty string is true to swift-mustache, and a string section pushes the
    /// string on its context stack, so that every lookup inside reflects on the string first.)
    /// The flag is not stored: whether the text is empty is part of a page's shape already,
    /// and templates see it where the values are read (`dictionary`, `TemplateShapes`).
    mutating func put(_ key: String, _ html: HTMLWriter) {
        set(key, .html(html))
    }

    /// The values as Mustache reads them.
    var dictionary: [String: Any] {
        var dictionary: [String: Any] = Dictionary(minimumCapacity: keys.count)
        for (key, value) in zip(keys, values) {
            switch value {
            case .text(let text): dictionary[key] = text
            case .html(let html):
                dictionary[key] = html.html
                dictionary[Self.flagName(of: key)] = !html.isEmpty
            case .number(let number): dictionary[key] = number
            case .flag(let flag): dictionary[key] = flag
            }
        }
        return dictionary
    }

    private func value(of key: String) -> Value? {
        keys.lastIndex(of: key).map { values[$0] }
    }

    /// Adds `value`, or removes every entry of `key` for `nil`.
    private mutating func set(_ key: String, _ value: Value?) {
        guard let value else {
            while let index = keys.lastIndex(of: key) {
                keys.remove(at: index)
                values.remove(at: index)
            }
            return
        }
        keys.append(key)
        values.append(value)
        switch value {
        case .text(let text): textCount += text.utf8.count
        case .html(let html): textCount += html.count
        case .number: textCount += 20
        case .flag: break
        }
    }

    /// `hasLog` for `log`. ("has" and a key of up to twelve bytes is a string Swift keeps
    /// inline, without allocating.)
    static func flagName(of key: String) -> String {
        guard let first = key.utf8.first, case UInt8(ascii: "a")...UInt8(ascii: "z") = first else { return "has" + key }
        return "has" + String(Unicode.Scalar(first - 0x20)) + key.dropFirst()
    }
}
