import ArgumentParser
import Foundation
import RegioCore

/// `regio new`: writes a new document with complete front matter and the sections the checklist asks.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Maakt een nieuw document met volledige front matter en de hoofdstukken die de toetsing vraagt.",
        discussion: "Onder elk hoofdstuk staat een hint als commentaar; `regio check` noemt daarna precies wat nog geschreven moet worden. Een bestaand document wordt nooit overschreven; een leeg bestand wordt gevuld.",
        subcommands: [NewVision.self, NewPlan.self, NewFactsheet.self],
        aliases: ["nieuw"]
    )
}

/// What every `regio new` does once it knows the document: refuse to overwrite, write, say what's next.
struct NewDocumentWriter {
    let options: NewOptions

    func snapshot() throws -> ContentSnapshot {
        try ContentFolder.require(options.content)
        return ContentSnapshot.load(from: DiskFileSystem(root: URL(fileURLWithPath: options.content)))
    }

    /// Writes `template`, or refuses with what the file already there is and what to do instead.
    /// An empty file is filled: there is nothing in it to lose.
    func write(_ template: DocumentTemplate, in snapshot: ContentSnapshot, factsheet: FactsheetRequest? = nil) throws {
        let root = URL(fileURLWithPath: options.content)
        let url = root.appendingPathComponent(template.path)
        let existing = ExistingFile.at(url, path: template.path, in: snapshot)
        switch existing {
        case .none, .empty:
            break
        case .document, .unreadable:
            let refusal = OverwriteRefusal(label: "\(options.content)/\(template.path)", existing: existing, snapshot: snapshot, factsheet: factsheet,
                                           isTaken: { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) })
            printError(refusal.message)
            throw RegioExit.usage
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(template.text.utf8).write(to: url)
        if case .empty = existing {
            print("geschreven: \(options.content)/\(template.path) (het bestand bestond al, maar was leeg; nu staat het document erin)")
        } else {
            print("geschreven: \(options.content)/\(template.path)")
        }
        print("vul de hoofdstukken in en draai `regio check`: het noemt wat nog ontbreekt")
        // A walkthrough's policy officer did not guess that a concept on the published branch is public.
        print("let op: een concept staat op de site (met het label ‘concept’) zodra het op de tak staat waarvan de site wordt gebouwd; schrijf het op een eigen tak (`git switch -c \(Self.branchName(for: template.path))`) tot het klaar is")
    }

    /// A branch name for work on the document at `path`: its folder (municipality or region) and
    /// its file name without `.md`, `breda-beleidsplan-2027-2029`.
    static func branchName(for path: String) -> String {
        let parts = path.split(separator: "/").map(String.init)
        let name = (parts.last ?? "document").replacingOccurrences(of: ".md", with: "")
        return (parts.dropLast().filter { $0 != "factsheets" }.suffix(1) + [name]).joined(separator: "-")
    }

    /// The period `text` names; one year (`2027`) only where `singleYear` allows it.
    static func period(_ text: String, singleYear: Bool = true) throws -> Period {
        // Word and Outlook turn a hyphen between numbers into an en dash.
        var parts = text.split(whereSeparator: { "-–—".contains($0) }).compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        // One year: an uitvoeringsplan often covers a single year.
        if parts.count == 1 { parts.append(parts[0]) }
        if parts.count == 2, parts[0] > parts[1], (1900...2200).contains(parts[1]) {
            printError("regio: --periode `\(text)` heeft de jaren in de verkeerde volgorde: het laatste jaar staat vóór het eerste; schrijf `--periode \(parts[1])-\(parts[0])`")
            throw RegioExit.usage
        }
        guard parts.count == 2, parts[0] <= parts[1], (1900...2200).contains(parts[0]) else {
            printError("regio: --periode `\(text)` is geen periode; schrijf het eerste en laatste jaar, zoals 2027-2030" + (singleYear ? ", of één jaar, zoals 2027" : ""))
            throw RegioExit.usage
        }
        return Period(from: parts[0], to: parts[1])
    }

    static func unknownRegion(_ reference: String, in snapshot: ContentSnapshot) -> ExitCode {
        let names = snapshot.regions.map(\.slug.value).sorted()
        let suggestion = KeySuggestion.suggestion(for: Slug(deriving: reference).value, among: names).map { "; bedoelde u `\($0)`?" } ?? ""
        printError("regio: de regio `\(reference)` bestaat niet\(suggestion); regio's: \(names.joined(separator: ", "))")
        return RegioExit.usage
    }
}

