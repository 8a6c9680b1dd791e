import Testing
@testable import CsCore
@testable import CsLanguage
@testable import CsShell

/// The binder against a fake cmdlet's metadata: every expected message is PowerShell's text from
/// powershell-language.md §2 (ParameterBinderStrings.resx), not this program's output.
struct ParameterBinderTests {
    static let color = PSEnumType(name: "Color", fullName: "Test.Color", members: ["Red", "Green", "Blue", "Black", "BlueViolet"])

    static let fake = CmdletMetadata(
        verb: "Get", noun: "Foo", className: "Test.GetFooCommand",
        parameters: [
            ParameterMetadata("Name", .string, aliases: ["n"], sets: [ParameterSetSpec("ByName", mandatory: true, position: 0)]),
            ParameterMetadata("Id", .int32, sets: [ParameterSetSpec("ById", mandatory: true, position: 0)]),
            ParameterMetadata("Tags", .array(.string), position: 1),
            ParameterMetadata("Enabled", .bool),
            ParameterMetadata("Force", .switchParameter),
            ParameterMetadata("Color", .enumeration(color)),
            ParameterMetadata("Verbosity", .int32),
            ParameterMetadata("Domains", .listModifier(.string)),
            ParameterMetadata("Count", .uint32),
            ParameterMetadata("InputObject", .psObject, pipeline: .byValue),
        ],
        defaultParameterSet: "ByName",
        help: CmdletHelp(synopsis: "A fake cmdlet."))

    func args(_ items: [Any]) -> [CommandArgument] {
        items.map { item -> CommandArgument in
            if let s = item as? String, s.hasPrefix("-"), s.count > 1 {
                var name = String(s.dropFirst())
                if name.hasSuffix(":") { name.removeLast() }
                return .parameter(name: name, text: s, range: .empty, colonArgument: nil)
            }
            if let p = item as? (String, PSValue) {
                return .parameter(name: p.0, text: "-\(p.0):", range: .empty, colonArgument: ArgumentValue(p.1, range: .empty))
            }
            if let v = item as? PSValue { return .value(ArgumentValue(v, range: .empty)) }
            return .value(ArgumentValue(.string(item as! String), range: .empty))
        }
    }

    func bind(_ items: [Any], metadata: CmdletMetadata = fake, pipeline: Bool = false) throws -> ParameterBinder.State {
        try ParameterBinder(metadata: metadata, expectsPipelineInput: pipeline, commandRange: nil).bindCommandLine(args(items))
    }

    func error(_ items: [Any], metadata: CmdletMetadata = fake, pipeline: Bool = false) -> BindingError? {
        do { _ = try bind(items, metadata: metadata, pipeline: pipeline); return nil } catch { return error as? BindingError }
    }

    @Test func exactPrefixAndAliasNames() throws {
        #expect(try bind(["-Name", "a"]).parameters.string("Name") == "a")
        #expect(try bind(["-na", "a"]).parameters.string("Name") == "a")
        #expect(try bind(["-n", "a"]).parameters.string("Name") == "a")
        #expect(try bind(["-FORCE", "a"]).parameters.isPresent("Force"))
    }

    @Test func declaredParameterBeatsCommonOnPrefix() throws {
        // -Verb matches the declared -Verbosity and the common -Verbose: the declared one wins.
        #expect(try bind(["a", "-Verb", PSValue.int(3)]).parameters.int("Verbosity") == 3)
    }

    @Test func ambiguousNameListsMatchesInMetadataOrder() {
        let e = error(["-O", "x"])
        #expect(e?.errorId == "AmbiguousParameter")
        #expect(e?.message == "Parameter cannot be processed because the parameter name 'O' is ambiguous. Possible matches include: -OutVariable -OutBuffer.")
    }

    @Test func unknownParameter() {
        let e = error(["-Bogus", "x"])
        #expect(e?.errorId == "NamedParameterNotFound")
        #expect(e?.message == "A parameter cannot be found that matches parameter name 'Bogus'.")
    }

    @Test func missingArgumentAtEndAndBeforeAnotherParameter() {
        #expect(error(["-Name"])?.message == "Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String' and try again.")
        #expect(error(["-Tags", "-Force"])?.message == "Missing an argument for parameter 'Tags'. Specify a parameter of type 'System.String[]' and try again.")
        #expect(error(["-Tags", "-Force"])?.errorId == "MissingArgument")
    }

