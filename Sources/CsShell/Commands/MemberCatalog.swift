import CsCore

/// The members Get-Member reports for a value, with Definitions in PowerShell's notation:
/// NoteProperty `string Name=abc` (PSNoteProperty.ToString: the value's type, the name, `=`, the
/// value or `null`), Property `int Length {get;}`, Method `string ToString()` (overloads joined with
/// ", "). Typed objects use their declared property types (PSType.syntaxName).
enum MemberCatalog {
    struct Member {
        var name: String
        var memberType: String
        var definition: String
    }

    /// System.Management.Automation.PSMemberTypes: the single kinds, then the groups.
    static let memberTypes = PSEnumType(
        name: "PSMemberTypes", fullName: "System.Management.Automation.PSMemberTypes",
        members: ["AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty", "Properties", "PropertySet", "Method",
                  "CodeMethod", "ScriptMethod", "Methods", "ParameterizedProperty", "MemberSet", "Event", "Dynamic", "InferredProperty", "All"],
        values: [1, 2, 4, 8, 16, 31, 32, 64, 128, 256, 448, 512, 1024, 2048, 4096, 8192, 16383])

    /// System.Management.Automation.PSMemberViewTypes: which of an object's members Get-Member -View shows.
    static let memberViewTypes = PSEnumType(name: "PSMemberViewTypes", fullName: "System.Management.Automation.PSMemberViewTypes",
                                            members: ["Extended", "Adapted", "Base", "All"], values: [1, 2, 4, 7])

    /// Members the type system adds (the Extended view); the others are the object's own (Adapted, Base).
    static let extendedKinds: Set<String> = ["AliasProperty", "CodeMethod", "CodeProperty", "MemberSet", "NoteProperty", "PropertySet", "ScriptMethod", "ScriptProperty"]

    /// True when a member of kind `kind` is selected by the -MemberType value `filter`.
    static func selects(_ filter: String, _ kind: String) -> Bool {
        switch filter {
        case "All": return true
        case "Properties": return ["AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty", "InferredProperty"].contains(kind)
        case "Methods": return ["Method", "CodeMethod", "ScriptMethod"].contains(kind)
        default: return filter == kind
        }
    }

    // MARK: Type names in definitions

    /// A value's type as a NoteProperty definition names it: the type accelerator when there is one
    /// (`string`, `int`, `Object[]`, `hashtable`), an object's own first type name, `object` for null.
    static func noteTypeName(_ v: PSValue) -> String {
        switch v {
        case .null: return "object"
        case .bool: return "bool"
        case let .int(i): return (Int(Int32.min)...Int(Int32.max)).contains(i) ? "int" : "long"
        case .double: return "double"
        case let .number(n): return n.type.acceleratorName
        case .string: return "string"
        case let .enumValue(e): return e.type.name
        case .array: return "Object[]"
        case let .list(l): return l.fullName
        case let .hashtable(h): return h.isOrdered ? "System.Collections.Specialized.OrderedDictionary" : "hashtable"
        case let .object(o): return o.typeNames.first ?? PSObject.customTypeName
        case .scriptBlock: return "scriptblock"
        case .dateTime: return "datetime"
        case .timeSpan: return "timespan"
        }
    }

    /// The text after `=` in a NoteProperty definition: the value's ToString(), `null` for null.
    static func noteValueText(_ v: PSValue) -> String {
        switch v {
        case .null: return "null"
        case .array: return "System.Object[]"
        default: return PSConvert.toString(v)
        }
    }

    // MARK: Members

    static let objectMethods: [Member] = [
        Member(name: "Equals", memberType: "Method", definition: "bool Equals(System.Object obj)"),
        Member(name: "GetHashCode", memberType: "Method", definition: "int GetHashCode()"),
        Member(name: "GetType", memberType: "Method", definition: "type GetType()"),
        Member(name: "ToString", memberType: "Method", definition: "string ToString()"),
    ]

    /// The type name Get-Member heads a value's members with: an object's first type name (its
    /// `Selected.…` or PSTypeName mark included), else the value's .NET type.
    static func displayTypeName(_ v: PSValue) -> String {
        if case let .object(o) = v, let first = o.typeNames.first { return first }
        return v.typeName ?? "System.Object"
    }

