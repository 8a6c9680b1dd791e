import CsCore

/// A cmdlet's parameters from a form's fields, converted to the types the cmdlet declares (its
/// metadata), with CsCore's conversions as the binder applies them to named arguments. A field that
/// does not convert becomes a message on that field, in the binder's words; the cmdlet then does not run.
struct CmdletArguments {
    private let metadata: CmdletMetadata
    private(set) var parameters: BoundParameters
    private(set) var problems: [FieldMessage] = []

    init(_ type: any Cmdlet.Type, parameterSet: String) {
        metadata = type.metadata
        parameters = BoundParameters(parameterSetName: parameterSet)
    }

    /// A text field for a parameter of any type: kept as text for string parameters, otherwise
    /// converted (a number, an enum name).
    mutating func text(_ name: String, _ value: String) {
        guard let p = parameter(name) else { return }
        switch p.type {
        case .string, .named:
            parameters[p.name] = .string(value)
        default:
            do {
                parameters[p.name] = try PSConvert.convert(.string(value), to: p.type)
            } catch {
                problems.append(FieldMessage(field: p.name, text: "Cannot bind parameter '\(p.name)'. \(error.message)"))
            }
        }
    }

    /// A text field where nothing typed means $null (clears the setting).
    mutating func textOrNull(_ name: String, _ value: String) {
        if value.isEmpty {
            if let p = parameter(name) { parameters[p.name] = .null }
        } else {
            text(name, value)
        }
    }

    /// A True / False drop-down for a [bool] parameter. The binder takes no text for [bool] (a
    /// non-empty string would be True), so only the two choices are accepted.
    mutating func boolean(_ name: String, _ choice: String) {
        guard let p = parameter(name) else { return }
        if choice.equalsIgnoringCase("True") {
            parameters[p.name] = .bool(true)
        } else if choice.equalsIgnoringCase("False") {
            parameters[p.name] = .bool(false)
        } else {
            problems.append(FieldMessage(field: p.name, text: "Cannot convert '\(choice)' to the type '\(p.type.fullName)' required by parameter '\(p.name)'. Choose True or False."))
        }
    }

    /// A list that replaces the setting's list (an empty one clears it).
    mutating func list(_ name: String, _ items: [String]) {
        guard let p = parameter(name) else { return }
        parameters.setListModifier(p.name, PSListModifier(replace: items.map { .string($0) }, replaces: true))
    }

    mutating func switchOn(_ name: String) {
        guard let p = parameter(name) else { return }
        parameters[p.name] = .bool(true)
    }

    /// The declared parameter; a name the cmdlet does not declare is the panel's own mistake.
    private mutating func parameter(_ name: String) -> ParameterMetadata? {
        guard let p = metadata.parameter(named: name) else {
            problems.append(FieldMessage(field: nil, text: "\(metadata.name) has no parameter -\(name)."))
            return nil
        }
        return p
    }
}
