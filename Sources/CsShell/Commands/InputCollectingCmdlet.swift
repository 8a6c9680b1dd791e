import CsCore

/// A cmdlet that needs all of its input before it can write anything (Sort-Object, Measure-Object,
/// Group-Object, Format-Table, Out-String, ConvertTo-Json, …): begin keeps the command-line
/// parameters, process collects each `-InputObject`, and the cmdlet's `end` works on both.
protocol InputCollectingCmdlet: ShellCmdlet {
    var parameters: BoundParameters { get set }
    var items: [PSValue] { get set }
}

extension InputCollectingCmdlet {
    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws { parameters = p }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        if let v = p["InputObject"] { items.append(v) }
    }
}
