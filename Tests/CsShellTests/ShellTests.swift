import Testing
@testable import CsShell

@Test func shellEntryPointExists() {
    #expect(Shell.main(["csshell", "-Version"]) == 0)
}
