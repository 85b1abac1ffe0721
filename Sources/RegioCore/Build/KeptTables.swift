/// The tables of a kept build (`BuildState`) that the site on screen holds too: the graph and the
/// bodies renderer. A save changes them in place only when nothing else holds them; else each
/// table it changes is copied first, which at 10,000 documents was a third of a new regiovisie's
/// rebuild. `regio serve` copies them between saves, off the path from save to page, and hands the
/// copies back to the build they were taken from.
public struct KeptTables: Sendable {
    fileprivate var graph: SiteGraph
    fileprivate var bodies: BodyRenderer
    /// The site of the build they were taken from: tables of an older build are not taken back.
    /// Weak, so that the site is never let go of here, on the actor that takes them back.
    fileprivate weak var site: OnDemandSite?

    /// These tables with storage of their own. Takes as long as copying them.
    public consuming func owned() -> KeptTables {
        graph.ownTables()
        bodies.ownTables()
        return self
    }
}

extension BuildResult {
    /// The tables the next save changes, to copy (`KeptTables.owned()`); nil when the build keeps none.
    public var keptTables: KeptTables? {
        state.map { KeptTables(graph: $0.graph, bodies: $0.bodies, site: $0.site) }
    }

    /// Takes back tables from `keptTables`, when they were taken from this build; returns whether it did.
    @discardableResult
    public mutating func adopt(_ tables: consuming KeptTables) -> Bool {
        guard let site = state?.site, let taken = tables.site, site === taken else { return false }
        state?.graph = tables.graph
        state?.bodies = tables.bodies
        return true
    }
}
