import Testing
@testable import CsCore

/// A value's string form is bounded for any value (PSObject.ToString with recurse = false inside a
/// value: ToStringEmptyBaseObject, ToStringEnumerable).
@Suite struct StringFormTests {
    @Test func aSelfReferencingObject() {
        let o = PSObject(properties: [("a", .int(1))])
        o.addProperty("a", .object(o))
        #expect(PSConvert.toString(.object(o)) == "@{a=}")
        #expect(PSConvert.nestedString(.object(o)) == "")
    }

    @Test func valuesInsideValues() {
        let inner = PSObject(properties: [("x", .int(1))])
        let h = PSHashtable()
        let o = PSObject(properties: [("o", .object(inner)), ("l", .array([.int(1), .int(2)])), ("h", .hashtable(h)), ("s", .string("t"))])
        #expect(PSConvert.toString(.object(o)) == "@{o=; l=System.Object[]; h=System.Collections.Hashtable; s=t}")
        #expect(PSConvert.toString(.array([.object(inner), .array([.int(1)]), .int(3)])) == " System.Object[] 3")
    }

    @Test func anObjectWithoutPropertiesIsEmpty() {
        #expect(PSConvert.toString(.object(PSObject())) == "")
    }

    @Test func selectObjectResultsArePSCustomObjects() {
        let o = PSObject(typeNames: ["Selected.X", PSObject.customTypeName], properties: [("a", .int(1))])
        #expect(PSConvert.toString(.object(o)) == "@{a=1}")
    }
}