struct NewVision: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "regiovisie", abstract: "Een nieuwe regiovisie voor een regio.")
    @OptionGroup var options: NewOptions
    // `--region` too, as `regio build` takes both.
    @Option(name: [.customLong("regio"), .customLong("region")], help: ArgumentHelp("De regio: mapnaam of naam, zoals drenthe of Drenthe.", valueName: "regio")) var region: String
    @Option(name: .customLong("periode"), help: ArgumentHelp("Eerste en laatste jaar, zoals 2027-2030; een regiovisie beslaat meer dan één jaar.", valueName: "van-tot")) var period: String
    @Flag(name: .customLong("vanuit-vorige"), help: ArgumentHelp("Begin met de tekst van de vorige versie: hoofdstukken, kaders, thema's en trefwoorden. Titel, samenvatting, status en periode zijn nieuw.")) var fromPrevious = false

    func run() throws {
        let writer = NewDocumentWriter(options: options)
        let snapshot = try writer.snapshot()
        let period = try NewDocumentWriter.period(period, singleYear: false)
        let today = try options.buildDate()
        guard let region = snapshot.region(region) else { throw NewDocumentWriter.unknownRegion(region, in: snapshot) }
        // A regiovisie spans years; `2032` would give regiovisie-2032-2032.md.
        guard period.from < period.to else {
            let suggested = snapshot.suggestedVisionPeriod(of: region, from: period.from)
            // The next version starts the year after: there is no room for a vision of several years.
            if suggested.from == suggested.to, let next = snapshot.visions(of: region).first(where: { $0.period?.from == period.from + 1 }) {
                let earlier = snapshot.visions(of: region).last { ($0.period?.to ?? .max) < period.from }
                let extend = earlier.map { "verleng `\($0.path)` tot en met \(period.from), of " } ?? ""
                printError("regio: een regiovisie beslaat meer dan één jaar, maar \(period.from) is het enige jaar vóór `\(next.path)` (vanaf \(period.from + 1)); \(extend)laat die regiovisie in \(period.from) beginnen")
                throw RegioExit.usage
            }
            printError("regio: een regiovisie beslaat meer dan één jaar; geef het eerste en laatste jaar, zoals `--periode \(suggested.from)-\(suggested.to)`")
            throw RegioExit.usage
        }
        // Versions of a region's vision follow each other; an overlapping one fails the next check.
        // The same period is the same file, which `write` refuses to overwrite.
        if let overlapping = snapshot.visions(of: region).first(where: { $0.period?.overlaps(period) == true && $0.period != period }),
           let taken = overlapping.period {
            let free = (snapshot.visions(of: region).compactMap(\.period?.to).max() ?? taken.to) + 1
            printError("regio: de periode \(period.from)-\(period.to) overlapt met \(overlapping.path) (\(taken.from)-\(taken.to)); versies van een regiovisie volgen elkaar op. Kies een periode vanaf \(free), of pas de bestaande regiovisie aan")
            throw RegioExit.usage
        }
        // The version this one follows: the newest that starts before it, adopted or not.
        let previous = snapshot.visions(of: region).last { ($0.period?.from ?? 0) < period.from }
        guard fromPrevious else {
            try writer.write(.regiovisie(region: region, period: period, previous: previous?.path, checklist: snapshot.checklist, today: today), in: snapshot)
            return
        }
        guard let previous else {
            printError("regio: regio \(region.name) heeft geen regiovisie vóór \(period.from) om van uit te gaan; laat --vanuit-vorige weg")
            throw RegioExit.usage
        }
        let file = URL(fileURLWithPath: options.content).appendingPathComponent(previous.file)
        guard let data = try? Data(contentsOf: file), let text = String(validating: data, as: UTF8.self),
              case let .success(split) = FrontMatterSplitter.split(SourceFile(path: previous.file, text: text)) else {
            printError("regio: \(options.content)/\(previous.file) kan niet worden gelezen; draai `regio check` en herstel het eerst")
            throw RegioExit.usage
        }
        try writer.write(.regiovisie(region: region, period: period, copying: previous, body: split.body, checklist: snapshot.checklist, today: today), in: snapshot)
        print("de tekst komt uit \(options.content)/\(previous.file): werk hem bij voor \(period.from)-\(period.to), en schrijf een nieuwe samenvatting")
        let lapsed = previous.frameworks.compactMap { snapshot.checklist?.framework($0.value, lapsedBefore: period, judgedOn: today) }
        if !lapsed.isEmpty {
            print("niet overgenomen in `kaders`, want vervallen: " + lapsed.map { "`\($0.id)` (\($0.displayName), vervallen op \($0.repealed?.dutch ?? ""))" }.joined(separator: ", "))
        }
    }
}

