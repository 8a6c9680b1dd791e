public struct PSListModifierError: Error, Equatable {
    public let key: String
    public var message: String { PSListModifier.unknownModifierMessage(key) }
}
