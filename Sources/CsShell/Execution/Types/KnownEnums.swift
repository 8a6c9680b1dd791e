import CsCore

/// .NET enum types that scripts name although no cmdlet takes them.
enum KnownEnums {
    /// System.Security.AccessControl.AceFlags: a [Flags] enum over a Byte.
    static let aceFlags = PSEnumType(
        name: "AceFlags", fullName: "System.Security.AccessControl.AceFlags",
        members: ["None", "ObjectInherit", "ContainerInherit", "NoPropagateInherit", "InheritOnly", "InheritanceFlags",
                  "Inherited", "SuccessfulAccess", "FailedAccess", "AuditFlags"],
        values: [0, 1, 2, 4, 8, 15, 16, 64, 128, 192], isFlags: true, underlyingType: .byte)

    /// System.IO.FileAttributes: a [Flags] enum, the type of a file item's Attributes.
    static let fileAttributes = PSEnumType(
        name: "FileAttributes", fullName: "System.IO.FileAttributes",
        members: ["ReadOnly", "Hidden", "System", "Directory", "Archive", "Device", "Normal", "Temporary", "SparseFile",
                  "ReparsePoint", "Compressed", "Offline", "NotContentIndexed", "Encrypted", "IntegrityStream", "NoScrubData"],
        values: [1, 2, 4, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 131072], isFlags: true)

    static let all: [PSEnumType] = [aceFlags, fileAttributes, CommandDiscovery.commandTypes]
}
