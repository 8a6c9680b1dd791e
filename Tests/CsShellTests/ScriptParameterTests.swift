import Foundation
import Testing

/// A script's top-level `param()` bound from csshell's command line (`-File x.ps1 …`, `csshell x.ps1 …`)
/// the way pwsh -File binds it (CommandLineParameterParser.CollectPSArgs: `-Name value`, `-Name:value`,
/// `-Switch:$false`, the rest positional strings), with the machinery that binds a script called from
/// inside the shell. Through the built binary.
struct ScriptParameterTests {
    static let script = """
    param([string]$Name = 'def', [int]$Count = 2, [switch]$Loud)
    "Name=$Name Count=$Count Type=$($Count.GetType().Name) Loud=$Loud args=$($args -join ',')"
    """

    private func write(_ text: String, name: String = "p.ps1") throws -> String {
        let path = CLI.tempDir() + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func defaultsApplyWithoutArguments() throws {
        let path = try write(Self.script)
        let r = try CLI.run(["-File", path])
        #expect(r.err == "")
        #expect(r.out == "Name=def Count=2 Type=Int32 Loud=False args=\n")
        #expect(r.status == 0)
    }

    @Test func namedArgumentsBindAndConvert() throws {
        let path = try write(Self.script)
        let r = try CLI.run(["-File", path, "-Count", "5", "-Name", "v", "-Loud"])
        #expect(r.err == "")
        #expect(r.out == "Name=v Count=5 Type=Int32 Loud=True args=\n")
    }

    @Test func positionalArgumentsBindInOrderAndTheRestIsArgs() throws {
        let path = try write(Self.script)
        let r = try CLI.run([path, "v", "7", "extra1", "extra2"])
        #expect(r.err == "")
        #expect(r.out == "Name=v Count=7 Type=Int32 Loud=False args=extra1,extra2\n")
    }

    @Test func namesMayBeShortenedAndMixedWithPositionals() throws {
        let path = try write(Self.script)
        let r = try CLI.run(["-File", path, "-cou", "3", "first", "-Loud", "rest"])
        #expect(r.err == "")
        #expect(r.out == "Name=first Count=3 Type=Int32 Loud=True args=rest\n")
    }

    @Test func colonFormsAndSwitchFalse() throws {
        let path = try write(Self.script)
        #expect(try CLI.run(["-File", path, "-Loud:$false", "-Name:x"]).out == "Name=x Count=2 Type=Int32 Loud=False args=\n")
        #expect(try CLI.run(["-File", path, "-Loud:true"]).out == "Name=def Count=2 Type=Int32 Loud=True args=\n")
        // `-Name:` takes the next argument as its value.
        #expect(try CLI.run(["-File", path, "-Name:", "-dash"]).out == "Name=-dash Count=2 Type=Int32 Loud=False args=\n")
    }

    @Test func aTypeConstraintThatFailsIsPowerShellsError() throws {
        let path = try write(Self.script)
        let r = try CLI.run(["-File", path, "-Count", "many"])
        #expect(r.status == 1)
        #expect(r.out == "")
        #expect(r.err.contains("Cannot process argument transformation on parameter 'Count'. Cannot convert value \"many\" to type \"System.Int32\"."))
    }

    @Test func missingMandatoryParameterIsAnError() throws {
        let path = try write("param([Parameter(Mandatory)][string]$Name) \"hello $Name\"", name: "m.ps1")
        #expect(try CLI.run(["-File", path, "-Name", "a"]).out == "hello a\n")
        let r = try CLI.run(["-NonInteractive", "-File", path])
        #expect(r.status == 1)
        #expect(r.out == "")
        #expect(r.err.hasPrefix("m.ps1 : Cannot process command because of one or more missing mandatory parameters: Name."))
    }

    /// A simple script, as a simple function, leaves a parameter it does not declare for `$args`
    /// (ScriptParameterBinderController); an advanced one refuses it.
    @Test func anUnknownNamedParameterIsArgsOrAnError() throws {
        let path = try write(Self.script)
        let r = try CLI.run(["-File", path, "-Colour", "red"])
        #expect(r.err == "")
        #expect(r.out == "Name=red Count=2 Type=Int32 Loud=False args=-Colour\n")
        let advanced = try write("[CmdletBinding()]\n" + Self.script, name: "adv.ps1")
        let e = try CLI.run(["-File", advanced, "-Colour", "red"])
        #expect(e.status == 1)
        #expect(e.err.contains("A parameter cannot be found that matches parameter name 'Colour'."))
    }

    @Test func aScriptWithoutParamGetsEveryArgumentInArgs() throws {
        let path = try write("\"n=$($args.Count)\"; $args -join '|'", name: "plain.ps1")
        let r = try CLI.run(["-File", path, "-Name", "v", "-x:1", "p"])
        #expect(r.out == "n=4\n-Name|v|-x:1|p\n")
    }

    @Test func theSameBindingFromInsideTheShellAndFromCommand() throws {
        let path = try write(Self.script)
        let r = try CLI.run(["-Command", "& '\(path)' -Name v -Count 4 -Loud a b"])
        #expect(r.err == "")
        #expect(r.out == "Name=v Count=4 Type=Int32 Loud=True args=a,b\n")
        let inner = try CLI.run(["-Command", "& '\(path)'"])
        #expect(inner.out == "Name=def Count=2 Type=Int32 Loud=False args=\n")
    }

    @Test func namedBlocksRunUnderFile() throws {
        let path = try write("param($Who = 'w')\nbegin { \"begin $Who\" }\nprocess { 'process' }\nend { \"end $Who\" }", name: "blocks.ps1")
        let r = try CLI.run(["-File", path, "-Who", "me"])
        #expect(r.err == "")
        #expect(r.out == "begin me\nprocess\nend me\n")
    }

    @Test func exitStatusFollowsTheContract() throws {
        let path = try write("param([int]$Code = 0) if ($Code) { exit $Code }; 'ok'", name: "exit.ps1")
        #expect(try CLI.run(["-File", path]).status == 0)
        #expect(try CLI.run(["-File", path, "-Code", "3"]).status == 3)
        #expect(try CLI.run(["-File", path, "3"]).status == 3)
    }
}
