extension Dictionary {
    /// Gives this dictionary storage of its own when it shares it with a copy, so that its next
    /// change is made in place. `reserveCapacity` copies shared storage (the standard library's
    /// `ensureUnique`) and leaves storage it alone holds as it is.
    mutating func ownStorage() { reserveCapacity(count) }
}

extension Set {
    /// As `Dictionary.ownStorage()`.
    mutating func ownStorage() { reserveCapacity(count) }
}
