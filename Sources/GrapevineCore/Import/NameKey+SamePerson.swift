extension NameKey {
    /// Whether two people, each named by a name and its aliases, may be one person as far as
    /// their names tell: some name of one and some name of the other have given names that
    /// agree (`Jane Doe` and `Jane Smith`: a married name; `J. Smith`, `Rob Smith`, `Bob Smith`
    /// and `Robert Smith`: an initial, a short form, a nickname), or are one name written
    /// family name first. Words are compared as look-alike names are (`lookAlike`: case,
    /// accents, punctuation, honorifics and middle initials folded). A one-word name agrees
    /// with a name holding an agreeing word. `Kim Lee` and `Pat Lee` do not agree: two people
    /// of one household. A side with no letters (an emoji) may be anyone.
    static func mayBeOnePerson(_ names: [String], _ otherNames: [String]) -> Bool {
        let some = names.map(lookAlikeWords).filter { !$0.isEmpty }
        let others = otherNames.map(lookAlikeWords).filter { !$0.isEmpty }
        guard !some.isEmpty, !others.isEmpty else { return true }
        return some.contains { words in others.contains { namesAgree(words, $0) } }
    }

    // MARK: Private

    private static func lookAlikeWords(_ name: String) -> [Substring] {
        let key = lookAlike(name)
        return key.split(separator: " ")
    }

    private static func namesAgree(_ first: [Substring], _ second: [Substring]) -> Bool {
        if first.count == 1 { return second.contains { givenNamesAgree(first[0], $0) } }
        if second.count == 1 { return first.contains { givenNamesAgree(second[0], $0) } }
        if givenNamesAgree(first[0], second[0]) { return true }
        return first[0] == second[second.count - 1] && first[first.count - 1] == second[0]
    }

    /// Whether two given names may be one person's: equal, an initial of the other, a short
    /// form the other starts with (three letters or more: `Sam`, `Samuel`), or nicknames of one
    /// name (`nicknames`).
    private static func givenNamesAgree(_ first: Substring, _ second: Substring) -> Bool {
        if first == second { return true }
        let (short, long) = first.count <= second.count ? (first, second) : (second, first)
        if short.count == 1 || short.count >= 3, long.hasPrefix(short) { return true }
        guard let groups = nicknameGroups[String(first)], let otherGroups = nicknameGroups[String(second)] else {
            return false
        }
        return !groups.isDisjoint(with: otherGroups)
    }

    /// English given names and the nicknames that do not start like them, by group: a name may
    /// be in several (`Ted`: Edward, Theodore). Only ever used to let a match stand.
    private static let nicknames: [[String]] = [
        ["robert", "bob", "bobby", "bert"], ["william", "bill", "billy", "liam"], ["richard", "dick", "rick", "ricky"],
        ["james", "jim", "jimmy", "jamie"], ["john", "jack", "johnny", "jon"], ["edward", "ed", "ted", "ned"],
        ["theodore", "ted", "teddy"], ["margaret", "maggie", "meg", "peggy", "greta"],
        ["elizabeth", "liz", "lizzie", "beth", "betty", "betsy", "lisa", "libby"],
        ["katherine", "catherine", "kathryn", "kate", "katie", "cathy", "kathy", "kat", "kay"],
        ["michael", "mike", "mikey", "mick"], ["andrew", "andy", "drew"], ["david", "dave", "davy"],
        ["stephen", "steven", "steve"], ["thomas", "tom", "tommy"], ["joseph", "joe", "joey"],
        ["josephine", "jo", "josie"], ["joanna", "johanna", "jo"], ["nicholas", "nick", "nicky"],
        ["anthony", "tony"], ["charles", "charlie", "chuck"], ["henry", "hank", "harry"], ["harold", "hal", "harry"],
        ["lawrence", "laurence", "larry"], ["sarah", "sara", "sally", "sadie"], ["mary", "molly", "polly"],
        ["alexander", "alexandra", "alex", "sasha", "sandy"], ["christopher", "chris", "kit"],
        ["patricia", "pat", "patty", "trish"], ["patrick", "pat", "paddy"], ["susan", "sue", "suzy"],
        ["rebecca", "becky", "becca"], ["victoria", "vicky", "tori"], ["francis", "frances", "frank", "fran"],
        ["jeffrey", "geoffrey", "jeff", "geoff"], ["gerald", "gerry", "jerry"], ["albert", "al", "bert"],
        ["alan", "allan", "al"], ["abigail", "abby"], ["cynthia", "cindy"], ["eleanor", "ellie", "nell", "nora"],
        ["isabel", "isabella", "izzy", "bella"], ["ann", "anne", "anna", "annie", "nancy"],
        ["jennifer", "jen", "jenny"], ["daniel", "dan", "danny"], ["samuel", "samantha", "sam", "sammy"],
    ]

    /// Each name of `nicknames`, with the groups it is in.
    private static let nicknameGroups: [String: Set<Int>] = {
        var groups: [String: Set<Int>] = [:]
        for (index, group) in nicknames.enumerated() {
            for name in group { groups[name, default: []].insert(index) }
        }
        return groups
    }()
}
