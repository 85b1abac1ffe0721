/// The sources of a figures table that have an address, numbered in the order the table first
/// names them. On paper a link's address is lost, and written out in a cell it would widen the
/// column: the cell gets the number, and a list under the table the address.
struct PrintedSources {
    private(set) var sources: [Source] = []

    init(_ all: [Source]) {
        for source in all where source.url != nil && !sources.contains(source) {
            sources.append(source)
        }
    }

    /// 1-based, as the list under the table counts; nil for a source without an address.
    func number(of source: Source) -> Int? {
        sources.firstIndex(of: source).map { $0 + 1 }
    }
}
