public enum ConfirmImpact: Int, Sendable, Comparable {
    case none = 0, low, medium, high
    public static func < (a: ConfirmImpact, b: ConfirmImpact) -> Bool { a.rawValue < b.rawValue }
    public var name: String { ["None", "Low", "Medium", "High"][rawValue] }
}
