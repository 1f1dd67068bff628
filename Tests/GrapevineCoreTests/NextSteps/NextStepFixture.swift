import Testing

@testable import GrapevineCore

/// Small vaults for next-step tests, and the steps of one kind summarised as `due who`.
enum NextStepFixture {
    /// A contact note: front matter lines, then a Log with `log` entries.
    static func contact(_ frontMatter: String..., log: [String] = [], body: String = "") -> String {
        "---\n" + frontMatter.map { $0 + "\n" }.joined() + "---\n" + body
            + (log.isEmpty ? "" : "## Log\n" + log.map { "- \($0)\n" }.joined())
    }

    /// An interview note with `contact` and `date`, more front matter lines, and a body.
    static func interview(_ contact: String, _ date: String, _ frontMatter: String..., body: String = "") -> String {
        "---\ncontact: \(contact)\ndate: \(date)\n" + frontMatter.map { $0 + "\n" }.joined() + "---\n" + body
    }

    /// The steps of `kind` on `today`, each as `due who` (`-` for no date, the organization when
    /// no person, else the title).
    static func steps(
        _ files: [String: String], today: String, kind: NextStep.Kind
    ) throws -> [String] {
        try details(files, today: today, kind: kind).map { step in
            "\(step.due?.description ?? "-") \(step.contact ?? step.organization ?? step.title)"
        }
    }

    /// The steps of `kind` on `today`, whole.
    static func details(_ files: [String: String], today: String, kind: NextStep.Kind) throws -> [NextStep] {
        let vault = try TemporaryVault.load(files)
        let errors = vault.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "fixture has errors: \(errors.map(\.message))")
        return NextStepEngine(vault: vault, today: LocalDate(valid: today)).steps().filter { $0.kind == kind }
    }
}

/// One row of a rule's table: a vault, a day, and the steps expected.
struct RuleCase: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String: String]
    var today: String
    var expected: [String]

    init(_ name: String, today: String, _ files: [String: String], _ expected: [String]) {
        self.name = name
        self.files = files
        self.today = today
        self.expected = expected
    }

    var testDescription: String { name }
}
