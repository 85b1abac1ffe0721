/// The pages of places and themes as search results of their own kind: a reader who types
/// "Wassenaar" wants the municipality's page (its plans, or that it has none yet) before the
/// visions that name it, and "Haaglanden" the region's page.
extension MachineFiles {
    /// Whose words a place's result is found by. The root and a region list the same region and
    /// municipality, and every theme page of a theme has the same name, so each is weighed once.
    enum PlaceTerms: Hashable {
        case region(Slug)
        case municipality(Slug, Slug)
        case theme(String)
        /// The checklist pages (`toetsing.html`), at the root and in each region: the same words.
        case checklist
    }

    /// The region, municipality and theme pages a search page finds, with the entry's `terms` left
    /// empty until `PlaceTerms` are weighed and interned. At the root: every region and municipality
    /// and the site-wide theme pages; in a region: its own page, its municipalities and its theme
    /// pages. After the documents in the index, so that their ids stay as they were.
    func placeResults(in folder: Slug?) -> [(entry: SearchEntry, terms: PlaceTerms)] {
        let searchPage = siteMap.search(inRegion: folder)
        let regions = folder.map { graph.region($0).map { [$0] } ?? [] } ?? graph.regions
        var results: [(page: OutputPath, entry: SearchEntry, terms: PlaceTerms)] = []
        for region in regions {
            results.append(regionResult(region))
            results += region.municipalities.map { municipalityResult($0, in: region) }
        }
        let inRegion = folder.flatMap(graph.region)
        results += (graph.checklist?.topics ?? []).map { themeResult($0, in: inRegion) }
        if graph.checklist != nil { results.append(checklistResult(in: inRegion)) }
        return results.filter { siteMap.isPublished($0.page) }.map { result in
            var entry = result.entry
            entry.url = searchPage.url(to: result.page)
            return (entry, result.terms)
        }
    }

    /// What a place's page weighs for each term.
    func weights(of place: PlaceTerms) -> [String: Int] {
        switch place {
        case let .region(slug):
            // By its name and its Veilig Thuis region; the names of its members count as its text, as
            // its page lists them. Not by its description: "De regiovisie van Haaglanden…" would make
            // the page, with its name's weight, outrank the vision for "regiovisie haaglanden".
            guard let region = graph.region(slug) else { return [:] }
            return SearchIndex.weights(
                title: region.name, titleCount: SearchIndex.nameWeight, headings: [], keywords: region.veiligThuisRegion.map { [$0] } ?? [],
                summary: "", place: "", text: region.municipalities.map { [$0.name, $0.commonName].compactMap { $0 }.joined(separator: " ") }.joined(separator: " "), stopwords: stopwords
            )
        case let .municipality(regionSlug, slug):
            // By the name its region file gives and by its slug where that names it otherwise
            // ('s-Gravenhage is `den-haag`), both as a place's name; by its CBS code, and (as a
            // document by its place) by its region.
            guard let region = graph.region(regionSlug), let municipality = region.municipality(named: slug.value) else { return [:] }
            let names = [municipality.name, municipality.commonName].compactMap { $0 }
            let nameTerms = Set(names.flatMap(SearchText.terms))
            let slugTerms = SearchText.terms(municipality.slug.value).filter { !nameTerms.contains($0) }
            return SearchIndex.weights(
                title: (names + slugTerms).joined(separator: " "), titleCount: SearchIndex.nameWeight, headings: [],
                keywords: [municipality.code.value], summary: "", place: region.name, text: "", stopwords: stopwords
            )
        case .checklist:
            // By its name, and by the frameworks and requirements it assesses, as a document's
            // keywords and text: "meldcode" finds the visions first, then where they are assessed.
            guard let checklist = graph.checklist else { return [:] }
            return SearchIndex.weights(
                title: text("toetsing_titel"), headings: [], keywords: checklist.frameworks.flatMap { [$0.title] + ($0.shortName.map { [$0] } ?? []) },
                summary: text("toetsing_regio_link"), place: "", text: checklist.requirements.map(\.title).joined(separator: " "), stopwords: stopwords
            )
        case let .theme(id):
            // By its name, weighed as a document's title: the documents about it are as much the
            // answer as the page that lists them.
            let name = graph.checklist?.topic(id)?.name ?? id
            return SearchIndex.weights(title: name, headings: [], keywords: [], summary: "", place: "", text: "", stopwords: stopwords)
        }
    }

    /// The weights of every place in `lists`, interned with `documents` in one table, and the lists'
    /// entries with their terms; each place is weighed once however many lists have it.
    func terms(of documents: [Document], places lists: [[(entry: SearchEntry, terms: PlaceTerms)]], in searchTerms: SearchTerms,
               parallelism: Int) async -> (TermTable, [ContentPath: TermTable.Weights], [[SearchEntry]]) {
        var order: [PlaceTerms] = []
        var seen: Set<PlaceTerms> = []
        for list in lists { for place in list where seen.insert(place.terms).inserted { order.append(place.terms) } }
        let (table, weights, packed) = await searchTerms.weights(of: documents, and: order.map(weights(of:)), parallelism: parallelism, read: readTerms)
        let byPlace = Dictionary(uniqueKeysWithValues: zip(order, packed))
        let entries = lists.map { list in
            list.map { place in
                var entry = place.entry
                entry.terms = byPlace[place.terms] ?? []
                return entry
            }
        }
        return (table, weights, entries)
    }

    /// A region's page; its line says what its file says of it.
    private func regionResult(_ region: Region) -> (page: OutputPath, entry: SearchEntry, terms: PlaceTerms) {
        (siteMap.regionIndex(region.slug),
         SearchEntry(title: region.name, url: "", kind: text("zoeken_soort_regio"), place: "", summary: Self.shortened(region.description ?? ""), terms: []),
         .region(region.slug))
    }

    /// A municipality's page, in its region; one without a plan says so, as its page does.
    private func municipalityResult(_ municipality: Municipality, in region: Region) -> (page: OutputPath, entry: SearchEntry, terms: PlaceTerms) {
        let hasPlan = !graph.plans(of: region.slug, municipality: municipality.slug).isEmpty
        return (siteMap.municipalityIndex(region.slug, municipality.slug),
                SearchEntry(title: municipality.displayName, url: "", kind: text("zoeken_soort_gemeente"), place: region.name,
                            summary: hasPlan ? "" : text("geen_plan"), terms: []),
                .municipality(region.slug, municipality.slug))
    }

    /// The checklist page at the root (regions × requirements) or of a region (documents × requirements).
    private func checklistResult(in region: Region?) -> (page: OutputPath, entry: SearchEntry, terms: PlaceTerms) {
        (region.map { siteMap.regionChecklist($0.slug) } ?? SiteMap.portalChecklist,
         SearchEntry(title: text("toetsing_titel"), url: "", kind: text("zoeken_soort_toetsing"), place: region?.name ?? "",
                     summary: text(region == nil ? "toetsing_portaal_link" : "toetsing_regio_link"), terms: []),
         .checklist)
    }

    /// A theme's page at the root or in a region; the line says how many documents it lists.
    private func themeResult(_ topic: Topic, in region: Region?) -> (page: OutputPath, entry: SearchEntry, terms: PlaceTerms) {
        let count = graph.documentCount(withTheme: topic.id, in: region?.slug)
        return (siteMap.theme(topic.id, inRegion: region?.slug),
                SearchEntry(title: topic.name, url: "", kind: text("zoeken_soort_thema"), place: region?.name ?? "",
                            summary: count == 1 ? text("een_document") : "\(count) \(text("documenten"))", terms: []),
                .theme(topic.id))
    }
}
