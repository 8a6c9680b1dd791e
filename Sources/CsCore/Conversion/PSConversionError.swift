import Foundation

/// A failed conversion; `message` is PowerShell's text.
public struct PSConversionError: Error, Equatable {
    public enum Kind: Equatable, Sendable {
        /// `Cannot convert value "abc" to type "System.Int32". Error: "…"`
        case fromValue(inner: String)
        /// `Cannot convert the "x" value of type "T" to type "U".`
        case invalidCast(sourceType: String)
        /// `Cannot convert null to type "T".`
        case fromNull
    }

    public let valueText: String
    public let targetType: String
    public let kind: Kind

    public init(valueText: String, targetType: String, kind: Kind) {
        self.valueText = valueText
        self.targetType = targetType
        self.kind = kind
    }

    public var message: String {
        switch kind {
        case let .fromValue(inner):
            return "Cannot convert value \"\(valueText)\" to type \"\(targetType)\". Error: \"\(inner)\""
        case let .invalidCast(source):
            return "Cannot convert the \"\(valueText)\" value of type \"\(source)\" to type \"\(targetType)\"."
        case .fromNull:
            return "Cannot convert null to type \"\(targetType)\"."
        }
    }

    /// PowerShell's ErrorId for this failure when it comes from a cast.
    public var errorId: String {
        switch kind {
        case .fromValue: return targetType.hasSuffix("Int32") || targetType.hasSuffix("Int64") || targetType.hasSuffix("UInt32") ? "InvalidCastFromStringToInteger" : "InvalidCastParseTargetInvocation"
        case .invalidCast: return "ConvertToFinalInvalidCastException"
        case .fromNull: return "nullToObjectInvalidCast"
        }
    }
}
