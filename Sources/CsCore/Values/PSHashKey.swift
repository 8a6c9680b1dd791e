/// The lookup key of a hashtable entry: strings fold case, other keys compare by their text and kind.
public enum PSHashKey: Hashable {
    case string(String)
    /// A string key compared with case (a Dictionary's default comparer).
    case exactString(String)
    case int(Int)
    case other(String)

    public init(_ v: PSValue, caseSensitive: Bool = false) {
        switch v {
        case let .string(s): self = .string(caseSensitive ? s : s.caseFoldedKey)
        case let .int(i): self = .int(i)
        case let .double(d) where d == d.rounded() && abs(d) < 1e15: self = .int(Int(d))
        default: self = .other((v.typeName ?? "null") + ":" + PSConvert.toString(v))
        }
    }
}
