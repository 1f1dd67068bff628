#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SiteBuilder {
    /// Every node's link, written once for each place a page can be: a build writes tens of
    /// links a page, to a few thousand nodes.
    ///
    /// The links are bytes in one block the table owns, found through plain pointers, so writing
    /// a link copies bytes and touches no reference count: with an object per node, both threads
    /// retained and released the same popular nodes' links for every link they wrote. What a
    /// link needs is close together, since most links are to a node no other link on the page
    /// is to: one small record per node (its folder as a number, where its pieces are), then
    /// its pieces.
    struct NodeLinks: @unchecked Sendable {
        /// The slots of a node's record: its page's folder, then where each piece starts in
        /// `bytes`: the name (escaped), the page, the href and the anchor from a page in the
        /// same folder, in another folder and at the root; then where the last piece ends.
        private enum Slot: Int {
            case folder, name, page, href, anchor = 6
            /// The three anchors' slots and the one where the last piece ends.
            static let count = anchor.rawValue + 4
        }

        /// The `folder` slot of a page at the root or no page, and of a page more than one
        /// folder deep (whose links are worked out from the path each time).
        private static let atRoot: Int32 = -1
        private static let deep: Int32 = -2

        /// Owns the memory the pointers below read; freed with the last copy of the table.
        /// Written only while the table is made.
        private final class Storage: @unchecked Sendable {
            let bytes: UnsafeMutableBufferPointer<UInt8>
            let records: UnsafeMutableBufferPointer<Int32>

            init(nodes: Int, bytes: Int) {
                self.bytes = .allocate(capacity: bytes)
                records = .allocate(capacity: nodes * Slot.count)
            }

            deinit {
                bytes.deallocate()
                records.deallocate()
            }
        }

        private let storage: Storage
        private let bytes: UnsafePointer<UInt8>
        private let records: UnsafePointer<Int32>
        /// The folders pages are in, by number: where each starts and ends in `bytes`.
        private let folders: [(start: Int, end: Int)]

        /// The links of `count` nodes, given each node's name and page (if it has one).
        init(count: Int, name: @Sendable (Graph.NodeID) -> String, page: @Sendable (Graph.NodeID) -> String?) {
            // Each node's pieces are written on all cores, then copied into one block after the
            // folders' names, again on all cores, each node to where the nodes before it end.
            let nodes = parallelMap(count: count, batch: 256, makeState: {}) { _, node in
                Self.pieces(name: name(node), page: page(node))
            }
            var folderNumbers: [String: Int32] = [:]
            var folderBytes: [UInt8] = []
            var folders: [(start: Int, end: Int)] = []
            var starts: [Int] = []
            starts.reserveCapacity(count)
            for node in nodes {
                if let folder = node.folder, folderNumbers[folder] == nil {
                    folderNumbers[folder] = Int32(folders.count)
                    folders.append((folderBytes.count, folderBytes.count + folder.utf8.count))
                    folderBytes += folder.utf8
                }
            }
            var total = folderBytes.count
            for node in nodes {
                starts.append(total)
                total += node.bytes.count
            }
            precondition(total <= Int32.max, "the site's links take more than 2 GB")
            let storage = Storage(nodes: count, bytes: total)
            _ = UnsafeMutableBufferPointer(rebasing: storage.bytes[..<folderBytes.count]).initialize(from: folderBytes)
            _ = parallelMap(count: count, batch: 256, makeState: {}) { [starts, folderNumbers] _, node in
                let start = starts[node]
                let record = storage.records.baseAddress! + node * Slot.count
                record[Slot.folder.rawValue] =
                    !nodes[node].isShallow ? Self.deep : nodes[node].folder.map { folderNumbers[$0]! } ?? Self.atRoot
                record[Slot.name.rawValue] = Int32(start)
                for (index, end) in nodes[node].ends.enumerated() {
                    record[Slot.name.rawValue + index + 1] = Int32(start + end)
                }
                nodes[node].bytes.withBytes {
                    _ = UnsafeMutableBufferPointer(rebasing: storage.bytes[start...]).initialize(fromContentsOf: $0)
                }
            }
            self.storage = storage
            self.folders = folders
            bytes = UnsafePointer(storage.bytes.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!)
            records = UnsafePointer(storage.records.baseAddress ?? UnsafeMutablePointer(bitPattern: 4)!)
        }

        /// One node's pieces from its name on, where each of them ends, and its page's folder.
        private static func pieces(name: String, page: String?) -> (
            bytes: HTMLWriter, ends: [Int], folder: String?, isShallow: Bool
        ) {
            let name = HTML.escape(name)
            let slash = UInt8(ascii: "/")
            let firstSlash = page?.utf8.firstIndex(of: slash)
            let folder = page.flatMap { page in firstSlash.map { String(page[..<$0]) } }
            var hrefs = ["", "", ""]
            if let page {
                let fromRoot = SitePaths.relative(from: SitePaths.dashboard, to: page)
                hrefs = [SitePaths.relative(from: page, to: page), "../" + fromRoot, fromRoot]
            }
            var bytes = HTMLWriter(capacity: 160 + 4 * name.utf8.count)
            var ends: [Int] = []
            ends.reserveCapacity(Slot.count - 2)
            for piece in [name, page ?? ""] + hrefs {
                bytes.append(piece)
                ends.append(bytes.count)
            }
            for href in hrefs {
                if page == nil {
                    bytes.append("<span class=\"no-page\">")
                    bytes.append(name)
                    bytes.append("</span>")
                } else {
                    bytes.append("<a href=\"")
                    bytes.append(href)
                    bytes.append("\">")
                    bytes.append(name)
                    bytes.append("</a>")
                }
                ends.append(bytes.count)
            }
            return (bytes, ends, folder, firstSlash == page?.utf8.lastIndex(of: slash))
        }

        /// The bytes of a piece of a node's link: `slot` is where it starts, `offset` picks one
        /// of the three hrefs or anchors.
        private func piece(_ slot: Slot, _ offset: Int = 0, of node: Graph.NodeID) -> UnsafeBufferPointer<UInt8> {
            let record = records + node * Slot.count + slot.rawValue + offset
            return UnsafeBufferPointer(start: bytes + Int(record[0]), count: Int(record[1] - record[0]))
        }

        func write(_ node: Graph.NodeID, from path: String, into html: inout HTMLWriter) {
            guard let place = place(of: node, from: path) else {
                html.append("<a href=\"")
                html.append(href(node, from: path)!)
                html.append("\">")
                html.append(bytes: piece(.name, of: node))
                return html.append("</a>")
            }
            html.append(bytes: piece(.anchor, place, of: node))
        }

        func href(_ node: Graph.NodeID, from path: String) -> String? {
            let page = piece(.page, of: node)
            guard !page.isEmpty else { return nil }
            if let place = place(of: node, from: path) {
                return String(decoding: piece(.href, place, of: node), as: UTF8.self)
            }
            return SitePaths.relative(from: path, to: String(decoding: page, as: UTF8.self))
        }

        /// 0 when `path` is in the node's page's folder (or the node has no page), 1 in another
        /// folder, 2 at the root; `nil` when either page is more than one folder deep (left to
        /// `SitePaths.relative`). Asked for every link of every page: it reads the path's bytes
        /// in place.
        private func place(of node: Graph.NodeID, from path: String) -> Int? {
            let record = records + node * Slot.count
            // Without a page, a node's name is the same from everywhere.
            guard record[Slot.page.rawValue] != record[Slot.page.rawValue + 1] else { return 0 }
            let folder = record[Slot.folder.rawValue]
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
