import Foundation

/// Why a file or folder could not be written, in Dutch. Foundation's `localizedDescription` is
/// English ("You don’t have permission"), and a communications officer needs to know what to do.
enum FileErrorText {
    static func dutch(errno code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "geen toestemming om daar te schrijven; controleer de rechten van de map of kies een andere --out"
        case ENOSPC, EDQUOT: "de schijf is vol; maak ruimte vrij of kies een --out op een andere schijf"
        case EROFS: "de schijf is alleen-lezen; kies een --out op een schijf waarop u mag schrijven"
        case ENOENT: "een map op de weg erheen bestaat niet (meer)"
        case ENOTDIR: "een deel van het pad is een bestand, geen map"
        case EEXIST: "er staat al een bestand met die naam"
        case EISDIR: "er staat een map waar het bestand moet komen"
        case ENAMETOOLONG: "het pad is te lang"
        case EIO: "de schijf gaf een leesfout of schrijffout"
        default: "systeemfout \(code)"
        }
    }

    /// Foundation's file errors carry the system's error number, or a code of their own.
    static func dutch(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return dutch(errno: Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return dutch(errno: Int32(underlying.code))
        }
        guard error.domain == NSCocoaErrorDomain else { return "onbekende fout (\(error.domain) \(error.code))" }
        return switch CocoaError.Code(rawValue: error.code) {
        case .fileWriteNoPermission, .fileReadNoPermission: dutch(errno: EACCES)
        case .fileWriteOutOfSpace: dutch(errno: ENOSPC)
        case .fileWriteVolumeReadOnly: dutch(errno: EROFS)
        case .fileNoSuchFile, .fileReadNoSuchFile: dutch(errno: ENOENT)
        case .fileWriteFileExists: dutch(errno: EEXIST)
        case .fileWriteInvalidFileName, .fileReadInvalidFileName: "de naam is ongeldig"
        default: "onbekende fout (\(error.code))"
        }
    }
}
