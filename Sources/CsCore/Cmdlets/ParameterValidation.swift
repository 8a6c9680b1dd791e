/// A check on a bound value, beyond type conversion (PowerShell's Validate* attributes).
public enum ParameterValidation: Sendable, Hashable {
    case notNullOrEmpty
    /// Inclusive bounds for an integer.
    case range(Int, Int)
    /// Allowed strings, compared ignoring case (ValidateSet).
    case set([String])
    /// The string's length in characters.
    case maxLength(Int)
    /// A mandatory parameter accepts $null (AllowNull).
    case allowNull
    /// A mandatory parameter accepts '' (AllowEmptyString).
    case allowEmptyString
    /// A mandatory parameter accepts @() (AllowEmptyCollection).
    case allowEmptyCollection
    /// Not $null, though it may be empty (ValidateNotNull).
    case notNull
    /// Zero or more: a number or a duration (ValidateRange(ValidateRangeKind.NonNegative)).
    case nonNegative
}
