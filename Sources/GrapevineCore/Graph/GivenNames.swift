/// Common given names of many languages: whether a word before a comma is more likely someone's
/// given name (`Sara, Acmecorp`: Sara, and where she works) than a family name written first
/// (`Ortiz, Dana`). Only ever a tie-break when no note tells (`ReferenceIndex.referred(by:)`);
/// names that are as often family names (`Lee`, `Kim`, `Park`, `Lin`) are left out.
enum GivenNames {
    /// Whether the first word of `name`, without case or accents, is a common given name.
    static func contains(_ name: String) -> Bool {
        firstWord(of: name).map(names.contains) ?? false
    }

    /// Whether the first word of `name` is a common given name that is not a common family
    /// name too: `Sara, Acmecorp` is Sara, but `Thomas, Zelda` is Zelda Thomas.
    static func isGivenRatherThanFamily(_ name: String) -> Bool {
        firstWord(of: name).map { names.contains($0) && !familyNamesToo.contains($0) } ?? false
    }

    private static func firstWord(of name: String) -> String? {
        name.words().first.map { NameKey.slug(String($0)) }
    }

    /// Given names of the list that are among the common family names in English too.
    private static let familyNamesToo: Set<String> = [
        "arthur", "austin", "dennis", "douglas", "george", "henry", "james", "kelly", "lawrence", "mason", "owen",
        "paul", "russell", "ryan", "scott", "simon", "thomas", "tyler", "vincent", "wayne",
    ]

    private static let names: Set<String> = [
        // English
        "aaron", "abigail", "adam", "alan", "albert", "alex", "alexander", "alexandra", "alexis", "alice", "amanda",
        "amber", "amy", "andrew", "andy", "angela", "ann", "anna", "anne", "anthony", "arthur", "ashley", "austin",
        "barbara", "beth", "betty", "beverly", "bill", "billy", "bob", "bobby", "brandon", "brenda", "brian",
        "brittany", "bruce", "bryan", "carl", "carol", "carolyn", "catherine", "charles", "charlie", "charlotte",
        "cheryl", "chloe", "chris", "christian", "christina", "christine", "christopher", "cynthia", "dan", "dana",
        "daniel", "danielle", "dave", "david", "deborah", "debra", "denise", "dennis", "diana", "diane", "donald",
        "donna", "doris", "dorothy", "douglas", "dylan", "edward", "eli", "elijah", "elizabeth", "ella", "emily",
        "emma", "eric", "erin", "ethan", "eugene", "eve", "evelyn", "finn", "frances", "frank", "gabriel", "gary",
        "george", "gerald", "gloria", "grace", "gregory", "hannah", "harold", "heather", "helen", "henry", "ian",
        "isabella", "ivy", "jack", "jacob", "jacqueline", "jake", "james", "janet", "janice", "jane", "jason",
        "jeffrey",
        "jen", "jennifer", "jeremy", "jerry", "jesse", "jessica", "jill", "jim", "jo", "joan", "joe", "john",
        "jonathan", "joseph", "joshua", "joyce", "judith", "judy", "julia", "julie", "justin", "karen", "kate",
        "katherine", "kathleen", "kathryn", "kayla", "keith", "kelly", "kenneth", "kevin", "kimberly", "kyle",
        "larry", "laura", "lauren", "lawrence", "liam", "lily", "linda", "lisa", "liz", "logan", "lori", "lucy",
        "luke", "madison", "margaret", "marie", "marilyn", "mark", "martha", "mary", "mason", "matt", "matthew",
        "max", "megan", "meg", "melissa", "mia", "michael", "michelle", "mike", "nancy", "natalie", "nathan",
        "nicholas", "nick", "nicole", "noah", "nora", "oliver", "olivia", "owen", "pamela", "pat", "patricia",
        "patrick",
        "paul", "peter", "philip", "rachel", "ralph", "randy", "raymond", "rebecca", "richard", "robert", "roger",
        "ronald", "rose", "ruby", "russell", "ruth", "ryan", "sam", "samantha", "samuel", "sandra", "sarah",
        "scott", "sean", "sharon", "shirley", "simon", "sophia", "stephanie", "stephen", "steven", "susan", "tess",
        "theresa", "thomas", "timothy", "tim", "tina", "tom", "tyler", "victoria", "vincent", "virginia", "walter",
        "wayne",
        "william", "zachary", "zoe",
        // Spanish, Portuguese, Italian
        "alejandro", "alessandro", "ana", "andres", "antonio", "beatriz", "bruno", "camila", "carlos", "carmen",
        "chiara", "diego", "elena", "eva", "fernando", "francesca", "francisco", "giovanni", "giulia", "ines",
        "isabel", "javier", "joao", "jorge", "jose", "juan", "lorenzo", "luca", "lucia", "luis", "manuel", "marco",
        "maria", "marta", "mateo", "matteo", "miguel", "pablo", "paula", "paulo", "pedro", "rafael", "ricardo",
        "sara", "sergio", "sofia", "tiago", "valentina",
        // French, German, Dutch, Nordic
        "amelie", "anja", "antoine", "astrid", "camille", "claire", "erik", "francois", "freya", "hans", "ingrid",
        "jean", "jonas", "julien", "jurgen", "katrin", "klaus", "lars", "lukas", "manon", "michel", "nicolas", "nils",
        "pierre", "pieter", "sabine", "sanne", "sophie", "stefan", "sven", "tobias", "ulrike",
        // South Asian
        "aditya", "aisha", "amit", "ananya", "anil", "anjali", "arjun", "arun", "deepak", "divya", "kavya",
        "lakshmi", "meera", "neha", "nisha", "pooja", "priya", "rahul", "raj", "ravi", "rohan", "sanjay", "shreya",
        "sunil", "sunita", "vijay", "vikram",
        // East Asian, as written in Latin letters
        "aiko", "akira", "hana", "haruto", "hiroshi", "hui", "jing", "keiko", "kenji", "mei", "ming", "sakura",
        "takeshi", "wei", "xiao", "yuki", "yui",
        // Arabic, Turkish, Persian
        "ahmed", "amir", "ayse", "emre", "fatima", "hassan", "karim", "khalid", "layla", "leila", "mariam",
        "mehmet", "mohammed", "muhammad", "nour", "omar", "reza", "yasmin", "youssef", "zainab",
        // African
        "ade", "amara", "chidi", "chinedu", "femi", "kofi", "kwame", "ngozi", "sipho", "thandiwe", "tunde",
        "zanele",
        // Slavic
        "agnieszka", "anastasia", "dmitri", "ivan", "katarzyna", "natalia", "olga", "piotr", "sergei", "tatiana",
        "tomasz",
    ]
}
