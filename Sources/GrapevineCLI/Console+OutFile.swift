import GrapevineCore

extension Console {
    /// Writes `text` to standard output, or, for `--out FILE`, to that new file (an existing one
    /// is never replaced) and then "Wrote `what` to FILE."
    func write(_ text: String, toNewFile out: String?, wrote what: String) throws(CommandError) {
        guard let out else { return write(text) }
        let path = VaultLocator.absolute(out, from: currentDirectory)
        do throws(FileWriter.WriteError) {
            try FileWriter.create(path, contents: text)
        } catch {
            throw CommandError("error: \(error.description). Choose another name, or delete it first.")
        }
        write("Wrote \(what) to \(out).")
    }
}
