/// The periods `regio new` chooses or suggests when the author gave none, or one it cannot use.
extension ContentSnapshot {
    /// A regiovisie of four years from `year` (the usual length), ending before the next version of
    /// the region's vision starts, so that the suggestion is one `regio new` accepts.
    public func suggestedVisionPeriod(of region: Region, from year: Int) -> Period {
        let next = visions(of: region).compactMap(\.period?.from).filter { $0 > year }.min()
        return Period(from: year, to: max(year, min(year + 3, (next ?? .max) - 1)))
    }
}
