/// The settings in `.grapevine/config.yml`; every key is optional.
public struct Config: Sendable, Equatable {
    /// Your name, used in drafts and as the root of the referral graph.
    public var owner: String?
    /// The site's title.
    public var siteTitle: String?
    /// The site's output folder, relative to the vault.
    public var siteOut = "_site"
    /// How many days until each next step is due.
    public var cadence = Cadence()
    /// The question bank for new interview agendas.
    public var questions = Config.defaultQuestions
    /// Front matter keys never published by `site --public`, even when public otherwise
    /// (compared without regard to case).
    public var privateFields = ["email", "phone"]
    /// Front matter keys `site --public` publishes besides the built-in public ones
    /// (`PublicFields`), compared exactly as written.
    public var publicFields: [String] = []
    /// Glob patterns of vault paths to skip.
    public var ignore: [String] = []
    /// The day the search ended (an offer accepted): from then on `next` leaves out the steps
    /// for finding people and openings, and keeps thanking, updating and staying in touch.
    public var searchEnded: LocalDate?
    /// `searchEnded`, once that day has come by `today`.
    public func searchEnded(asOf today: LocalDate) -> LocalDate? {
        searchEnded.flatMap { $0 <= today ? $0 : nil }
    }
    /// What `next`, `report` and the site's dashboard say first once the search has ended.
    public func searchEndedNotice(asOf today: LocalDate) -> String? {
        searchEnded(asOf: today).map {
            "Your search ended on \($0) (search_ended in .grapevine/config.yml): steps to reach new people, "
                + "follow up, schedule, prepare and apply are left out."
        }
    }
    /// Where `site.out` is written in the config file, when it is.
    var siteOutPosition: SourcePosition?
    /// Where each of `ignore` is written in the config file.
    var ignorePositions: [SourcePosition] = []

    /// The settings used when the vault has no config file.
    public init() {}

    /// The name shown for the vault owner.
    public var ownerName: String { owner ?? "You" }

    /// Questions drawn from the method: TIARA and the classic informational-interview questions.
    public static let defaultQuestions = [
        "How did you get started in this work?",
        "What does a typical day or week look like for you?",
        "What is hard about this work? What do you wish you had known?",
        "What trends are changing your field right now?",
        "What would you recommend to someone entering the field?",
        "Which books, publications or professional organizations should I know about?",
        "Who else should I talk to? May I mention your name?",
    ]
}

/// Days between an event and the next step it calls for (SPEC §3, §6).
public struct Cadence: Sendable, Equatable {
    public var thankYouDays = 1
    public var updateDays = 30
    public var thankReferrerDays = 7
    public var referralDays = 3
    public var tryAnotherBusinessDays = 3
    public var followUpBusinessDays = 7
    public var maxFollowUps = 1
    public var scheduleDays = 2
    public var prepareDays = 7
    public var stayInTouchDays = 90
    /// Days that are not business days although they fall on a weekday (the config's
    /// `holidays`), sorted.
    public var holidays: [LocalDate] = []

    /// The defaults of SPEC §6.
    public init() {}

    /// The date `days` business days after `date`: Monday to Friday, skipping `holidays`.
    public func adding(businessDays days: Int, to date: LocalDate) -> LocalDate {
        var result = date.adding(businessDays: days)
        guard days > 0 else { return result }
        // Each holiday on a weekday from the day after `date` to the end found so far moves the
        // end one business day on, which may bring more holidays into the range.
        var index = firstHoliday(after: date)
        while index < holidays.count, holidays[index] <= result {
            if !holidays[index].isWeekend { result = result.adding(businessDays: 1) }
            index += 1
        }
        return result
    }

    /// The index of the first holiday after `date` (binary search: the list may be long).
    private func firstHoliday(after date: LocalDate) -> Int {
        var (low, high) = (0, holidays.count)
        while low < high {
            let middle = (low + high) / 2
            if holidays[middle] <= date { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The largest value a cadence may have: ten years of days.
    static let maximum = 3650

    /// The config keys, in the order `init` writes them, with the property each sets.
    static let keys: [(key: String, path: WritableKeyPath<Cadence, Int> & Sendable)] = [
        ("thank_you_days", \.thankYouDays), ("update_days", \.updateDays),
        ("thank_referrer_days", \.thankReferrerDays), ("referral_days", \.referralDays),
        ("try_another_business_days", \.tryAnotherBusinessDays),
        ("follow_up_business_days", \.followUpBusinessDays), ("max_follow_ups", \.maxFollowUps),
        ("schedule_days", \.scheduleDays), ("prepare_days", \.prepareDays),
        ("stay_in_touch_days", \.stayInTouchDays),
    ]
}
