extension FactsheetDetails {
    /// The municipality `figure` is about: its own `gemeente`, else the sheet's (nil for a figure of
    /// the region or the country).
    func municipality(of figure: Figure) -> GemeenteCode? {
        figure.municipality ?? municipality
    }

    /// Whether `figure` is about another municipality than the one a municipal sheet (`schaal:
    /// gemeente`) is about: it shows on that municipality's page all the same
    /// (`OwnMunicipalityFigureRule`), and the sheet's charts leave it out.
    func isAboutAnotherMunicipality(_ figure: Figure) -> Bool {
        guard scale == .gemeente, let own = municipality, let named = figure.municipality else { return false }
        return named != own
    }
}