    @Test func aDashWordThatIsNoParameterIsTakenAsTheValue() throws {
        #expect(try bind(["-Name", "-foo"]).parameters.string("Name") == "-foo")
    }

    @Test func parameterGivenTwice() {
        let e = error(["-Name", "a", "-Name", "b"])
        #expect(e?.errorId == "ParameterAlreadyBound")
        #expect(e?.message == "Cannot bind parameter because parameter 'Name' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\".")
    }

    @Test func switchNeverTakesTheNextArgument() throws {
        // -Force $false: $false goes to the first positional parameter, Name.
        let s = try bind(["-Force", PSValue.bool(false)])
        #expect(s.parameters.isPresent("Force"))
        #expect(s.parameters.string("Name") == "False")
        let off = try bind([("Force", PSValue.bool(false)), "a"])
        #expect(off.parameters.bool("Force") == false)
    }

    @Test func boolRejectsStrings() {
        let e = error(["a", "-Enabled", "true"])
        #expect(e?.errorId == "CannotConvertArgument")
        #expect(e?.message == "Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'Enabled'. ")
    }

    @Test func boolAcceptsNumbers() throws {
        #expect(try bind(["a", "-Enabled", PSValue.int(0)]).parameters.bool("Enabled") == false)
        #expect(try bind(["a", "-Enabled", PSValue.int(2)]).parameters.bool("Enabled") == true)
    }

    @Test func switchGivenAString() {
        let e = error(["a", ("Force", PSValue.string("yes"))])
        #expect(e?.message == "Cannot convert 'System.String' to the type 'System.Management.Automation.SwitchParameter' required by parameter 'Force'. ")
    }

    @Test func enumsIgnoreCaseAndTakeUniquePrefixes() throws {
        #expect(try bind(["a", "-Color", "green"]).parameters.enumValue("Color")?.name == "Green")
        #expect(try bind(["a", "-Color", "gr"]).parameters.enumValue("Color")?.name == "Green")
        #expect(try bind(["a", "-Color", "Blue"]).parameters.enumValue("Color")?.name == "Blue")
    }

    @Test func enumWithNoMatch() {
        let e = error(["a", "-Color", "Purple"])
        #expect(e?.errorId == "CannotConvertArgumentNoMessage")
        #expect(e?.message == "Cannot bind parameter 'Color'. Cannot convert value \"Purple\" to type \"Test.Color\". Error: \"Unable to match the identifier name Purple to a valid enumerator name. Specify one of the following enumerator names and try again:\nRed, Green, Blue, Black, BlueViolet\"")
    }

    @Test func enumWithSeveralPrefixMatches() {
        let e = error(["a", "-Color", "Bl"])
        #expect(e?.message == "Cannot bind parameter 'Color'. Cannot convert value \"Bl\" to type \"Test.Color\". Error: \"The identifier name Bl cannot be processed because it is either too similar or identical to the following enumerator names: Blue, Black, BlueViolet. Use a more specific identifier name.\"")
    }

    @Test func scalarWrapsIntoArrayAndArrayIsRejectedForScalar() throws {
        #expect(try bind(["a", "-Tags", "x"]).parameters.strings("Tags") == ["x"])
        let e = error(["-Name", PSValue.array([.string("a"), .string("b")])])
        #expect(e?.errorId == "CannotConvertArgument")
        #expect(e?.message == "Cannot convert 'System.Object[]' to the type 'System.String' required by parameter 'Name'. Specified method is not supported.")
    }

    @Test func numberConversionFailure() {
        let e = error(["a", "-Count", "abc"])
        #expect(e?.message == "Cannot bind parameter 'Count'. Cannot convert value \"abc\" to type \"System.UInt32\". Error: \"The input string 'abc' was not in a correct format.\"")
        let neg = error(["a", "-Count", PSValue.int(-1)])
        #expect(neg?.message == "Cannot bind parameter 'Count'. Cannot convert value \"-1\" to type \"System.UInt32\". Error: \"Value was either too large or too small for a UInt32.\"")
    }

