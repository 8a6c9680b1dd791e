import CsCore

/// What Get-Variable, Set-Variable, Remove-Item variable: and Set-StrictMode ask of the variables:
/// scopes by name or number, the variables visible from a scope, options and descriptions.
extension VariableTable {
    /// The scope a -Scope argument names: Global, Script, Local (or Private), or a number of levels
    /// above the current scope (0 is the current one); nil when there is no such scope.
    func scope(named spec: String?) -> Scope? {
        guard let spec, !spec.isEmpty else { return current }
        switch spec.lowercased() {
        case "global": return global
        case "script": return script
        case "local", "private": return current
        default:
            guard let n = Int(spec), n >= 0 else { return nil }
            var s: Scope? = current
            for _ in 0..<n { s = s?.parent }
            return s
        }
    }

    /// The variables visible from `scope` (the nearest of each name), or only those defined in it.
    func entries(from scope: Scope, onlyThisScope: Bool) -> [Scope.Variable] {
        var seen = Set<String>()
        var out: [Scope.Variable] = []
        var s: Scope? = scope
        while let x = s {
            for v in x.variables.values where seen.insert(v.name.caseFoldedKey).inserted {
                // A private variable is seen only from its own scope.
                if v.options.contains(.private) && x !== scope { continue }
                out.append(v)
            }
            if onlyThisScope { break }
            s = x.parent
        }
        return out
    }

    /// What Remove-Variable and Clear-Variable act on: for each name (wildcards permitted), the
    /// variables visible from `scope` (only those in it when `onlyThisScope`) that pass -Include and
    /// -Exclude; `missing` calls back for a name without wildcards that matches none.
    func matching(_ names: [String], include: [String]?, exclude: [String]?, from scope: Scope, onlyThisScope: Bool,
                  missing: (String) throws -> Void) rethrows -> [Scope.Variable] {
        let include = (include ?? []).map { WildcardPattern($0) }
        let exclude = (exclude ?? []).map { WildcardPattern($0) }
        let visible = entries(from: scope, onlyThisScope: onlyThisScope)
        var out: [Scope.Variable] = []
        for name in names {
            let pattern = WildcardPattern(name)
            let found = visible.filter { v in pattern.matches(v.name) && (include.isEmpty || include.contains { $0.matches(v.name) }) && !exclude.contains { $0.matches(v.name) } }
            if found.isEmpty && !WildcardPattern.hasWildcards(name) { try missing(name) }
            out += found
        }
        return out
    }

    /// The scope defining `name` nearest to `scope`, and the variable.
    func lookup(_ name: String, from scope: Scope) -> (scope: Scope, variable: Scope.Variable)? {
        let key = name.caseFoldedKey
        var s: Scope? = scope
        while let x = s {
            if let v = x.variables[key] { return (x, v) }
            s = x.parent
        }
        return nil
    }

    /// Set-Variable: assigns (a nil value keeps the current one), sets the options and description.
    /// A read-only variable changes only with `force`; a constant never does.
    func define(_ name: String, value: PSValue?, options: VariableOptions?, description: String?, in scope: Scope, force: Bool) throws(ErrorRecord) {
        let key = name.caseFoldedKey
        if var v = scope.variables[key] {
            if v.options.contains(.constant) || (v.readOnly && !force) {
                throw ErrorRecord(message: "Cannot overwrite variable \(v.name) because it is read-only or constant.", errorId: "VariableNotWritable",
                                  category: .WriteError, target: .string(v.name),
                                  exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException")
            }
            if let o = options, o.contains(.constant) {
                throw ErrorRecord(message: "Existing variable \(v.name) cannot be made constant. Variables can be made constant only at creation time.",
                                  errorId: "VariableCannotBeMadeConstant", category: .WriteError, target: .string(v.name),
                                  exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException")
            }
            if let value {
                do { v.value = try v.constraint?.apply(value) ?? value } catch let e as TerminatingError { throw e.record } catch {
                    throw ErrorRecord(message: error.message, errorId: "RuntimeException", category: .MetadataError)
                }
            }
            if let o = options { v.options = o; v.readOnly = o.contains(.readOnly) || o.contains(.constant) }
            if let d = description { v.description = d }
            scope.variables[key] = v
        } else {
            let o = options ?? []
            scope.variables[key] = Scope.Variable(name: name, value: value ?? .null, readOnly: o.contains(.readOnly) || o.contains(.constant),
                                                  options: o, description: description ?? "")
        }
    }

    /// Removes the nearest variable of that name (Remove-Item variable:x); a constant or read-only
    /// one is PowerShell's VariableNotRemovable error.
    func remove(_ name: String, force: Bool = false) throws {
        guard let (scope, v) = lookup(name, from: current) else { return }
        if v.options.contains(.constant) || (v.readOnly && !force) {
            throw TerminatingError(record: ErrorRecord(
                message: "Cannot remove variable \(v.name) because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.",
                errorId: "VariableNotRemovable", category: .WriteError, target: .string(v.name),
                exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException"), scriptTerminating: false)
        }
        scope.variables[name.caseFoldedKey] = nil
    }

    /// The strict mode in effect in the current scope (0: off).
    var strictModeVersion: Int {
        var s: Scope? = current
        while let x = s {
            if let v = x.strictMode { return v }
            s = x.parent
        }
        return 0
    }
}
