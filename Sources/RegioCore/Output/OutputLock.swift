import Foundation

/// A build's claim on one output folder: `flock(2)` on a file beside it, so that a second build into
/// the same folder stops at once instead of deleting the first one's staging folder. The kernel lets
/// go of the lock when the process ends, also when it is killed, so a crash never leaves it stuck.
final class OutputLock: @unchecked Sendable {
    let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Takes the lock, or says why not: `busy` when another build holds it, else the system's error number.
    static func take(at path: String) -> Result<OutputLock, Failure> {
        // A build that ends removes the file while it still holds it. One that opened the file just
        // before could then lock a file no longer in the folder: it checks that the file it locked
        // is still the one at the path, and tries again if not.
        for _ in 0..<100 {
            let descriptor = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return .failure(.system(errno)) }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                close(descriptor)
                return .failure(code == EWOULDBLOCK ? .busy : .system(code))
            }
            var opened = stat(), named = stat()
            if fstat(descriptor, &opened) == 0, stat(path, &named) == 0, opened.st_dev == named.st_dev, opened.st_ino == named.st_ino {
                return .success(OutputLock(path: path, descriptor: descriptor))
            }
            close(descriptor)
        }
        return .failure(.busy)
    }

    enum Failure: Error {
        case busy
        case system(Int32)
    }

    /// Removes the file and lets go; the next build makes a new one.
    func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