    /// The type name Get-Member heads a value's members with, and the members, sorted by member type
    /// and then name (as Get-Member sorts them).
    /// An instance of a script class: its properties with their declared types (hidden ones with
    /// -Force) and its methods, the derived class's first.
    private static func scriptClassMembers(_ o: PSObject, force: Bool) -> [Member] {
        guard let instance = o.native as? ScriptInstance else { return [] }
        var list: [Member] = []
        var seen = Set<String>()
        for c in instance.scriptClass.chain {
            for p in c.ast.properties where !p.isStatic && (force || !p.isHidden) && seen.insert("p:" + p.name.caseFoldedKey).inserted {
                list.append(Member(name: p.name, memberType: "Property", definition: "\(p.typeName ?? "System.Object") \(p.name) {get;set;}"))
            }
            for m in c.ast.methods where !m.isStatic && !m.isConstructor && (force || !m.isHidden) {
                let parameters = m.parameters.map { "\($0.typeName ?? "System.Object") \($0.name)" }.joined(separator: ", ")
                let signature = "\(m.returnType ?? "void") \(m.name)(\(parameters))"
                guard seen.insert("m:" + m.name.caseFoldedKey + "/\(m.parameters.count)").inserted else { continue }
                if let i = list.firstIndex(where: { $0.memberType == "Method" && $0.name.equalsIgnoringCase(m.name) }) {
                    list[i] = Member(name: list[i].name, memberType: "Method", definition: list[i].definition + ", " + signature)
                } else {
                    list.append(Member(name: m.name, memberType: "Method", definition: signature))
                }
            }
        }
        return list
    }

    static func members(of v: PSValue, force: Bool) -> (typeName: String, members: [Member]) {
        let typeName = displayTypeName(v)
        var list: [Member]
        switch v {
        case let .object(o) where o.native is ScriptInstance:
            let own = scriptClassMembers(o, force: force)
            list = objectMethods.filter { m in !own.contains { $0.name.equalsIgnoringCase(m.name) } } + own
        case let .object(o):
            list = objectMethods
            for (name, value) in o.properties {
                if let d = o.descriptor, let t = d.type(of: name) {
                    let access = d.readOnly.contains(name.caseFoldedKey) ? "{get;}" : "{get;set;}"
                    list.append(Member(name: name, memberType: "Property", definition: "\(t.syntaxName) \(name) \(access)"))
                } else if o.descriptor == nil && !o.isCustomObject {
                    let t = value.isNull ? "System.Object" : noteTypeName(value)
                    list.append(Member(name: name, memberType: "Property", definition: "\(t) \(name) {get;}"))
                } else {
                    list.append(Member(name: name, memberType: "NoteProperty", definition: "\(noteTypeName(value)) \(name)=\(noteValueText(value))"))
                }
            }
        case .string: list = stringMembers
        case let .int(i): list = numberMembers((Int(Int32.min)...Int(Int32.max)).contains(i) ? "int" : "long")
        case .double: list = numberMembers("double")
        case let .number(n): list = numberMembers(n.type.acceleratorName)
        case .bool: list = numberMembers("bool")
        case let .enumValue(e): list = enumMembers(e.type.name)
        case .hashtable: list = hashtableMembers
        case .array, .list: list = arrayMembers
        case .scriptBlock: list = scriptBlockMembers
        case let .dateTime(d): list = dateTimeMembers(d)
        case .timeSpan: list = timeSpanMembers
        case .null: list = []
        }
        if force {
            list += [
                Member(name: "psadapted", memberType: "MemberSet", definition: "psadapted {\(list.map(\.name).joined(separator: ", "))}"),
                Member(name: "psbase", memberType: "MemberSet", definition: "psbase {\(list.map(\.name).joined(separator: ", "))}"),
                Member(name: "psextended", memberType: "MemberSet", definition: "psextended {}"),
                Member(name: "psobject", memberType: "MemberSet", definition: "psobject {BaseObject, Members, Properties, Methods, ImmediateBaseObject, TypeNames}"),
                Member(name: "pstypenames", memberType: "CodeProperty", definition: "System.Collections.ObjectModel.Collection[string] pstypenames{get=PSTypeNames;}"),
            ]
        }
        return (typeName, sorted(list))
    }

