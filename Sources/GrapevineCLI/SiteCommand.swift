import ArgumentParser
import GrapevineCore

/// `grapevine site`: the static site.
struct SiteCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Build a small website of your search that opens from disk: dashboard, contacts, graph, search.",
        discussion: """
            Writes a folder of plain HTML pages: a dashboard (next steps by urgency, upcoming \
            interviews, the search in numbers), a sortable table of contacts, a page for every \
            contact, interview, organization and note (with its referral chain, Log, tasks and \
            the notes that link to it), the referral graph, tags, and a search that works \
            offline. Open index.html in a browser, print a page before an interview, or copy \
            the folder to any web host: every link is relative and nothing is fetched from \
            the network.

            The folder is <vault>/_site unless 'site: { out: … }' in .grapevine/config.yml \
            (a folder inside the vault) or --out says otherwise. It may not be the vault, a \
            folder containing it, a hidden folder of it or a folder of notes. Grapevine writes \
            only inside it, marks it with a .grapevine-site file, removes pages it wrote before \
            that are gone now (when unchanged since), and refuses a non-empty folder it did \
            not make.

            --public leaves out notes with 'private: true' (they appear nowhere: no page, no \
            search entry, no box in the graph) and publishes only the front matter fields \
            known to be public: name, title, tags, a contact's organization, an \
            organization's industry, website and location, an interview's date, mode, \
            duration and status, and the keys listed in public_fields in the config (unless \
            private_fields lists them too).

            To change the look, copy a template into .grapevine/templates/ and edit it: the \
            pages (layout.html, dashboard.html, contact.html, …), the parts they repeat \
            (log-entry.html, step.html, link.html, …) and style.css ('grapevine site \
            --print-template NAME' prints the built-in one; docs/site.md lists what each \
            receives).

            Examples:
              grapevine site
              grapevine site --out ~/Sites/search --public
              grapevine site --print-template style.css > .grapevine/templates/style.css
              grapevine site --print-template link.html > .grapevine/templates/link.html
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write the site to this folder (default: the vault's _site, or site.out in the config).",
            valueName: "folder"))
    var out: String?

    @Flag(
        name: .long, help: "Leave out private notes and every field not known to be public, for a site others may see.")
    var `public` = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Print a built-in template (layout.html, contact.html, style.css, …) and exit.", valueName: "name"))
    var printTemplate: String?

    mutating func execute(_ console: Console) async throws {
        if let printTemplate {
            guard let text = SiteTemplates.builtIn(printTemplate) else {
                throw CommandError(
                    "error: there is no built-in site template '\(printTemplate)'; the templates are "
                        + SiteTemplates.names.joined(separator: ", ") + ".")
            }
            console.write(text)
            return
        }
        if Console.isStandardOutput(out) {
            throw CommandError(
                "error: the site is a folder of pages and cannot be written to standard output ('-').",
                ["Give a folder: --out FOLDER (for a folder named '-', write --out ./-)."], status: .usage)
        }
        let root = try VaultOpener.root(global, console)
        // The templates are parsed while the vault loads: on a vault of a few hundred notes,
        // parsing them takes about as long as reading the notes. The site shows no warnings of
        // notes that may be one person (`VaultOpener.open`).
        async let loading = VaultLoader.load(root: root, findingDuplicates: false)
        let templates: SiteTemplates
        do throws(TemplateLibrary.TemplateError) {
            templates = try SiteTemplates(vaultRoot: root)
        } catch {
            throw CommandError(error.description)
        }
        let vault = await loading
        console.keepUntilExit(vault)
        if `public` { try VaultOpener.requireReadableConfig(of: vault, for: "grapevine site") }
        let folderPath =
            out.map { VaultLocator.absolute($0, from: console.currentDirectory) }
            ?? VaultLocator.absolute(vault.config.siteOut, from: vault.root)
        let builder = SiteBuilder(
            vault: vault, today: global.date, now: global.minutesNow, isPublic: `public`, templates: templates)
        console.keepUntilExit(builder)
        let summary: SiteBuilder.Summary
        do throws(SiteFolder.SiteError) {
            summary = try await builder.build(into: SiteFolder.prepare(folderPath, for: vault, configured: out == nil))
        } catch {
            throw CommandError("error: \(error.description)")
        }
        let shownPath = (out ?? folderPath).escapingControlCharacters
        var line = "Wrote \(summary.files - summary.unchanged) files to \(shownPath)"
        if summary.unchanged > 0 { line += " (\(summary.unchanged) more were already up to date)" }
        if !summary.removed.isEmpty {
            line += " and removed \(summary.removed.count) page\(summary.removed.count == 1 ? "" : "s") no longer built"
        }
        console.write(line + (`public` ? " (public: private notes and fields left out)." : "."))
        if `public` {
            // A page an earlier build wrote and you edited stays; it may be a private note's.
            for page in summary.kept {
                console.writeError(
                    "warning: \(shownPath)/\(page) is not part of this public site: an earlier build wrote it and it "
                        + "was changed since, so it was kept; it may show what --public leaves out: remove it before "
                        + "publishing the folder")
            }
            for index in vault.notesOfUnknownPrivacy {
                console.writeError(
                    "warning: \(vault.notes[index].path.escapingControlCharacters): left out of the public site: whether it is private cannot "
                        + "be told; 'grapevine check' says why")
            }
        }
        console.write("Open \(shownPath)/index.html in a browser.")
        VaultOpener.warnAboutProblems(in: vault, console)
    }
}
