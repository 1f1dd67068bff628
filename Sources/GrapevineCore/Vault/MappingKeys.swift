/// The keys of a mapping read so far, to find a key written twice in linear time.
///
/// Front matter has about ten keys, which are compared one by one (faster than hashing them);
/// past `hashingThreshold` they go into a set, so a hostile mapping of 100,000 keys costs
/// 100,000 lookups rather than five billion comparisons.
struct MappingKeys {
    private var hashed: Set<String>?

    /// How many entries are compared one by one before the keys are hashed.
    static let hashingThreshold = 16

    /// Whether `key` is not among `entries`, the entries read so far in this mapping (each
    /// of them checked by this method before it was added).
    mutating func isNew(_ key: String, in entries: [FrontMatter.Entry]) -> Bool {
        if hashed == nil {
            if entries.count < Self.hashingThreshold {
                // By index: iterating copies each entry, its key and value, to compare one key.
                for index in entries.indices where entries[index].key == key { return false }
                return true
            }
            hashed = Set(entries.lazy.map(\.key))
        }
        return hashed?.insert(key).inserted ?? false
    }
}
