/// A file of the output and the content file it was made from.
public struct OutputClaim: Sendable, Hashable {
    public let content: String
    public let output: OutputPath
    /// A document's page, rather than a file copied as it is: pages are placed first, so that a
    /// copied file is the one reported.
    public let isPage: Bool
    /// The output path as hosts that ignore capitals see it, made once: the rule runs after every
    /// file that comes or goes in `regio serve`.
    let place: String

    public init(content: String, output: OutputPath, isPage: Bool) {
        self.content = content
        self.output = output
        self.isPage = isPage
        place = output.description.lowercased()
    }
}

/// Two content files may not end up at the same place in the output, also not when their paths
/// differ only in capitals: macOS and Windows hosts, and most zip tools, treat `Bijlage.pdf` and
/// `bijlage.pdf` as one file, so one would silently replace the other there.
struct OutputPathRule: SiteRule {
    let reads: RuleInputs = [.outputs]

    func check(_ context: RuleContext) -> [Diagnostic] {
        // Only places that more than one content file claims can collide; only those are sorted.
        let claims = Set(context.contestedClaims).sorted { ($0.isPage ? 0 : 1, $0.content, $0.output) < ($1.isPage ? 0 : 1, $1.content, $1.output) }
        var first: [String: OutputClaim] = [:]
        var diagnostics: [Diagnostic] = []
        for claim in claims {
            let key = claim.place
            guard let earlier = first[key] else {
                first[key] = claim
                continue
            }
            guard earlier.content != claim.content else { continue }
            let caseOnly = earlier.output != claim.output
            diagnostics.append(Diagnostic(
                .outputCollision,
                "`\(claim.content)` komt in de site op dezelfde plek als `\(earlier.content)`: `\(claim.output)`",
                at: SourceLocation(file: claim.content),
                notes: caseOnly ? ["de paden verschillen alleen in hoofdletters; op macOS en Windows is dat hetzelfde bestand"] : [],
                fixIt: "geef een van beide bestanden een andere naam"
            ))
        }
        return diagnostics
    }
}
