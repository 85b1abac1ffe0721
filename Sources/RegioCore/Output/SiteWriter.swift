import Foundation

/// Why the output could not be written, in the user's words.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(description: String) {
        self.description = description
    }

    /// Any error met while writing the site, in Dutch: Foundation's own text is English.
    public init(writing error: any Error) {
        description = (error as? OutputError)?.description ?? "de site kon niet worden geschreven: \(FileErrorText.dutch(error))"
    }
}

/// Writes a finished site into a folder so that the folder is replaced whole or not at all.
///
/// The site is written into a fresh folder beside the output, marked as Regio's own, and swapped in
/// with two renames only when every file is written. A folder that holds files but no marker was not
/// made by Regio and is never emptied; in one that has it, only the files the marker lists are
/// Regio's, and anything else is carried into the new site (`PreviousSite`, `carryOver`).
public struct DiskSiteWriter: Sendable {
    /// The file that marks a folder as Regio's output and lists what Regio wrote (`SiteManifest`).
    public static let markerName = FolderWalk.builtSiteMarker

    /// Where the site goes: `--out`, or where it points when it is a symbolic link.
    public let output: URL
    /// Folders the output may not be, lie in or hold (the theme): replacing the output would delete
    /// them, or change the theme the next build reads.
    public let keptApart: [URL]
    /// Folders the output may lie in but not be or hold (the content): CI builds into `site/` beside
    /// documents at a repository's root, and reading the content leaves out a folder Regio wrote
    /// (`FolderWalk.builtSiteMarker`).
    public let hosts: [URL]

    public init(output: URL, keptApartFrom keptApart: [URL] = [], mayLieIn hosts: [URL] = []) {
        self.output = Self.followingLinks(output.standardizedFileURL)
        self.keptApart = keptApart.map(\.standardizedFileURL)
        self.hosts = hosts.map(\.standardizedFileURL)
    }

    @discardableResult
    public func write(_ site: RenderedSite) throws -> WriteReport {
        let staging = try begin()
        for file in site.files { staging.add(file.path, file.data) }
        return try staging.commit()
    }