struct NewPlan: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "beleidsplan", abstract: "Een nieuw lokaal beleidsplan voor een gemeente.")
    @OptionGroup var options: NewOptions
    @Option(name: .customLong("gemeente"), help: ArgumentHelp("CBS-code (GM0518) of mapnaam van de gemeente.", valueName: "gemeente")) var municipality: String
    @Option(name: .customLong("periode"), help: ArgumentHelp("Eerste en laatste jaar, of één jaar. Standaard vanaf dit jaar tot het einde van de regiovisie van dat jaar; vanaf volgend jaar als het oktober of later is, of als de geldende regiovisie dit jaar afloopt; na het einde van een vastgesteld beleidsplan van de gemeente dat dan nog loopt.", valueName: "van-tot")) var period: String?
    @Option(name: .customLong("soort"), help: ArgumentHelp("beleidsplan (standaard), uitvoeringsplan of wmo-kadernota.", valueName: "soort")) var kind: String = PlanKind.beleidsplan.rawValue

    func run() throws {
        guard let planKind = PlanKind(rawValue: kind.lowercased()) else {
            printError("regio: --soort `\(kind)` bestaat niet; kies " + PlanKind.allCases.map(\.rawValue).joined(separator: ", "))
            throw RegioExit.usage
        }
        let writer = NewDocumentWriter(options: options)
        let snapshot = try writer.snapshot()
        let today = try options.buildDate()
        guard let (region, municipality) = snapshot.municipality(municipality) else {
            printError("regio: " + snapshot.unknownMunicipalityMessage(self.municipality))
            throw RegioExit.usage
        }
        let adopted = planKind == .beleidsplan ? snapshot.adoptedPlans(of: municipality, in: region) : []
        let (vision, period) = try choose(in: snapshot, region: region, municipality: municipality, adopted: adopted, today: today)
        try writer.write(.beleidsplan(region: region, municipality: municipality, vision: vision, period: period, kind: planKind,
                                      checklist: snapshot.checklist, indicators: snapshot.indicators, today: today), in: snapshot)
        // A period asked that overlaps the policy in force: allowed (a new council may replace a plan
        // early), but the old plan must then lapse, or adopting the new one is an error.
        for plan in adopted where self.period != nil && plan.period?.overlaps(period) == true {
            printError("regio: let op: \(municipality.displayName) heeft al een vastgesteld beleidsplan voor \(plan.period?.description ?? "") (`\(plan.path)`); zet dat op `status: vervallen` als dit plan het vervangt, of kies een periode vanaf \((plan.period?.to ?? period.to) + 1)")
        }
    }
}

extension NewPlan {
    /// The regiovisie and period of the new plan: the vision a period asked overlaps, or without
    /// --periode `ContentSnapshot.defaultPlanPeriod`. Refused, with the --periode to give, when no
    /// regiovisie fits.
    func choose(in snapshot: ContentSnapshot, region: Region, municipality: Municipality, adopted: [Document],
                today: DayDate) throws -> (Document, Period) {
        let current = snapshot.vision(of: region, on: today)
        let command = "`regio new regiovisie --regio \(region.slug.value) --periode"
        guard let asked = try period.map({ try NewDocumentWriter.period($0) }) else {
            switch snapshot.defaultPlanPeriod(of: region, on: today, after: adopted) {
            case let .found(period, vision, nil):
                return (vision, period)
            case let .found(period, vision, plan?):
                printError("regio: \(municipality.displayName) heeft een vastgesteld beleidsplan voor \(plan.period?.description ?? "") (`\(plan.path)`); het nieuwe plan volgt erop en begint in \(period.from). Wilt u dat plan vervangen, geef dan zelf --periode")
                return (vision, period)
            case let .noVision(start, _, plan?):
                // The next vision starts where the last one ends, so that no year falls between them.
                let after = snapshot.visions(of: region).compactMap(\.period?.to).filter { $0 < start }.max().map { $0 + 1 } ?? start
                let next = [snapshot.suggestedVisionPeriod(of: region, from: after)].first { $0.contains(year: start) }
                    ?? snapshot.suggestedVisionPeriod(of: region, from: start)
                printError("regio: \(municipality.displayName) heeft een vastgesteld beleidsplan tot en met \(start - 1) (`\(plan.path)`), dus een nieuw plan begint in \(start), maar regio \(region.name) heeft nog geen regiovisie voor \(start). Maak die eerst met \(command) \(next.from)-\(next.to)` en daarna het plan, of geef met --periode zelf een periode als dit plan het huidige vervangt")
                throw RegioExit.usage
            case let .noVision(start, current?, nil):
                let next = snapshot.suggestedVisionPeriod(of: region, from: start)
                printError("regio: een nieuw plan begint standaard in \(start), omdat de geldende regiovisie (\(current.path)) dit jaar afloopt, maar regio \(region.name) heeft nog geen regiovisie voor \(start). Geef `--periode \(today.year)` voor een plan onder de geldende regiovisie, of maak eerst de volgende met \(command) \(next.from)-\(next.to)` en daarna het plan met `--periode \(next.from)-\(next.to)`")
                throw RegioExit.usage
            case let .noVision(start, nil, nil):
                if let later = snapshot.visions(of: region).first(where: { ($0.period?.from ?? 0) > start && $0.metadata.status != .vervallen }),
                   let period = later.period {
                    printError("regio: regio \(region.name) heeft op \(today) geen geldende regiovisie en geen regiovisie voor \(start); de volgende (\(later.path)) begint in \(period.from). Geef `--periode \(period.from)-\(period.to)` voor een plan onder die regiovisie")
                    throw RegioExit.usage
                }
                let next = snapshot.suggestedVisionPeriod(of: region, from: start)
                let periods = snapshot.visions(of: region).compactMap(\.period).map { "\($0.from)-\($0.to)" }
                let known = periods.isEmpty ? "" : " (de regiovisies die er zijn: \(periods.joined(separator: ", ")))"
                printError("regio: regio \(region.name) heeft op \(today) geen geldende regiovisie en geen regiovisie voor \(start); een beleidsplan verwijst naar de regiovisie van zijn periode. Maak die eerst met \(command) \(next.from)-\(next.to)`, of geef met --periode een periode die een bestaande regiovisie overlapt\(known)")
                throw RegioExit.usage
            }
        }
        // The plan refers to the vision its period overlaps: the current one, or for another
        // period the version that covers it.
        guard let vision = [current].compactMap({ $0 }).first(where: { $0.period?.overlaps(asked) == true })
            ?? snapshot.visions(of: region).last(where: { $0.period?.overlaps(asked) == true })
        else {
            let next = snapshot.suggestedVisionPeriod(of: region, from: asked.from)
            printError("regio: regio \(region.name) heeft geen regiovisie die \(asked.from == asked.to ? "\(asked.from)" : "\(asked.from)-\(asked.to)") overlapt; een beleidsplan verwijst naar de regiovisie van zijn periode. Maak die eerst met \(command) \(next.from)-\(next.to)`, of kies een andere periode")
            throw RegioExit.usage
        }
        return (vision, asked)
    }
}

