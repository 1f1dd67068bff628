import Testing

@testable import GrapevineCore

/// Issue 20 item 5: two notes that may be one person, with both locations.
@Suite("Duplicate notes")
struct DuplicateNotesTests {
    @Test(arguments: [
        ("Maria@Acme.com", "maria@acme.com"),
        ("  mailto:maria@acme.com ", "maria@acme.com"),
        ("MAILTO:Maria@ACME.COM", "maria@acme.com"),
        ("mailto:  Maria@Acme.com", "maria@acme.com"),
        ("\u{00A0}Maria@Acme.com\u{00A0}", "maria@acme.com"),
        ("José.Núñez@Acme.com", "josé.núñez@acme.com"),
        ("mailtomaria@acme.com", "mailtomaria@acme.com"),
    ])
    func emailKey(_ address: String, key: String) {
        #expect(ContactKeys.email(address) == key)
    }

    @Test(arguments: [
        "https://www.linkedin.com/in/maria-lopez/", "http://linkedin.com/in/maria-lopez", "linkedin.com/in/Maria-Lopez",
        "HTTPS://WWW.LINKEDIN.COM/in/maria-lopez//", "https://uk.linkedin.com/in/maria-lopez",
        "https://www.linkedin.com/in/maria-lopez?trk=people", "www.linkedin.com/in/maria-lopez#about",
        "  https://de.linkedin.com/in/maria-lopez/  ", "\u{00A0}linkedin.com/in/maria-lopez/?a=b#c",
    ])
    func linkedInKey(_ url: String) {
        #expect(ContactKeys.linkedIn(url) == "linkedin.com/in/maria-lopez")
    }