    /// The folder a symbolic link at the end of `url` points to, also through a link to a link; `url`
    /// itself when it is no link. The swap renames the output folder, and renaming the link would
    /// put a new folder in its place and leave the folder it points to (the web folder) as it was.
    static func followingLinks(_ url: URL) -> URL {
        var url = url
        for _ in 0..<40 {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) else { break }
            url = URL(fileURLWithPath: target, relativeTo: url.deletingLastPathComponent()).standardizedFileURL
        }
        return url
    }

    /// Checks that the output may be replaced and opens a fresh staging folder beside it; files go in
    /// as the build makes them, and `commit` swaps the folder in.
    public func begin() throws -> Staging {
        let fileManager = FileManager.default
        try checkApart()
        try checkNotMountPoint()
        try checkOutputIsOurs()
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).regio-nieuw")
        let retired = parent.appendingPathComponent(".\(name).regio-oud")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError(description: "de map \(parent.path) kan niet worden gemaakt: \(FileErrorText.dutch(error)); er is niets geschreven")
        }
        let untouched = untouchedNote()
        // Taken before anything beside the output is touched: a second build must not remove the
        // staging folder of the first one, nor swap in a site the first one is still writing.
        let claim: OutputLock
        switch OutputLock.take(at: parent.appendingPathComponent(".\(name).regio-slot").path) {
        case let .success(taken): claim = taken
        case .failure(.busy):
            throw OutputError(description: "er draait al een build naar deze map (\(output.path)); wacht tot die klaar is en probeer het dan opnieuw")
        case let .failure(.system(code)) where code == EACCES || code == EPERM:
            throw OutputError(description: """
                Regio mag niet schrijven in \(parent.path), de map boven \(output.path). Regio maakt de nieuwe site \
                daar eerst naast de oude en zet haar pas op haar plaats als ze helemaal klaar is, zodat bezoekers \
                nooit een halve site zien. Vraag schrijfrechten op \(parent.path), of kies als --out een nieuwe map \
                in \(output.path), bijvoorbeeld \(output.appendingPathComponent("site").path); \(untouched)
                """)
        case let .failure(.system(code)):
            throw OutputError(description: "in \(parent.path), de map boven \(output.path), kan niet worden geschreven: \(FileErrorText.dutch(errno: code)); \(untouched)")
        }
        try removeLeftover(staging, what: "de halve site die een onderbroken build naast \(output.path) liet staan", untouched: untouched)
        try removeLeftover(retired, what: "de oude site die een eerdere build naast \(output.path) liet staan", untouched: untouched)
        let rights = FolderRights(of: output)
        var warnings: [String] = []
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            if let warning = rights?.start(on: staging, output: output) { warnings.append(warning) }
            try Data(SiteManifest.bare.utf8).write(to: staging.appendingPathComponent(Self.markerName))
        } catch {
            try? fileManager.removeItem(at: staging)
            throw OutputError(description: "de map \(staging.path) kan niet worden gemaakt: \(FileErrorText.dutch(error)); \(untouched)")
        }
        return Staging(writer: self, folder: staging, retired: retired, untouched: untouched, claim: claim, rights: rights, warnings: warnings)
    }

    /// Refuses an output that is, lies in or holds one of the folders to keep apart. Compared with
    /// symbolic links resolved, so a link to the content folder does not get past.
    func checkApart() throws {
        let resolvedOutput = output.resolvingSymlinksInPath().path
        for folder in hosts + keptApart {
            let resolved = folder.resolvingSymlinksInPath().path
            if resolvedOutput == resolved {
                throw OutputError(description: "de uitvoermap \(output.path) is \(folder.path) zelf; kies een andere --out, bijvoorbeeld `site`")
            }
            if resolvedOutput.hasPrefix(resolved + "/"), !hosts.contains(folder) {
                throw OutputError(description: "de uitvoermap \(output.path) ligt in \(folder.path); kies een --out buiten die map")
            }
            if resolved.hasPrefix(resolvedOutput + "/") || resolvedOutput == "/" {
                throw OutputError(description: "de uitvoermap \(output.path) bevat \(folder.path), dat bij een build zou verdwijnen; kies een andere --out")
            }
        }
    }

    /// Refuses an output folder that is a mount point (its device differs from its parent's): the swap
    /// renames the folder, and the system refuses to rename a mount point (EBUSY).
    func checkNotMountPoint() throws {
        var own = stat(), above = stat()
        guard stat(output.path, &own) == 0, own.st_mode & S_IFMT == S_IFDIR,
              stat(output.deletingLastPathComponent().path, &above) == 0, own.st_dev != above.st_dev else { return }
        throw OutputError(description: """
            de uitvoermap \(output.path) is een koppelpunt (een aparte schijf of gedeelde map die daar is aangekoppeld); \
            Regio zet een nieuwe site in één keer op de plaats van de oude, en dat kan niet met een koppelpunt. \
            Kies een map daarin als --out, bijvoorbeeld \(output.appendingPathComponent("site").path), en laat de webserver die map tonen; \
            er is niets geschreven
            """)
    }

    /// Refuses an existing output folder with content that Regio did not make. A folder that holds
    /// only a web host's files (`hostFiles`, such as the `.htaccess` IT put there) counts as empty:
    /// they are carried into the new site as always.
    func checkOutputIsOurs() throws {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw OutputError(description: "\(output.path) is een bestand, geen map; kies een andere --out")
        }
        let contents = (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
        // A folder inside a site Regio made (`--out site/haaglanden`) has no marker of its own.
        var folder = output.standardizedFileURL.deletingLastPathComponent()
        while folder.path != "/", !contents.contains(Self.markerName) {
            if fileManager.fileExists(atPath: folder.appendingPathComponent(Self.markerName).path) {
                throw OutputError(description: "de map \(output.path) ligt in de site die Regio in \(folder.path) maakte; kies die map zelf als --out, of een map daarbuiten")
            }
            folder.deleteLastPathComponent()
        }
        guard contents.contains(Self.markerName) || contents.allSatisfy(Self.hostFiles.contains) else {
            throw OutputError(description: """
                de map \(output.path) is niet door Regio gemaakt (er staat geen \(Self.markerName) in); Regio schrijft daar niet, \
                zodat er niets van u verloren gaat. Kies als --out een nieuwe of lege map; bestanden voor de webserver, \
                zoals .htaccess, mogen erin staan
                """)
        }
    }

    /// The end of a failure's message: "de vorige site is ongewijzigd" is not true of a folder that is not there.
    func untouchedNote() -> String {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: output.appendingPathComponent(Self.markerName).path) { return "de vorige site is ongewijzigd" }
        if fileManager.fileExists(atPath: output.path) { return "\(output.path) is ongewijzigd" }
        return "er is niets geschreven"
    }

    /// A staging or retired folder left by an interrupted build; removed only when it carries the marker.
    private func removeLeftover(_ folder: URL, what: String, untouched: String) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: folder.path) else { return }
        guard fileManager.fileExists(atPath: folder.appendingPathComponent(Self.markerName).path) else {
            throw OutputError(description: "\(folder.path) bestaat al en is niet van Regio; verwijder of hernoem die map")
        }
        do {
            try Self.removeMarkedFolder(folder)
        } catch {
            throw OutputError(description: "\(what) (\(folder.path)) kan niet worden verwijderd: \(Self.removalReason(error)); \(untouched)")
        }
    }

    /// Why a folder Regio wants gone could not be removed, with what to do.
    static func removalReason(_ error: any Error) -> String {
        switch FileErrorText.errno(of: error) {
        case EACCES, EPERM:
            "geen toestemming om daar bestanden te verwijderen; verwijder die map zelf, of vraag de beheerder om schrijfrechten op die map en de mappen erin"
        default:
            "\(FileErrorText.dutch(error)); verwijder die map zelf"
        }
    }
}
