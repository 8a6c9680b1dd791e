import CsCore
import CsLanguage

/// The help of a script function or script file, in the shape of PowerShell's MamlCommandHelpInfo
/// (what HelpCommentsParser builds from comment-based help, or DefaultCommandHelpObjectBuilder from
/// the declaration alone): Name, Category, Synopsis, Component, Role, Functionality, details, syntax
/// (syntaxItem per parameter set, parameter per parameter), parameters, description, alertSet,
/// examples (introduction, code, remarks), inputTypes, returnValues, relatedLinks.
enum ScriptHelp {
    /// The help object of a command `name` declared by `m`, documented by `help` (nil: none).
    static func object(name: String, category: String, metadata m: CmdletMetadata, advanced: Bool, parameters: [ParameterAst],
                       source: SourceText, help: CommentHelpInfo?, view: HelpText.View) -> PSValue {
        let syntax = syntaxLines(name, m, commonParameters: advanced)
        let synopsis = help.map { trimmed($0.synopsis ?? "") } ?? ("\n" + syntax.joined(separator: "\n") + "\n")
        var props: [(String, PSValue)] = [
            ("Name", .string(name)), ("Category", .string(category)), ("Synopsis", .string(synopsis)),
            ("Component", help?.component.map { .string($0) } ?? .null),
            ("Role", help?.role.map { .string($0) } ?? .null),
            ("Functionality", help?.functionality.map { .string($0) } ?? .null),
            ("ModuleName", .string("")),
            ("details", node("details", [("name", .string(name)), ("description", .array(help?.synopsis.map { [para($0)] } ?? []))])),
        ]
        let syntaxObject = PSObject(typeNames: ["MamlCommandHelpInfo#syntax", "System.Object"], properties: [
            ("syntaxItem", many(m.parameterSetNames.map { set in
                node("syntaxItem", [("name", .string(name)),
                                    ("parameter", many(m.parameters.enumerated().compactMap { i, p in
                                        p.spec(in: set).map { parameter(p, $0, description: help?.parameterDescription(p.name, index: i),
                                                                        ast: nil, source: source, forSyntax: true) }
                                    }))])
            })),
        ])
        syntaxObject.native = FormatBlock(text: [FormatBlock.TextLine(0, "")] + syntax.flatMap { [FormatBlock.TextLine(4, $0), FormatBlock.TextLine(0, "")] })
        syntaxObject.toStringOverride = syntax.joined(separator: "\n")
        props.append(("syntax", .object(syntaxObject)))
        props.append(("parameters", node("parameters", [("parameter", many(m.parameters.enumerated().map { i, p in
            parameter(p, firstSpec(p), description: help?.parameterDescription(p.name, index: i),
                      ast: parameters.first { $0.name.equalsIgnoringCase(p.name) }, source: source, forSyntax: false)
        }))])))
        if let d = help?.description, !trimmed(d).isEmpty { props.append(("description", .array([para(d)]))) }
        if let n = help?.notes, !trimmed(n).isEmpty { props.append(("alertSet", node("alertSet", [("alert", .array([para(n)]))]))) }
        if let examples = help?.examples, !examples.isEmpty {
            props.append(("examples", node("examples", [("example", many(examples.enumerated().map { i, text in
                let parts = CommentHelp.exampleParts(text)
                return node("example", [
                    ("title", .string("-------------------------- EXAMPLE \(i + 1) --------------------------")),
                    ("introduction", .array([para(parts.prompt, trim: false)])),
                    ("code", .string(parts.code)),
                    ("remarks", .array([para(parts.remarks)] + Array(repeating: para(""), count: 4))),
                ])
            }))])))
        }
        if let inputs = help?.inputs, !inputs.isEmpty {
            props.append(("inputTypes", node("inputTypes", [("inputType", many(inputs.map { typeNode("inputType", $0) }))])))
        }
        if let outputs = help?.outputs, !outputs.isEmpty {
            props.append(("returnValues", node("returnValues", [("returnValue", many(outputs.map { typeNode("returnValue", $0) }))])))
        }
        if let links = help?.links, !links.isEmpty {
            props.append(("relatedLinks", node("relatedLinks", [("navigationLink", many(links.map { link in
                let isUri = link.contains("://") && !link.contains(" ")
                return node("navigationLink", [("linkText", .string(isUri ? "" : link)), ("uri", .string(isUri ? link : ""))])
            }))])))
        }
        let o = PSObject(typeNames: ["MamlCommandHelpInfo", "HelpInfo", "System.Object"], properties: props)
        o.native = FormatBlock(text: lines(name: name, synopsis: synopsis, syntax: syntax, help: help, metadata: m, view: view))
        return .object(o)
    }

