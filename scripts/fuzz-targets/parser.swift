// libFuzzer entry point for the lexer and parser. scripts/fuzz compiles it together with the sources
// of Sources/CsLanguage (one module, so internal names are in reach):
//   swiftc -sanitize=fuzzer,address -parse-as-library -O Sources/CsLanguage/*.swift parser.swift
// Any input must parse or give a ParseError: no crash, no hang, no memory error.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? Parser.parse(SourceText(text))
    return 0
}
