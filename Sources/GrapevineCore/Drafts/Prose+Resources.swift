/// A Resources item as a message says it: one that starts with what to do ("Read "Mismatch"
/// by Kat Holmes", "Join the Civic Tech Slack") is an action ("I will read …"), any other is
/// something to look into ("I will look into the 18F content guide"); one already done is said
/// done ("I have already read …").
extension Prose {
    /// The verbs a Resources item may start with to say what to do, each with its -ing form and
    /// its past participle. Words that are as often nouns at the start of a title (`Study`,
    /// `Review`, `Practice`, `Research`, `Complete`, `Go`) are left out: "Study of …" is a thing
    /// to look into.
    static let resourceVerbs: [String: (ing: String, done: String)] = [
        "attend": ("attending", "attended"), "browse": ("browsing", "browsed"),
        "bookmark": ("bookmarking", "bookmarked"), "check": ("checking", "checked"), "do": ("doing", "done"),
        "download": ("downloading", "downloaded"), "explore": ("exploring", "explored"),
        "find": ("finding", "found"), "follow": ("following", "followed"), "get": ("getting", "got"),
        "join": ("joining", "joined"), "learn": ("learning", "learned"), "listen": ("listening", "listened"),
        "look": ("looking", "looked"), "read": ("reading", "read"), "register": ("registering", "registered"),
        "sign": ("signing", "signed"), "skim": ("skimming", "skimmed"), "subscribe": ("subscribing", "subscribed"),
        "take": ("taking", "taken"), "try": ("trying", "tried"), "use": ("using", "used"),
        "visit": ("visiting", "visited"), "watch": ("watching", "watched"),
    ]

    /// What a Resources item asks you to do, as it goes after "I will": "read "Mismatch" by Kat
    /// Holmes" for `Read "Mismatch" by Kat Holmes`; `nil` when it does not start with one of
    /// `resourceVerbs` followed by what to do it with.
    static func resourceAction(_ item: String) -> String? {
        guard let (verb, rest) = leadingResourceVerb(item) else { return nil }
        return verb + rest
    }

    /// A Resources item as a thing: the item as written, or its action with the verb's -ing
    /// form ("reading "Mismatch" by Kat Holmes"), so that "I will look into …" and "thank you
    /// for recommending …" read right with either.
    static func resourceAsThing(_ item: String) -> String {
        guard let (verb, rest) = leadingResourceVerb(item), let forms = resourceVerbs[verb] else { return item }
        return forms.ing + rest
    }

    /// A Resources item you have done, as it goes after "I have": its action with the verb's
    /// past participle ("read "Mismatch" by Kat Holmes", "subscribed to Lenny's"), any other
    /// item looked into ("looked into the 18F content guide").
    static func resourceDone(_ item: String) -> String {
        guard let (verb, rest) = leadingResourceVerb(item), let forms = resourceVerbs[verb] else {
            return "looked into " + item
        }
        return forms.done + rest
    }

    /// The kinds a Resources item is often labelled with (`Book: Designing Data-Intensive
    /// Applications`, `Podcast: Reply All`), each with what you do with one: a message says "I
    /// will read Designing Data-Intensive Applications", never "look into Book: …".
    static let resourceLabels: [String: String] = [
        "article": "read", "blog": "read", "book": "read", "essay": "read", "newsletter": "subscribe to",
        "paper": "read", "podcast": "listen to", "post": "read", "talk": "watch", "video": "watch",
        "course": "take", "class": "take", "community": "join", "group": "join", "slack": "join",
        "event": "attend", "meetup": "attend", "conference": "attend",
    ]

    /// The item's first word lowercased when it is one of `resourceVerbs`, and the rest of the
    /// item from the space after it; for an item labelled with its kind (`resourceLabels`), the
    /// verb for that kind and the rest after the label, with the verb's particle (" to Reply All").
    private static func leadingResourceVerb(_ item: String) -> (verb: String, rest: Substring)? {
        guard let space = item.firstIndex(of: " ") else { return nil }
        let first = item[..<space]
        let rest = item[space...]
        guard !rest.trimmingWhitespace().isEmpty else { return nil }
        if first.last == ":", let action = resourceLabels[first.dropLast().lowercased()] {
            let words = action.split(separator: " ", maxSplits: 1)
            return (String(words[0]), Substring(words.dropFirst().map { " " + $0 }.joined() + rest))
        }
        let verb = first.lowercased()
        guard resourceVerbs[verb] != nil else { return nil }
        return (verb, rest)
    }
}
