/// Text and attribute values escaped for XML; every value in a feed or sitemap goes through here.
enum XMLText {
    static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text, apostrophe: "&apos;")
    }
}
