import CsCore
import CsLanguage

/// `class` and `enum` statements: defining the types, making instances, running their methods.
extension Interpreter {
    func defineType(_ d: TypeDefinitionAst) throws {
        if d.isEnum { return try defineEnum(d) }
        let table = session.registry.dotNetTypes
        var base: ScriptClass?
        var baseType = table.resolve("System.Object")
        if let first = d.baseTypes.first {
            guard let t = TypeResolver.type(first, registry: session.registry) else {
                throw failure("Unable to find type [\(first)].", id: "TypeNotFound", at: d.range, target: .string(first))
            }
            if let c = t.scriptClass {
                base = c
                baseType = t
            }
        }
        let c = ScriptClass(ast: d, source: source, base: base, interpreter: self)
        let t = DotNetType(fullName: d.name, baseType: baseType, kind: .known)
        t.scriptClass = c
        c.type = t
        table.defineScriptType(t)
        for p in d.properties where p.isStatic {
            var v = try p.defaultValue.map { try evaluate($0) } ?? defaultValue(of: p.typeName)
            if let tn = p.typeName, let pt = TypeResolver.type(tn, registry: session.registry) {
                v = try convertForClass(v, to: pt, at: p.range)
            }
            c.staticValues[p.name.caseFoldedKey] = (p.name, v)
        }
        // The static constructor runs once, when the class is defined.
        if let s = d.methods.first(where: { $0.isConstructor && $0.isStatic }) {
            _ = try runMember(s, of: c, this: nil, [], at: s.range, before: nil)
        }
    }

    private func defineEnum(_ d: TypeDefinitionAst) throws {
        var underlying = PSNumericType.int32
        if let first = d.baseTypes.first {
            guard let t = TypeResolver.type(first, registry: session.registry), case let .value(pt) = t.kind, let n = pt.numericType, n.isInteger, n != .bigInteger else {
                throw failure("Enum underlying type must be an integral type.", id: "InvalidUnderlyingType", at: d.range)
            }
            underlying = n
        }
        var names: [String] = []
        var values: [Int] = []
        var next = 0
        for m in d.enumMembers {
            var value = next
            if let e = m.value {
                let v = try evaluate(e)
                if case let .enumValue(ev) = v {
                    value = ev.value
                } else {
                    let asInt: Int?
                    if case let .int(i)? = try? PSConvert.convert(v, to: .int32) { asInt = i }
                    else if case let .double(d)? = try? PSConvert.convert(v, to: .double), d == d.rounded(), abs(d) < 1e18 { asInt = Int(d) }
                    else { asInt = nil }
                    guard let i = asInt else {
                        throw failure("Cannot convert value \"\(PSConvert.toString(v))\" to type \"\(underlying.fullName)\".",
                                      id: "InvalidCastFromStringToInteger", category: .InvalidArgument, at: m.range)
                    }
                    value = i
                }
            }
            // Each value must fit the underlying type (`enum E : byte { A = 256 }` is an error).
            if (try? PSConvert.convert(.int(value), to: .number(underlying))) == nil {
                throw failure("Cannot convert value \"\(value)\" to type \"\(underlying.fullName)\".", id: "InvalidCastIConvertible",
                              category: .InvalidArgument, at: m.range)
            }
            if names.contains(where: { $0.equalsIgnoringCase(m.name) }) {
                throw failure("The member '\(m.name)' is already defined.", id: "MemberAlreadyDefined", at: m.range)
            }
            names.append(m.name)
            values.append(value)
            next = value &+ 1
        }
        let flags = d.attributes.contains { ["flags", "system.flags", "flagsattribute", "system.flagsattribute"].contains($0.name.lowercased()) }
        let e = PSEnumType(name: d.name, fullName: d.name, members: names, values: values, isFlags: flags, underlyingType: underlying)
        session.registry.registerEnum(e)
        _ = session.registry.dotNetTypes.defineScriptEnum(e)
    }

