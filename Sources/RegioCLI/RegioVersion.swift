/// The version `regio --version` prints, for IT and for a bug report. Raised with each release.
enum RegioVersion {
    static let current = "0.9.0"
}
