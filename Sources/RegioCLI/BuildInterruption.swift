import Foundation
import RegioCore

/// Ctrl-C (SIGINT) or SIGTERM during `regio build`: the half-built staging folder is removed, the
/// previous site stays as it was, and the process says so and exits 130. Without this the staging
/// folder stayed beside the output, where a web server serves it and a zip of the parent takes it along.
enum BuildInterruption {
    /// Watches until the process ends; keep the sources alive as long as the build runs.
    static func watch(_ staging: DiskSiteWriter.Staging) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                // False once the swap has begun: the build then ends in a moment, with its summary.
                guard staging.abandon() else { return }
                printError("regio: afgebroken; \(staging.untouched)")
                Foundation.exit(RegioExit.interrupted.rawValue)
            }
            source.resume()
            return source
        }
    }
}