    /// The value a property of that type starts with: 0, false, … for value types, otherwise $null.
    func defaultValue(of typeName: String?) -> PSValue {
        guard let typeName, let t = TypeResolver.type(typeName, registry: session.registry), t.isValueType else { return .null }
        if case let .value(.enumeration(e)) = t.kind { return .enumValue(PSEnumValue(type: e, value: 0)) }
        if case let .value(pt) = t.kind, let v = try? PSConvert.convert(.int(0), to: pt) { return v }
        return KnownTypes.staticProperty(t, "Empty") ?? .null
    }

    /// A value converted to a type as a class's typed property, parameter or return value takes it.
    func convertForClass(_ v: PSValue, to t: DotNetType, at range: SourceRange) throws -> PSValue {
        do {
            return try TypeResolver.convert(v, to: t, ofs: session.ofs, registry: session.registry)
        } catch let e as TerminatingError {
            throw e
        } catch {
            throw failure(error.message, id: error.errorId, category: .InvalidArgument, at: range,
                          exceptionType: "System.Management.Automation.SetValueInvocationException")
        }
    }

    // MARK: Instances

    /// `[C]::new(args)`, New-Object C: a new instance, its properties initialised, a constructor run.
    func instantiate(_ c: ScriptClass, _ args: [PSValue], at range: SourceRange) throws -> PSValue {
        let o = PSObject(typeNames: c.typeNames)
        let instance = ScriptInstance(c)
        o.native = instance
        o.toStringOverride = c.name
        let this = PSValue.object(o)
        // Properties are listed most derived class first, as .NET reflection lists them.
        for k in c.chain {
            for p in k.ast.properties where !p.isStatic {
                var v: PSValue
                if let d = p.defaultValue {
                    // Evaluated and converted in the class's source, where an error points (at `$a = "zz"`).
                    v = try withSource(k.source) {
                        let value = try session.variables.withScope {
                            session.variables.setLocal("this", this)
                            return try evaluate(d)
                        }
                        guard let tn = p.typeName, let pt = TypeResolver.type(tn, registry: session.registry) else { return value }
                        return try convertForClass(value, to: pt, at: p.range)
                    }
                } else {
                    v = defaultValue(of: p.typeName)
                }
                if p.isHidden { instance.hidden[p.name.caseFoldedKey] = (p.name, v) } else { o.addProperty(p.name, v) }
            }
        }
        try construct(c, this: this, args, at: range)
        return this
    }

    /// Runs the constructor of `c` that takes `args` (after its base class's), on `this`.
    private func construct(_ c: ScriptClass, this: PSValue, _ args: [PSValue], at range: SourceRange) throws {
        let ctors = c.constructors
        guard let ctor = pickOverload(ctors, args) else {
            if ctors.isEmpty && args.isEmpty {
                if let b = c.base { try construct(b, this: this, [], at: range) }
                return
            }
            throw failure("Cannot find an overload for \"new\" and the argument count: \"\(args.count)\".", id: "MethodCountCouldNotFindBest",
                          at: range, exceptionType: "System.Management.Automation.MethodException")
        }
        _ = try runMember(ctor, of: c, this: this, args, at: range) {
            guard let b = c.base else { return }
            let baseArgs = try (ctor.baseArguments ?? []).map { try self.evaluate($0) }
            try self.construct(b, this: this, baseArgs, at: range)
        }
    }

    /// A method of a script class, found by name and argument count from `start` up; nil when there is none of that name.
    func invokeScriptMethod(_ start: ScriptClass, this: PSValue?, _ name: String, _ args: [PSValue], at range: SourceRange) throws -> PSValue? {
        let found = start.methods(name, isStatic: this == nil)
        if found.isEmpty { return nil }
        guard let m = pickOverload(found.map(\.member), args), let owner = found.first(where: { $0.member.range == m.range })?.owner else {
            throw failure("Cannot find an overload for \"\(name)\" and the argument count: \"\(args.count)\".", id: "MethodCountCouldNotFindBest",
                          at: range, exceptionType: "System.Management.Automation.MethodException")
        }
        return try runMember(m, of: owner, this: this, args, at: range, before: nil)
    }

