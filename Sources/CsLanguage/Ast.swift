// The syntax tree the parser produces and the interpreter walks. Every node carries the source
// range it came from, for error positions. All nodes are values.

/// A script, or the body of a script block: optional param block, then statements.
public struct ScriptBlockAst: Sendable {
    public var parameters: [ParameterAst]
    /// Where `param( … )` was written (from `param` to `)`), even when empty; nil without one.
    public var paramBlock: SourceRange?
    public var statements: [StatementAst]
    /// For a `{ … }` block, the braces included; for a whole script, the whole text.
    public var range: SourceRange
    /// The text between the braces (a whole script's full text), what `"$sb"` prints.
    public var text: String
    /// `begin { } process { } end { }`, when the body is written that way (`statements` is then empty).
    public var namedBlocks: NamedBlocksAst?
    /// The attributes written before `param( … )`: `[CmdletBinding(…)]`, `[OutputType(…)]`, `[Alias(…)]`.
    public var attributes: [AttributeAst]
    /// A whole script's `#requires` statements, if it has any.
    public var requirements: ScriptRequirements?

    public init(parameters: [ParameterAst] = [], paramBlock: SourceRange? = nil, statements: [StatementAst],
                range: SourceRange, text: String, namedBlocks: NamedBlocksAst? = nil, attributes: [AttributeAst] = []) {
        self.parameters = parameters
        self.paramBlock = paramBlock
        self.statements = statements
        self.range = range
        self.text = text
        self.namedBlocks = namedBlocks
        self.attributes = attributes
    }
}

/// The named blocks of a script block or function: `begin` runs once before the input, `process` once
/// per input object (`$_`), `end` once after it, `clean` last, whatever happened before (PowerShell
/// 7.3). `dynamicparam` declares parameters at binding time.
public struct NamedBlocksAst: Sendable {
    public var begin: StatementBlockAst?
    public var process: StatementBlockAst?
    public var end: StatementBlockAst?
    public var clean: StatementBlockAst?
    public var dynamicParam: StatementBlockAst?
    public init(begin: StatementBlockAst? = nil, process: StatementBlockAst? = nil, end: StatementBlockAst? = nil,
                clean: StatementBlockAst? = nil, dynamicParam: StatementBlockAst? = nil) {
        self.begin = begin
        self.process = process
        self.end = end
        self.clean = clean
        self.dynamicParam = dynamicParam
    }
}

/// One parameter of a `param(…)` block or a `function f($a, $b)` list.
public struct ParameterAst: Sendable {
    public var name: String
    /// The type constraint as written (`string`, `int[]`), if any.
    public var typeName: String?
    /// `[switch]`, `[Parameter(Mandatory)]` and similar attributes and type constraints, in written order.
    public var attributes: [AttributeAst]
    public var defaultValue: ExpressionAst?
    public var range: SourceRange

    public init(name: String, typeName: String? = nil, attributes: [AttributeAst] = [], defaultValue: ExpressionAst? = nil, range: SourceRange) {
        self.name = name
        self.typeName = typeName
        self.attributes = attributes
        self.defaultValue = defaultValue
        self.range = range
    }
}

/// `[Name(positional, Named = value, Flag)]`, or a type constraint `[int]` (no parentheses).
public struct AttributeAst: Sendable {
    /// The attribute or type name as written (`Parameter`, `int[]`).
    public var name: String
    /// Everything between the brackets as written, trimmed (`Parameter(Mandatory = $true)`).
    public var text: String
    public var positionalArguments: [ExpressionAst]
    public var namedArguments: [NamedAttributeArgumentAst]
    /// Written with an argument list: an attribute rather than a type constraint.
    public var hasArguments: Bool
    public var range: SourceRange

    public init(name: String, text: String, positionalArguments: [ExpressionAst] = [], namedArguments: [NamedAttributeArgumentAst] = [],
                hasArguments: Bool, range: SourceRange) {
        self.name = name
        self.text = text
        self.positionalArguments = positionalArguments
        self.namedArguments = namedArguments
        self.hasArguments = hasArguments
        self.range = range
    }
}

