import CsLanguage
import Testing
@testable import CsCore
@testable import CsShell

/// pwsh -File's reading of a script's arguments (CommandLineParameterParser.CollectPSArgs).
struct CommandLineArgumentTests {
    private func shape(_ args: [String]) -> [String] {
        ScriptRunner.commandLineArguments(args, range: .empty).map { a in
            switch a {
            case let .value(v): return "value:\(PSConvert.toString(v.value))"
            case let .parameter(name, _, _, colon?): return "-\(name):\(colon.value.typeName ?? "null")=\(PSConvert.toString(colon.value))"
            case let .parameter(name, _, _, nil): return "-\(name)"
            }
        }
    }

    @Test func namesValuesAndPositionals() {
        #expect(shape(["-Name", "v", "pos", "-x"]) == ["-Name", "value:v", "value:pos", "-x"])
        #expect(shape(["-", "a"]) == ["value:-", "value:a"])
    }

    @Test func colonForms() {
        #expect(shape(["-Switch:$false", "-B:true", "-N:5"]) == ["-Switch:System.Boolean=False", "-B:System.Boolean=True", "-N:System.String=5"])
        #expect(shape(["-Name:", "-dash"]) == ["-Name:System.String=-dash"])
        #expect(shape(["-Name:"]) == ["-Name"])
    }

    @Test func dashesPwshAccepts() {
        #expect(shape(["\u{2013}Name", "v"]) == ["-Name", "value:v"])
    }
}
