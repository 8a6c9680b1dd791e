import CsCore

/// A variable's type constraint, which `[int]$x = 1` or a typed parameter gives it: every later
/// assignment to the variable (in its scope) converts the value to that type, and a value that does
/// not convert fails as PowerShell's ArgumentTypeConverterAttribute does (RuntimeException, reason
/// ArgumentTransformationMetadataException), leaving the variable as it was.
struct VariableConstraint {
    /// The type's full name.
    let typeName: String
    /// Converts a value to the type; throws PSConversionError (or an ErrorRecord) when it cannot.
    let convert: (PSValue) throws -> PSValue

    init(typeName: String, convert: @escaping (PSValue) throws -> PSValue) {
        self.typeName = typeName
        self.convert = convert
    }

    /// The constraint of a type the shell resolved (a cast's rules, the current $OFS for strings).
    init(_ target: TypeResolver.Target, ofs: String) {
        self.init(typeName: target.fullName) { try target.convert($0, ofs: ofs) }
    }

    func apply(_ value: PSValue) throws -> PSValue {
        do {
            return try convert(value)
        } catch let e as PSConversionError {
            throw Self.failure(e.message)
        } catch let r as ErrorRecord {
            throw Self.failure(r.message)
        }
    }

    static let exceptionType = "System.Management.Automation.ArgumentTransformationMetadataException"

    static func failure(_ message: String) -> TerminatingError {
        TerminatingError(record: .runtime(message, id: "RuntimeException", category: .MetadataError, exceptionType: exceptionType),
                         scriptTerminating: false)
    }

    /// The constraint of the global preference variables ($ErrorActionPreference, …): an
    /// ActionPreference, where Suspend is refused (it is only a value of the -…Action parameters).
    static var actionPreference: VariableConstraint { VariableConstraint(typeName: PSEnumType.actionPreference.fullName) { v in
        let e = try PSConvert.convert(v, to: .enumeration(PSEnumType.actionPreference))
        if case let .enumValue(m) = e, m.name == "Suspend" {
            throw failure("Cannot convert value \"Suspend\" to type \"System.Management.Automation.ActionPreference\". The value Suspend is not supported for an ActionPreference variable: use it only as the value of an -ErrorAction, -WarningAction or -InformationAction parameter.")
        }
        return e
    } }
}
