// swift-tools-version:6.0
import PackageDescription

// Layers, lowest first. The rule: a target imports only the targets listed as its dependencies.
//   CsLanguage  lexer, parser, syntax tree. Depends on nothing.
//   CsCore      the vocabulary every cmdlet speaks: values, conversions, cmdlet metadata and runtime,
//               errors, JSON, services and module registration. Depends on nothing; names no domain.
//   PGClient    a small synchronous Swift layer over libpq (CLibPQ, Debian's libpq-dev): connections,
//               statements with text parameters, transactions, errors that never hold a password.
//               Depends on nothing else; names no domain.
//   CsXmpp      the XMPP domain: partner and gateway model, negotiation matrix, stores (the JSON file
//               store, and the PostgreSQL store over PGClient), the XMPP cmdlets, the Prosody and
//               ejabberd configuration writers and readers, and the module description the shell
//               registers. Depends on CsCore, PGClient (and Yams for YAML) only.
//   CsShell     binding, execution, formatting, the shell's own cmdlets, the host. Depends on all of
//               the above; only its host touches CEditLine, and only ModuleCatalog.swift names a
//               domain module.
//   csshell     the executable: a thin entry point over CsShell.
let package = Package(
    name: "csshell",
    products: [
        .executable(name: "csshell", targets: ["csshell"]),
    ],
    dependencies: [
        // YAML for ejabberd's configuration files (Export/Import-CsXmppFederationConfiguration).
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(name: "CsLanguage"),
        .target(name: "CsCore"),
        .target(name: "PGClient", dependencies: ["CLibPQ"]),
        .target(name: "CsXmpp", dependencies: ["CsCore", "PGClient", .product(name: "Yams", package: "Yams")]),
        .target(name: "CsShell", dependencies: ["CsLanguage", "CsCore", "CsXmpp", "CEditLine"]),
        .executableTarget(name: "csshell", dependencies: ["CsShell"]),
        .target(name: "CsTestSupport", dependencies: ["CsShell", "CsCore"], path: "Tests/CsTestSupport"),
        .target(name: "PGTestSupport", dependencies: ["PGClient"], path: "Tests/PGTestSupport"),
        .testTarget(name: "CsLanguageTests", dependencies: ["CsLanguage"]),
        .testTarget(name: "CsCoreTests", dependencies: ["CsCore"]),
        .testTarget(name: "PGClientTests", dependencies: ["PGClient", "PGTestSupport"]),
        .testTarget(name: "CsXmppTests", dependencies: ["CsXmpp", "CsCore", "PGClient", "PGTestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "CsShellTests", dependencies: ["CsShell", "CsXmpp", "CsCore", "CsLanguage", "CsTestSupport", "PGClient", "PGTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