/// `Name = value` in an attribute's arguments, or `Name` alone (which means `$true`).
public struct NamedAttributeArgumentAst: Sendable {
    public var name: String
    /// nil for `Name` alone.
    public var value: ExpressionAst?
    public var range: SourceRange
    public init(name: String, value: ExpressionAst?, range: SourceRange) { self.name = name; self.value = value; self.range = range }
}

/// A `{ … }` block of statements belonging to if, foreach, try, … (not a script block value).
public struct StatementBlockAst: Sendable {
    public var statements: [StatementAst]
    public var range: SourceRange
    public init(statements: [StatementAst], range: SourceRange) { self.statements = statements; self.range = range }
}

public indirect enum StatementAst: Sendable {
    case pipeline(PipelineAst)
    case assignment(AssignmentAst)
    case ifStatement(IfAst)
    case foreachStatement(ForeachAst)
    case forStatement(ForAst)
    case whileStatement(WhileAst)
    /// `do { } while (…)` and `do { } until (…)`.
    case doStatement(DoAst)
    case tryStatement(TryAst)
    case switchStatement(SwitchAst)
    case throwStatement(PipelineAst?, SourceRange)
    case exitStatement(PipelineAst?, SourceRange)
    case returnStatement(PipelineAst?, SourceRange)
    /// `break` / `break outer`: the loop label, if any.
    case breakStatement(label: String?, SourceRange)
    /// `continue` / `continue outer`: the loop label, if any.
    case continueStatement(label: String?, SourceRange)
    case functionDefinition(FunctionAst)
    /// `trap [Type] { … }`: handles the terminating errors of the statements of its block.
    case trapStatement(TrapAst)
    /// `a && b || c`: each pipeline after the first runs when the previous one succeeded (`&&`) or failed
    /// (`||`).
    case pipelineChain(PipelineChainAst)
    /// `class Name [: Base] { … }` or `enum Name [: type] { … }`.
    case typeDefinition(TypeDefinitionAst)

    public var range: SourceRange {
        switch self {
        case let .pipeline(p): return p.range
        case let .assignment(a): return a.range
        case let .ifStatement(s): return s.range
        case let .foreachStatement(s): return s.range
        case let .forStatement(s): return s.range
        case let .whileStatement(s): return s.range
        case let .doStatement(s): return s.range
        case let .tryStatement(s): return s.range
        case let .switchStatement(s): return s.range
        case let .throwStatement(_, r), let .exitStatement(_, r), let .returnStatement(_, r): return r
        case let .breakStatement(_, r), let .continueStatement(_, r): return r
        case let .functionDefinition(f): return f.range
        case let .trapStatement(t): return t.range
        case let .pipelineChain(c): return c.range
        case let .typeDefinition(d): return d.range
        }
    }
}

public struct TrapAst: Sendable {
    /// The trapped exception type as written, nil for every error.
    public var typeName: String?
    public var body: StatementBlockAst
    public var range: SourceRange
    public init(typeName: String?, body: StatementBlockAst, range: SourceRange) {
        self.typeName = typeName
        self.body = body
        self.range = range
    }
}

public enum PipelineChainOperator: Sendable, Equatable {
    /// `&&`: run when the previous pipeline succeeded.
    case and
    /// `||`: run when it failed.
    case or
}

public struct PipelineChainAst: Sendable {
    public var first: PipelineAst
    public var rest: [(op: PipelineChainOperator, pipeline: PipelineAst)]
    public var range: SourceRange
    public init(first: PipelineAst, rest: [(op: PipelineChainOperator, pipeline: PipelineAst)], range: SourceRange) {
        self.first = first
        self.rest = rest
        self.range = range
    }
}

/// `a | b | c`. Only the first element may be an expression.
public struct PipelineAst: Sendable {
    public var elements: [PipelineElementAst]
    public var range: SourceRange
    public init(elements: [PipelineElementAst], range: SourceRange) { self.elements = elements; self.range = range }
}

public enum PipelineElementAst: Sendable {
    /// An expression as a pipeline's first element, with any redirections after it (`1 > f.txt`).
    case expression(ExpressionAst, redirections: [RedirectionAst])
    case command(CommandAst)

