/// A heads-up, not a finding: a region's vision in force ends within three months and no later
/// version exists yet. From the day after, `geldende-regiovisie` warns on every run, and under
/// `--strict` in CI that fails every pull request, whatever it changes. The note gives the region
/// time to start the next version, and fails nothing.
enum ExpiringVisions {
    /// How many days ahead a vision's end is announced: from 1 October.
    static let window = 91

    /// The regions the note is about.
    static func regions(_ context: RuleContext) -> [Slug] {
        expiring(context).map(\.region.slug)
    }

    static func note(_ context: RuleContext) -> String? {
        let today = context.today
        let expiring = expiring(context)
        guard let (region, vision, pending) = expiring.first else { return nil }
        let days = daysLeft(in: today)
        let when = "op 31 december \(today.year), over \(days) \(days == 1 ? "dag" : "dagen")"
        let next = "\(today.year + 1)-\(today.year + 4)"
        let consequence = "vanaf 1 januari waarschuwt `geldende-regiovisie` bij elke controle (met --strict een fout)"
        guard expiring.count > 1 else {
            let start = if let pending {
                // Most likely the next version, being written: `regio new` would refuse to write it again.
                "en `\(pending)` is nog niet te lezen; is dat de volgende versie, herstel dan eerst de fouten in dat bestand"
            } else {
                "en er is nog geen volgende versie; begin die met `regio new regiovisie --regio \(region.slug) --periode \(next)`"
            }
            return "de regiovisie van \(region.name) (`\(vision.path)`) loopt af \(when), \(start); \(consequence)"
        }
        let named = expiring.prefix(5).map(\.region.slug.value).joined(separator: ", ")
        let more = expiring.count > 5 ? " en \(expiring.count - 5) andere" : ""
        let unreadable = expiring.compactMap(\.pending)
        let pendingNote = unreadable.isEmpty ? "" : "; nog niet te lezen, door fouten erin: " + unreadable.prefix(5).map { "`\($0)`" }.joined(separator: ", ")
        return "de regiovisie van \(expiring.count) regio's loopt af \(when), zonder volgende versie: \(named)\(more)\(pendingNote); "
            + "begin die met `regio new regiovisie --regio REGIO --periode \(next)`; \(consequence)"
    }

    /// Each region whose one vision in force ends this year, within `window` days, with no later
    /// version; `pending` is a file in the region's own folder (where visions are) that did not
    /// decode, which may well be that version.
    private static func expiring(_ context: RuleContext) -> [(region: Region, vision: Document, pending: String?)] {
        let today = context.today
        return context.regions.values.sorted { $0.slug < $1.slug }.compactMap { region in
            let visions = context.visionsByRegion[region.slug] ?? []
            let inForce = visions.filter { $0.isInForce(on: today) }
            guard inForce.count == 1, let vision = inForce.first, let end = vision.period?.to, end == today.year,
                  daysLeft(in: today) <= window, !visions.contains(where: { ($0.period?.from ?? 0) > end }) else { return nil }
            let folder = region.slug.value + "/"
            let pending = context.incompleteFiles.filter { file in
                file.hasPrefix(folder) && file.hasSuffix(".md") && !file.dropFirst(folder.count).contains("/") && ContentPath(file).flatMap { context.documents[$0] } == nil
            }.min()
            return (region, vision, pending)
        }
    }

    /// Days from `today` to the last day of its year, that day itself not counted.
    static func daysLeft(in today: DayDate) -> Int {
        let restOfMonth = DayDate.daysIn(month: today.month, year: today.year) - today.day
        return restOfMonth + (today.month < 12 ? (today.month + 1...12).map { DayDate.daysIn(month: $0, year: today.year) }.reduce(0, +) : 0)
    }
}
