import Foundation

/// Each document's search terms, interned in one `TermTable`, kept while the document is the same
/// object. A build reads every document for search once and every index that lists it reuses its
/// terms; `regio serve` keeps them from save to save (`OnDemandSite`), so after a save only the saved
/// document is read again. An index lists only the terms of its own documents, so terms that a saved
/// document no longer has stay in the table without showing anywhere.
final class SearchTerms: @unchecked Sendable {
    private let lock = NSLock()
    private var table = TermTable()
    private var known: [ContentPath: (document: Document, weights: TermTable.Weights)] = [:]
    /// How many documents were read for their terms, over the cache's life.
    var documentsRead: Int { lock.withLock { readCount } }
    private var readCount = 0

    /// Lets go of the terms of documents that were removed (`DocumentEdit`); their term strings stay
    /// in the table, as those of a saved document that lost them do.
    func forget(_ paths: [ContentPath]) {
        lock.withLock { for path in paths { known[path] = nil } }
    }

    /// The table and the weights of `documents`, reading on every core those not known (or known for
    /// another version of the document) with `read`, a batch at a time so that only one batch of term
    /// dictionaries exists before it is packed. The weights are those of these very documents: two
    /// sites asking at once (the one served and the one after a save) never get each other's.
    /// `others` (the pages of places and themes, a few words each) are interned as given, every time:
    /// they are not kept, and packed in the same table so that one index can list both.
    func weights(of documents: [Document], and others: [[String: Int]] = [], parallelism: Int,
                 read: @escaping @Sendable (Document) -> [String: Int])
        async -> (table: TermTable, weights: [ContentPath: TermTable.Weights], others: [TermTable.Weights]) {
        var weights: [ContentPath: TermTable.Weights] = [:]
        var missing: [Document] = []
        lock.withLock {
            for document in documents {
                if let entry = known[document.path], entry.document === document { weights[document.path] = entry.weights } else { missing.append(document) }
            }
        }
        // Each batch is read on every core while the one before is interned, which has to go in
        // document order (ids are handed out as terms are first met).
        func intern(_ batch: [Document], _ read: [[(key: String, value: Int)]]) {
            lock.withLock {
                for (document, terms) in zip(batch, read) {
                    let packed = table.add(sorted: terms)
                    known[document.path] = (document, packed)
                    weights[document.path] = packed
                }
                readCount += batch.count
            }
        }
        var pending: (batch: [Document], reading: Task<[[(key: String, value: Int)]], Never>)?
        for start in stride(from: 0, to: missing.count, by: 128) {
            let batch = Array(missing[start..<min(start + 128, missing.count)])
            let reading = Task { await parallelMap(batch, width: parallelism) { TermTable.sorted(read($0)) } }
            if let pending { intern(pending.batch, await pending.reading.value) }
            pending = (batch, reading)
        }
        if let pending { intern(pending.batch, await pending.reading.value) }
        let sortedOthers = others.map(TermTable.sorted)
        // The table only grows, so every id handed out so far is in it.
        return lock.withLock {
            let packed = sortedOthers.map { table.add(sorted: $0) }
            return (table, weights, packed)
        }
    }
}
