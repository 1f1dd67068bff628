import CInflate

/// A zip archive read from its bytes, for the one file an import wants from it: the
/// `Connections.csv` in LinkedIn's data export.
///
/// Entries are found in the central directory at the end of the archive, read stored or
/// deflated, and checked against their CRC-32. Not read: encrypted entries, ZIP64 archives
/// (over 4 GB, or 65,535 entries), archives split over several files; each is refused with a
/// sentence saying so.
struct ZipArchive {
    /// One file in the archive.
    struct Entry: Equatable {
        /// Its path in the archive.
        var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int
    }

    /// The archive's files, in the order of its central directory.
    let entries: [Entry]
    private let bytes: [UInt8]
    private let file: String

    /// Whether `bytes` start as a zip archive does (`PK\3\4`, or `PK\5\6` for an empty one).
    static func isArchive(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// Reads the central directory of the archive `bytes`; `file` names it in messages.
    init(_ bytes: [UInt8], file: String) throws(ImportFailure) {
        self.bytes = bytes
        self.file = file
        let end = try Self.endOfDirectory(in: bytes, file: file)
        var entries: [Entry] = []
        var offset = Int(Self.uint32(bytes, end + 16))
        for _ in 0..<Int(Self.uint16(bytes, end + 10)) {
            guard offset + 46 <= bytes.count, Self.uint32(bytes, offset) == 0x0201_4B50 else {
                throw Self.damaged(file, "its central directory is cut short")
            }
            let (nameCount, extraCount, commentCount) =
                (
                    Int(Self.uint16(bytes, offset + 28)), Int(Self.uint16(bytes, offset + 30)),
                    Int(Self.uint16(bytes, offset + 32))
                )
            guard offset + 46 + nameCount <= bytes.count else { throw Self.damaged(file, "a file name is cut short") }
            let entry = Entry(
                name: String(decoding: bytes[(offset + 46)..<(offset + 46 + nameCount)], as: UTF8.self),
                method: Int(Self.uint16(bytes, offset + 10)), flags: Int(Self.uint16(bytes, offset + 8)),
                crc: Self.uint32(bytes, offset + 16), compressedSize: Int(Self.uint32(bytes, offset + 20)),
                size: Int(Self.uint32(bytes, offset + 24)), localHeaderOffset: Int(Self.uint32(bytes, offset + 42)))
            guard ![entry.compressedSize, entry.size, entry.localHeaderOffset].contains(0xFFFF_FFFF) else {
                throw ImportFailure(
                    file: file,
                    message:
                        "the archive is a ZIP64 archive, which is not read here; unzip it and import Connections.csv")
            }
            entries.append(entry)
            offset += 46 + nameCount + extraCount + commentCount
        }
        self.entries = entries
    }

    /// The entry whose file name (in any folder, any case) is `name`; the one nearest the top
    /// when there are several. Resource forks macOS adds (`__MACOSX/`) are not entries.
    func entry(named name: String) -> Entry? {
        entries.filter { entry in
            !entry.name.hasPrefix("__MACOSX/")
                && entry.name.split(separator: "/").last.map { $0.lowercased() == name.lowercased() } == true
        }.min { $0.name.split(separator: "/").count < $1.name.split(separator: "/").count }
    }

    /// The bytes of `entry`, inflated and checked.
    func contents(of entry: Entry) throws(ImportFailure) -> [UInt8] {
        guard entry.flags & 1 == 0 else {
            throw ImportFailure(
                file: file, message: "\(entry.name) is encrypted in the archive; unzip it and import it")
        }
        guard entry.size <= ImportFile.largestSize else {
            throw ImportFailure(
                file: file,
                message:
                    "\(entry.name) is \(entry.size >> 20) MB, over the \(ImportFile.largestSize >> 20) MB an import reads"
            )
        }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, Self.uint32(bytes, header) == 0x0403_4B50 else {
            throw Self.damaged(file, "the entry \(entry.name) is not where its directory says")
        }
        let start = header + 30 + Int(Self.uint16(bytes, header + 26)) + Int(Self.uint16(bytes, header + 28))
        guard start + entry.compressedSize <= bytes.count else {
            throw Self.damaged(file, "the entry \(entry.name) is cut short")
        }
        let stored = Array(bytes[start..<(start + entry.compressedSize)])
        let contents: [UInt8]
        switch entry.method {
        case 0:
            contents = stored
        case 8:
            var inflated = [UInt8](repeating: 0, count: entry.size)
            guard grapevine_inflate(stored, stored.count, &inflated, inflated.count) == 0 else {
                throw Self.damaged(file, "the entry \(entry.name) cannot be inflated")
            }
            contents = inflated
        default:
            throw ImportFailure(
                file: file,
                message: "\(entry.name) is compressed with method \(entry.method), which is not read here; "
                    + "unzip it and import it")
        }
        guard contents.count == entry.size, grapevine_crc32(contents, contents.count) == entry.crc else {
            throw Self.damaged(file, "the entry \(entry.name) does not match its checksum")
        }
        return contents
    }

    // MARK: Private

    /// The offset of the end-of-central-directory record: in the last 64 KB, as its comment may be that long.
    private static func endOfDirectory(in bytes: [UInt8], file: String) throws(ImportFailure) -> Int {
        guard bytes.count >= 22 else { throw damaged(file, "it is too short to be a zip archive") }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var offset = bytes.count - 22
        while offset >= lowest {
            if uint32(bytes, offset) == 0x0605_4B50 {
                guard uint16(bytes, offset + 4) == 0, uint16(bytes, offset + 6) == 0 else {
                    throw ImportFailure(
                        file: file,
                        message: "the archive is split over several files, which is not read here; unzip it first")
                }
                guard uint16(bytes, offset + 10) != 0xFFFF, uint32(bytes, offset + 16) != 0xFFFF_FFFF else {
                    throw ImportFailure(
                        file: file,
                        message:
                            "the archive is a ZIP64 archive, which is not read here; unzip it and import Connections.csv"
                    )
                }
                return offset
            }
            offset -= 1
        }
        throw damaged(file, "its central directory cannot be found")
    }

    private static func damaged(_ file: String, _ reason: String) -> ImportFailure {
        ImportFailure(file: file, message: "the zip archive is damaged: \(reason)")
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        guard offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset + 4 <= bytes.count else { return 0 }
        return (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
    }
}