    @Test func positionalBindingFollowsPositionsAndMixesWithNamed() throws {
        let a = try bind(["-Tags", "t", "n"])
        #expect(a.parameters.string("Name") == "n")
        #expect(a.parameters.strings("Tags") == ["t"])
        let b = try bind(["n", "-Tags", "t"])
        #expect(b.parameters.string("Name") == "n")
        #expect(b.parameters.strings("Tags") == ["t"])
    }

    @Test func leftoverPositionalArgument() {
        let e = error(["a", "b", "c"])
        #expect(e?.errorId == "PositionalParameterNotFound")
        #expect(e?.message == "A positional parameter cannot be found that accepts argument 'c'.")
    }

    @Test func exactTypeMatchChoosesTheSetOfAPositionalArgument() throws {
        // An int goes to -Id (ById) without conversion before -Name (ByName, the default set) would take it converted.
        let s = try bind([PSValue.int(5)])
        #expect(s.parameters.int("Id") == 5)
        #expect(s.parameters.parameterSetName == "ById")
        let t = try bind(["five"])
        #expect(t.parameters.parameterSetName == "ByName")
    }

    @Test func parametersFromDifferentSets() {
        let e = error(["-Name", "a", "-Id", PSValue.int(1)])
        #expect(e?.errorId == "AmbiguousParameterSet")
        #expect(e?.message == "Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.")
    }

    @Test func missingMandatoryParameter() {
        let e = error([])
        #expect(e?.errorId == "MissingMandatoryParameter")
        #expect(e?.message == "Cannot process command because of one or more missing mandatory parameters: Name.")
    }

    @Test func nullAndEmptyForMandatory() {
        #expect(error(["-Name", PSValue.null])?.message == "Cannot bind argument to parameter 'Name' because it is null.")
        #expect(error(["-Name", PSValue.null])?.errorId == "ParameterArgumentValidationErrorNullNotAllowed")
        #expect(error(["-Name", ""])?.message == "Cannot bind argument to parameter 'Name' because it is an empty string.")
    }

    @Test func hashtableBecomesListModifier() throws {
        let h = PSHashtable([("Add", .string("a.com")), ("remove", .string("b.com"))])
        let m = try bind(["x", "-Domains", PSValue.hashtable(h)]).parameters.listModifier("Domains")
        #expect(m?.add.map { PSConvert.toString($0) } == ["a.com"])
        #expect(m?.remove.map { PSConvert.toString($0) } == ["b.com"])
        #expect(m?.replaces == false)
        let clear = try bind(["x", "-Domains", PSValue.null]).parameters.listModifier("Domains")
        #expect(clear?.replaces == true && clear?.replace.isEmpty == true)
    }

    @Test func unknownListModifierKey() {
        let e = error(["x", "-Domains", PSValue.hashtable(PSHashtable([("Append", .string("a"))]))])
        #expect(e?.message.contains("The following unknown list modifier was detected: 'Append'. Valid list modifiers are Add, Remove, and Replace.") == true)
    }

    @Test func commonParameters() throws {
        let s = try bind(["x", "-ErrorAction", "Ig", "-ev", "+errs", "-OutVariable", "o", "-Verbose"])
        #expect(s.common.errorAction?.name == "Ignore")
        #expect(s.common.errorVariable == "+errs")
        #expect(s.common.outVariable == "o")
        #expect(s.common.verbose == true)
        #expect(error(["x", "-ErrorAction", "Suspend"])?.errorId == "ParameterBindingFailed")
    }

    @Test func whatIfOnlyOnShouldProcessCmdlets() {
        #expect(error(["x", "-WhatIf"])?.errorId == "NamedParameterNotFound")
        var m = ParameterBinderTests.fake
        m.supportsShouldProcess = true
        #expect((try? bind(["x", "-wi"], metadata: m))?.common.whatIf == true)
    }

    // MARK: Pipeline

