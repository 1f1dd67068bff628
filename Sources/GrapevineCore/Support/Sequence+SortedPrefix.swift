extension Sequence {
    /// The first `count` elements in the order `areInIncreasingOrder` gives, in that order:
    /// `sorted(by:).prefix(count)` without sorting them all. Each element is compared with the
    /// last kept, and only one that comes before it is put in its place among them, after the
    /// kept ones it ties with (so equal elements keep their order, as in `sorted(by:)`).
    func sortedPrefix(_ count: Int, by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        guard count > 0 else { return [] }
        var kept: [Element] = []
        kept.reserveCapacity(count)
        for element in self {
            if kept.count == count {
                guard areInIncreasingOrder(element, kept[count - 1]) else { continue }
                kept.removeLast()
            }
            var (low, high) = (0, kept.count)
            while low < high {
                let middle = (low + high) / 2
                if areInIncreasingOrder(element, kept[middle]) { high = middle } else { low = middle + 1 }
            }
            kept.insert(element, at: low)
        }
        return kept
    }
}
