import CsCore
import CsLanguage
import Foundation

/// Static members of types: `[int]::MaxValue`, `[string]::IsNullOrEmpty($x)`, `[math]::Round(…)`,
/// `[PartnerType]::Federated`, `[List[int]]::new()`, …: the .NET members scripts commonly use.
extension Interpreter {
    /// The type a type literal names, or PowerShell's TypeNotFound error.
    func resolvedType(_ t: TypeNameAst) throws -> DotNetType {
        guard let type = TypeResolver.type(t.name, registry: session.registry) else { throw unknownType(t) }
        return type
    }

    func staticMember(_ target: ExpressionAst, _ name: String, at range: SourceRange) throws -> PSValue {
        guard case let .typeLiteral(t) = target else {
            let v = try evaluate(target)
            if let type = DotNetType.of(v) { return try staticMember(of: type, name, at: range) }
            return Members.get(v, name)
        }
        return try staticMember(of: try resolvedType(t), name, at: range)
    }

    func staticMember(of type: DotNetType, _ name: String, at range: SourceRange) throws -> PSValue {
        if case let .value(.enumeration(e)) = type.kind {
            if let m = e.member(named: name) { return .enumValue(m) }
            throw failure("Cannot find an overload or member named \"\(name)\" on type [\(e.fullName)].", id: "PropertyNotFound", at: range)
        }
        if let c = type.scriptClass, let v = c.staticOwner(name)?.staticValues[name.caseFoldedKey] { return v.value }
        if let v = dateTimeStaticMember(staticTypeKey(type), name) { return v }
        if let v = KnownTypes.staticProperty(type, name) { return v }
        // A static property that does not exist is $null, as in PowerShell.
        return .null
    }

    /// A type as one short lower-case name for the date members: "datetime", "timespan", or the full name.
    private func staticTypeKey(_ t: DotNetType) -> String {
        switch t.fullName {
        case "System.DateTime": return "datetime"
        case "System.TimeSpan": return "timespan"
        default: return t.fullName.caseFoldedKey
        }
    }

    func invokeStatic(_ target: ExpressionAst, _ name: String, _ args: [PSValue], at range: SourceRange) throws -> PSValue {
        guard case let .typeLiteral(t) = target else {
            let v = try evaluate(target)
            if let type = DotNetType.of(v) { return try invokeStatic(type, name, args, at: range) }
            return try invokeMethod(v, name, args, at: range)
        }
        return try invokeStatic(try resolvedType(t), name, args, at: range)
    }

    func invokeStatic(_ type: DotNetType, _ name: String, _ args: [PSValue], at range: SourceRange) throws -> PSValue {
        if name.caseFoldedKey == "new" { return try construct(type, args, at: range) }
        if let c = type.scriptClass, let v = try invokeScriptMethod(c, this: nil, name, args, at: range) { return v }
        if let v = try dateTimeStaticMethod(staticTypeKey(type), name, args, at: range) { return v }
        do {
            if let v = try KnownTypes.staticMethod(type, name, args, self, at: range) { return v }
        } catch let e as PSMethodError {
            throw methodException(name, args.count, e, at: range)
        } catch let e as PSConversionError {
            throw methodException(name, args.count, PSMethodError(e.message, exceptionType: "System.Management.Automation.PSInvalidCastException"), at: range)
        }
        throw failure("Method invocation failed because [\(type.fullName)] does not contain a method named '\(name)'.", id: "MethodNotFound", at: range,
                      target: .string(name))
    }

    /// `[T]::new(args)` and New-Object: the types the shell can make.
    func construct(_ type: DotNetType, _ args: [PSValue], at range: SourceRange) throws -> PSValue {
        if let c = type.scriptClass { return try instantiate(c, args, at: range) }
        if let v = try dateTimeStaticMethod(staticTypeKey(type), "new", args, at: range) { return v }
        do {
            if let v = try KnownTypes.construct(type, args, self) { return v }
        } catch let e as PSMethodError {
            throw methodException(".ctor", args.count, e, at: range)
        } catch let e as PSConversionError {
            throw methodException(".ctor", args.count, PSMethodError(e.message, exceptionType: "System.Management.Automation.PSInvalidCastException"), at: range)
        }
        if type.isAbstract || type.isValueType && !args.isEmpty {
            throw failure("Cannot find an overload for \"new\" and the argument count: \"\(args.count)\".", id: "MethodCountCouldNotFindBest",
                          at: range, exceptionType: "System.Management.Automation.MethodException")
        }
        throw failure("Cannot find an overload for \"new\" and the argument count: \"\(args.count)\".", id: "MethodCountCouldNotFindBest",
                      at: range, exceptionType: "System.Management.Automation.MethodException")
    }
}
