/// Ids are typed in commands and file names: they keep to safe characters.
public enum SafeID {
    /// A letter or digit first, then ASCII letters, digits, `-` and `_`.
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first) else {
            return false
        }
        return id.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_"
        }
    }
}
