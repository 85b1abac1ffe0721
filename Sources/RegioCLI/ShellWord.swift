/// A word of a command that Regio suggests, written so that a POSIX shell reads it back as one
/// argument: unchanged when it holds only characters no shell treats specially, otherwise in single
/// quotes (a `'` inside becomes `'\''`). Authors copy these commands into a terminal, and a content
/// folder called `Mijn beleid` must not arrive as two arguments.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        if !word.isEmpty, word.unicodeScalars.allSatisfy(isPlain) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "/", ".", "_", "-", "+", ":", ",", "@", "%", "=": true
        default: false
        }
    }
}
