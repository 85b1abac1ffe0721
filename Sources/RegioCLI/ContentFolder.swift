import Foundation

/// The content folder named on the command line, checked before anything is read.
enum ContentFolder {
    /// Exits with 64 and a message when `given` is not a folder.
    static func require(_ given: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory), isDirectory.boolValue else {
            printError(missingMessage(given))
            throw RegioExit.usage
        }
    }

    /// Why `given` cannot be read, with the folder meant when the working folder shows it: an author
    /// who runs `regio check` inside the content repository (as CI does) has its `site.yaml` right here.
    static func missingMessage(_ given: String, in workingFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> String {
        let start = "regio: de inhoudsmap `\(given)` bestaat niet"
        let has = { (path: String) in FileManager.default.fileExists(atPath: workingFolder.appendingPathComponent(path).path) }
        if given != ".", has("site.yaml") || has("kaders.yaml") {
            let marker = has("site.yaml") ? "site.yaml" : "kaders.yaml"
            return "\(start), maar de huidige map heeft een \(marker) en is dus zelf de inhoudsmap: bedoelde u `--content .`?"
        }
        if given != "..", has("regio.yaml"), has("../site.yaml") {
            return "\(start), maar de huidige map is de map van één regio (met regio.yaml) en de map erboven is de inhoudsmap: bedoelde u `--content ..`?"
        }
        return "\(start); geef een map op met --content"
    }
}
