/// The search index of a `LiveSite` as the script `search-index.js`, kept entry by entry: an
/// edit writes the JSON of the entries that changed, and the script is the entries' JSON put
/// together. (Writing the JSON of every entry of the benchmark vault again took about as long
/// as the rest of the fixed pages.)
struct SearchScript {
    /// The index, and each entry's JSON.
    private(set) var index: SearchIndex
    private var chunks: [HTMLWriter]

    /// The script of `index`.
    init(_ index: SearchIndex) {
        self.index = index
        chunks = Self.chunks(of: index.entries[...])
    }

    /// The script of `new`, reusing the JSON of the entries that are the same, at the same place.
    mutating func update(to new: SearchIndex) {
        let old = index.entries
        chunks = new.entries.indices.map { position in
            if old.indices.contains(position), old[position] == new.entries[position], chunks.indices.contains(position)
            {
                return chunks[position]
            }
            var json = HTMLWriter()
            SearchIndex.writeJSON(of: new.entries[position], into: &json)
            return json
        }
        index = new
    }

    /// The contents of `search-index.js`.
    var script: HTMLWriter {
        SearchIndex.script(ofEntries: chunks)
    }

    private static func chunks(of entries: ArraySlice<SearchIndex.Entry>) -> [HTMLWriter] {
        parallelMap(count: entries.count, batch: 256, makeState: {}) { _, offset in
            var json = HTMLWriter()
            SearchIndex.writeJSON(of: entries[entries.startIndex + offset], into: &json)
            return json
        }
    }
}