    /// `name [-Param] <Type> [[-Other] <Type>] [-Switch] [<CommonParameters>]`, one line per set, the
    /// parameters in declaration order (the order of the help's syntaxItem).
    static func syntaxLines(_ name: String, _ m: CmdletMetadata, commonParameters: Bool) -> [String] {
        m.parameterSetNames.map { set in
            var parts = [name]
            for p in m.parameters where !p.dontShow {
                guard let spec = p.spec(in: set) else { continue }
                let value: String
                switch p.type {
                case let .enumeration(e), let .array(.enumeration(e)): value = "{" + e.members.joined(separator: " | ") + "}"
                default: value = "<\(dotNetName(p.type))>"
                }
                if p.isSwitch { parts.append(spec.mandatory ? "-\(p.name)" : "[-\(p.name)]"); continue }
                switch (spec.mandatory, spec.position != nil) {
                case (true, true): parts.append("[-\(p.name)] \(value)")
                case (true, false): parts.append("-\(p.name) \(value)")
                case (false, true): parts.append("[[-\(p.name)] \(value)]")
                case (false, false): parts.append("[-\(p.name) \(value)]")
                }
            }
            if commonParameters { parts.append("[<CommonParameters>]") }
            return parts.joined(separator: " ")
        }
    }

    /// The .NET type name help shows (`String`, `SwitchParameter`, `Int32[]`).
    static func dotNetName(_ t: PSType) -> String {
        String(t.fullName.split(separator: ".").last ?? Substring(t.fullName))
    }

    private static func firstSpec(_ p: ParameterMetadata) -> ParameterSetSpec {
        p.sets.first { $0.name.equalsIgnoringCase(ParameterSetSpec.allSets) } ?? p.sets.first ?? ParameterSetSpec()
    }

    /// One `parameter` node: its attributes as strings ("true", "named", "1"), its value type.
    private static func parameter(_ p: ParameterMetadata, _ spec: ParameterSetSpec, description: String?, ast: ParameterAst?,
                                  source: SourceText, forSyntax: Bool) -> PSValue {
        var pipeline = "false"
        switch (spec.pipeline.contains(.byValue), spec.pipeline.contains(.byPropertyName)) {
        case (true, true): pipeline = "true (ByValue, ByPropertyName)"
        case (true, false): pipeline = "true (ByValue)"
        case (false, true): pipeline = "true (ByPropertyName)"
        default: break
        }
        var props: [(String, PSValue)] = [
            ("name", .string(p.name)),
            ("required", .string(spec.mandatory ? "true" : "false")),
            ("globbing", .string(p.acceptsWildcards ? "true" : "false")),
            ("pipelineInput", .string(pipeline)),
            ("position", .string(spec.position.map { String($0 + 1) } ?? "named")),
        ]
        if let d = description, !trimmed(d).isEmpty { props.append(("description", .array([para(d)]))) }
        let typeName = dotNetName(p.type)
        switch p.type {
        case let .enumeration(e), let .array(.enumeration(e)):
            props.append(("parameterValueGroup", node("parameterValueGroup", [("parameterValue", .array(e.members.map { valueNode($0, required: false) }))])))
        default:
            if !forSyntax || !p.isSwitch { props.append(("parameterValue", valueNode(typeName, required: !p.isSwitch))) }
        }
        if !forSyntax {
            props.append(("type", node("type", [("name", .string(typeName))])))
            props.append(("defaultValue", .string(ast.map { defaultValue($0, source) } ?? "")))
        }
        return node("parameter", props)
    }

    /// What help shows as a parameter's default: `[PSDefaultValue(Help = …)]`, else the default as written.
    private static func defaultValue(_ p: ParameterAst, _ source: SourceText) -> String {
        for a in p.attributes where a.name.equalsIgnoringCase("PSDefaultValue") {
            for arg in a.namedArguments where arg.name.equalsIgnoringCase("Help") {
                if case let .string(s, _, _)? = arg.value { return s }
            }
        }
        switch p.defaultValue {
        case nil: return ""
        case let .string(s, _, _)?: return s
        case let .number(_, text, _)?: return text
        case let e?: return source.text(of: e.range)
        }
    }

