import CsCore
import CsLanguage

/// Set-StrictMode's checks (its version is kept per scope): 1.0 forbids reading a variable that was
/// never set (except inside strings); 2.0 also inside strings, and forbids reading a property an
/// object does not have, indexing a value that cannot be indexed, and calling a command as if it
/// were a method (`f(1,2)`); 3.0 (Latest) also forbids indexing past the end of an array.
extension Interpreter {
    /// The strict mode in effect (0: off). Cheap when Set-StrictMode never ran.
    var strictMode: Int { session.strictModeUsed ? session.variables.strictModeVersion : 0 }

    /// A variable read (`$x`, `"…$x…"` when `inString`): its value, or PowerShell's VariableIsUndefined
    /// error under strict mode when it was never set.
    func readVariable(_ v: VariableAst, inString: Bool = false) throws -> PSValue {
        let value = variable(v.name)
        guard case .null = value, strictMode >= (inString ? 2 : 1), !isDefined(v.name) else { return value }
        throw failure("The variable '$\(v.name)' cannot be retrieved because it has not been set.", id: "VariableIsUndefined",
                      category: .InvalidOperation, at: v.range, target: .string(v.name))
    }

    private func isDefined(_ name: String) -> Bool {
        switch name.caseFoldedKey {
        case "?", "error", "pwd": return true
        case "psitem": return session.variables.get("_") != nil
        default:
            if name.lowercased().hasPrefix("env:") { return true }
            return session.variables.get(name) != nil
        }
    }

    /// `$value.Name` under strict mode 2 and later: the member must exist (for a collection, on every
    /// element); the Count and Length every value seems to have do not count.
    func checkMemberExists(_ value: PSValue, _ name: String, at range: SourceRange) throws {
        guard strictMode >= 2, !Interpreter.hasMember(value, name) else { return }
        throw failure("The property '\(name)' cannot be found on this object. Verify that the property exists.", id: "PropertyNotFoundStrict",
                      category: .InvalidOperation, at: range, target: .string(name),
                      exceptionType: "System.Management.Automation.PropertyNotFoundException")
    }

    static func hasMember(_ value: PSValue, _ name: String) -> Bool {
        let n = name.caseFoldedKey
        switch value {
        case .null: return false
        case let .object(o): return o.hasProperty(name)
        case let .hashtable(h): return h.containsKey(.string(name)) || ["count", "keys", "values"].contains(n)
        case let .array(a):
            if ["count", "length", "longlength", "rank"].contains(n) { return true }
            return !a.isEmpty && a.allSatisfy { hasMember($0, name) }
        case .list: return ["count", "capacity"].contains(n)
        case .string: return n == "length"
        case .enumValue: return n == "value__"
        case .dateTime, .timeSpan: return value.member(name) != nil
        case .scriptBlock: return n == "text"
        case .bool, .int, .double, .number: return false
        }
    }

    /// An array index past the end under strict mode 3.
    func indexOutOfRange(at range: SourceRange) -> TerminatingError {
        failure("Index was outside the bounds of the array.", id: "System.IndexOutOfRangeException", category: .OperationStopped, at: range,
                exceptionType: "System.IndexOutOfRangeException")
    }

    /// `f(1,2)`: a command name followed at once by a parenthesized list, under strict mode 2.
    func checkMethodCallSyntax(_ c: CommandAst) throws {
        guard strictMode >= 2, c.elements.count == 1, case let .name(_, nameRange) = c.name,
              case let .argument(.paren(statement, parenRange)) = c.elements[0], nameRange.end == parenRange.start,
              case let .pipeline(p) = statement, p.elements.count == 1, case .expression(.arrayLiteral, _) = p.elements[0] else { return }
        throw failure("The function or command was called as if it were a method. Parameters should be separated by spaces. For information about parameters, see the about_Parameters Help topic.",
                      id: "StrictModeFunctionCallWithParens", category: .InvalidOperation, at: c.range)
    }
}
