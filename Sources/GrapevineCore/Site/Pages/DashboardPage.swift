/// What the dashboard shows, before any HTML: the next steps by urgency, the search in
/// numbers and the interviews to come. Built by `SiteBuilder.dashboardPage()`.
struct DashboardPage: Sendable {
    /// The steps under one heading (Overdue, Today, …), at most `SiteBuilder.dashboardStepLimit`.
    struct StepGroup: Sendable, Equatable {
        /// The group's name in its class (`overdue`) and as a heading (`Overdue`).
        var group: String
        var title: String
        /// How many steps the group has, shown or not.
        var count: Int
        var steps: [StepItem]
    }

    /// A stage of the search in numbers.
    struct Stage: Sendable, Equatable {
        var count: Int
        var label: String
    }

    /// An interview to come.
    struct Upcoming: Sendable, Equatable {
        var href: String
        var date: LocalDateTime
        var with: [PageLink]
        var organization: PageLink?
        /// `nil` when a public site leaves it out.
        var mode: String?
    }

    /// A file with errors, which the site leaves out (in part or whole): where its first
    /// error is, and what it says.
    struct UnreadFile: Sendable, Equatable {
        var file: String
        var line: Int
        var message: String
    }

    /// A file with warnings (read, but something in it may not mean what the user meant):
    /// where its first warning is, what it says, and how many it has.
    struct WarnedFile: Sendable, Equatable {
        var file: String
        var line: Int
        var message: String
        var count: Int
    }

    /// A Referrals item that counts no referral (`check`'s `referral-not-counted`), so the
    /// steps about the person it meant are missing: where it is, and why.
    struct UncountedReferral: Sendable, Equatable {
        var file: String
        var line: Int
        /// Why, as `check` says it: "it names Wei Chen, who you met here".
        var reason: String
    }

    /// What is due, in plain words: "9 overdue, 5 due today, 11 this week", or "Nothing due
    /// this week".
    var headline: String
    /// The rest, when there is any: "Also 3 steps with no due date, and 40 due later."
    var summary: String?
    /// Once the search has ended (`search_ended`), what `next` says first: which steps are left out.
    var searchEnded: String?
    var groups: [StepGroup]
    /// How many steps are due later than the groups shown.
    var later: Int
    var funnel: [Stage]
    var upcoming: [Upcoming]
    /// The files with errors, in path order; none on a public site, which names no file.
    var unreadFiles: [UnreadFile]
    /// The Referrals items that count no referral, in file and line order; none on a public site.
    var uncountedReferrals: [UncountedReferral]
    /// The files with warnings `check` gives (the Referrals items above aside), in path order, at
    /// most `SiteBuilder.dashboardWarnedFileLimit`; none on a public site.
    var warnedFiles: [WarnedFile] = []
    /// How many warnings, and in how many files, in all (`warnedFiles` may show fewer files).
    var warnings: (count: Int, files: Int) = (0, 0)
}

extension DashboardPage {
    /// "9 overdue, 5 due today, 11 this week": the groups with any steps, in order; "Nothing
    /// due this week" when none has. `soon` is the group's heading ("This week", or "Next 3
    /// days" for another window).
    static func headline(overdue: Int, today: Int, soon: Int, soonTitle: String = "This week") -> String {
        let parts = [(overdue, "overdue"), (today, "due today"), (soon, soonTitle.lowercased())]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return parts.isEmpty ? "Nothing due \(soonTitle.lowercased())" : parts.joined(separator: ", ")
    }

    /// "2 files have errors" (`nil` for none), as `grapevine next` ends.
    var unreadHeadline: String? {
        guard !unreadFiles.isEmpty else { return nil }
        return "\(ReportText.count(unreadFiles.count, "file")) \(unreadFiles.count == 1 ? "has" : "have") errors"
    }

    /// "3 warnings in 2 files" (`nil` for none), under the files with errors.
    var warningsHeadline: String? {
        guard warnings.count > 0 else { return nil }
        return "\(ReportText.count(warnings.count, "warning")) in \(ReportText.count(warnings.files, "file"))"
    }

    /// How many files with warnings `warnedFiles` leaves out (`nil` for none).
    var moreWarnedFiles: Int? {
        warnings.files > warnedFiles.count ? warnings.files - warnedFiles.count : nil
    }

    /// "2 Referrals items are not counted as referrals" (`nil` for none), as `next` ends.
    var uncountedHeadline: String? {
        switch uncountedReferrals.count {
        case 0: nil
        case 1: "1 Referrals item is not counted as a referral"
        case let count: "\(count) Referrals items are not counted as referrals"
        }
    }

    /// "Also 3 steps with no due date, and 40 due later.": the steps the headline leaves out;
    /// `nil` when there are none.
    static func rest(anytime: Int, later: Int) -> String? {
        switch (anytime, later) {
        case (0, 0): nil
        case (_, 0): "Also \(ReportText.count(anytime, "step")) with no due date."
        case (0, _): "Also \(ReportText.count(later, "step")) due later."
        default: "Also \(ReportText.count(anytime, "step")) with no due date, and \(later) due later."
        }
    }
}

/// What the table of contacts shows: a row a contact, by name.
struct ContactsPage: Sendable {
    struct Row: Sendable, Equatable {
        var person: PageLink
        /// The name as the table sorts it (`NameKey.sortKey`).
        var sortName: String
        var organization: PageLink?
        var jobTitle: String?
        var status: ContactStatus
        var lastTouch: LocalDate?
        var referredBy: [PageLink]
    }

    var rows: [Row]
}

/// What the list of tags shows: each tag with how many notes have it, by name.
struct TagsPage: Sendable {
    struct Tag: Sendable, Equatable {
        /// The tag's page, named by the tag's first spelling.
        var link: PageLink
        var count: Int
    }

    var tags: [Tag]
}

/// What a tag's page shows: the notes that have the tag, in vault order.
struct TagPage: Sendable {
    struct Note: Sendable, Equatable {
        var link: PageLink
        var kind: NoteKind
        /// The contact's role or the note's title.
        var jobTitle: String?
    }

    /// The tag, folded as its page is named (`job-search` for `#Job-Search`).
    var name: String
    var notes: [Note]
}

/// What the referral graph's page shows besides the drawing: people and referrals counted.
struct GraphPage: Sendable {
    var people: Int
    var referrals: Int
}
