import CsCore
import CsLanguage

/// What the shell's own cmdlets may ask of the engine beyond what every cmdlet may: run script
/// blocks, apply the language's operators and methods, and reach the session (commands, history,
/// preferences). Domain cmdlets never see it.
protocol ShellRuntime: CommandRuntime {
    var session: Session { get }
    /// Runs a script block in the caller's scope with `$_` set, streaming its output through this command.
    func runStreaming(_ block: any PSScriptBlock, dollarUnder: PSValue?) throws
    /// Runs a script block in the caller's scope with `$_` set and returns its output as one value.
    func evaluate(_ block: any PSScriptBlock, dollarUnder: PSValue?) throws -> PSValue
    /// A binary operator of the language (`-eq`, `-like`, `-is`, …), as the script would apply it.
    func applyOperator(_ op: BinaryOperator, _ left: PSValue, _ right: PSValue) throws -> PSValue
    /// A method call on a value (`$x.ToUpper()`), as the script would make it.
    func invokeMethod(on target: PSValue, _ name: String, _ arguments: [PSValue]) throws -> PSValue
    /// What a cmdlet throws from its process phase when it needs no more input: the commands before
    /// it stop; its end phase and those of the commands after it still run.
    var stopUpstream: Error { get }
    /// PowerShell's strict mode version in effect (0 when off).
    var strictModeVersion: Int { get }
    /// `[T]::new(arguments)` for the type a name denotes (New-Object); TypeNotFound when there is none.
    func newObject(typeName: String, _ arguments: [PSValue]) throws -> PSValue
    /// Script text parsed into a script block (Invoke-Expression); a ParseException when it does not parse.
    func parseScript(_ text: String) throws -> any PSScriptBlock
    /// The declaration of a script block run as the command `name` (its parameters as metadata), and
    /// whether it is an advanced command (`[CmdletBinding()]` or `[Parameter()]`).
    func scriptDeclaration(_ block: ScriptBlock, name: String) throws -> (metadata: CmdletMetadata, advanced: Bool)
    /// ShouldContinue: asks the user to confirm `query` (Yes / Yes to All / No / No to All); a host
    /// that cannot prompt writes PowerShell's NonInteractive error and answers no.
    func shouldContinue(query: String) throws -> Bool
    /// Write-Information: a record of the information stream, with its tags.
    func writeInformation(_ data: PSValue, tags: [String])
}

extension ShellRuntime {
    /// Runs calculated-property script blocks for the formatting layer.
    var invoker: ScriptBlockInvoker { { block, input in try self.evaluate(block, dollarUnder: input) } }

    /// Format-Table's and Format-List's -Property and -ExcludeProperty: the specs (every property,
    /// `*`, when only -ExcludeProperty is given) and the names to leave out.
    func formatSpecs(_ p: BoundParameters, usage: PropertySpecUsage) throws -> (specs: [PropertySpec], exclude: [WildcardPattern]) {
        let exclude = (p.strings("ExcludeProperty") ?? []).map { WildcardPattern($0) }
        var specs = try propertySpecs(p["Property"], usage: usage)
        if specs.isEmpty && !exclude.isEmpty { specs = [PropertySpec(expression: .name("*"))] }
        return (specs, exclude)
    }

    /// Reads a `-Property` argument (names, wildcards, script blocks, calculated properties); a bad
    /// hashtable is a terminating error of this command.
    func propertySpecs(_ value: PSValue?, usage: PropertySpecUsage) throws -> [PropertySpec] {
        guard let value else { return [] }
        do { return try PropertySpec.parse(value, usage: usage) } catch {
            throw ErrorRecord(message: error.message, errorId: error.errorId, category: .InvalidArgument,
                              target: value, exceptionType: "System.NotSupportedException")
        }
    }
}

/// A cmdlet of the shell itself (Where-Object, Format-Table, Get-Help, …): declared like any cmdlet,
/// run on the ShellRuntime.
protocol ShellCmdlet: CmdletDeclaration {
    func begin(_ parameters: BoundParameters, _ runtime: any ShellRuntime) throws
    func process(_ parameters: BoundParameters, _ runtime: any ShellRuntime) throws
    func end(_ runtime: any ShellRuntime) throws
}

extension ShellCmdlet {
    func begin(_ parameters: BoundParameters, _ runtime: any ShellRuntime) throws {}
    func end(_ runtime: any ShellRuntime) throws {}
}

/// Shared parameter declarations of the shell's cmdlets.
enum CommonDeclarations {
    /// Format-Table's and Format-List's -ExcludeProperty.
    static let excludeProperty = ParameterMetadata(
        "ExcludeProperty", .array(.string),
        description: "Specifies the properties to leave out of the display (wildcards are permitted). Without -Property, every other property is shown (as with -Property *).",
        acceptsWildcards: true)

    static func inputObject(_ description: String = "Specifies the objects to process. Enter a variable that contains the objects, or type a command or expression that gets the objects.") -> ParameterMetadata {
        ParameterMetadata("InputObject", .psObject, pipeline: .byValue, description: description)
    }
}
