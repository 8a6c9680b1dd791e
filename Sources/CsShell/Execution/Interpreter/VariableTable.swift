import CsCore
import Foundation

/// One variable scope; lookups fall back to the parent.
final class Scope {
    struct Variable {
        var name: String
        var value: PSValue
        var readOnly: Bool
        /// Set-Variable's -Option: ReadOnly, Constant, Private, AllScope (ReadOnly and Constant make it read-only).
        var options: VariableOptions = []
        var description = ""
        /// The type every assignment converts to (`[int]$x = 1`); nil for an untyped variable.
        var constraint: VariableConstraint? = nil
    }

    var variables: [String: Variable] = [:]
    let parent: Scope?
    /// Set-StrictMode's version in this scope (0 is off); nil inherits the parent's.
    var strictMode: Int?

    init(parent: Scope?) { self.parent = parent }
}

/// Variables, case-insensitive, in nested scopes: global → script → function / script-block scopes.
/// Scope prefixes `global:`, `script:`, `local:`, `private:` and the `env:` drive are understood.
final class VariableTable {
    let global: Scope
    private(set) var script: Scope
    private(set) var current: Scope

    init() {
        global = Scope(parent: nil)
        script = global
        current = global
    }

    /// Runs `body` in a new child scope of the current one.
    func withScope<T>(_ body: () throws -> T) rethrows -> T {
        let saved = current
        current = Scope(parent: saved)
        defer { current = saved }
        return try body()
    }

    /// A new scope below the current one, to be entered later with `run(in:)`.
    func makeChildScope() -> Scope { Scope(parent: current) }

    /// Runs `body` with `scope` as the current scope.
    func run<T>(in scope: Scope, _ body: () throws -> T) rethrows -> T {
        let saved = current
        current = scope
        defer { current = saved }
        return try body()
    }

    /// Runs `body` with `scope` as the script scope (a script file's own, for `$script:`), restoring the
    /// previous one after; `nil` keeps the current script scope.
    func withScriptScope<T>(_ scope: Scope?, _ body: () throws -> T) rethrows -> T {
        guard let scope else { return try body() }
        let saved = script
        script = scope
        defer { script = saved }
        return try body()
    }

    /// Makes a new script scope (for a script file) below global.
    func enterScriptScope() {
        script = Scope(parent: global)
        current = script
    }

    private func split(_ name: String) -> (scope: String?, name: String) {
        // Look for the colon in the bytes (a Character search cost more than the lookup itself).
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) else { return (nil, name) }
        return (String(name[..<colon]).lowercased(), String(name[name.index(after: colon)...]))
    }

    func get(_ fullName: String) -> PSValue? {
        let (scope, name) = split(fullName)
        let key = name.caseFoldedKey
        switch scope {
        case "env"?:
            return ProcessInfo.processInfo.environment.first { $0.key.equalsIgnoringCase(name) }.map { .string($0.value) }
        case "global"?:
            return global.variables[key]?.value
        case "script"?:
            var s: Scope? = script
            while let x = s { if let v = x.variables[key] { return v.value }; s = x.parent }
            return nil
        case "local"?, "private"?:
            return current.variables[key]?.value
        case "variable"?, nil:
            var s: Scope? = current
            while let x = s { if let v = x.variables[key] { return v.value }; s = x.parent }
            return nil
        default:
            return nil
        }
    }

    func isReadOnly(_ fullName: String) -> Bool {
        let (_, name) = split(fullName)
        let key = name.caseFoldedKey
        var s: Scope? = current
        while let x = s { if let v = x.variables[key] { return v.readOnly }; s = x.parent }
        return false
    }

    /// Assigns in the scope the prefix names (the current scope when none). `$null` takes any value
    /// and stays null: assigning to it discards the value (`$null = expr`, PowerShell's NullVariable).
    func set(_ fullName: String, _ value: PSValue, constraint: VariableConstraint? = nil) throws {
        let (scope, name) = split(fullName)
        if scope != "env" && name.caseFoldedKey == "null" { return }
        if scope == "env" {
            if case .null = value { unsetenv(name) } else { setenv(name, PSConvert.toString(value), 1) }
            return
        }
        var target: Scope
        switch scope {
        case "global"?: target = global
        case "script"?: target = script
        default: target = current
        }
        let key = name.caseFoldedKey
        // An AllScope variable of an enclosing scope is the variable of every scope below it.
        if target.variables[key] == nil {
            var s = target.parent
            while let x = s {
                if let v = x.variables[key], v.options.contains(.allScope) { target = x; break }
                s = x.parent
            }
        }
        if isReadOnly(name) || target.variables[key]?.readOnly == true {
            throw TerminatingError(record: .runtime("Cannot overwrite variable \(name) because it is read-only or constant.",
                                                   id: "VariableNotWritable", category: .WriteError, target: .string(name),
                                                   exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException"),
                                   scriptTerminating: false)
        }
        if var existing = target.variables[key] {
            if let constraint {
                existing.constraint = constraint
                existing.value = value
            } else {
                existing.value = try existing.constraint?.apply(value) ?? value
            }
            target.variables[key] = existing
        } else {
            target.variables[key] = Scope.Variable(name: name, value: value, readOnly: false, constraint: constraint)
        }
    }

    /// Gives a variable of the current scope a type constraint (the engine's typed parameters).
    func constrainLocal(_ name: String, _ constraint: VariableConstraint) {
        current.variables[name.caseFoldedKey]?.constraint = constraint
    }

    /// Sets a variable in the current scope without checks (the engine's own `$_`, `$args`, ...).
    func setLocal(_ name: String, _ value: PSValue) {
        current.variables[name.caseFoldedKey] = Scope.Variable(name: name, value: value, readOnly: false)
    }

    func defineConstant(_ name: String, _ value: PSValue) {
        global.variables[name.caseFoldedKey] = Scope.Variable(name: name, value: value, readOnly: true)
    }

    /// Every visible variable name (for completion), innermost first.
    func visibleNames() -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        var s: Scope? = current
        while let x = s {
            for v in x.variables.values where seen.insert(v.name.caseFoldedKey).inserted { names.append(v.name) }
            s = x.parent
        }
        return names
    }
}
