/// The words a chart says to a screen reader, in the site's language. They are parts of a sentence
/// with a count and years in it, so they live here rather than in the theme's strings, which hold
/// whole texts without placeholders.
enum ChartWords {
    /// `Staafdiagram van 3 waarden`, `Line chart of 2 values`.
    static func kind(_ kind: Chart.Kind, values count: Int, in language: SiteSettings.Language) -> String {
        switch (language, kind) {
        case (.nl, .bars): "Staafdiagram van \(count) waarden"
        case (.nl, .line): "Lijndiagram van \(count) waarden"
        case (.en, .bars): "Bar chart of \(count) values"
        case (.en, .line): "Line chart of \(count) values"
        }
    }

    /// `Geen cijfer voor 2015`, `No figure for 2012–2014 and 2016`.
    static func noFigure(for years: String, in language: SiteSettings.Language) -> String {
        switch language {
        case .nl: "Geen cijfer voor \(years)"
        case .en: "No figure for \(years)"
        }
    }

    /// Joins the last two stretches of missing years.
    static func and(in language: SiteSettings.Language) -> String {
        switch language {
        case .nl: "en"
        case .en: "and"
        }
    }
}
