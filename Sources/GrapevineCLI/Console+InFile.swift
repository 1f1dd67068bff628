import GrapevineCore

extension Console {
    /// Refuses `-` as a file to read (`--previous -`, `import vcard -`): to most command-line
    /// tools it is standard input, which grapevine does not read, and a file named `-` in the
    /// current folder was read instead, or "not found" said of it. `what` names the argument
    /// (`--previous`, `the file to import`); a file so named is `./-`.
    static func refuseStandardInput(_ path: String, as what: String) throws(CommandError) {
        guard path == "-" else { return }
        throw CommandError(
            "error: \(what) is a file to read, and grapevine does not read standard input ('-').",
            ["Give the file's path (for a file named '-', write ./-)."], status: .usage)
    }
}
