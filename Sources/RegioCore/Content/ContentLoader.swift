import Foundation

/// The files of a content folder, read and sorted by the role they play.
public struct LoadedContent: Sendable {
    public var siteFile: SourceFile?
    /// `kaders.yaml`, the legal-framework checklist, when the content has one.
    public var checklistFile: SourceFile?
    /// `indicatoren.yaml`, the monitor's indicators, when the content has one.
    public var indicatorFile: SourceFile?
    public var regionFiles: [SourceFile] = []
    public var documentFiles: [SourceFile] = []
    /// Text files refused for what is in them (a control character, a git merge conflict): they go no
    /// further, but their findings show the line.
    public var refusedFiles: [SourceFile] = []
    /// Paths of every Markdown document found, also those that could not be read: links to them are not broken.
    public var documentPaths: Set<String> = []
    /// Every file in the content folder, for links to files other than documents.
    public var allPaths: Set<String> = []
    public var diagnostics: [Diagnostic] = []
}

/// Stage 1: finds and reads the content files.
public enum ContentLoader {
    /// Larger files are refused: no policy text comes near this, and reading it would only cost memory.
    public static let maximumFileSize = 8 * 1024 * 1024

    /// Files that belong to the author or the repository, not to the site: a region's repository
    /// often has these beside its content.
    static let ignoredNames: Set<String> = ["README.md", "CONTRIBUTING.md", "CHANGELOG.md", "LICENSE.md", "CODE_OF_CONDUCT.md", "SECURITY.md"]

    public static func load(from fileSystem: any ContentFileSystem) -> LoadedContent {
        var content = LoadedContent()
        let paths: [String]
        do {
            let listing = try fileSystem.listing()
            paths = listing.files
            content.diagnostics += listing.skipped.map(diagnostic)
        } catch {
            content.diagnostics.append(Diagnostic(
                .unreadableFile, "de inhoudsmap kan niet worden gelezen", at: SourceLocation(file: "."),
                notes: ["controleer of de map bestaat; geef een andere map op met --content"]
            ))
            return content
        }
        content.allPaths = Set(paths)
        // `--content haaglanden`: a region's folder given for the whole content. Every document would
        // be misplaced; one finding says what happened instead.
        if content.allPaths.contains("regio.yaml"), !content.allPaths.contains("site.yaml") {
            content.diagnostics.append(Diagnostic(
                .missingSiteFile, "deze map is een regiomap (er staat een regio.yaml in), niet de hoofdmap van de inhoud", at: SourceLocation(file: "regio.yaml"),
                notes: ["de hoofdmap van de inhoud heeft site.yaml en kaders.yaml, met daarin een map per regio"],
                fixIt: "geef met --content de map op waarin site.yaml staat, zoals de map erboven"
            ))
            return content
        }
        content.diagnostics += paths.compactMap(Self.lookalikeDocument)
        let wanted = paths.filter { path in
            let role = FileRole(path: path)
            guard role != .other, !ignoredNames.contains(path.split(separator: "/").last.map(String.init) ?? "") else { return false }
            if role == .document { content.documentPaths.insert(path) }
            return true
        }
        // Reading and checking UTF-8 is independent per file: on every core, results in path order.
        let read = concurrentMap(wanted) { path in
            var diagnostics: [Diagnostic] = []
            let outcome = Self.readFile(path, from: fileSystem, into: &diagnostics)
            return (path, outcome, diagnostics)
        }
        for (path, outcome, diagnostics) in read {
            content.diagnostics += diagnostics
            let file: SourceFile
            switch outcome {
            case let .text(text): file = text
            case let .refused(text): content.refusedFiles.append(text); continue
            case .unreadable: continue
            }
            switch FileRole(path: path) {
            case .site: content.siteFile = file
            case .checklist: content.checklistFile = file
            case .indicators: content.indicatorFile = file
            case .region: content.regionFiles.append(file)
            case .document: content.documentFiles.append(file)
            case .other: break
            }
        }
        // A site.yaml that is there but could not be read has its own error; "missing" would contradict it.
        if content.siteFile == nil, !content.allPaths.contains("site.yaml") {
            content.diagnostics.append(Diagnostic(
                .missingSiteFile, "site.yaml ontbreekt in de inhoudsmap", at: SourceLocation(file: "site.yaml"),
                fixIt: "maak site.yaml aan met bijvoorbeeld: titel: Beleid huiselijk geweld en kindermishandeling"
            ))
        }
        return content
    }

