import Foundation

/// The folders of an Obsidian vault that hold its note templates. The walk skips the ones its
/// settings name, and `init --existing` writes all of them into `ignore:`: a template's
/// `{{date:YYYY-MM-DD}}` and `contact: "[[{{title}}]]"` are errors, a person named "{{title}}"
/// in every other command, and its `- [ ] Send thank-you` a step.
enum TemplateFolders {
    /// The template folders the vault's settings name (Obsidian's Templates plugin, Templater),
    /// vault-relative, each once.
    static func named(inVault root: String) -> [String] {
        var found: [String] = []
        for (file, key) in settings {
            if let folder = setting(key, in: file, inVault: root), !found.contains(folder) { found.append(folder) }
        }
        return found
    }

    /// The template folders of the vault at `root`, vault-relative, each once: the folder
    /// Obsidian's Templates plugin names (`.obsidian/templates.json`, `{"folder": "Templates"}`),
    /// the one Templater names (its `data.json`, `"templates_folder"`), and a top folder called
    /// `Templates` holding a note with a placeholder (`{{`, `<%`) though no setting names it.
    static func find(inVault root: String) -> [String] {
        var found = named(inVault: root)
        for entry in FileSystem.entries(of: root) ?? []
        where entry.kind == .directory && entry.name.lowercased() == "templates" && !found.contains(entry.name)
            && holdsPlaceholder(entry.name, inVault: root)
        {
            found.append(entry.name)
        }
        return found
    }

    /// The settings files that name a template folder, and the key they name it with.
    private static let settings = [
        (".obsidian/templates.json", "folder"),
        (".obsidian/plugins/templater-obsidian/data.json", "templates_folder"),
    ]

    /// The folder `file` names under `key`, normalized (`/Templates/` is `Templates`); `nil`
    /// when there is no such file or key, or the folder is not one inside the vault.
    private static func setting(_ key: String, in file: String, inVault root: String) -> String? {
        var buffer: [UInt8] = []
        guard
            case .success(let value)? = VaultFile.withContents(
                of: file, inVault: root, buffer: &buffer,
                { bytes in
                    let object = try? JSONSerialization.jsonObject(with: Data([UInt8](bytes)))
                    return (object as? [String: Any])?[key] as? String
                }), let value, let folder = VaultPath.normalize(value.trimmingWhitespace()), folder != "."
        else { return nil }
        return FileSystem.isDirectory(root + "/" + folder) ? folder : nil
    }

    /// Whether one of the first notes in `folder` holds a template's placeholder.
    private static func holdsPlaceholder(_ folder: String, inVault root: String) -> Bool {
        var buffer: [UInt8] = []
        let notes = (FileSystem.entries(of: root + "/" + folder) ?? []).filter {
            $0.kind == .file && VaultWalker.isMarkdown(Substring($0.name))
        }
        return notes.prefix(50).contains { note in
            let read = VaultFile.withContents(of: folder + "/" + note.name, inVault: root, buffer: &buffer) {
                TemplatePlaceholder.appears(in: $0)
            }
            guard case .success(true)? = read else { return false }
            return true
        }
    }
}