    public var range: SourceRange {
        switch self {
        case let .expression(e, _): return e.range
        case let .command(c): return c.range
        }
    }
}

public enum InvocationOperator: Sendable, Equatable {
    /// `& cmd` / `& $scriptBlock`
    case call
    /// `. $scriptBlock`
    case dotSource
}

public struct CommandAst: Sendable {
    /// `&` or `.` before the command, if any.
    public var invocationOperator: InvocationOperator?
    public var name: CommandNameAst
    public var elements: [CommandElementAst]
    public var redirections: [RedirectionAst]
    public var range: SourceRange

    public init(invocationOperator: InvocationOperator? = nil, name: CommandNameAst, elements: [CommandElementAst],
                redirections: [RedirectionAst], range: SourceRange) {
        self.invocationOperator = invocationOperator
        self.name = name
        self.elements = elements
        self.redirections = redirections
        self.range = range
    }
}

public enum CommandNameAst: Sendable {
    /// A bare or quoted name: `Get-CsXmppAllowedPartner`, `?`, `%`, `& 'Get-Thing'`.
    case name(String, SourceRange)
    /// `& $sb`, `& { … }`, `& (expr)`.
    case expression(ExpressionAst)

    public var range: SourceRange {
        switch self {
        case let .name(_, r): return r
        case let .expression(e): return e.range
        }
    }
}

public enum CommandElementAst: Sendable {
    case parameter(CommandParameterAst)
    /// A value: bare word, string, number, variable, array, script block, `(…)`, … A splat `@h` is a
    /// `.variable` with `splatted` set.
    case argument(ExpressionAst)

    public var range: SourceRange {
        switch self {
        case let .parameter(p): return p.range
        case let .argument(e): return e.range
        }
    }
}

/// `-Name`, `-Name:value`, `-Name: value`.
public struct CommandParameterAst: Sendable {
    /// The name without the dash (an en or em dash is read as a dash).
    public var name: String
    /// The token as written, e.g. `-Name:`.
    public var text: String
    /// True for the colon form; `argument` then holds the value (nil only after a parse error).
    public var usedColon: Bool
    public var argument: ExpressionAst?
    /// The parameter token alone (without a colon argument).
    public var range: SourceRange

    public init(name: String, text: String, usedColon: Bool, argument: ExpressionAst?, range: SourceRange) {
        self.name = name
        self.text = text
        self.usedColon = usedColon
        self.argument = argument
        self.range = range
    }
}

public enum RedirectionStream: Int, Sendable, Equatable {
    case all = 0, output = 1, error = 2, warning = 3, verbose = 4, debug = 5, information = 6
}

public enum RedirectionAst: Sendable {
    /// `> f`, `>> f`, `2> f`, `2>$null`, `*> f`: the target is an expression (a bare path is a string).
    case file(from: RedirectionStream, target: ExpressionAst, append: Bool, range: SourceRange)
    /// `2>&1`, `*>&1`: into the success stream.
    case merge(from: RedirectionStream, to: RedirectionStream, range: SourceRange)

    public var range: SourceRange {
        switch self {
        case let .file(_, _, _, r), let .merge(_, _, r): return r
        }
    }
}

public enum AssignmentOperator: String, Sendable {
    case assign = "=", add = "+=", subtract = "-=", multiply = "*=", divide = "/=", remainder = "%="
    /// `??=`: assigns only when the target is $null.
    case coalesce = "??="
}

/// `target op value`. The target is a variable, member, index, cast variable (`[int]$x`), or an array
/// literal of those (`$a, $b = 1, 2`).
public struct AssignmentAst: Sendable {
    public var target: ExpressionAst
    public var op: AssignmentOperator
    /// A pipeline or another assignment (`$a = $b = 1`), or any statement (`$x = if (…) {…}`).
    public var value: StatementAst
    public var range: SourceRange
    /// Where the operator stands, for errors.
    public var operatorRange: SourceRange

    public init(target: ExpressionAst, op: AssignmentOperator, value: StatementAst, range: SourceRange, operatorRange: SourceRange) {
        self.target = target
        self.op = op
        self.value = value
        self.range = range
        self.operatorRange = operatorRange
    }
}

