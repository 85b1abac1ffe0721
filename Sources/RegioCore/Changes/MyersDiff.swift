/// Myers' O(ND) shortest edit script between two lists of whole numbers (words numbered by
/// `WordDiff`): which positions of the old list were removed and which of the new were inserted.
///
/// The standard library has the same algorithm in `CollectionDifference`, but generic over any
/// element and validating its result with an insertion sort; at 10,000 generated documents it was
/// half of the comparison pages and a seventh of a build. This one keeps, for each number of edits d,
/// the furthest point on each diagonal (Myers' V), and walks those back.
enum MyersDiff {
    /// Nil when the lists need more than `maxEdits` edits; the caller then shows the text as rewritten.
    /// The walk keeps (d + 1)² numbers, so `maxEdits` bounds memory as well as time.
    static func edits(from old: [Int32], to new: [Int32], maxEdits: Int) -> (removed: [Int], inserted: [Int])? {
        let n = old.count, m = new.count
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var v = [Int32](repeating: 0, count: 2 * limit + 3)
        // trace[d] is V after d edits, diagonals -d...d.
        var trace: [[Int32]] = []
        var found = false
        old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in
                for d in 0...limit {
                    for k in stride(from: -d, through: d, by: 2) {
                        var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                            ? Int(v[offset + k + 1]) : Int(v[offset + k - 1]) + 1
                        var y = x - k
                        while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                        v[offset + k] = Int32(x)
                        if x >= n, y >= m { found = true }
                    }
                    trace.append(Array(v[(offset - d)...(offset + d)]))
                    if found { return }
                }
            }
        }
        guard found else { return nil }

        var removed: [Int] = [], inserted: [Int] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, to: 0, by: -1) {
            let previous = trace[d - 1]
            // previous[i] is diagonal i - (d - 1).
            func furthest(_ k: Int) -> Int { Int(previous[k + d - 1]) }
            let k = x - y
            let down = k == -d || (k != d && furthest(k - 1) < furthest(k + 1))
            let previousK = down ? k + 1 : k - 1
            let previousX = furthest(previousK), previousY = previousX - previousK
            // Back along the snake of equal words, then over the one edit.
            if down {
                inserted.append(previousY)
            } else {
                removed.append(previousX)
            }
            x = previousX
            y = previousY
        }
        return (removed.reversed(), inserted.reversed())
    }
}