    /// A file named almost as a document (`plan.md.txt` from Notepad, `plan.MD`, `plan.markdown`),
    /// which Regio would leave out without a word: Windows hides the part after the last dot.
    static func lookalikeDocument(_ path: String) -> Diagnostic? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let lower = name.lowercased()
        let stem: Substring
        if lower.hasSuffix(".md.txt") {
            stem = name.dropLast(7)
        } else if lower.hasSuffix(".markdown") {
            stem = name.dropLast(9)
        } else if lower.hasSuffix(".md"), !name.hasSuffix(".md") {
            stem = name.dropLast(3)
        } else {
            return nil
        }
        guard !stem.isEmpty, !ignoredNames.contains(stem.uppercased() + ".md") else { return nil }
        let folder = path.dropLast(name.count)
        return Diagnostic(.notADocument, "`\(name)` lijkt een document, maar Regio leest alleen bestanden die op `.md` eindigen; het staat niet in de site",
                          at: SourceLocation(file: path), fixIt: "hernoem het bestand naar `\(folder)\(stem).md`")
    }

    /// Why an entry of the content folder was passed by.
    private static func diagnostic(for skipped: FolderWalk.Skipped) -> Diagnostic {
        switch skipped {
        case let .unreadableFolder(path):
            return Diagnostic(.unreadableFile, "de map kan niet worden gelezen; wat erin staat, ontbreekt in de site", at: SourceLocation(file: path),
                              fixIt: "maak de map leesbaar, bijvoorbeeld met `chmod a+rx \(path)`")
        case let .symbolicLink(path, target, end):
            let leads = switch end {
            case .insideContent: "naar `\(target)`"
            case .outsideContent: "naar `\(target)`, buiten de inhoudsmap"
            case .loop: "naar `\(target)`, een kring van links die nergens eindigt"
            case .nowhere: "naar `\(target)`, dat niet bestaat"
            }
            return Diagnostic(.symbolicLink, "`\(path)` is een symbolische link \(leads); Regio volgt geen links", at: SourceLocation(file: path),
                              fixIt: "zet het bestand zelf in de inhoudsmap in plaats van een link")
        }
    }

    /// One file, with the same size limit and UTF-8 check as a whole load; nil when it cannot be used.
    static func read(_ path: String, from fileSystem: any ContentFileSystem, into diagnostics: inout [Diagnostic]) -> SourceFile? {
        if case let .text(file) = readFile(path, from: fileSystem, into: &diagnostics) { return file }
        return nil
    }

    /// What reading one file gave, with the findings about it in `diagnostics`.
    enum FileRead: Sendable {
        case text(SourceFile)
        /// Valid text that is not used because of what is in it; kept for its findings' lines.
        case refused(SourceFile)
        case unreadable
    }

    static func readFile(_ path: String, from fileSystem: any ContentFileSystem, into diagnostics: inout [Diagnostic]) -> FileRead {
        // In `regio serve`, a file that did not change is not read or checked again.
        if let cache = fileSystem as? CachedFileSystem {
            let (outcome, found) = cache.source(path) {
                var found: [Diagnostic] = []
                return (readUncached(path, from: fileSystem, into: &found), found)
            }
            diagnostics += found
            return outcome
        }
        return readUncached(path, from: fileSystem, into: &diagnostics)
    }

    private static func readUncached(_ path: String, from fileSystem: any ContentFileSystem, into diagnostics: inout [Diagnostic]) -> FileRead {
        let location = SourceLocation(file: path)
        do {
            let size = try fileSystem.size(of: path)
            guard size <= maximumFileSize else {
                diagnostics.append(Diagnostic(
                    .fileTooLarge, "het bestand is \(size / 1_048_576) MB; Regio leest bestanden tot \(maximumFileSize / 1_048_576) MB",
                    at: location, fixIt: "splits de tekst over meer documenten, of zet lange cijferreeksen in een CSV-bestand bij een factsheet"
                ))
                return .unreadable
            }
            let data = try fileSystem.read(path)
            if let kind = TextHygiene.binaryKind(data) {
                diagnostics.append(Diagnostic(
                    .notUTF8, "het bestand is geen tekst maar \(kind)", at: location,
                    fixIt: "kopieer de tekst uit het programma naar een teksteditor en sla hem op als UTF-8-tekst met de naam `\(path.split(separator: "/").last ?? "")`; een pdf of afbeelding bij een document krijgt een eigen naam en een link"
                ))
                return .unreadable
            }
            if TextHygiene.looksLikeUTF16(data) {
                diagnostics.append(Diagnostic(
                    .notUTF8, "het bestand is opgeslagen als UTF-16, niet als UTF-8", at: location,
                    fixIt: "sla het bestand op met codering UTF-8 (in Kladblok: Opslaan als, Codering: UTF-8)"
                ))
                return .unreadable
            }
            guard let decoded = String(validating: data, as: UTF8.self) else {
                diagnostics.append(Diagnostic(
                    .notUTF8, "het bestand is geen geldige UTF-8-tekst", at: firstInvalidByteLocation(in: data, file: path),
                    notes: ["tekens als é of ë in een oude Windows-codering (Latin-1, Windows-1252) geven deze fout"],
                    fixIt: "sla het bestand op met codering UTF-8"
                ))
                return .unreadable
            }
            let text = TextHygiene.normalizingLoneCarriageReturns(decoded.hasPrefix("\u{FEFF}") ? String(decoded.dropFirst()) : decoded)
            if let found = TextHygiene.firstControlCharacter(in: text, file: path) ?? TextHygiene.firstConflictMarker(in: text, file: path) {
                diagnostics.append(found)
                return .refused(SourceFile(path: path, text: text))
            }
            return .text(SourceFile(path: path, text: text))
        } catch {
            diagnostics.append(Diagnostic(.unreadableFile, "het bestand kan niet worden gelezen", at: location,
                                          fixIt: "maak het bestand leesbaar, bijvoorbeeld met `chmod a+r \(path)`"))
            return .unreadable
        }
    }

    /// The line and column of the first byte that breaks UTF-8, so the author can find it.
    static func firstInvalidByteLocation(in data: Data, file: String) -> SourceLocation {
        let bytes = [UInt8](data)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let valid = length > 0 && index + length <= bytes.count
                && String(validating: bytes[index..<index + length], as: UTF8.self) != nil
            guard valid else {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                return SourceLocation(file: file, line: line, column: column)
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return SourceLocation(file: file)
    }
}

/// What a file is, from where it is.
enum FileRole: Equatable {
    case site, checklist, indicators, region, document, other

    init(path: String) {
        let parts = path.split(separator: "/")
        if path == "site.yaml" {
            self = .site
        } else if path == Checklist.fileName {
            self = .checklist
        } else if path == IndicatorSet.fileName {
            self = .indicators
        } else if parts.count == 2, parts[1] == "regio.yaml" {
            self = .region
        } else if path.hasSuffix(".md") {
            self = .document
        } else {
            self = .other
        }
    }
}
