// swift-tools-version:6.0
import PackageDescription

// Layers, lowest first: CsLanguage (lexer, parser, AST; no dependencies) and CsCmdlets (value model,
// cmdlet metadata, XMPP partner model, store, partner cmdlets) know nothing of each other; CsShell
// (binding, execution, formatting, shell cmdlets, host) builds on both; only CsShell's host touches
// CEditLine. The `csshell` executable is a thin entry point over CsShell.
let package = Package(
    name: "csshell",
    products: [
        .executable(name: "csshell", targets: ["csshell"]),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "CsLanguage"),
        .target(name: "CsCmdlets"),
        .target(name: "CsShell", dependencies: ["CsLanguage", "CsCmdlets", "CEditLine"]),
        .executableTarget(name: "csshell", dependencies: ["CsShell"]),
        .testTarget(name: "CsLanguageTests", dependencies: ["CsLanguage"]),
        .testTarget(name: "CsCmdletsTests", dependencies: ["CsCmdlets"]),
        .testTarget(name: "CsShellTests", dependencies: ["CsShell", "CsCmdlets", "CsLanguage"]),
    ],
    swiftLanguageModes: [.v6]
)
