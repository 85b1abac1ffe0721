#if canImport(Glibc)
import Glibc
#endif

/// Hands memory that a finished stage freed back to the system. glibc keeps freed memory in its
/// per-thread arenas, so without this the search index's working memory (about 80 MB at 10,000
/// documents) would stay resident under the pages that come after it, and the peak would be the sum
/// of the stages instead of the largest of them.
enum FreedMemory {
    static func release() {
        #if canImport(Glibc)
        // `malloc_trim` is in glibc but not in Swift's Glibc module (it is declared in <malloc.h>).
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }

    /// Keeps values alive until the process ends. `regio check` and `regio build` exit right after the
    /// pipeline; freeing 10,000 documents, their bodies' tables and the rule context object by object
    /// took about a tenth of a second that nobody needs, as compilers skip freeing before they exit.
    static func leaveToExit(_ values: [Any]) {
        _ = Unmanaged.passRetained(KeptValues(values))
    }

    /// What `leaveToExit` keeps: retained once more and never released.
    private final class KeptValues {
        let values: [Any]
        init(_ values: [Any]) { self.values = values }
    }
}