    private static func valueNode(_ text: String, required: Bool) -> PSValue {
        let o = PSObject(typeNames: ["MamlCommandHelpInfo#parameterValue", "System.Object"],
                         properties: [("required", .string(required ? "true" : "false")), ("#text", .string(text))])
        o.toStringOverride = text
        return .object(o)
    }

    private static func typeNode(_ kind: String, _ text: String) -> PSValue {
        node(kind, [("type", node("type", [("name", .string(trimmed(text)))]))])
    }

    private static func node(_ kind: String, _ props: [(String, PSValue)]) -> PSValue {
        .object(PSObject(typeNames: ["MamlCommandHelpInfo#\(kind)", "System.Object"], properties: props))
    }

    /// A paragraph of text (maml:para), trimmed as help loads it.
    private static func para(_ text: String, trim: Bool = true) -> PSValue {
        .object(PSObject(typeNames: ["MamlParaTextItem", "System.Object"], properties: [("Text", .string(trim ? trimmed(text) : text))]))
    }

    /// One element alone, several as an array (as XML children load into help objects).
    private static func many(_ items: [PSValue]) -> PSValue {
        items.count == 1 ? items[0] : .array(items)
    }

    static func trimmed(_ s: String) -> String {
        var t = Substring(s)
        while let c = t.first, c.isWhitespace { t = t.dropFirst() }
        while let c = t.last, c.isWhitespace { t = t.dropLast() }
        return String(t)
    }

    /// The console text: NAME, SYNOPSIS, SYNTAX, DESCRIPTION; the detailed and full views add
    /// PARAMETERS and EXAMPLES, the full view INPUTS, OUTPUTS and NOTES; RELATED LINKS and REMARKS.
    private static func lines(name: String, synopsis: String, syntax: [String], help: CommentHelpInfo?, metadata m: CmdletMetadata,
                              view: HelpText.View) -> [FormatBlock.TextLine] {
        typealias Line = FormatBlock.TextLine
        var out = [Line(0, "")]
        func section(_ title: String, _ text: String?) {
            guard let text, !trimmed(text).isEmpty else { return }
            out.append(Line(0, title))
            for l in trimmed(text).split(separator: "\n", omittingEmptySubsequences: false) { out.append(Line(4, String(l))) }
            out.append(Line(0, ""))
            out.append(Line(0, ""))
        }
        out.append(Line(0, "NAME")); out.append(Line(4, name)); out.append(Line(0, ""))
        if help != nil { section("SYNOPSIS", synopsis) }
        out.append(Line(0, "SYNTAX"))
        for s in syntax { out.append(Line(4, s)); out.append(Line(0, "")) }
        out.append(Line(0, ""))
        section("DESCRIPTION", help?.description)
        if view == .detailed || view == .full {
            out.append(Line(0, "PARAMETERS"))
            for (i, p) in m.parameters.enumerated() where !p.dontShow {
                out.append(Line(4, p.isSwitch ? "-\(p.name) [<SwitchParameter>]" : "-\(p.name) <\(dotNetName(p.type))>"))
                if let d = help?.parameterDescription(p.name, index: i) {
                    for l in trimmed(d).split(separator: "\n", omittingEmptySubsequences: false) { out.append(Line(8, String(l))) }
                }
                out.append(Line(0, ""))
                if view == .full { out.append(contentsOf: HelpText.attributeBlock(p, indent: 8, positionBase: 1)); out.append(Line(0, "")) }
            }
            out.append(Line(4, "<CommonParameters>"))
            out.append(Line(8, HelpText.commonParametersText))
            out.append(Line(0, ""))
            if view == .full {
                section("INPUTS", help?.inputs.joined(separator: "\n"))
                section("OUTPUTS", help?.outputs.joined(separator: "\n"))
                section("NOTES", help?.notes)
            }
        }
        if view != .normal, let examples = help?.examples, !examples.isEmpty {
            for (i, e) in examples.enumerated() {
                let parts = CommentHelp.exampleParts(e)
                out.append(Line(4, "-------------------------- EXAMPLE \(i + 1) --------------------------", wrap: false))
                out.append(Line(0, ""))
                out.append(Line(4, parts.prompt + parts.code, wrap: false))
                for l in trimmed(parts.remarks).split(separator: "\n", omittingEmptySubsequences: false) { out.append(Line(4, String(l))) }
                out.append(Line(0, ""))
            }
        }
        if let links = help?.links, !links.isEmpty {
            out.append(Line(0, "RELATED LINKS"))
            for l in links { out.append(Line(4, l)) }
            out.append(Line(0, ""))
        }
        return out
    }
}
