/// Creates a new vault: config, templates, folders, a pitch stub and a `.gitignore`.
public enum VaultInitializer {
    /// Why `init` refused.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notEmpty(String)
        /// A file (or anything but a folder) where the vault needs a folder.
        case notAFolder(String)
        case write(FileWriter.WriteError)

        public var description: String {
            switch self {
            case .notEmpty(let path):
                return
                    "\(path.escapingControlCharacters) is not empty and is not a vault; choose an empty folder or a "
                    + "new one, or, to use "
                    + "the notes already in it, run 'grapevine init --existing' there (it adds the vault's files "
                    + "beside them and changes none)"
            case .notAFolder(let path):
                return
                    "\(path.escapingControlCharacters) is a file, where the vault needs a folder of that name; "
                    + "rename or move it, then run "
                    + "init again (nothing was written)"
            case .write(let error):
                return error.description
            }
        }
    }

    /// What `initialize` did, where the vault keeps its people and its pitch.
    public struct Initialized: Sendable, Equatable {
        /// The vault-relative paths created (a folder's ending in `/`).
        public var created: [String]
        /// Where `new contact` and `import` put a person's note (`NewNote.Placement`),
        /// vault-relative, ending in `/`; empty for the vault's top: `contacts/`, or the folder
        /// of a vault that keeps people in `People/`.
        public var contactFolder: String
        /// The vault-relative path of the pitch: the user's own note of `type: pitch`, else
        /// `pitch.md`.
        public var pitch: String
    }

    /// Creates what is missing of a vault at `root` (absolute) and returns the vault-relative
    /// paths it created. Refuses a non-empty folder that is not already a vault, unless
    /// `existing` (a folder of notes to use as they are); in an existing vault it only adds
    /// what is missing and never replaces a file. A `.gitignore` already there gains the site
    /// folder's line when no line of it mentions the folder (`.gitignore (added /_site/)` in
    /// what is returned): a site built in the vault would otherwise be committed with it.
    public static func initialize(at root: String, owner: String?, existing: Bool = false) throws(Failure)
        -> Initialized
    {
        // In a folder of notes, its template folders are left out, and they read as none of its notes.
        let templateFolders = existing ? TemplateFolders.find(inVault: root) : []
        var notes: [Note] = []
        if let entries = FileSystem.entries(of: root) {
            let isVault = entries.contains { $0.name == ".grapevine" }
            let isEmpty = entries.allSatisfy { $0.name == ".git" }
            guard isVault || isEmpty || existing else { throw .notEmpty(root) }
            if !isEmpty {
                notes = VaultLoader.load(root: root, findingDuplicates: false).notes.filter { note in
                    !templateFolders.contains { note.path.hasPrefix($0 + "/") }
                }
            }
        }
        let folders = [".grapevine/templates"] + kindFolders(among: notes, existing: existing)
        for folder in [".grapevine"] + folders
        where FileSystem.exists(root + "/" + folder) && !FileSystem.isDirectory(root + "/" + folder) {
            throw .notAFolder(root + "/" + folder)
        }
        var created: [String] = []
        do throws(FileWriter.WriteError) {
            try FileWriter.createFolder(root)
            if let refusal = folders.lazy.compactMap({ FileWriter.linkOut(of: $0, inVault: root) }).first {
                throw refusal
            }
            for folder in folders {
                let isNew = !FileSystem.isDirectory(root + "/" + folder)
                try FileWriter.createFolder(folder, inVault: root)
                if isNew { created.append(folder + "/") }
            }
            let siteFolder = siteFolder(inVault: root)
            let hadGitIgnore = FileSystem.exists(root + "/" + GitIgnore.path)
            let ignore = templateFolders.map { $0 + "/**" }
            var files = [(ConfigReader.path, configText(owner: owner, ignore: ignore))]
            // A pitch of the user's own (`Pitch.md`, `type: pitch`), wherever it is, is the pitch.
            if !notes.contains(where: { $0.kind == .pitch }) { files.append(("pitch.md", pitch)) }
            if let siteFolder { files.append((GitIgnore.path, GitIgnore.line(for: siteFolder) + "\n")) }
            files += DefaultTemplates.all.map { (".grapevine/templates/" + $0.file, $0.text) }
            for (path, text) in files where !FileSystem.exists(root + "/" + path) {
                try FileWriter.create(root + "/" + path, contents: text)
                created.append(path)
            }
            if let siteFolder, hadGitIgnore, let added = addSiteFolder(siteFolder, toGitIgnoreIn: root) {
                created.append(added)
            }
        } catch {
            throw .write(error)
        }
        return Initialized(
            created: created, contactFolder: NewNote.Placement(for: .contact, among: notes).folder,
            pitch: notes.first { $0.kind == .pitch }?.path ?? "pitch.md")
    }

    /// The folders of the kinds (`contacts`, `interviews`, `organizations`) to make: all of
    /// them, unless `existing` and the vault's `notes` say it keeps a kind in a folder of its
    /// own (`People/` with `type: contact`): then none, so that no empty `contacts/` stands
    /// beside the user's `People/`. `new` and `import` put notes where the vault keeps them
    /// (`NewNote.Placement`), and make the kind's own folder when it has none.
    private static func kindFolders(among notes: [Note], existing: Bool) -> [String] {
        let kinds: [NoteKind] = [.contact, .interview, .organization]
        let standard = kinds.compactMap(\.folder)
        guard existing, !notes.isEmpty else { return standard }
        let keepsItsOwn = kinds.contains {
            NewNote.Placement(for: $0, among: notes).folder != NewNote.Placement.standard($0).folder
        }
        return keepsItsOwn ? [] : standard
    }

    /// Adds the line for `folder` to the user's own `.gitignore` at `root` if it has none, and
    /// says what became of it for the list of what was created: `.gitignore (added /_site/)`,
    /// or why it was left as it is (a symlink, a file that cannot be written), for the user to
    /// add the line; `nil` when the file has the line already. The rest of the vault is made
    /// either way.
    private static func addSiteFolder(_ folder: String, toGitIgnoreIn root: String) -> String? {
        let line = GitIgnore.line(for: folder)
        let notChanged = GitIgnore.path + " (not changed: "
        guard FileSystem.kind(of: root + "/" + GitIgnore.path) == .file else {
            return notChanged + "not a regular file; add the line \(line) to what it leads to)"
        }
        do throws(FileWriter.WriteError) {
            return try GitIgnore.addSiteFolder(folder, inVault: root) ? GitIgnore.path + " (added \(line))" : nil
        } catch {
            return notChanged + "\(error.reason); add the line \(line) to it)"
        }
    }

    /// The site folder, vault-relative, as the vault's config names it (`_site` without one);
    /// `nil` when it is outside the vault, where no `.gitignore` of the vault reaches.
    private static func siteFolder(inVault root: String) -> String? {
        var buffer: [UInt8] = []
        var config = Config()
        if case .success(let (text, utf8Problem)) = VaultFile.withContents(
            of: ConfigReader.path, inVault: root, buffer: &buffer, NoteReader.decode)
        {
            config = ConfigReader.read(text, utf8Problem: utf8Problem).0
        }
        guard !config.siteOut.hasPrefix("/"), let folder = VaultPath.normalize(config.siteOut), !folder.isEmpty,
            folder != "."
        else { return nil }
        return folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    }

    /// The config file, every default written out and explained, with the paths to skip
    /// `ignore` (`Templates/**`) if any.
    static func configText(owner: String?, ignore: [String] = []) -> String {
        let defaults = Cadence()
        let cadence = Cadence.keys.map { key, path in
            "  \(key): \(defaults[keyPath: path])".padding(to: 33) + "# " + cadenceComments[key, default: ""]
        }
        let questions = Config.defaultQuestions.map { "  - \"\($0)\"" }
        let ownerLine = owner.map { "owner: \(YAMLText.quoted($0))" } ?? "# owner: Your Name"
        return """
            # Grapevine settings. Every key is optional; the values shown are the defaults.

            # Your name: used in drafts, and the root of the referral graph.
            \(ownerLine)

            site:
              # title: "My search"            # the site's title
              out: _site                      # where `grapevine site` writes; listed in .gitignore

            # Days until each next step is due. "business" days count Monday to Friday.
            cadence:
            \(cadence.joined(separator: "\n"))

            # Days off that business days skip, as dates: [2026-12-24, 2026-12-25].
            holidays: []

            # The question bank for new interview agendas (TIARA: trends, insights, advice,
            # resources, assignments).
            questions:
            \(questions.joined(separator: "\n"))

            # `grapevine site --public` publishes only the fields known to be public: name,
            # title, tags, a contact's organization, an organization's industry, website and
            # location, an interview's date, mode, duration and status. More keys to publish:
            public_fields: []
            # Keys never published, even when listed above.
            private_fields: [email, phone]

            # Paths to skip, as globs: "drafts/**", "*.tmp.md".
            ignore: [\(ignore.map(YAMLText.quoted).joined(separator: ", "))]

            # The day your search ended (an offer accepted): `next` then stops asking you to
            # reach new people, follow up, schedule, prepare and apply, and keeps the thank-yous,
            # updates and staying in touch.
            # search_ended: YYYY-MM-DD

            """
    }

    private static let cadenceComments = [
        "thank_you_days": "thank-you note (and resume) after an interview",
        "update_days": "update on what you did with their advice",
        "thank_referrer_days": "tell the referrer you met their referral",
        "referral_days": "reach out to someone you were referred to",
        "try_another_business_days": "no reply: write to someone else there",
        "follow_up_business_days": "no reply: follow up once",
        "max_follow_ups": "follow-ups before moving on",
        "schedule_days": "they replied: set a date",
        "prepare_days": "prepare interviews this many days ahead",
        "stay_in_touch_days": "check in with people you have met",
    ]

    static let pitch = """
        ---
        type: pitch
        ---

        # My pitch

        \(pitchPlaceholder)

        """

    /// The pitch stub's text, which `check`, `next` and `prep` recognise as no pitch yet
    /// (`Pitch`).
    static let pitchPlaceholder = """
        What you say in thirty seconds when someone asks "tell me about yourself": who you
        are, what you are exploring and why, and why you wanted to talk to them. Keep it
        short and about the conversation, never a request for a job.
        """
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