public struct IfClauseAst: Sendable {
    public var condition: PipelineAst
    public var body: StatementBlockAst
    public init(condition: PipelineAst, body: StatementBlockAst) { self.condition = condition; self.body = body }
}

public struct IfAst: Sendable {
    /// The `if` clause, then each `elseif`.
    public var clauses: [IfClauseAst]
    public var elseBody: StatementBlockAst?
    public var range: SourceRange
    public init(clauses: [IfClauseAst], elseBody: StatementBlockAst?, range: SourceRange) {
        self.clauses = clauses
        self.elseBody = elseBody
        self.range = range
    }
}

public struct ForeachAst: Sendable {
    public var label: String?
    /// The loop variable's name, without `$`.
    public var variable: String
    public var collection: PipelineAst
    public var body: StatementBlockAst
    public var range: SourceRange
    public init(label: String? = nil, variable: String, collection: PipelineAst, body: StatementBlockAst, range: SourceRange) {
        self.label = label
        self.variable = variable
        self.collection = collection
        self.body = body
        self.range = range
    }
}

public struct ForAst: Sendable {
    public var label: String?
    public var initializer: StatementAst?
    public var condition: PipelineAst?
    public var iterator: StatementAst?
    public var body: StatementBlockAst
    public var range: SourceRange
    public init(label: String? = nil, initializer: StatementAst?, condition: PipelineAst?, iterator: StatementAst?, body: StatementBlockAst, range: SourceRange) {
        self.label = label
        self.initializer = initializer
        self.condition = condition
        self.iterator = iterator
        self.body = body
        self.range = range
    }
}

public struct WhileAst: Sendable {
    public var label: String?
    public var condition: PipelineAst
    public var body: StatementBlockAst
    public var range: SourceRange
    public init(label: String? = nil, condition: PipelineAst, body: StatementBlockAst, range: SourceRange) {
        self.label = label
        self.condition = condition
        self.body = body
        self.range = range
    }
}

public struct DoAst: Sendable {
    public var label: String?
    public var body: StatementBlockAst
    public var condition: PipelineAst
    /// `do … until` (loop while false) rather than `do … while`.
    public var isUntil: Bool
    public var range: SourceRange
    public init(label: String? = nil, body: StatementBlockAst, condition: PipelineAst, isUntil: Bool, range: SourceRange) {
        self.label = label
        self.body = body
        self.condition = condition
        self.isUntil = isUntil
        self.range = range
    }
}

public struct CatchClauseAst: Sendable {
    /// `catch [System.Exception]`: the type names as written; empty for a catch-all.
    public var typeNames: [String]
    public var body: StatementBlockAst
    public var range: SourceRange
    public init(typeNames: [String], body: StatementBlockAst, range: SourceRange) {
        self.typeNames = typeNames
        self.body = body
        self.range = range
    }
}

public struct TryAst: Sendable {
    public var body: StatementBlockAst
    public var catches: [CatchClauseAst]
    public var finally: StatementBlockAst?
    public var range: SourceRange
    public init(body: StatementBlockAst, catches: [CatchClauseAst], finally: StatementBlockAst?, range: SourceRange) {
        self.body = body
        self.catches = catches
        self.finally = finally
        self.range = range
    }
}

/// One clause of a switch: a value, a wildcard or regex pattern, or a `{ condition }` script block.
public struct SwitchClauseAst: Sendable {
    public var pattern: ExpressionAst
    public var body: StatementBlockAst
    public init(pattern: ExpressionAst, body: StatementBlockAst) { self.pattern = pattern; self.body = body }
}

