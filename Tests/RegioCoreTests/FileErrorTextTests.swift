import Foundation
import Testing
@testable import RegioCore

@Suite("Schrijffouten in het Nederlands")
struct FileErrorTextTests {
    @Test("Foundation-fouten en foutnummers van het systeem krijgen een Nederlandse reden met wat te doen")
    func reasons() {
        #expect(FileErrorText.dutch(CocoaError(.fileWriteNoPermission)).hasPrefix("geen toestemming om daar te schrijven"))
        #expect(FileErrorText.dutch(CocoaError(.fileWriteOutOfSpace)).hasPrefix("de schijf is vol"))
        #expect(FileErrorText.dutch(CocoaError(.fileWriteVolumeReadOnly)).hasPrefix("de schijf is alleen-lezen"))
        let underlying = NSError(domain: NSCocoaErrorDomain, code: CocoaError.Code.fileWriteUnknown.rawValue,
                                 userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        #expect(FileErrorText.dutch(underlying).hasPrefix("de schijf is vol"))
        #expect(FileErrorText.dutch(NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS))).hasPrefix("de schijf is alleen-lezen"))
        #expect(FileErrorText.dutch(errno: EACCES) == FileErrorText.dutch(errno: EPERM))
        #expect(FileErrorText.dutch(errno: 9999) == "systeemfout 9999")
    }

    @Test("elk foutnummer dat het systeem bij schrijven, verplaatsen of verwijderen geeft, heeft een eigen Nederlandse reden", arguments: [
        EACCES, EPERM, ENOSPC, EDQUOT, EROFS, ENOENT, ENOTDIR, EEXIST, EISDIR, ENAMETOOLONG, EIO, EBUSY, EXDEV, ENOTEMPTY,
        EMLINK, ELOOP, ETXTBSY, EFBIG, EOVERFLOW, EINVAL, EILSEQ, EAGAIN, EMFILE, ENFILE, ENOMEM, ESTALE, ENXIO, ENODEV,
        EINTR, ETIMEDOUT, ENOTCONN, EHOSTUNREACH, EOPNOTSUPP, ENOLCK,
    ])
    func everyKnownErrno(code: Int32) {
        let text = FileErrorText.dutch(errno: code)
        #expect(!text.contains("systeemfout") && !text.contains("onbekende fout"), "\(code): \(text)")
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: CocoaError.Code.fileWriteUnknown.rawValue,
                              userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code))])
        #expect(FileErrorText.dutch(wrapped) == text)
    }

    @Test("een koppelpunt of een andere schijf (EBUSY, EXDEV) en Foundations code 512 zonder reden: geen 'onbekende fout'")
    func mountPointReasons() {
        #expect(FileErrorText.dutch(errno: EBUSY).contains("koppelpunt"))
        #expect(FileErrorText.dutch(errno: EXDEV).contains("andere schijf"))
        let bare = FileErrorText.dutch(CocoaError(.fileWriteUnknown))
        #expect(bare == "het besturingssysteem weigerde zonder reden (code 512); controleer of de map bestaat, of het geen koppelpunt is en of u er mag schrijven")
    }

    @Test("elke andere fout van de schrijver komt in het Nederlands bij de gebruiker, nooit als NSCocoaErrorDomain")
    func unexpectedErrors() {
        let refused = NSError(domain: NSCocoaErrorDomain, code: CocoaError.Code.fileWriteNoPermission.rawValue,
                              userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))])
        #expect(OutputError(writing: refused).description
            == "de site kon niet worden geschreven: geen toestemming om daar te schrijven; controleer de rechten van de map of kies een andere --out")
        #expect(OutputError(writing: OutputError(writing: CocoaError(.fileWriteOutOfSpace))).description.hasSuffix(": de schijf is vol; maak ruimte vrij of kies een --out op een andere schijf"))
        #expect(!OutputError(writing: CocoaError(.fileWriteUnknown)).description.contains("Domain"))
    }

    @Test("een bestand dat niet kan worden geschreven noemt de reden, en de vorige site blijft")
    func unwritableFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-schrijffout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = DiskSiteWriter(output: folder.appendingPathComponent("site"))
        let staging = try writer.begin()
        // A folder where the page should go: open(2) refuses it, as root too.
        let page = OutputPath(["index.html"])
        try FileManager.default.createDirectory(at: staging.folder.appendingPathComponent("index.html"), withIntermediateDirectories: true)
        staging.add(page, Data("x".utf8))
        #expect {
            try staging.commit()
        } throws: { error in
            "\(error)".contains("index.html kan niet worden geschreven: er staat een map waar het bestand moet komen; er is niets geschreven")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path))
    }
}