    /// A DateTime's members: its .NET properties and methods, the DateTime script property, and Get-Date's
    /// DisplayHint note property.
    static func dateTimeMembers(_ d: PSDateTime) -> [Member] {
        var list = objectMethods.filter { $0.name != "ToString" && $0.name != "Equals" }
        list += PSDateTime.methodSignatures.map { Member(name: $0.name, memberType: "Method", definition: $0.definition) }
        for name in d.propertyNames {
            let value = d.member(name) ?? .null
            switch name {
            case "DisplayHint":
                list.append(Member(name: name, memberType: "NoteProperty", definition: "\(noteTypeName(value)) \(name)=\(noteValueText(value))"))
            case "DateTime":
                list.append(Member(name: name, memberType: "ScriptProperty", definition: "System.Object DateTime {get=…;}"))
            default:
                list.append(Member(name: name, memberType: "Property", definition: "\(noteTypeName(value)) \(name) {get;}"))
            }
        }
        return list
    }

    static var timeSpanMembers: [Member] {
        var list = objectMethods.filter { $0.name != "ToString" && $0.name != "Equals" }
        list += PSTimeSpan.methodSignatures.map { Member(name: $0.name, memberType: "Method", definition: $0.definition) }
        for name in PSTimeSpan.propertyNames {
            let value = PSTimeSpan.zero.member(name) ?? .null
            list.append(Member(name: name, memberType: "Property", definition: "\(noteTypeName(value)) \(name) {get;}"))
        }
        return list
    }

    /// -Static: the type's static members.
    static func staticMembers(of v: PSValue) -> (typeName: String, members: [Member]) {
        let typeName = v.typeName ?? "System.Object"
        var list = [
            Member(name: "Equals", memberType: "Method", definition: "static bool Equals(System.Object objA, System.Object objB)"),
            Member(name: "ReferenceEquals", memberType: "Method", definition: "static bool ReferenceEquals(System.Object objA, System.Object objB)"),
        ]
        switch v {
        case .string:
            list += [
                Member(name: "Compare", memberType: "Method", definition: "static int Compare(string strA, string strB), static int Compare(string strA, string strB, bool ignoreCase)"),
                Member(name: "Concat", memberType: "Method", definition: "static string Concat(System.Object arg0), static string Concat(Params System.Object[] args), static string Concat(Params string[] values)"),
                Member(name: "Format", memberType: "Method", definition: "static string Format(string format, System.Object arg0), static string Format(string format, Params System.Object[] args)"),
                Member(name: "IsNullOrEmpty", memberType: "Method", definition: "static bool IsNullOrEmpty(string value)"),
                Member(name: "IsNullOrWhiteSpace", memberType: "Method", definition: "static bool IsNullOrWhiteSpace(string value)"),
                Member(name: "Join", memberType: "Method", definition: "static string Join(string separator, Params string[] value), static string Join(string separator, Params System.Object[] values)"),
                Member(name: "Empty", memberType: "Property", definition: "static string Empty {get;}"),
            ]
        case let .int(i):
            let t = (Int(Int32.min)...Int(Int32.max)).contains(i) ? "int" : "long"
            list += [
                Member(name: "Parse", memberType: "Method", definition: "static \(t) Parse(string s)"),
                Member(name: "TryParse", memberType: "Method", definition: "static bool TryParse(string s, [ref] \(t) result)"),
                Member(name: "MaxValue", memberType: "Property", definition: "static \(t) MaxValue {get;}"),
                Member(name: "MinValue", memberType: "Property", definition: "static \(t) MinValue {get;}"),
            ]
        case let .enumValue(e):
            for name in e.type.members {
                list.append(Member(name: name, memberType: "Property", definition: "static \(e.type.fullName) \(name) {get;}"))
            }
        default:
            break
        }
        return (typeName, sorted(list))
    }

    static func sorted(_ list: [Member]) -> [Member] {
        list.sorted { a, b in
            let t = a.memberType.lowercased(), u = b.memberType.lowercased()
            if t != u { return t < u }
            return a.name.lowercased() < b.name.lowercased()
        }
    }

    private static func method(_ name: String, _ definition: String) -> Member { Member(name: name, memberType: "Method", definition: definition) }

