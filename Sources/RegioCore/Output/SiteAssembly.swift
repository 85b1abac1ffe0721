import Foundation

/// Where a build puts its files as they are made, so that a large site is never held in memory
/// whole (`DiskSiteWriter.Staging` writes them into the folder that replaces the output).
/// Pages of one batch arrive from several tasks at once, each with its own path.
public protocol SiteSink: AnyObject, Sendable {
    func add(_ path: OutputPath, _ data: Data)
}

/// Gathers a build's files in the order the pipeline makes them: a path outside the published scope
/// is dropped, and when two files claim one path the first one wins, whatever the timing of tasks.
struct SiteAssembly: Sendable {
    let siteMap: SiteMap
    let sink: (any SiteSink)?
    private var written: Set<OutputPath> = []
    private var kept: [OutputPath: Data] = [:]

    init(siteMap: SiteMap, sink: (any SiteSink)?) {
        self.siteMap = siteMap
        self.sink = sink
    }

    mutating func add(_ files: [(OutputPath, Data)]) {
        for (path, data) in files where siteMap.isPublished(path) {
            let output = siteMap.published(path)
            guard written.insert(output).inserted else { continue }
            if let sink { sink.add(output, data) } else { kept[output] = data }
        }
    }

    /// Records pages that `handOver` gave to the sink already, or keeps them when there is none.
    mutating func add(_ pages: [HandedOver]) {
        for page in pages {
            switch page {
            case let .kept(path, data): add([(path, data)])
            case let .written(path): written.insert(path)
            case .unpublished: break
            }
        }
    }

    /// A page from a rendering task: written at once when there is a sink (callers guarantee that
    /// no two tasks hand over the same path), else returned to be kept.
    func handOver(_ file: (OutputPath, Data)) -> HandedOver {
        guard siteMap.isPublished(file.0) else { return .unpublished }
        let output = siteMap.published(file.0)
        guard let sink else { return .kept(file.0, file.1) }
        sink.add(output, file.1)
        return .written(output)
    }

    enum HandedOver: Sendable {
        case kept(OutputPath, Data)
        case written(OutputPath)
        case unpublished
    }

    /// The files in path order; with a sink, only how many were handed to it.
    func finished() -> RenderedSite {
        RenderedSite(files: kept.keys.sorted().map { ($0, kept[$0]!) }, count: written.count)
    }
}