/// `switch [-Regex|-Wildcard|-Exact] [-CaseSensitive] (value) { pattern { … } default { … } }`, or `-File path`
/// in place of `(value)`.
public struct SwitchAst: Sendable {
    public enum Mode: Sendable, Equatable { case equality, wildcard, regex }
    /// What the switch goes through: one of the two, never both.
    public enum Input: Sendable {
        /// `( pipeline )`: its value, or each element of an array value.
        case value(PipelineAst)
        /// `-File path`: the lines of the file.
        case file(ExpressionAst)
    }
    public var label: String?
    public var mode: Mode
    public var caseSensitive: Bool
    public var input: Input
    public var clauses: [SwitchClauseAst]
    public var defaultBody: StatementBlockAst?
    public var range: SourceRange
    public init(label: String? = nil, mode: Mode, caseSensitive: Bool, input: Input,
                clauses: [SwitchClauseAst], defaultBody: StatementBlockAst?, range: SourceRange) {
        self.label = label
        self.mode = mode
        self.caseSensitive = caseSensitive
        self.input = input
        self.clauses = clauses
        self.defaultBody = defaultBody
        self.range = range
    }
}

/// `function Name { … }` / `function Name($a) { … }` / `filter Name { … }`.
public struct FunctionAst: Sendable {
    public var name: String
    public var isFilter: Bool
    /// Parameters from `function f($a)`; a `param()` block inside the body lands in `body.parameters`.
    public var parameters: [ParameterAst]
    public var body: ScriptBlockAst
    public var range: SourceRange
    public init(name: String, isFilter: Bool = false, parameters: [ParameterAst], body: ScriptBlockAst, range: SourceRange) {
        self.name = name
        self.isFilter = isFilter
        self.parameters = parameters
        self.body = body
        self.range = range
    }
}

// MARK: - Expressions

public enum StringQuoteKind: Sendable, Equatable {
    /// An unquoted argument-mode word (`contoso.com`, `a$b`).
    case bare
    case singleQuoted
    case doubleQuoted
    case singleHereString
    case doubleHereString
}

/// A piece of an expandable string.
public enum StringPartAst: Sendable {
    case text(String)
    case variable(VariableAst)
    case subExpression([StatementAst], SourceRange)
}

public struct VariableAst: Sendable {
    /// The name without `$` (braces removed for `${name}`); may carry a scope or drive prefix (`env:HOME`).
    public var name: String
    /// `@name` in a command's arguments.
    public var splatted: Bool
    public var range: SourceRange
    public init(name: String, splatted: Bool = false, range: SourceRange) {
        self.name = name
        self.splatted = splatted
        self.range = range
    }
}

public enum NumberValue: Sendable, Equatable {
    /// No suffix: Int32 when it fits, else Int64.
    case int(Int)
    case double(Double)
    /// A literal with an integer type suffix (`5uy`, `5L`, `5n`, `5u`): its exact value and type.
    case typed(Int128, NumberLiteralType)
    /// A decimal literal (`1.5d`, `1dkb`, an integer too large for Int64): its text (sign, digits, point,
    /// exponent) and multiplier, read by the value layer.
    case decimal(String, multiplier: Int64)
}

/// The integer types a numeric literal's suffix chooses.
public enum NumberLiteralType: Sendable, Equatable {
    case sbyte, byte, int16, uint16, int32, uint32, int64, uint64, bigInteger
}

public struct TypeNameAst: Sendable, Equatable {
    /// As written between the brackets: `int`, `string[]`, `pscustomobject`, `ordered`, `System.String`.
    public var name: String
    public var range: SourceRange
    public init(name: String, range: SourceRange) { self.name = name; self.range = range }
}

public enum MemberNameAst: Sendable {
    case literal(String)
    /// `$x.$name` or `$x.($expr)`.
    case expression(ExpressionAst)
}

public enum UnaryOperator: String, Sendable {
    case not = "-not"
    /// `!`
    case bang = "!"
    case negate = "-"
    case plus = "+"
    /// Unary comma: `,$x` makes a one-element array.
    case comma = ","
    case preIncrement = "++"
    case preDecrement = "--"
    case postIncrement = "++ (postfix)"
    case postDecrement = "-- (postfix)"
    case join = "-join"
    case split = "-split"
    case bnot = "-bnot"
}

public enum ComparisonKind: String, Sendable {
    case eq, ne, gt, ge, lt, le, like, notlike, match, notmatch, contains, notcontains, `in`, notin, replace, split
}

