extension Array {
    /// Where an element with `key` is or would go in this array, sorted ascending by `keyOf`: binary
    /// search, for the lists `regio serve` keeps sorted as files come and go.
    func insertionIndex<Key: Comparable>(of key: Key, by keyOf: (Element) -> Key) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if keyOf(self[middle]) < key { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension Array where Element: Comparable {
    /// Puts `element` into this sorted array, or takes it out, once: where it is found by binary search.
    mutating func setSorted(_ element: Element, present: Bool) {
        let index = insertionIndex(of: element) { $0 }
        let found = index < count && self[index] == element
        if present, !found { insert(element, at: index) }
        if !present, found { remove(at: index) }
    }
}