    @Test func linkedInKeyDecodesPercents() {
        #expect(
            ContactKeys.linkedIn("https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez/")
                == "linkedin.com/in/josé-núñez")
        #expect(ContactKeys.linkedIn("https://www.linkedin.com/in/José-Núñez/") == "linkedin.com/in/josé-núñez")
        #expect(ContactKeys.linkedIn("linkedin.com/in/100%25-maria%zz") == "linkedin.com/in/100%-maria%zz")
        // Only a country's two characters before `linkedin.` go, not a longer host.
        #expect(ContactKeys.linkedIn("https://mail.linkedin.com/in/maria") == "mail.linkedin.com/in/maria")
        #expect(ContactKeys.linkedIn(" / ") == nil)
        #expect(ContactKeys.linkedIn("https://") == nil)
        #expect(ContactKeys.linkedIn("https://?trk=x") == nil)
        #expect(ContactKeys.linkedIn("https://http://linkedin.com/in/maria") == "linkedin.com/in/maria")
        #expect(ContactKeys.linkedIn("https://ü.linkedin.com/in/maria") == "ü.linkedin.com/in/maria")
        #expect(ContactKeys.linkedIn("uk.linkedin.") == "linkedin.")
        #expect(ContactKeys.email("  ") == nil)
    }

    @Test("two contacts with one email: a warning at the later one's email, naming the earlier's file:line")
    func sameEmail() throws {
        let vault = try TemporaryVault.load([
            "contacts/maria-lopez.md": "---\nname: Maria Lopez\ntitle: Chemist\nemail: maria@acme.com\n---\n",
            "contacts/mlopez.md": "---\nname: M. Lopez-Garcia\nemail: \"Maria@ACME.com\"\n---\n",
            "contacts/other.md": "---\nname: Other\nemail: other@acme.com\n---\n",
        ])
        let warning = try #require(vault.diagnostics(.duplicateEmail).only)
        #expect(warning.located == "warning contacts/mlopez.md:3:8")
        #expect(
            warning.message
                == "'M. Lopez-Garcia' has the same email as 'Maria Lopez' (contacts/maria-lopez.md:4): maria@acme.com")
        #expect(
            warning.hint
                == "if they are one person, keep contacts/maria-lopez.md (it has more fields) and fold contacts/mlopez.md "
                + "into it: grapevine merge contacts/maria-lopez.md contacts/mlopez.md; if not, correct the email in one "
                + "of them")
    }

    /// Trial of December 6, evening, finding 1: the hint folded the main note into a sparse
    /// duplicate whose file sorted first.
    @Test("a sparse duplicate is folded into the note the vault refers to, and the hint says which is kept")
    func sparseDuplicateFoldsIntoTheMainNote() throws {
        let vault = try TemporaryVault.load([
            "contacts/maria-lopez.md":
                "---\nname: Maria Lopez\nemail: maria@acme.example\nadded: 2026-11-02\n---\n## Log\n"
                + "- 2026-11-03 emailed\n- 2026-11-05 replied\n",
            "contacts/m-lopez.md":
                "---\nname: M. Lopez\nemail: Maria@acme.example\nadded: 2026-11-16\n---\n## Log\n- 2026-11-16 emailed\n",
            "interviews/2026-11-10-maria.md": "---\ncontact: \"[[Maria Lopez]]\"\ndate: 2026-11-10\n---\n",
            "contacts/dan.md": "---\nname: Dan Ortiz\nreferred_by: \"[[Maria Lopez]]\"\n---\n",
            "notes/people.md": "- [[Maria Lopez]]\n- [[Maria Lopez|Maria]] again\n",
        ])
        let warning = try #require(vault.diagnostics(.duplicateEmail).only)
        #expect(
            warning.hint
                == "if they are one person, keep contacts/maria-lopez.md (more notes refer to it) and fold "
                + "contacts/m-lopez.md into it: grapevine merge contacts/maria-lopez.md contacts/m-lopez.md; if not, "
                + "correct the email in one of them")
    }

    /// Each rule of `MergeDirection` in turn, the note kept always the one whose path sorts last.
    @Test(
        "which note the merge keeps: more Log entries, added earlier, more fields, a name written out, else the path",
        arguments: [
            ("name: Ann Lee", "name: Ann Leigh", "## Log\n- 2026-11-01 emailed\n", "it has more Log entries"),
            ("name: Ann Lee\nadded: 2026-11-16", "name: Ann Leigh\nadded: 2026-11-02", "", "it was added earlier"),
            ("name: Ann Lee", "name: Ann Leigh\ntitle: Chemist", "", "it has more fields"),
            ("name: A. Lee", "name: Ann Lee", "", "its name is written out"),
        ])
    func keptNote(first: String, second: String, secondBody: String, reason: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\n\(first)\nemail: ann@x.org\n---\n",
            "contacts/b.md": "---\n\(second)\nemail: ann@x.org\n---\n" + secondBody,
        ])
        let merges = vault.diagnostics.filter { $0.hint?.contains("grapevine merge") == true }
        let warning = try #require(merges.only)
        #expect(
            warning.hint?.contains(
                "keep contacts/b.md (\(reason)) and fold contacts/a.md into it: grapevine merge contacts/b.md "
                    + "contacts/a.md") == true, "\(warning.hint ?? "")")
    }

    @Test("two notes nothing tells apart: the first by path is kept, and no reason is given")
    func keptNoteByPath() throws {
        let vault = try TemporaryVault.load([
            "contacts/b.md": "---\nname: Ann Lee\nemail: ann@x.org\n---\n",
            "contacts/a.md": "---\nname: Ann Leigh\nemail: ann@x.org\n---\n",
        ])
        let warning = try #require(vault.diagnostics(.duplicateEmail).only)
        #expect(warning.hint?.contains("keep contacts/a.md and fold contacts/b.md into it: grapevine merge") == true)
    }

    @Test("two contacts with one LinkedIn profile written two ways")
    func sameLinkedIn() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Ana Li\nlinkedin: https://www.linkedin.com/in/ana-li/\n---\n",
            "people/b.md": "---\ntype: contact\nname: Ann Lee\nlinkedin: http://LinkedIn.com/in/ana-li\n---\n",
        ])
        let warning = try #require(vault.diagnostics(.duplicateLinkedIn).only)
        #expect(warning.located == "warning people/b.md:4:11")
        #expect(
            warning.message
                == "'Ann Lee' has the same LinkedIn profile as 'Ana Li' (contacts/a.md:3): linkedin.com/in/ana-li")
        // b has more fields (`type:`).
        #expect(warning.hint?.contains("grapevine merge people/b.md contacts/a.md") == true)
    }

    @Test("one pair, one warning: a look-alike name with the same email and profile says all three")
    func onePairOneWarning() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Dr. Nkechi Obi\nemail: n@obi.org\nlinkedin: linkedin.com/in/obi\n---\n",
            "contacts/b.md":
                "---\nname: Nkechi Obi\nemail: N@obi.org\nlinkedin: https://www.linkedin.com/in/obi/\n---\n",
        ])
        #expect(vault.diagnostics.filter { $0.severity == .warning }.count == 1, "\(vault.diagnostics)")
        let warning = try #require(vault.diagnostics(.lookAlikeNames).only)
        #expect(
            warning.message
                == "'Nkechi Obi' looks like the same person as 'Dr. Nkechi Obi' (contacts/a.md:2), with the same email "
                + "and LinkedIn profile")
        #expect(
            warning.hint
                == "if they are one person, keep contacts/a.md and fold contacts/b.md into it: grapevine merge "
                + "contacts/a.md contacts/b.md; if not, tell them apart in 'name'"
        )
    }

    @Test("the same email and LinkedIn profile under different names: one warning, the email's")
    func emailAndProfile() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Sam Reyes\nemail: sam@x.org\nlinkedin: linkedin.com/in/sam\n---\n",
            "contacts/b.md": "---\nname: Samuel R.\nlinkedin: linkedin.com/in/sam/\nemail: sam@x.org\n---\n",
        ])
        let warning = try #require(vault.diagnostics.filter { $0.severity == .warning }.only)
        #expect(warning.code == .duplicateEmail)
        #expect(warning.located == "warning contacts/b.md:4:8")
        #expect(
            warning.message == "'Samuel R.' has the same email and LinkedIn profile as 'Sam Reyes' (contacts/a.md:3)")
    }

    @Test("a duplicate name names both places; notes of two kinds get no merge in the hint")
    func duplicateNames() throws {
        let vault = try TemporaryVault.load([
            "contacts/a-sam.md": "---\nname: Sam Lee\n---\n",
            "contacts/b-sam.md": "---\ntags: [x]\nname: sam  lee\n---\n",
            "notes/sam.md": "---\ntitle: Sam Lee\n---\n",
        ])
        let warnings = vault.diagnostics(.duplicateName).map { "\($0.located) \($0.message) | \($0.hint ?? "")" }
        #expect(
            warnings == [
                "warning contacts/b-sam.md:3:7 another note is also named 'sam  lee': contacts/a-sam.md:2 | if they are one "
                    + "person, keep contacts/b-sam.md (it has more fields) and fold contacts/a-sam.md into it: grapevine "
                    + "merge contacts/b-sam.md contacts/a-sam.md; if not, give "
                    + "one a different name; references to 'sam  lee' are ambiguous",
                "warning notes/sam.md:2:8 another note is also named 'Sam Lee': contacts/a-sam.md:2 | give one a different "
                    + "name; references to 'Sam Lee' are ambiguous",
            ])
    }

    @Test("emails are compared between contacts only, and an empty one is no match")
    func onlyContacts() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Ana\nemail: \"\"\n---\n",
            "contacts/b.md": "---\nname: Bo\nemail: \"\"\n---\n",
            "organizations/acme.md": "---\nname: Acme\nemail: hello@acme.com\n---\n",
            "contacts/c.md": "---\nname: Cy\nemail: hello@acme.com\n---\n",
        ])
        #expect(vault.diagnostics(.duplicateEmail).isEmpty)
    }

    @Test("a path with spaces is quoted in the merge command")
    func quotedPaths() {
        #expect(Shell.quoted("contacts/maria-lopez.md") == "contacts/maria-lopez.md")
        #expect(Shell.quoted("contacts/Maria López.md") == "'contacts/Maria López.md'")
        #expect(Shell.quoted("contacts/o'brien.md") == "'contacts/o'\\''brien.md'")
    }

    @Test("two interview notes with the same people on the same day: one meeting written twice")
    func sameMeetingTwice() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana Silva\n---\n",
            "contacts/bo.md": "---\nname: Bo Chen\n---\n",
            "interviews/2026-11-10-ana.md": "---\ncontact: Ana Silva\ndate: 2026-11-10\n---\n",
            "interviews/ana-coffee.md": "---\ncontact: \"[[contacts/ana]]\"\ndate: 2026-11-10 14:00\n---\n",
            // Both with a time, and different ones: two meetings that day.
            "interviews/bo-am.md": "---\ncontact: [Bo Chen, Ana Silva]\ndate: 2026-11-12 09:00\n---\n",
            "interviews/bo-pm.md": "---\ncontact: [Ana Silva, Bo Chen]\ndate: 2026-11-12 16:00\n---\n",
            // The same time but not the same people; the same people another day; called off.
            "interviews/bo-only.md": "---\ncontact: Bo Chen\ndate: 2026-11-12 09:00\n---\n",
            "interviews/ana-later.md": "---\ncontact: Ana Silva\ndate: 2026-11-13\n---\n",
            "interviews/ana-off.md": "---\ncontact: Ana Silva\ndate: 2026-11-13\nstatus: cancelled\n---\n",
        ])
        let warnings = vault.diagnostics(.duplicateName)
        #expect(warnings.map(\.located) == ["warning interviews/ana-coffee.md:3:7"])
        #expect(
            warnings.first?.message
                == "interviews/2026-11-10-ana.md:3 is also an interview with the same people that day: one meeting "
                + "written in two notes (next makes one thank-you and one update for it, at the other note)")
        #expect(warnings.first?.hint?.hasPrefix("if it is one meeting, copy what this note says into") == true)
    }

    @Test(
        "a file named as a sync tool names a copy is a warning at the copy, and the merge keeps the original",
        arguments: [
            "Maria Lopez 2", "Maria Lopez (1)", "Maria Lopez (Alex's conflicted copy 2026-11-21)",
            "Maria Lopez.sync-conflict-20261121-101010-ABCDEFG", "Maria Lopez (Selective Sync Conflict)",
            "Maria Lopez (Selective Sync Conflict 1)", "Maria Lopez-DESKTOP-3K2J7QX", "Maria Lopez-LAPTOP-8F2KD1Q3",
            "Maria Lopez-DANA-PC",
        ])
    func syncCopy(copy: String) throws {
        let text = "---\nadded: 2026-11-01\nemail: maria@acme.example\n---\n## Log\n- 2026-11-02 emailed: hi\n"
        let vault = try TemporaryVault.load(["contacts/Maria Lopez.md": text, "contacts/\(copy).md": text])
        let warnings = vault.diagnostics.filter { [.duplicateName, .duplicateEmail].contains($0.code) }
        let warning = try #require(warnings.only, "one warning for the pair: \(warnings.map(\.message))")
        #expect(warning.file == "contacts/\(copy).md")
        #expect(
            warning.message
                == "this file is named as a sync tool or your system names a copy of contacts/Maria Lopez.md, with the "
                + "same email; each is read as a note of its own")
        #expect(
            warning.hint
                == "if they are one person, keep contacts/Maria Lopez.md (the original) and fold contacts/\(copy).md into "
                + "it: grapevine merge 'contacts/Maria Lopez.md' \(Shell.quoted("contacts/\(copy).md")); if not, "
                + "rename it")
    }

    /// Session 33: OneDrive keeps both versions as `name-COMPUTERNAME.md`, which was read as a
    /// second Ana, making every reference to her name ambiguous.
    @Test("OneDrive's copy is named with the computer's name; a word in capitals is not one")
    func oneDriveCopy() {
        #expect(DuplicateNotes.copiedStems("ana-lopez-DESKTOP-3K2J") == ["ana-lopez", "ana-lopez-DESKTOP"])
        #expect(DuplicateNotes.copiedStems("2026-11-30-zoe-martin-LAPTOP-8F2KD1Q3").first == "2026-11-30-zoe-martin")
        for stem in ["ana-lopez-ACME", "ana-lopez", "2026-11-30", "Q4-plan", "ana-lopez-", "ana-lopez-2"] {
            #expect(DuplicateNotes.copiedStems(stem).isEmpty, "\(stem)")
        }
    }

    /// Session 34: `ana-lopez-DANASLAPTOP.md`, a computer named with capitals alone, was a second
    /// Ana, and `[[Ana Lopez]]` found both notes.
    @Test("a OneDrive copy named for a computer in capitals alone is a copy; a word or an employer in capitals is not")
    func oneDriveCapitalsOnly() throws {
        let ana = "---\nname: Ana Lopez\nadded: 2026-11-01\n---\n## Log\n- 2026-11-02 emailed: hi\n"
        let bo = "---\nname: Bo Li\n---\n"
        let vault = try TemporaryVault.load([
            "contacts/ana-lopez.md": ana, "contacts/ana-lopez-DANASLAPTOP.md": ana,
            "contacts/bo-li.md": bo, "contacts/bo-li-HOMEPC.md": bo,
            "interviews/2026-11-20-bo-li.md": "---\ncontact: Bo Li\ndate: 2026-11-20\n---\n",
            "interviews/2026-11-20-bo-li-ALEXSURFACE.md": "---\ncontact: Bo Li\ndate: 2026-11-20\n---\n",
            // Not copies: names ending in a word in capitals, and two people of one name told
            // apart by their employer.
            "contacts/mary-ann.md": "---\nname: Mary Ann\n---\n",
            "contacts/mary-ann-LEE.md": "---\nname: Mary Ann Lee\n---\n",
            "organizations/acme.md": "---\nname: Acme\n---\n",
            "organizations/acme-IT.md": "---\nname: Acme IT\n---\n",
            "contacts/cy-ng.md": "---\nname: Cy Ng\n---\n",
            "contacts/cy-ng-MICROSOFT.md": "---\nname: Cy Ng\n---\n",
            "notes/plan.md": "See [[Ana Lopez]] and [[Bo Li]].\n",
        ])
        let copies = vault.syncCopies().map { "\(vault.notes[$0.copy].path) < \(vault.notes[$0.original].path)" }
        #expect(
            copies.sorted() == [
                "contacts/ana-lopez-DANASLAPTOP.md < contacts/ana-lopez.md",
                "contacts/bo-li-HOMEPC.md < contacts/bo-li.md",
                "interviews/2026-11-20-bo-li-ALEXSURFACE.md < interviews/2026-11-20-bo-li.md",
            ])
        #expect(
            vault.diagnostics(.ambiguousReference).isEmpty,
            "a copy's name finds the original; Cy Ng's two notes are no names linked")
        #expect(DuplicateNotes.copiedStems("ana-lopez-DANASLAPTOP") == ["ana-lopez"])
        for stem in ["ana-lopez-PC", "ANA-LAPTOP", "ana-lopez-ALEX", "ana-lopezLAPTOP", "ana-lopez-GOOGLE"] {
            #expect(DuplicateNotes.copiedStems(stem).isEmpty, "\(stem)")
        }
    }

    @Test("two contacts named one way and family name first are look-alikes; other people written so are not")
    func familyNameFirst() throws {
        let vault = try TemporaryVault.load([
            "contacts/maria-lopez.md": "---\nname: Maria Lopez\nadded: 2026-11-01\n---\n",
            "contacts/lopez-maria.md": "---\nname: Lopez, Maria\nadded: 2026-11-03\n---\n",
            "contacts/mario.md": "---\nname: Lopez, Mario\n---\n",
            "contacts/abena-c.md": "---\nname: Cruz, Abena C.\n---\n",
            "contacts/abena-k.md": "---\nname: Abena K. Cruz\n---\n",
            "contacts/ann.md": "---\nname: Ann Lee, PhD\n---\n",
            "contacts/phd.md": "---\nname: PhD Ann Lee\n---\n",
        ])
        let warning = try #require(vault.diagnostics(.lookAlikeNames).only)
        #expect(warning.located == "warning contacts/maria-lopez.md:2:7")
        #expect(
            warning.message == "'Maria Lopez' looks like the same person as 'Lopez, Maria' (contacts/lopez-maria.md:2)")
    }

    @Test("two names of two words the other way round at one organization are look-alikes (trial P)")
    func swappedAtOneOrganization() throws {
        let vault = try TemporaryVault.load([
            "contacts/chen-wei.md":
                "---\nname: Chen Wei\norganization: \"[[Anthropic]]\"\nconnected: 2024-01-15\n---\n",
            "contacts/wei-chen.md": "---\nname: Wei Chen\norganization: Anthropic\nadded: 2026-11-20\n---\n",
            "organizations/anthropic.md": "---\nname: Anthropic\n---\n",
            // Swapped, but at two organizations, or at none: two people as often as one.
            "contacts/thomas-james.md": "---\nname: Thomas James\norganization: Acme\n---\n",
            "contacts/james-thomas.md": "---\nname: James Thomas\norganization: Globex\n---\n",
            "contacts/kim-lee.md": "---\nname: Kim Lee\n---\n",
            "contacts/lee-kim.md": "---\nname: Lee Kim\n---\n",
            // Three words, or a name of one word twice, are not swaps.
            "contacts/ana-maria-silva.md": "---\nname: Ana Maria Silva\norganization: Acme\n---\n",
            "contacts/silva-ana-maria.md": "---\nname: Silva Ana Maria\norganization: Acme\n---\n",
        ])
        let warning = try #require(vault.diagnostics(.lookAlikeNames).only)
        #expect(warning.located == "warning contacts/wei-chen.md:2:7")
        #expect(warning.message == "'Wei Chen' looks like the same person as 'Chen Wei' (contacts/chen-wei.md:2)")
        #expect(warning.hint?.contains("grapevine merge") == true, "\(warning.hint ?? "")")
    }

    @Test("a swapped name is a look-alike at an organization written with its legal form, or by its note's name")
    func swappedAtOneOrganizationWrittenTwoWays() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Dr. Nguyen An\norganization: Figma, Inc.\n---\n",
            "contacts/b.md": "---\nname: An Nguyen\norganization: figma\n---\n",
        ])
        #expect(vault.diagnostics(.lookAlikeNames).count == 1)
        #expect(NameKey.swapped(lookAlikeKey: "chen wei") == "wei chen")
        #expect(NameKey.swapped(lookAlikeKey: "wei wei") == nil)
        #expect(NameKey.swapped(lookAlikeKey: "ana maria silva") == nil)
        #expect(NameKey.swapped(lookAlikeKey: "cher") == nil)
    }

    @Test("names that only look like copies, or copies of no note, are not")
    func notACopy() throws {
        let note = "---\nadded: 2026-11-01\n---\n"
        let vault = try TemporaryVault.load([
            "contacts/Pat.md": note, "contacts/Pat (the elder).md": note, "contacts/Q3.md": note,
            "contacts/Q3 (2026).md": note, "contacts/Ann.md": note, "contacts/Ann 02.md": note,
            "contacts/Tom Ng 2.md": note, "organizations/Pat 2.md": note,
        ])
        #expect(vault.diagnostics(.duplicateName).isEmpty, "\(vault.diagnostics(.duplicateName).map(\.message))")
    }
}
