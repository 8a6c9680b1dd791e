import CsCore
import CsLanguage

/// A class a script defined (`class Name [: Base] { … }`): its definition, its base class, its static
/// properties' values. Its instances are PSObjects whose type names are the class's and its bases'
/// names and whose `native` is a ScriptInstance.
final class ScriptClass {
    let ast: TypeDefinitionAst
    let source: SourceText
    let base: ScriptClass?
    /// The session's interpreter, which runs constructors when a cast or a conversion makes an instance.
    weak var interpreter: Interpreter?
    weak var type: DotNetType?
    /// Static property values by case-folded name (the name as declared kept with it).
    var staticValues: [String: (name: String, value: PSValue)] = [:]

    init(ast: TypeDefinitionAst, source: SourceText, base: ScriptClass?, interpreter: Interpreter) {
        self.ast = ast
        self.source = source
        self.base = base
        self.interpreter = interpreter
    }

    var name: String { ast.name }

    /// This class, then its bases, most derived first.
    var chain: [ScriptClass] {
        var out: [ScriptClass] = []
        var c: ScriptClass? = self
        while let x = c {
            out.append(x)
            c = x.base
        }
        return out
    }

    /// The type names of an instance: the class, its bases, System.Object.
    var typeNames: [String] { chain.map(\.name) + ["System.Object"] }

    /// The instance property of that name, declared here or in a base class, with its class.
    func property(_ name: String) -> (member: PropertyMemberAst, owner: ScriptClass)? {
        for c in chain {
            if let p = c.ast.properties.first(where: { !$0.isStatic && $0.name.equalsIgnoringCase(name) }) { return (p, c) }
        }
        return nil
    }

    /// The static property of that name, here or in a base class, with the class that holds it.
    func staticOwner(_ name: String) -> ScriptClass? {
        chain.first { $0.staticValues[name.caseFoldedKey] != nil }
    }

    /// The methods (not constructors) of that name and arity, from this class up.
    func methods(_ name: String, isStatic: Bool) -> [(member: FunctionMemberAst, owner: ScriptClass)] {
        var out: [(FunctionMemberAst, ScriptClass)] = []
        for c in chain {
            for m in c.ast.methods where !m.isConstructor && m.isStatic == isStatic && m.name.equalsIgnoringCase(name) { out.append((m, c)) }
        }
        return out
    }

    var constructors: [FunctionMemberAst] { ast.methods.filter { $0.isConstructor && !$0.isStatic } }
}

/// What stands behind an instance of a script class: its class and its hidden properties' values
/// (kept out of the object's property list, so formatting, Select-Object and ConvertTo-Json skip them).
final class ScriptInstance {
    let scriptClass: ScriptClass
    var hidden: [String: (name: String, value: PSValue)] = [:]
    init(_ c: ScriptClass) { scriptClass = c }

    /// Every instance property, hidden ones included, in declaration order (the derived class's first),
    /// then any property added to the object since (Add-Member).
    func allProperties(of o: PSObject) -> [(name: String, value: PSValue)] {
        var out: [(name: String, value: PSValue)] = []
        var seen = Set<String>()
        for c in scriptClass.chain {
            for p in c.ast.properties where !p.isStatic && seen.insert(p.name.caseFoldedKey).inserted {
                if let h = hidden[p.name.caseFoldedKey] { out.append((h.name, h.value)) } else if let v = o[p.name] { out.append((p.name, v)) }
            }
        }
        for (name, value) in o.properties where seen.insert(name.caseFoldedKey).inserted { out.append((name, value)) }
        return out
    }

    /// The instance behind a value, if it is an instance of a script class.
    static func of(_ v: PSValue) -> (PSObject, ScriptInstance)? {
        guard case let .object(o) = v, let i = o.native as? ScriptInstance else { return nil }
        return (o, i)
    }
}
