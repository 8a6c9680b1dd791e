import CsCore

/// .NET enum types that scripts name although no cmdlet takes them.
enum KnownEnums {
    /// System.Security.AccessControl.AceFlags: a [Flags] enum over a Byte.
    static let aceFlags = PSEnumType(
        name: "AceFlags", fullName: "System.Security.AccessControl.AceFlags",
        members: ["None", "ObjectInherit", "ContainerInherit", "NoPropagateInherit", "InheritOnly", "InheritanceFlags",
                  "Inherited", "SuccessfulAccess", "FailedAccess", "AuditFlags"],
        values: [0, 1, 2, 4, 8, 15, 16, 64, 128, 192], isFlags: true, underlyingType: .byte)

    static let all: [PSEnumType] = [aceFlags, CommandDiscovery.commandTypes]
}
