#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SiteBuilder {
    /// Every node's link, ready to be written from any page: a build writes tens of links a
    /// page, to a few thousand nodes.
    ///
    /// A node's page and escaped name are bytes in one block the table owns, found through
    /// plain pointers, so writing a link copies bytes and touches no reference count. The
    /// `href`s from the site's pages, at most one folder deep, are parts of a page's path: from
    /// a page in the same folder its file name, from another folder `../` and the path, from the
    /// root the path. One small record a node and its two pieces keep the table small enough
    /// for the processor's caches, which every link of every page reads at random.
    struct NodeLinks: @unchecked Sendable {
        /// Where a node's pieces are, and its page's folder.
        private struct Record {
            /// Where the page starts in `bytes`; the name follows it.
            var start: Int32
            /// 0 for no page.
            var pageLength: Int32
            var nameLength: Int32
            /// Where the file name starts in the page: the `href` from the same folder.
            var fileStart: UInt16
            /// The page's folder by number, or `atRoot` or `deep`.
            var folder: Int16
        }

        /// The `folder` of a page at the root or no page, and of a page more than one folder
        /// deep: its links are worked out from its path, which its record holds, each time.
        private static let atRoot: Int16 = -1
        private static let deep: Int16 = -2

        /// Owns the memory the pointers below read; freed with the last copy of the table.
        /// Written only while the table is made.
        private final class Storage: @unchecked Sendable {
            let bytes: UnsafeMutableBufferPointer<UInt8>
            let records: UnsafeMutableBufferPointer<Record>

            init(nodes: Int, bytes: Int) {
                self.bytes = .allocate(capacity: bytes)
                records = .allocate(capacity: nodes)
            }

            deinit {
                bytes.deallocate()
                records.deallocate()
            }
        }

        private let storage: Storage
        private let bytes: UnsafePointer<UInt8>
        private let records: UnsafePointer<Record>
        /// The folders pages are in, by number: where each starts and ends in `bytes`.
        private let folders: [(start: Int, end: Int)]

        /// The links of `count` nodes, given each node's name and page (if it has one).
        init(count: Int, name: @Sendable (Graph.NodeID) -> String, page: @Sendable (Graph.NodeID) -> String?) {
            // Each node's pieces are made on all cores, then copied into one block after the
            // folders' names, again on all cores, each node to where the nodes before it end.
            let nodes = parallelMap(count: count, batch: 256, makeState: {}) { _, node in
                Self.pieces(name: name(node), page: page(node))
            }
            var folderNumbers: [String: Int16] = [:]
            var folderBytes: [UInt8] = []
            var folders: [(start: Int, end: Int)] = []
            var starts: [Int] = []
            starts.reserveCapacity(count)
            for node in nodes {
                if let folder = node.folder, folderNumbers[folder] == nil, folders.count < Int16.max {
                    folderNumbers[folder] = Int16(folders.count)
                    folders.append((folderBytes.count, folderBytes.count + folder.utf8.count))
                    folderBytes += folder.utf8
                }
            }
            var total = folderBytes.count
            for node in nodes {
                starts.append(total)
                total += node.page.utf8.count + node.name.utf8.count
            }
            precondition(total <= Int32.max, "the site's links take more than 2 GB")
            let storage = Storage(nodes: count, bytes: total)
            _ = UnsafeMutableBufferPointer(rebasing: storage.bytes[..<folderBytes.count]).initialize(from: folderBytes)
            _ = parallelMap(count: count, batch: 256, makeState: {}) { [starts, folderNumbers] _, node in
                let (name, page, fileStart, folder) = nodes[node]
                let folderNumber = folder.map { folderNumbers[$0] ?? Self.deep } ?? Self.atRoot
                storage.records[node] = Record(
                    start: Int32(starts[node]), pageLength: Int32(page.utf8.count), nameLength: Int32(name.utf8.count),
                    fileStart: UInt16(clamping: fileStart ?? 0), folder: fileStart == nil ? Self.deep : folderNumber)
                var at = starts[node]
                for var piece in [page, name] {
                    piece.withUTF8 {
                        _ = UnsafeMutableBufferPointer(rebasing: storage.bytes[at...]).initialize(fromContentsOf: $0)
                        at += $0.count
                    }
                }
            }
            self.storage = storage
            self.folders = folders
            bytes = UnsafePointer(storage.bytes.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!)
            records = UnsafePointer(storage.records.baseAddress ?? UnsafeMutablePointer(bitPattern: 16)!)
        }

        /// One node's escaped name, its page, where the file name starts in the page and the
        /// page's folder; `nil` for where the file name starts when the `href`s are not parts
        /// of the path (a page deeper than one folder, or with characters to escape).
        private static func pieces(name: String, page: String?) -> (
            name: String, page: String, fileStart: Int?, folder: String?
        ) {
            let name = HTML.escape(name)
            guard let page else { return (name, "", 0, nil) }
            let slash = UInt8(ascii: "/")
            let firstSlash = page.utf8.firstIndex(of: slash)
            let folder = firstSlash.map { String(page[..<$0]) }
            let fileStart = firstSlash.map { page.utf8.distance(from: page.utf8.startIndex, to: $0) + 1 } ?? 0
            guard firstSlash == page.utf8.lastIndex(of: slash), fileStart <= UInt16.max,
                SitePaths.relative(from: SitePaths.dashboard, to: page) == page,
                SitePaths.relative(from: page, to: page) == String(page.utf8.dropFirst(fileStart))
            else { return (name, page, nil, folder) }
            return (name, page, fileStart, folder)
        }

        private func name(of record: Record) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: bytes + Int(record.start + record.pageLength), count: Int(record.nameLength))
        }

        /// The page of `record`, without its folder when `place` is 0.
        private func page(of record: Record, _ place: Int) -> UnsafeBufferPointer<UInt8> {
            let skipped = place == 0 ? Int(record.fileStart) : 0
            return UnsafeBufferPointer(
                start: bytes + Int(record.start) + skipped, count: Int(record.pageLength) - skipped)
        }

        func write(_ node: Graph.NodeID, from path: String, into html: inout HTMLWriter) {
            let record = records[node]
            guard record.pageLength > 0 else {
                html.append("<span class=\"no-page\">")
                html.append(bytes: name(of: record))
                return html.append("</span>")
            }
            if let place = place(of: record, from: path) {
                html.append(place == 1 ? "<a href=\"../" : "<a href=\"")
                html.append(bytes: page(of: record, place))
            } else {
                html.append("<a href=\"")
                html.append(href(node, from: path)!)
            }
            html.append("\">")
            html.append(bytes: name(of: record))
            html.append("</a>")
        }

        func href(_ node: Graph.NodeID, from path: String) -> String? {
            let record = records[node]
            guard record.pageLength > 0 else { return nil }
            if let place = place(of: record, from: path) {
                return (place == 1 ? "../" : "") + String(decoding: page(of: record, place), as: UTF8.self)
            }
            return SitePaths.relative(from: path, to: String(decoding: page(of: record, 2), as: UTF8.self))
        }

        /// 0 when `path` is in the node's page's folder, 1 in another folder, 2 at the root;
        /// `nil` when either page is more than one folder deep (left to `SitePaths.relative`).
        /// Asked for every link of every page: it reads the path's bytes in place.
        private func place(of record: Record, from path: String) -> Int? {
            let folder = record.folder
            guard folder != Self.deep else { return nil }
            let slash = UInt8(ascii: "/")
            return path.utf8.withContiguousStorageIfAvailable { path -> Int? in
                guard let first = path.firstIndex(of: slash) else { return folder == Self.atRoot ? 0 : 2 }
                guard !path[(first + 1)...].contains(slash) else { return nil }
                guard folder != Self.atRoot else { return 1 }
                let (start, end) = folders[Int(folder)]
                return end - start == first && memcmp(bytes + start, path.baseAddress!, first) == 0 ? 0 : 1
            } ?? nil
        }
    }
}
