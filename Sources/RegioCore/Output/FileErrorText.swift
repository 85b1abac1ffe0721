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
        case EBUSY: "de map is in gebruik: het is een koppelpunt (een aparte schijf of gedeelde map) of een ander programma houdt hem vast"
        case EXDEV: "de map ligt op een andere schijf of gedeelde map dan de map erboven, en een map kan niet van de ene schijf naar de andere worden verplaatst"
        case ENOTEMPTY: "er staat al een map met die naam, en die is niet leeg"
        case EMLINK: "de map bevat meer mappen dan de schijf toestaat"
        case ELOOP: "het pad bevat symbolische links die in een kring naar elkaar wijzen"
        case ETXTBSY: "het bestand is in gebruik door een programma dat draait"
        case EFBIG, EOVERFLOW: "het bestand is te groot voor deze schijf"
        case EINVAL: "de schijf staat deze handeling of deze naam niet toe"
        case EILSEQ: "de naam bevat tekens die deze schijf niet toestaat"
        case EAGAIN: "het bestand is tijdelijk vergrendeld door een ander programma; probeer het zo opnieuw"
        case EMFILE, ENFILE: "er staan te veel bestanden tegelijk open; sluit andere programma's en probeer het opnieuw"
        case ENOMEM, ENOBUFS: "het werkgeheugen is op; sluit andere programma's en probeer het opnieuw"
        case ESTALE: "de gedeelde map is niet meer bereikbaar; koppel hem opnieuw en probeer het nog eens"
        case ENXIO, ENODEV: "de schijf is niet (meer) aangesloten"
        case EINTR: "het schrijven werd onderbroken; probeer het opnieuw"
        case ETIMEDOUT, ENOTCONN, ECONNREFUSED, ECONNRESET, EHOSTDOWN, EHOSTUNREACH, ENETDOWN, ENETUNREACH:
            "de verbinding met de netwerkschijf is verbroken; controleer de verbinding en probeer het opnieuw"
        case EOPNOTSUPP: "deze schijf ondersteunt deze handeling niet; kies een --out op een andere schijf"
        case ENOLCK: "deze schijf kan geen bestand vergrendelen; kies een --out op een andere schijf"
        default: "systeemfout \(code)"
        }
    }

    /// The system's error number in one of Foundation's errors, if it carries one.
    static func errno(of error: any Error) -> Int32? {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        guard error.domain == NSCocoaErrorDomain else { return nil }
        let code = CocoaError.Code(rawValue: error.code)
        return code == .fileWriteNoPermission || code == .fileReadNoPermission ? EACCES : nil
    }

    /// Foundation's file errors carry the system's error number, or a code of their own.
    static func dutch(_ error: any Error) -> String {
        if let error = error as? OutputError { return error.description }
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
        case .fileLocking: dutch(errno: EAGAIN)
        case .fileReadTooLarge: dutch(errno: EFBIG)
        case .fileReadCorruptFile: "het bestand is beschadigd"
        case .fileReadUnknownStringEncoding, .fileReadInapplicableStringEncoding, .fileWriteInapplicableStringEncoding:
            "de tekst is niet in UTF-8"
        case .fileWriteInvalidFileName, .fileReadInvalidFileName: "de naam is ongeldig"
        // Foundation's code when the system gave no reason it passes on.
        case .fileWriteUnknown, .fileReadUnknown:
            "het besturingssysteem weigerde zonder reden (code \(error.code)); controleer of de map bestaat, of het geen koppelpunt is en of u er mag schrijven"
        default: "onbekende fout (\(error.code))"
        }
    }
}
