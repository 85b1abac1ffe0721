/// Times the pipeline's stages for `BuildOptions.stageReport`; costs nothing when no one listens.
struct StageClock {
    private let report: (@Sendable (String, Duration) -> Void)?
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    init(report: (@Sendable (String, Duration) -> Void)?) {
        self.report = report
        last = clock.now
    }

    /// Ends the stage that ran since the previous call.
    mutating func lap(_ stage: String) {
        guard let report else { return }
        let now = clock.now
        report(stage, now - last)
        last = now
    }
}