public enum CaseMode: Sendable, Equatable {
    /// `-eq`: case-insensitive.
    case `default`
    /// `-ieq`
    case insensitive
    /// `-ceq`
    case sensitive
}

public enum BinaryOperator: Sendable, Equatable {
    case add, subtract, multiply, divide, remainder
    /// `..`
    case range
    case and, or, xor
    case band, bor, bxor
    /// `-shl`, `-shr`
    case shl, shr
    /// `??`: the left value unless it is $null, else the right one (evaluated only then).
    case coalesce
    /// `-f`
    case format
    case join
    case `is`, isNot, `as`
    case comparison(ComparisonKind, CaseMode)

    /// The operator as written in messages (`-eq`, `-ceq`, `+`).
    public var text: String {
        switch self {
        case .add: return "+"
        case .subtract: return "-"
        case .multiply: return "*"
        case .divide: return "/"
        case .remainder: return "%"
        case .range: return ".."
        case .and: return "-and"
        case .or: return "-or"
        case .xor: return "-xor"
        case .band: return "-band"
        case .bor: return "-bor"
        case .bxor: return "-bxor"
        case .shl: return "-shl"
        case .shr: return "-shr"
        case .coalesce: return "??"
        case .format: return "-f"
        case .join: return "-join"
        case .is: return "-is"
        case .isNot: return "-isnot"
        case .as: return "-as"
        case let .comparison(k, mode):
            switch mode {
            case .default: return "-" + k.rawValue
            case .insensitive: return "-i" + k.rawValue
            case .sensitive: return "-c" + k.rawValue
            }
        }
    }
}

public struct HashEntryAst: Sendable {
    public var key: ExpressionAst
    public var value: StatementAst
    public init(key: ExpressionAst, value: StatementAst) { self.key = key; self.value = value }
}

public indirect enum ExpressionAst: Sendable {
    /// A number; `text` keeps the source spelling (bound to a [string] parameter as written: `34uy`).
    case number(NumberValue, text: String, SourceRange)
    /// A string with nothing to expand: single-quoted, bare word, or double-quoted without `$`.
    case string(String, StringQuoteKind, SourceRange)
    /// A double-quoted string, here-string or bare word with `$var` / `$(…)` inside.
    case expandableString([StringPartAst], StringQuoteKind, SourceRange)
    case variable(VariableAst)
    /// `$x.Name`, `$x.$n`, `[T]::Name` (isStatic).
    case member(target: ExpressionAst, name: MemberNameAst, isStatic: Bool, SourceRange)
    /// `$x.Method(args)`, `[T]::Method(args)`; `[Array]::Empty[string]()` gives the generic method's type arguments.
    case invokeMember(target: ExpressionAst, name: MemberNameAst, typeArguments: [TypeNameAst], arguments: [ExpressionAst], isStatic: Bool,
                      SourceRange)
    /// `$x[i]`
    case index(target: ExpressionAst, index: ExpressionAst, SourceRange)
    case unary(UnaryOperator, ExpressionAst, SourceRange)
    /// `operatorRange` is where the operator stands (errors underline it).
    case binary(BinaryOperator, ExpressionAst, ExpressionAst, operatorRange: SourceRange, SourceRange)
    /// `a, b, c`
    case arrayLiteral([ExpressionAst], SourceRange)
    /// `@( … )`
    case arrayExpression([StatementAst], SourceRange)
    /// `$( … )`
    case subExpression([StatementAst], SourceRange)
    /// `( … )`: a pipeline or an assignment.
    case paren(StatementAst, SourceRange)
    /// `@{ k = v; … }`
    case hashtable([HashEntryAst], SourceRange)
    case scriptBlock(ScriptBlockAst)
    /// `[int]$x`, `[pscustomobject]@{…}`, `[ordered]@{…}`
    case convert(TypeNameAst, ExpressionAst, SourceRange)
    /// `[int]` on its own (for `-is`, `-as` and `[T]::Member`).
    case typeLiteral(TypeNameAst)
    /// `cond ? a : b`
    case ternary(ExpressionAst, ExpressionAst, ExpressionAst, SourceRange)
    /// `x?.Name`, `x?.Method()`, `x?[i]`: the member access or index inside, $null when its target is.
    case nullConditional(ExpressionAst)

    public var range: SourceRange {
        switch self {
        case let .number(_, _, r), let .string(_, _, r), let .expandableString(_, _, r): return r
        case let .variable(v): return v.range
        case let .member(_, _, _, r), let .invokeMember(_, _, _, _, _, r), let .index(_, _, r): return r
        case let .unary(_, _, r), let .binary(_, _, _, _, r): return r
        case let .arrayLiteral(_, r), let .arrayExpression(_, r), let .subExpression(_, r), let .paren(_, r): return r
        case let .hashtable(_, r): return r
        case let .scriptBlock(s): return s.range
        case let .convert(_, _, r): return r
        case let .typeLiteral(t): return t.range
        case let .ternary(_, _, _, r): return r
        case let .nullConditional(e): return e.range
        }
    }
}

