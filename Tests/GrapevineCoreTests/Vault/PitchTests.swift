import Foundation
import Testing

@testable import GrapevineCore

/// Issue 17: a pitch that is still the stub `init` wrote is no pitch yet.
@Suite("Placeholder pitch")
struct PitchTests {
    static let stub = VaultInitializer.pitch
    static let placeholder = VaultInitializer.pitchPlaceholder
    static let own = "I taught chemistry for nine years and now I want to work in food science."

    static let cases: [(String, String, Pitch.Status)] = [
        ("the stub as init writes it", stub, .placeholder(line: 7)),
        (
            "the stub re-wrapped on one line, other case and curly quotes",
            "---\ntype: pitch\n---\n"
                + placeholder.replacingOccurrences(of: "\n", with: " ").uppercased()
                .replacingOccurrences(of: "\"TELL ME ABOUT YOURSELF\"", with: "\u{201C}TELL ME ABOUT YOURSELF\u{201D}"),
            .placeholder(line: 4)
        ),
        (
            "the title changed and the first sentence deleted",
            "---\ntype: pitch\n---\n# Me\n\nKeep it short and about the conversation, never a request for a job.\n",
            .placeholder(line: 6)
        ),
        (
            "my own text above the stub's",
            "---\ntype: pitch\n---\n# My pitch\n\n\(own)\n\n\(placeholder)\n", .writtenWithPlaceholder(line: 8)
        ),
        (
            "my own text in the stub's paragraph", "---\ntype: pitch\n---\n\(own) \(placeholder)\n",
            .writtenWithPlaceholder(line: 4)
        ),
        ("my own text", "---\ntype: pitch\n---\n# My pitch\n\n\(own)\n", .written),
        (
            "the first sentence rewritten in my words",
            "---\ntype: pitch\n---\nWhat I say in thirty seconds: I am a chemist moving into food science.\n", .written
        ),
        ("only the title", "---\ntype: pitch\n---\n# My pitch\n", .empty),
        ("nothing under the front matter", "---\ntype: pitch\n---\n", .empty),
    ]

    @Test(arguments: cases)
    func status(_ what: String, text: String, status: Pitch.Status) throws {
        let vault = try TemporaryVault.load(["pitch.md": text])
        let note = try #require(vault.note(atPath: "pitch.md"))
        #expect(Pitch.status(of: note) == status, "\(what)")
        let warnings = vault.diagnostics(.placeholderPitch).map(\.located)
        switch status {
        case .placeholder(let line), .writtenWithPlaceholder(let line):
            #expect(warnings == ["warning pitch.md:\(line):1"], "\(what)")
        case .written, .empty:
            #expect(warnings.isEmpty, "\(what)")
        }
    }

    @Test func theStubIsOneParagraphOfTwoSentences() {
        #expect(Pitch.placeholderSentences.count == 2)
        #expect(Pitch.placeholderSentences.allSatisfy { $0.hasSuffix(".") })
    }

    @Test func prepareCountsThePlaceholderAsNoPitch() throws {
        let agenda = "## Agenda\n- [ ] How did you start?\n- [ ] A typical day?\n- [ ] Who else?\n"
        var files = [
            "organizations/acme.md": "---\nname: Acme\n---\n## Research\nMakes cereal.\n",
            "contacts/nadia.md": "---\nname: Nadia Rahman\norganization: Acme\n---\n",
            "interviews/i.md": "---\ncontact: Nadia Rahman\ndate: 2026-11-20\n---\n" + agenda,
            "pitch.md": Self.stub,
        ]
        let step = try #require(NextStepFixture.details(files, today: "2026-11-18", kind: .prepare).only)
        #expect(
            step.details.first == "Missing: your pitch in your own words (pitch.md is empty or still the placeholder).")
        files["pitch.md"] = "---\ntype: pitch\n---\n\(Self.own)\n\n\(Self.placeholder)\n"
        #expect(try NextStepFixture.details(files, today: "2026-11-18", kind: .prepare).isEmpty)
    }

    @Test func prepSaysThePitchIsStillThePlaceholder() throws {
        let vault = try TemporaryVault.load([
            "contacts/nadia.md": "---\nname: Nadia Rahman\n---\n",
            "interviews/i.md": "---\ncontact: Nadia Rahman\ndate: 2026-11-20\n---\n",
            "pitch.md": Self.stub,
        ])
        let index = try #require(vault.index(ofPath: "interviews/i.md"))
        let sheet = try #require(
            PrepSheetBuilder(vault: vault, today: LocalDate(valid: "2026-11-18")).sheet(forInterviewNote: index))
        #expect(sheet.pitch == nil)
        #expect(sheet.pitchIsPlaceholder)
        let text = PrepSheetText(sheet).text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Your pitch is still the placeholder text init wrote: replace it in pitch.md"))
        #expect(!text.contains("thirty seconds"))
    }

    @Test func prepUsesAWrittenPitchOverAPlaceholderOne() throws {
        let vault = try TemporaryVault.load([
            "contacts/nadia.md": "---\nname: Nadia Rahman\n---\n",
            "interviews/i.md": "---\ncontact: Nadia Rahman\ndate: 2026-11-20\n---\n",
            "a-pitch.md": Self.stub,
            "pitch.md": "---\ntype: pitch\n---\n\(Self.own)\n",
        ])
        let index = try #require(vault.index(ofPath: "interviews/i.md"))
        let sheet = try #require(
            PrepSheetBuilder(vault: vault, today: LocalDate(valid: "2026-11-18")).sheet(forInterviewNote: index))
        #expect(sheet.pitch == Self.own)
        #expect(!sheet.pitchIsPlaceholder)
    }
}