struct NewFactsheet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "factsheet", abstract: "Een nieuwe factsheet voor een regio of een gemeente.")
    @OptionGroup var options: NewOptions
    // `--region` too, as `regio build` takes both.
    @Option(name: [.customLong("regio"), .customLong("region")], help: ArgumentHelp("De regio: mapnaam of naam, zoals drenthe of Drenthe.", valueName: "regio")) var region: String?
    @Option(name: .customLong("gemeente"), help: ArgumentHelp("Een gemeente (CBS-code of mapnaam), voor een factsheet over die gemeente.", valueName: "gemeente")) var municipality: String?
    @Option(name: .customLong("naam"), help: ArgumentHelp("De bestandsnaam zonder .md, zoals meldingen-2025; voor een gemeente met haar naam ervoor, zoals delft-meldingen-2025, want de factsheets van alle gemeenten van een regio staan in één map. Een jaartal in de naam wordt het peiljaar en staat in de titel; zonder jaartal is dat vorig jaar.", valueName: "naam")) var name: String

    func run() throws {
        let writer = NewDocumentWriter(options: options)
        let snapshot = try writer.snapshot()
        let today = try options.buildDate()
        // A name typed as the file it becomes: `meldingen-2025.md`.
        let name = self.name.hasSuffix(".md") ? String(self.name.dropLast(3)) : self.name
        guard let slug = Slug(name) else {
            printError("regio: --naam `\(name)` is geen geldige naam; gebruik kleine letters, cijfers en koppeltekens, zoals \(Slug(deriving: name))")
            throw RegioExit.usage
        }
        if let municipality {
            guard let (region, found) = snapshot.municipality(municipality) else {
                printError("regio: " + snapshot.unknownMunicipalityMessage(municipality))
                throw RegioExit.usage
            }
            if let named = self.region, snapshot.region(named)?.slug != region.slug {
                printError("regio: de gemeente \(found.displayName) hoort bij de regio \(region.slug.value), niet bij \(named); laat --regio weg of noem een gemeente van \(named)")
                throw RegioExit.usage
            }
            try writer.write(.factsheet(region: region, municipality: found, name: slug, defaultYear: today.year - 1), in: snapshot,
                             factsheet: FactsheetRequest(region: region, municipality: found, name: slug))
        } else if let region {
            guard let found = snapshot.region(region) else { throw NewDocumentWriter.unknownRegion(region, in: snapshot) }
            try writer.write(.factsheet(region: found, municipality: nil, name: slug, defaultYear: today.year - 1), in: snapshot,
                             factsheet: FactsheetRequest(region: found, municipality: nil, name: slug))
        } else {
            printError("regio: geef --regio of --gemeente op; een landelijke factsheet zet u zelf in \(options.content)/factsheets/, naar het voorbeeld van de factsheets daar")
            throw RegioExit.usage
        }
    }
}
