/// A file in the content folder that no document links to and Regio does not read itself: it is
/// not in the site. Communications staff drop a Word version of a plan or a PDF annex beside the
/// Markdown and expect to find it published; without a finding they learn otherwise from a reader.
enum UnusedFile {
    /// Extensions of word processors: the text of a document in the wrong form, not an annex.
    static let wordProcessorExtensions: Set<String> = ["doc", "docx", "odt", "rtf", "pages", "wpd"]

    /// One warning per file among `paths` that is neither `read` (a document, a YAML file, a figure
    /// table) nor `linked` from a body. A file that has a finding already (a misnamed document, a
    /// figure table that is no UTF-8) gets no second one; nor does a file beside an `incomplete`
    /// document, whose body was not read and may be what links to it (or names it as its figures).
    static func findings(paths: Set<String>, read: Set<String>, linked: Set<String>, reported: Set<String>, incomplete: Set<String>) -> [Diagnostic] {
        let foldersInDoubt = Set(incomplete.map(folder))
        return paths.subtracting(read).subtracting(linked).subtracting(reported).sorted().compactMap { path in
            guard FileRole(path: path) == .other, ContentLoader.lookalikeDocument(path) == nil,
                  !foldersInDoubt.contains(folder(of: path)) else { return nil }
            return finding(for: path, among: paths)
        }
    }

    private static func folder(of path: String) -> Substring {
        path.lastIndex(of: "/").map { path[..<$0] } ?? ""
    }

    private static func finding(for path: String, among paths: Set<String>) -> Diagnostic {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let parts = name.split(separator: ".")
        let fileExtension = parts.count > 1 ? parts.last!.lowercased() : ""
        let location = SourceLocation(file: path)
        guard wordProcessorExtensions.contains(fileExtension) else {
            return Diagnostic(.unusedFile, "`\(name)` staat niet in de site: geen document linkt ernaar", at: location,
                              fixIt: "zet in een document een link naar het bestand, zoals `[\(name)](\(name))` vanuit een document in dezelfde map, of haal het uit de inhoudsmap")
        }
        let folder = path.dropLast(name.count)
        let stem = parts.dropLast().joined(separator: ".")
        let markdown = "\(folder)\(stem).md"
        return Diagnostic(.unusedFile, "`\(name)` is een tekstverwerkerbestand: Regio zet alleen Markdown-documenten (`.md`) in de site, en geen document linkt ernaar",
                          at: location,
                          fixIt: paths.contains(markdown)
                              ? "er staat al een `\(markdown)`: haal het Word-bestand uit de inhoudsmap als dat document de tekst heeft, of link ernaar vanuit dat document als lezers het ook als Word-bestand moeten kunnen krijgen"
                              : "zet de tekst in `\(markdown)` (`regio new` maakt een begin met de koppen die de kaders vragen), of link ernaar vanuit een document als het een bijlage is")
    }
}
