/// What a domain module hands the shell: its cmdlets and the services they use. The shell registers
/// modules in one place; nothing else in the engine, the formatter or the host names a module's
/// types. A module's argument completion travels with its parameters (`ParameterMetadata.completer`).
public struct ShellModule {
    /// The module name Get-Command shows in its Source column (cmdlet metadata carries it too).
    public var name: String
    /// Module names that `Import-Module` accepts for this module (built in: importing is a no-op).
    public var importNames: [String]
    public var cmdlets: [any Cmdlet.Type]
    public var services: [ServiceRegistration]
    /// The default views of the module's object types.
    public var views: [DeclaredView]
    /// The shapes of the module's object types: what `$_.` completes to in a script block after a
    /// cmdlet that declares one of them as its output type (CmdletMetadata.outputTypes).
    public var types: [PSTypeDescriptor]

    public init(name: String, importNames: [String] = [], cmdlets: [any Cmdlet.Type], services: [ServiceRegistration] = [],
                views: [DeclaredView] = [], types: [PSTypeDescriptor] = []) {
        self.name = name
        self.importNames = importNames
        self.cmdlets = cmdlets
        self.services = services
        self.views = views
        self.types = types
    }
}

/// How to create one service type for a session.
public struct ServiceRegistration {
    public let key: ObjectIdentifier
    public let make: () throws -> any SessionService

    public init<S: SessionService>(_ type: S.Type, make: @escaping () throws -> S) {
        key = ObjectIdentifier(type)
        self.make = make
    }
}

/// The error for a service type no module registered (a programming error in the catalogue).
public struct MissingServiceError: Error, CustomStringConvertible {
    public let typeName: String
    public init(_ typeName: String) { self.typeName = typeName }
    public var description: String { "No module provides the service \(typeName)." }
}