// MARK: - Type definitions

/// `class Name [: Base] { members }` or `enum Name [: underlying] { members }`.
public struct TypeDefinitionAst: Sendable {
    public var name: String
    public var isEnum: Bool
    /// The base class (or an enum's underlying type) and interfaces, as written after `:`.
    public var baseTypes: [String]
    /// Attributes written before the keyword (`[Flags()]`).
    public var attributes: [AttributeAst]
    public var enumMembers: [EnumMemberAst]
    public var properties: [PropertyMemberAst]
    public var methods: [FunctionMemberAst]
    public var range: SourceRange
    public init(name: String, isEnum: Bool, baseTypes: [String], attributes: [AttributeAst], enumMembers: [EnumMemberAst] = [],
                properties: [PropertyMemberAst] = [], methods: [FunctionMemberAst] = [], range: SourceRange) {
        self.name = name
        self.isEnum = isEnum
        self.baseTypes = baseTypes
        self.attributes = attributes
        self.enumMembers = enumMembers
        self.properties = properties
        self.methods = methods
        self.range = range
    }
}

/// `Name` or `Name = value` in an enum.
public struct EnumMemberAst: Sendable {
    public var name: String
    public var value: ExpressionAst?
    public var range: SourceRange
    public init(name: String, value: ExpressionAst?, range: SourceRange) { self.name = name; self.value = value; self.range = range }
}

/// `[attr] [hidden] [static] [type] $Name [= default]` in a class.
public struct PropertyMemberAst: Sendable {
    public var name: String
    public var typeName: String?
    public var attributes: [AttributeAst]
    public var isStatic: Bool
    public var isHidden: Bool
    public var defaultValue: ExpressionAst?
    public var range: SourceRange
    public init(name: String, typeName: String?, attributes: [AttributeAst], isStatic: Bool, isHidden: Bool, defaultValue: ExpressionAst?,
                range: SourceRange) {
        self.name = name
        self.typeName = typeName
        self.attributes = attributes
        self.isStatic = isStatic
        self.isHidden = isHidden
        self.defaultValue = defaultValue
        self.range = range
    }
}

/// A method or constructor of a class: `[hidden] [static] [type] Name(params) [: base(args)] { body }`.
public struct FunctionMemberAst: Sendable {
    public var name: String
    public var returnType: String?
    public var attributes: [AttributeAst]
    public var isStatic: Bool
    public var isHidden: Bool
    public var isConstructor: Bool
    public var parameters: [ParameterAst]
    /// `: base(args)` after a constructor's parameters; nil when not written.
    public var baseArguments: [ExpressionAst]?
    public var body: ScriptBlockAst
    public var range: SourceRange
    public init(name: String, returnType: String?, attributes: [AttributeAst], isStatic: Bool, isHidden: Bool, isConstructor: Bool,
                parameters: [ParameterAst], baseArguments: [ExpressionAst]?, body: ScriptBlockAst, range: SourceRange) {
        self.name = name
        self.returnType = returnType
        self.attributes = attributes
        self.isStatic = isStatic
        self.isHidden = isHidden
        self.isConstructor = isConstructor
        self.parameters = parameters
        self.baseArguments = baseArguments
        self.body = body
        self.range = range
    }
}