    /// The overload a call takes: of those with as many parameters as arguments, the one whose typed
    /// parameters the arguments already are most often, among those every argument converts to.
    private func pickOverload(_ candidates: [FunctionMemberAst], _ args: [PSValue]) -> FunctionMemberAst? {
        let sameCount = candidates.filter { $0.parameters.count == args.count }
        if sameCount.count <= 1 { return sameCount.first }
        var best: (FunctionMemberAst, Int)?
        for m in sameCount {
            var score = 0
            var fits = true
            for (p, a) in zip(m.parameters, args) {
                guard let tn = p.typeName, let t = TypeResolver.type(tn, registry: session.registry) else { continue }
                if TypeResolver.isInstance(a, of: t, registry: session.registry) { score += 1; continue }
                if (try? TypeResolver.convert(a, to: t, ofs: session.ofs, registry: session.registry)) == nil { fits = false; break }
            }
            if fits, best == nil || score > best!.1 { best = (m, score) }
        }
        return best?.0
    }

    /// Runs a method or constructor body in a new scope: `$this` set, the parameters bound (converted
    /// to their types), `before` run first (a base constructor); only `return` writes its result.
    private func runMember(_ m: FunctionMemberAst, of c: ScriptClass, this: PSValue?, _ args: [PSValue], at range: SourceRange,
                           before: (() throws -> Void)?) throws -> PSValue {
        session.callDepth += 1
        defer { session.callDepth -= 1 }
        if session.callDepth > Session.maxCallDepth {
            throw failure("The script failed due to call depth overflow.", id: "CallDepthOverflow", category: .InvalidOperation,
                          at: range, exceptionType: "System.Management.Automation.ScriptCallDepthException", scriptTerminating: true)
        }
        let sink = CollectingSink()
        let savedReturn = methodReturnSink
        defer { methodReturnSink = savedReturn }
        try withSource(c.source) {
            try session.variables.withScope {
                if let this { session.variables.setLocal("this", this) }
                for (p, a) in zip(m.parameters, args) {
                    var v = a
                    if let tn = p.typeName, let t = TypeResolver.type(tn, registry: session.registry) { v = try convertForClass(a, to: t, at: p.range) }
                    session.variables.setLocal(p.name, v)
                }
                try before?()
                methodReturnSink = sink
                // An error in a method ends the method (and its callers' statements), as an exception does.
                session.tryDepth += 1
                defer { session.tryDepth -= 1 }
                // A method's output is only what `return` gives; anything else it wrote is dropped.
                do { try execute(m.body.statements, output: NullSink()) } catch FlowControl.returnFromScope { pendingReturnOutput = [] }
            }
        }
        if m.isConstructor { return .null }
        guard let rt = m.returnType, !rt.equalsIgnoringCase("void") else {
            voidResult = true
            return .null
        }
        guard let t = TypeResolver.type(rt, registry: session.registry) else { return sink.result }
        voidResult = false
        return try convertForClass(sink.result, to: t, at: range)
    }

    /// `[C]$value` and conversions to a script class: the value itself when it is one, a hashtable's
    /// keys set as properties of a new instance, otherwise the constructor taking one argument.
    func convertToScriptClass(_ v: PSValue, _ c: ScriptClass, at range: SourceRange) throws -> PSValue {
        if v.isNull { return .null }
        if case let .object(o) = v, o.typeNames.contains(where: { $0.equalsIgnoringCase(c.name) }) { return v }
        if case .hashtable = v, c.constructors.contains(where: { $0.parameters.count == 1 && $0.parameters[0].typeName.map({ ["hashtable", "system.collections.hashtable"].contains($0.lowercased()) }) == true }) {
            return try instantiate(c, [v], at: range)
        }
        if case let .hashtable(h) = v, c.constructors.isEmpty || c.constructors.contains(where: { $0.parameters.isEmpty }) {
            let made = try instantiate(c, [], at: range)
            for (k, x) in h.entries { try setScriptProperty(made, PSConvert.toString(k), x, at: range) }
            return made
        }
        if c.constructors.contains(where: { $0.parameters.count == 1 }) { return try instantiate(c, [v], at: range) }
        throw failure("Cannot convert the \"\(PSConvert.toString(v))\" value of type \"\(v.typeName ?? "System.Object")\" to type \"\(c.name)\".",
                      id: "ConvertToFinalInvalidCastException", category: .InvalidArgument, at: range,
                      exceptionType: "System.Management.Automation.PSInvalidCastException")
    }

