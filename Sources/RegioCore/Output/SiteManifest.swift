import Foundation

/// The text of the `.regio-site` marker: a sentence for whoever opens it, then every file Regio
/// wrote. The next build removes only those; anything else in the output folder (an upload, a
/// verification file, the user's own page) is someone else's and is kept.
enum SiteManifest {
    static let introduction = """
        Deze map is gemaakt door Regio. Bij elke build vervangt Regio de bestanden hieronder; \
        andere bestanden in deze map blijven staan.
        """
    static let heading = "bestanden:"

    /// The marker as the staging folder first gets it, before any file is written: enough for a
    /// later build to know the folder as Regio's.
    static let bare = introduction + "\n"

    static func text(files: [String]) -> String {
        ([introduction, heading] + files.sorted()).joined(separator: "\n") + "\n"
    }

    /// The files listed in a marker; nil for a marker without a list, which an older Regio wrote: for
    /// its output the build keeps only the web host's files, as it did then.
    static func files(inMarker text: String) -> Set<String>? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let start = lines.firstIndex(of: Substring(heading)) else { return nil }
        return Set(lines[(start + 1)...].map(String.init))
    }

    /// The manifest of the site in `folder`, when its marker has one.
    static func files(inSiteAt folder: URL) -> Set<String>? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(DiskSiteWriter.markerName).path) else { return nil }
        return files(inMarker: String(decoding: data, as: UTF8.self))
    }
}
