/// A body as the renderer reads it: where it comes from and where it starts in its file. A decoded
/// `Document` has one; so does a file whose front matter did not decode (`BodyRenderer.findings(ofUndecoded:)`).
struct BodyText: Sendable {
    let path: ContentPath
    let file: String
    /// A slice of the file's text (see `SplitDocument.body`).
    let body: Substring
    /// The file line of the body's first line, to turn cmark's body positions into file positions.
    let bodyFirstLine: Int
}

extension Document {
    var bodyText: BodyText {
        BodyText(path: path, file: file, body: body, bodyFirstLine: bodyFirstLine)
    }
}
