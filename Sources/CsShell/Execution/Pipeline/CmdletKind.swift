import CsCore

/// A registered command type: a domain module's cmdlet (runs on CommandRuntime) or one of the
/// shell's own (runs on ShellRuntime). Kept apart so that neither needs a cast to reach its runtime.
enum CmdletKind {
    case module(any Cmdlet.Type)
    case shell(any ShellCmdlet.Type)

    var metadata: CmdletMetadata {
        switch self {
        case let .module(t): return t.metadata
        case let .shell(t): return t.metadata
        }
    }

    func instantiate() -> CmdletInstance {
        switch self {
        case let .module(t): return .module(t.init())
        case let .shell(t): return .shell(t.init())
        }
    }
}

/// One running instance of a CmdletKind, called with the runtime of its kind.
enum CmdletInstance {
    case module(any Cmdlet)
    case shell(any ShellCmdlet)

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        switch self {
        case let .module(c): try c.begin(p, runtime)
        case let .shell(c): try c.begin(p, runtime)
        }
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        switch self {
        case let .module(c): try c.process(p, runtime)
        case let .shell(c): try c.process(p, runtime)
        }
    }

    func end(_ runtime: any ShellRuntime) throws {
        switch self {
        case let .module(c): try c.end(runtime)
        case let .shell(c): try c.end(runtime)
        }
    }
}