    static let piped = CmdletMetadata(
        verb: "Set", noun: "Foo", className: "Test.SetFooCommand",
        parameters: [
            ParameterMetadata("Identity", .string, sets: [ParameterSetSpec("Identity", position: 0, pipeline: .byPropertyName)]),
            ParameterMetadata("Instance", .psObject, sets: [ParameterSetSpec("Instance", pipeline: .byValue)]),
            ParameterMetadata("Exact", .switchParameter, sets: [ParameterSetSpec("Identity")]),
            ParameterMetadata("Length", .int32, pipeline: .byPropertyName),
        ],
        defaultParameterSet: "Identity", help: CmdletHelp(synopsis: "x"))

    @Test func pipelineObjectBindsByValueFirst() throws {
        let binder = ParameterBinder(metadata: ParameterBinderTests.piped, expectsPipelineInput: true, commandRange: nil)
        let state = try binder.bindCommandLine([])
        let obj = PSObject(properties: [("Identity", .string("a.com"))])
        let bound = try binder.bindPipelineObject(.object(obj), state)
        #expect(bound.parameterSetName == "Instance")
        #expect(bound["Instance"]?.objectValue === obj)
    }

    /// -Length on the command line leaves both sets open: the object binds by value (Instance).
    @Test func commandLineParameterOfEverySetLeavesByValueFirst() throws {
        let binder = ParameterBinder(metadata: ParameterBinderTests.piped, expectsPipelineInput: true, commandRange: nil)
        let state = try binder.bindCommandLine([.parameter(name: "Length", text: "-Length", range: .empty, colonArgument: nil),
                                                .value(ArgumentValue(.int(3), range: .empty))])
        let obj = PSObject(properties: [("Identity", .string("a.com"))])
        let bound = try binder.bindPipelineObject(.object(obj), state)
        #expect(bound["Instance"]?.objectValue === obj)
        #expect(bound.int("Length") == 3)
    }

    /// -Exact fixes the Identity set: the object cannot bind by value there, so its Identity property
    /// binds by name.
    @Test func pipelineObjectBindsByPropertyNameWhenTheSetIsFixed() throws {
        let binder = ParameterBinder(metadata: ParameterBinderTests.piped, expectsPipelineInput: true, commandRange: nil)
        let state = try binder.bindCommandLine([.parameter(name: "Exact", text: "-Exact", range: .empty, colonArgument: nil)])
        let obj = PSObject(properties: [("Identity", .string("a.com"))])
        let bound = try binder.bindPipelineObject(.object(obj), state)
        #expect(bound.parameterSetName == "Identity")
        #expect(bound.string("Identity") == "a.com")
        #expect(bound["Instance"] == nil)
    }

    @Test func inputObjectNotBound() throws {
        let m = CmdletMetadata(verb: "Get", noun: "Bar", className: "Test.GetBarCommand",
                               parameters: [ParameterMetadata("Name", .string, position: 0)], help: CmdletHelp(synopsis: "x"))
        let binder = ParameterBinder(metadata: m, expectsPipelineInput: true, commandRange: nil)
        let state = try binder.bindCommandLine([])
        #expect(throws: BindingError.self) { try binder.bindPipelineObject(.int(1), state) }
        do { _ = try binder.bindPipelineObject(.int(1), state) } catch {
            #expect(error.errorId == "InputObjectNotBound")
            #expect(error.message == "The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.")
        }
    }

    @Test func byValueConversionFailureFallsBackToPropertyName() throws {
        // 'abc' | cmd with [int] ByValue and [int]$Length ByPropertyName → Length = 3.
        let m = CmdletMetadata(verb: "Get", noun: "Baz", className: "Test.GetBazCommand", parameters: [
            ParameterMetadata("Parameter1", .int32, pipeline: .byValue),
            ParameterMetadata("Length", .int32, pipeline: .byPropertyName),
        ], help: CmdletHelp(synopsis: "x"))
        let binder = ParameterBinder(metadata: m, expectsPipelineInput: true, commandRange: nil)
        let bound = try binder.bindPipelineObject(.string("abc"), try binder.bindCommandLine([]))
        #expect(bound.int("Length") == 3)
        #expect(!bound.has("Parameter1"))
    }

    @Test func remainingArgumentsCollectLeftovers() throws {
        let s = try bind(["a", "b", "c"], metadata: WriteOutputCommand.metadata)
        #expect(s.parameters["InputObject"]?.asList.map { PSConvert.toString($0) } == ["a", "b", "c"])
    }
}