    /// `$obj.Prop = value` on an instance of a script class: the value converted to the property's type.
    func setScriptProperty(_ target: PSValue, _ name: String, _ value: PSValue, at range: SourceRange) throws {
        guard let (o, instance) = ScriptInstance.of(target) else { return }
        guard let (p, _) = instance.scriptClass.property(name) else {
            if o.hasProperty(name) { o.addProperty(name, value); return }
            throw failure("The property '\(name)' cannot be found on this object. Verify that the property exists and can be set.",
                          id: "PropertyNotFound", category: .InvalidOperation, at: range)
        }
        let v = try propertyValue(value, p, at: range)
        if p.isHidden { instance.hidden[p.name.caseFoldedKey] = (p.name, v) } else { o.addProperty(p.name, v) }
    }

    /// A value assigned to a typed property, converted; a failed conversion is PowerShell's ExceptionWhenSetting.
    private func propertyValue(_ value: PSValue, _ p: PropertyMemberAst, at range: SourceRange) throws -> PSValue {
        do {
            if let v = try validatedPropertyValue(value, p, at: range) { return v }
            guard let tn = p.typeName, let t = TypeResolver.type(tn, registry: session.registry) else { return value }
            return try TypeResolver.convert(value, to: t, ofs: session.ofs, registry: session.registry)
        } catch let e as TerminatingError {
            throw e
        } catch {
            throw failure("Exception setting \"\(p.name)\": \"\(error.message)\"", id: "ExceptionWhenSetting", category: .NotSpecified, at: range,
                          exceptionType: "System.Management.Automation.SetValueInvocationException")
        }
    }

    /// A property with validation attributes (`[ValidateSet(…)]`, `[ValidateRange(…)]`, …) takes a value as a
    /// script parameter with those attributes would: converted to its type, then validated. Nil without such attributes.
    private func validatedPropertyValue(_ value: PSValue, _ p: PropertyMemberAst, at range: SourceRange) throws -> PSValue? {
        let rules = p.attributes.filter { $0.name.lowercased().hasPrefix("validate") || $0.name.lowercased().hasPrefix("allow") }
        guard !rules.isEmpty else { return nil }
        let parameter = ParameterAst(name: p.name, typeName: p.typeName, attributes: rules, range: p.range)
        let (meta, script, _, _) = try scriptParameter(parameter, source: source)
        let coercer = ScriptArgumentCoercer(parameters: [script], isAdvanced: false, ofs: session.ofs) { [unowned self] block, v in
            PSConvert.isTrue(try self.invokeForValue(block, dollarUnder: v))
        }
        guard case let .value(v) = try coercer.coerce(value, 0, to: meta, mandatory: false, literalText: nil, range: range) else { return value }
        return v
    }

    /// `[C]::Prop = value`.
    func setStaticProperty(_ c: ScriptClass, _ name: String, _ value: PSValue, at range: SourceRange) throws {
        guard let owner = c.staticOwner(name), let p = owner.ast.properties.first(where: { $0.isStatic && $0.name.equalsIgnoringCase(name) }) else {
            throw failure("'\(name)' is a ReadOnly property.", id: "PropertyAssignmentException", category: .InvalidOperation, at: range,
                          exceptionType: "System.Management.Automation.SetValueInvocationException")
        }
        let v = try propertyValue(value, p, at: range)
        owner.staticValues[name.caseFoldedKey] = (p.name, v)
    }

    /// The script class a method call's target is cast to (`([Base]$this).Method()`), to call that class's method.
    func castClass(_ target: ExpressionAst) -> ScriptClass? {
        var e = target
        if case let .paren(s, _) = e, case let .pipeline(p) = s, p.elements.count == 1, case let .expression(x, _) = p.elements[0] { e = x }
        guard case let .convert(type, _, _) = e else { return nil }
        return TypeResolver.type(type.name, registry: session.registry)?.scriptClass
    }
}
