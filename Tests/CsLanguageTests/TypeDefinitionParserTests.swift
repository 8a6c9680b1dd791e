import Testing
@testable import CsLanguage

// class and enum statements: their members as the parser records them (the forms of
// Scripting.Classes.BasicParsing.Tests.ps1, "PositiveParsePropertiesTest" and its method and
// attribute companions).

@Suite struct TypeDefinitionParserTests {
    private func definition(_ source: String) throws -> TypeDefinitionAst? {
        let ast = try Parser.parse(SourceText(source))
        for case let .typeDefinition(d) in ast.statements { return d }
        return nil
    }

    @Test func enumMembersAndUnderlyingType() throws {
        let d = try #require(try definition("[Flags()] enum E : byte { A = 1; B = 2\n C }"))
        #expect(d.isEnum && d.name == "E" && d.baseTypes == ["byte"])
        #expect(d.attributes.map(\.name) == ["Flags"])
        #expect(d.enumMembers.map(\.name) == ["A", "B", "C"])
        #expect(d.enumMembers.map { $0.value != nil } == [true, true, false])
    }

    @Test func classMembers() throws {
        let d = try #require(try definition("""
        class D : B {
            [int]$X = 1
            hidden [string] $H
            [hashtable] static $S
            D() {}
            D([int]$x) : base($x, 2) { $this.X = $x }
            static D() {}
            [string] Name([int]$a, $b) { return 'n' }
            hidden static [void] Helper() { }
        }
        """))
        #expect(!d.isEnum && d.name == "D" && d.baseTypes == ["B"])
        #expect(d.properties.map(\.name) == ["X", "H", "S"])
        #expect(d.properties.map(\.typeName) == ["int", "string", "hashtable"])
        #expect(d.properties.map(\.isHidden) == [false, true, false])
        #expect(d.properties.map(\.isStatic) == [false, false, true])
        #expect(d.methods.map(\.name) == ["D", "D", "D", "Name", "Helper"])
        #expect(d.methods.map(\.isConstructor) == [true, true, true, false, false])
        #expect(d.methods.map(\.isStatic) == [false, false, true, false, true])
        #expect(d.methods[1].baseArguments?.count == 2)
        #expect(d.methods[3].parameters.map(\.name) == ["a", "b"] && d.methods[3].returnType == "string")
    }

    @Test func attributesStandingApart() throws {
        // `[ValidateNotNull()]; [int]; $x` is one property.
        let d = try #require(try definition("class C { [ValidateNotNull()]; [int]; $x }"))
        #expect(d.properties.count == 1 && d.properties[0].typeName == "int" && d.properties[0].attributes.map(\.name) == ["ValidateNotNull"])
    }

    @Test func typeLiteralStatementIsNoDefinition() throws {
        let ast = try Parser.parse(SourceText("[int]::MaxValue"))
        guard case .pipeline = ast.statements.first else { Issue.record("not a pipeline"); return }
    }
}
