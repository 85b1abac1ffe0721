/// Maps `items` on up to `width` tasks at once and returns results in the input's order,
/// so output never depends on which task finished first.
func parallelMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], width: Int, _ transform: @escaping @Sendable (Item) -> Result
) async -> [Result] {
    guard width > 1, items.count > 1 else { return items.map(transform) }
    return await withTaskGroup(of: (Int, Result).self) { group in
        var results = [Result?](repeating: nil, count: items.count)
        var next = 0
        for _ in 0..<min(width, items.count) {
            let index = next
            group.addTask { (index, transform(items[index])) }
            next += 1
        }
        for await (index, result) in group {
            results[index] = result
            if next < items.count {
                let index = next
                group.addTask { (index, transform(items[index])) }
                next += 1
            }
        }
        return results.map { $0! }
    }
}