    static let stringMembers: [Member] = [
        method("Clone", "System.Object Clone(), System.Object ICloneable.Clone()"),
        method("CompareTo", "int CompareTo(System.Object value), int CompareTo(string strB)"),
        method("Contains", "bool Contains(string value), bool Contains(char value)"),
        method("EndsWith", "bool EndsWith(string value), bool EndsWith(string value, System.StringComparison comparisonType)"),
        method("Equals", "bool Equals(System.Object obj), bool Equals(string value), bool Equals(string value, System.StringComparison comparisonType)"),
        method("GetHashCode", "int GetHashCode()"),
        method("GetType", "type GetType()"),
        method("GetTypeCode", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"),
        method("IndexOf", "int IndexOf(char value), int IndexOf(string value), int IndexOf(string value, int startIndex)"),
        method("Insert", "string Insert(int startIndex, string value)"),
        method("LastIndexOf", "int LastIndexOf(char value), int LastIndexOf(string value)"),
        method("Normalize", "string Normalize(), string Normalize(System.Text.NormalizationForm normalizationForm)"),
        method("PadLeft", "string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)"),
        method("PadRight", "string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)"),
        method("Remove", "string Remove(int startIndex, int count), string Remove(int startIndex)"),
        method("Replace", "string Replace(string oldValue, string newValue), string Replace(char oldChar, char newChar)"),
        method("Split", "string[] Split(Params char[] separator), string[] Split(string separator, System.StringSplitOptions options)"),
        method("StartsWith", "bool StartsWith(string value), bool StartsWith(string value, System.StringComparison comparisonType)"),
        method("Substring", "string Substring(int startIndex), string Substring(int startIndex, int length)"),
        method("ToCharArray", "char[] ToCharArray(), char[] ToCharArray(int startIndex, int length)"),
        method("ToLower", "string ToLower(), string ToLower(cultureinfo culture)"),
        method("ToLowerInvariant", "string ToLowerInvariant()"),
        method("ToString", "string ToString(), string ToString(System.IFormatProvider provider), string IConvertible.ToString(System.IFormatProvider provider)"),
        method("ToUpper", "string ToUpper(), string ToUpper(cultureinfo culture)"),
        method("ToUpperInvariant", "string ToUpperInvariant()"),
        method("Trim", "string Trim(), string Trim(char trimChar), string Trim(Params char[] trimChars)"),
        method("TrimEnd", "string TrimEnd(), string TrimEnd(char trimChar), string TrimEnd(Params char[] trimChars)"),
        method("TrimStart", "string TrimStart(), string TrimStart(char trimChar), string TrimStart(Params char[] trimChars)"),
        Member(name: "Chars", memberType: "ParameterizedProperty", definition: "char Chars(int index) {get;}"),
        Member(name: "Length", memberType: "Property", definition: "int Length {get;}"),
    ]

    static func numberMembers(_ t: String) -> [Member] {
        [
            method("CompareTo", "int CompareTo(System.Object value), int CompareTo(\(t) value)"),
            method("Equals", "bool Equals(System.Object obj), bool Equals(\(t) obj)"),
            method("GetHashCode", "int GetHashCode()"),
            method("GetType", "type GetType()"),
            method("GetTypeCode", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"),
            method("ToString", t == "bool"
                ? "string ToString(), string ToString(System.IFormatProvider provider)"
                : "string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider)"),
        ]
    }

    static func enumMembers(_ t: String) -> [Member] {
        [
            method("CompareTo", "int CompareTo(System.Object target)"),
            method("Equals", "bool Equals(System.Object obj)"),
            method("GetHashCode", "int GetHashCode()"),
            method("GetType", "type GetType()"),
            method("GetTypeCode", "System.TypeCode GetTypeCode()"),
            method("HasFlag", "bool HasFlag(System.Enum flag)"),
            method("ToString", "string ToString(), string ToString(string format)"),
            Member(name: "value__", memberType: "Property", definition: "int value__ {get;set;}"),
        ]
    }

    static let hashtableMembers: [Member] = [
        method("Add", "void Add(System.Object key, System.Object value), void IDictionary.Add(System.Object key, System.Object value)"),
        method("Clear", "void Clear(), void IDictionary.Clear()"),
        method("Clone", "System.Object Clone(), System.Object ICloneable.Clone()"),
        method("Contains", "bool Contains(System.Object key), bool IDictionary.Contains(System.Object key)"),
        method("ContainsKey", "bool ContainsKey(System.Object key)"),
        method("ContainsValue", "bool ContainsValue(System.Object value)"),
        method("CopyTo", "void CopyTo(array array, int arrayIndex), void ICollection.CopyTo(array array, int index)"),
        method("Equals", "bool Equals(System.Object obj)"),
        method("GetEnumerator", "System.Collections.IDictionaryEnumerator GetEnumerator(), System.Collections.IDictionaryEnumerator IDictionary.GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()"),
        method("GetHashCode", "int GetHashCode()"),
        method("GetType", "type GetType()"),
        method("Remove", "void Remove(System.Object key), void IDictionary.Remove(System.Object key)"),
        method("ToString", "string ToString()"),
        Member(name: "Item", memberType: "ParameterizedProperty", definition: "System.Object Item(System.Object key) {get;set;}"),
        Member(name: "Count", memberType: "Property", definition: "int Count {get;}"),
        Member(name: "IsFixedSize", memberType: "Property", definition: "bool IsFixedSize {get;}"),
        Member(name: "IsReadOnly", memberType: "Property", definition: "bool IsReadOnly {get;}"),
        Member(name: "IsSynchronized", memberType: "Property", definition: "bool IsSynchronized {get;}"),
        Member(name: "Keys", memberType: "Property", definition: "System.Collections.ICollection Keys {get;}"),
        Member(name: "SyncRoot", memberType: "Property", definition: "System.Object SyncRoot {get;}"),
        Member(name: "Values", memberType: "Property", definition: "System.Collections.ICollection Values {get;}"),
    ]

    static let arrayMembers: [Member] = [
        method("Clear", "void IList.Clear()"),
        method("Clone", "System.Object Clone(), System.Object ICloneable.Clone()"),
        method("Contains", "bool IList.Contains(System.Object value)"),
        method("CopyTo", "void CopyTo(array array, int index), void CopyTo(array array, long index)"),
        method("Equals", "bool Equals(System.Object obj)"),
        method("ForEach", "System.Collections.ObjectModel.Collection[psobject] ForEach(scriptblock expression)"),
        method("GetEnumerator", "System.Collections.IEnumerator GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()"),
        method("GetHashCode", "int GetHashCode()"),
        method("GetType", "type GetType()"),
        method("GetValue", "System.Object GetValue(int index)"),
        method("IndexOf", "int IList.IndexOf(System.Object value)"),
        method("SetValue", "void SetValue(System.Object value, int index)"),
        method("ToString", "string ToString()"),
        method("Where", "System.Collections.ObjectModel.Collection[psobject] Where(scriptblock expression)"),
        Member(name: "Item", memberType: "ParameterizedProperty", definition: "System.Object IList.Item(int index) {get;set;}"),
        Member(name: "Count", memberType: "AliasProperty", definition: "Count = Length"),
        Member(name: "IsFixedSize", memberType: "Property", definition: "bool IsFixedSize {get;}"),
        Member(name: "IsReadOnly", memberType: "Property", definition: "bool IsReadOnly {get;}"),
        Member(name: "IsSynchronized", memberType: "Property", definition: "bool IsSynchronized {get;}"),
        Member(name: "Length", memberType: "Property", definition: "int Length {get;}"),
        Member(name: "LongLength", memberType: "Property", definition: "long LongLength {get;}"),
        Member(name: "Rank", memberType: "Property", definition: "int Rank {get;}"),
        Member(name: "SyncRoot", memberType: "Property", definition: "System.Object SyncRoot {get;}"),
    ]

    static let scriptBlockMembers: [Member] = [
        method("Equals", "bool Equals(System.Object obj)"),
        method("GetHashCode", "int GetHashCode()"),
        method("GetNewClosure", "scriptblock GetNewClosure()"),
        method("GetType", "type GetType()"),
        method("Invoke", "System.Collections.ObjectModel.Collection[psobject] Invoke(Params System.Object[] args)"),
        method("InvokeReturnAsIs", "System.Object InvokeReturnAsIs(Params System.Object[] args)"),
        method("ToString", "string ToString()"),
        Member(name: "IsFilter", memberType: "Property", definition: "bool IsFilter {get;set;}"),
    ]
}
