/// The periods `regio new` chooses or suggests when the author gave none, or one it cannot use.
extension ContentSnapshot {
    /// The period of a new plan without `--periode`, and the regiovisie it falls under.
    public enum PlanPeriod: Sendable {
        /// `follows` is the adopted plan the new one starts after, when one covered the first year.
        case found(Period, vision: Document, follows: Document?)
        /// No regiovisie covers `start`; `current` is the one in force today, if any.
        case noVision(start: Int, current: Document?, follows: Document?)
    }

    /// From the first year to the end of the regiovisie that covers it. The first year is this year,
    /// or next year from October on or when the regiovisie in force ends this year: a plan for the
    /// months that are left is out of date before the council has adopted it. An adopted plan of the
    /// municipality (`adopted`) that covers that year moves the start past its end: the new plan is
    /// its successor, and two adopted plans of one period are an error (`PlanOverlapRule`).
    public func defaultPlanPeriod(of region: Region, on today: DayDate, after adopted: [Document] = []) -> PlanPeriod {
        let current = vision(of: region, on: today)
        let startsNextYear = today.month >= Self.lastQuarter || current?.period?.to == today.year
        var start = today.year + (startsNextYear ? 1 : 0)
        var follows: Document?
        // Oldest first, so that plans that follow each other are passed one by one.
        for plan in adopted where plan.period?.contains(year: start) == true {
            start = (plan.period?.to ?? start) + 1
            follows = plan
        }
        // The vision in force first, as for a period asked; then a version that covers the year and
        // has not been superseded (a concept for next year, say).
        let covering = [current].compactMap { $0 }.first { $0.period?.contains(year: start) == true }
            ?? visions(of: region).last { $0.period?.contains(year: start) == true && $0.metadata.status != .vervallen }
        guard let covering, let period = covering.period else { return .noVision(start: start, current: current, follows: follows) }
        return .found(Period(from: start, to: period.to), vision: covering, follows: follows)
    }

    /// A regiovisie of four years from `year` (the usual length), ending before the next version of
    /// the region's vision starts, so that the suggestion is one `regio new` accepts.
    public func suggestedVisionPeriod(of region: Region, from year: Int) -> Period {
        let next = visions(of: region).compactMap(\.period?.from).filter { $0 > year }.min()
        return Period(from: year, to: max(year, min(year + 3, (next ?? .max) - 1)))
    }

    /// From this month on, a new plan starts next year.
    static let lastQuarter = 10
}
