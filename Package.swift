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
//   CsControlPanel  the Control Panel: Start-CsControlPanel and the web server it runs (Hummingbird),
//               whose pages call the XMPP cmdlets. Depends on CsCore and CsXmpp only (and the server
//               libraries); a domain module like CsXmpp.
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
        // The Control Panel's web server. HummingbirdTLS (swift-nio-ssl, BoringSSL) is most of the
        // first build's cost; the others are already in Hummingbird's graph and are named because
        // CsControlPanel imports their modules directly.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
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
        .target(
            name: "CsControlPanel",
            dependencies: [
                "CsCore", "CsXmpp",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(name: "CsShell", dependencies: ["CsLanguage", "CsCore", "CsXmpp", "CsControlPanel", "CEditLine"]),
        .executableTarget(name: "csshell", dependencies: ["CsShell"]),
        .target(name: "CsTestSupport", dependencies: ["CsShell", "CsCore"], path: "Tests/CsTestSupport"),
        .target(name: "PGTestSupport", dependencies: ["PGClient"], path: "Tests/PGTestSupport"),
        .testTarget(name: "CsLanguageTests", dependencies: ["CsLanguage"]),
        .testTarget(name: "CsCoreTests", dependencies: ["CsCore"]),
        .testTarget(name: "PGClientTests", dependencies: ["PGClient", "PGTestSupport"]),
        .testTarget(name: "CsXmppTests", dependencies: ["CsXmpp", "CsCore", "PGClient", "PGTestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "CsControlPanelTests", dependencies: ["CsControlPanel", "CsXmpp", "CsCore", "PGTestSupport"]),
        .testTarget(name: "CsShellTests", dependencies: ["CsShell", "CsXmpp", "CsCore", "CsLanguage", "CsTestSupport", "PGClient", "PGTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
