import CsCore

/// The methods of the growable collections (ArrayList, List[T], Collection[T], Stack[T], Queue[T],
/// HashSet[T]) as .NET defines them; a generic collection converts what is added to its element type.
enum CollectionMethods {
    /// Why a collection method failed: the inner exception's message and type.
    struct Failure: Error {
        let message: String
        let exceptionType: String
    }

    /// Adds an element (a HashSet ignores one it holds); false when it was already in the set.
    @discardableResult
    static func add(_ l: PSList, _ v: PSValue) -> Bool {
        if l.kind == .hashSet, l.items.contains(where: { Comparison.equals($0, v, caseSensitive: true) }) { return false }
        l.items.append(v)
        return true
    }

    /// An argument converted to the element type, as .NET's binder would before the call.
    static func element(_ l: PSList, _ v: PSValue, method: String, parameter: String = "item") throws -> PSValue {
        guard let t = l.elementType, !t.acceptsAnything else { return v }
        do {
            return try PSConvert.convert(v, to: t)
        } catch {
            throw ArgumentConversion(message: "Cannot convert argument \"\(parameter)\", with value: \"\(PSConvert.toString(v))\", for \"\(method)\" to type \"\(t.fullName)\": \"\(error.message)\"")
        }
    }

    /// A method argument that does not convert (MethodArgumentConversionInvalidCastArgument).
    struct ArgumentConversion: Error {
        let message: String
    }

    static func index(_ l: PSList, _ v: PSValue, method: String) throws(Failure) -> Int {
        guard case let .int(i)? = try? PSConvert.convert(v, to: .int32) else {
            throw Failure(message: "Cannot convert value \"\(PSConvert.toString(v))\" to type \"System.Int32\".", exceptionType: "System.InvalidCastException")
        }
        return i
    }

    static func outOfRange(_ parameter: String = "index") -> Failure {
        Failure(message: "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter '\(parameter)')",
                exceptionType: "System.ArgumentOutOfRangeException")
    }

    /// Calls a method; nil when the collection has no such method. `predicate` runs a script block
    /// given to Find, FindAll, RemoveAll, Exists and TrueForAll.
    static func invoke(_ l: PSList, _ name: String, _ args: [PSValue], predicate: (PSValue, PSValue) throws -> Bool) throws -> PSValue? {
        func arg(_ i: Int) -> PSValue { i < args.count ? args[i] : .null }
        let n = name.lowercased()
        switch (l.kind, n) {
        case (.stack, "push"):
            l.items.append(try element(l, arg(0), method: name))
            return .null
        case (.stack, "pop"), (.stack, "peek"):
            guard let top = l.items.last else { throw Failure(message: "Stack empty.", exceptionType: "System.InvalidOperationException") }
            if n == "pop" { l.items.removeLast() }
            return top
        case (.queue, "enqueue"):
            l.items.append(try element(l, arg(0), method: name))
            return .null
        case (.queue, "dequeue"), (.queue, "peek"):
            guard let first = l.items.first else { throw Failure(message: "Queue empty.", exceptionType: "System.InvalidOperationException") }
            if n == "dequeue" { l.items.removeFirst() }
            return first
        case (.hashSet, "add"):
            return .bool(add(l, try element(l, arg(0), method: name)))
        case (.hashSet, "unionwith"):
            for x in arg(0).asList { add(l, try element(l, x, method: name, parameter: "other")) }
            return .null
        case (.hashSet, "intersectwith"):
            let other = arg(0).asList
            l.items.removeAll { x in !other.contains { Comparison.equals($0, x, caseSensitive: true) } }
            return .null
        case (.hashSet, "exceptwith"):
            let other = arg(0).asList
            l.items.removeAll { x in other.contains { Comparison.equals($0, x, caseSensitive: true) } }
            return .null
        case (.hashSet, "issubsetof"):
            let other = arg(0).asList
            return .bool(l.items.allSatisfy { x in other.contains { Comparison.equals($0, x, caseSensitive: true) } })
        case (.hashSet, "issupersetof"):
            return .bool(arg(0).asList.allSatisfy { x in l.items.contains { Comparison.equals($0, x, caseSensitive: true) } })
        case (.arrayList, "add"):
            l.items.append(arg(0))
            return .int(l.items.count - 1)
        case (.list, "add"), (.collection, "add"):
            l.items.append(try element(l, arg(0), method: name))
            return .null
        case (.arrayList, "addrange"), (.list, "addrange"):
            for x in arg(0).asList { l.items.append(try element(l, x, method: name, parameter: "collection")) }
            return .null
        case (.arrayList, "insert"), (.list, "insert"), (.collection, "insert"):
            let i = try index(l, arg(0), method: name)
            guard i >= 0 && i <= l.items.count else { throw outOfRange() }
            l.items.insert(try element(l, arg(1), method: name), at: i)
            return .null
        case (.arrayList, "insertrange"), (.list, "insertrange"):
            let i = try index(l, arg(0), method: name)
            guard i >= 0 && i <= l.items.count else { throw outOfRange() }
            l.items.insert(contentsOf: try arg(1).asList.map { try element(l, $0, method: name, parameter: "collection") }, at: i)
            return .null
        case (_, "remove") where l.kind != .stack && l.kind != .queue:
            let x = l.elementType == nil ? arg(0) : ((try? element(l, arg(0), method: name)) ?? arg(0))
            guard let i = l.items.firstIndex(where: { Comparison.equals($0, x, caseSensitive: true) }) else {
                return l.kind == .arrayList ? .null : .bool(false)
            }
            l.items.remove(at: i)
            return l.kind == .arrayList ? .null : .bool(true)
        case (.arrayList, "removeat"), (.list, "removeat"), (.collection, "removeat"):
            let i = try index(l, arg(0), method: name)
            guard i >= 0 && i < l.items.count else { throw outOfRange() }
            l.items.remove(at: i)
            return .null
        case (.arrayList, "removerange"), (.list, "removerange"):
            let i = try index(l, arg(0), method: name), c = try index(l, arg(1), method: name)
            guard i >= 0, c >= 0, i + c <= l.items.count else {
                throw Failure(message: "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.",
                              exceptionType: "System.ArgumentException")
            }
            l.items.removeSubrange(i..<(i + c))
            return .null
        case (.list, "removeall"):
            let before = l.items.count
            l.items = try l.items.filter { !(try predicate(arg(0), $0)) }
            return .int(before - l.items.count)
        case (.list, "find"):
            return try l.items.first { try predicate(arg(0), $0) } ?? .null
        case (.list, "findlast"):
            return try l.items.last { try predicate(arg(0), $0) } ?? .null
        case (.list, "findall"):
            let found = try l.items.filter { try predicate(arg(0), $0) }
            let out = PSList(kind: .list, elementType: l.elementType, typeName: l.typeName, fullName: l.fullName, psTypeName: l.psTypeName,
                             elementTypeName: l.elementTypeName, items: found)
            return .list(out)
        case (.list, "findindex"):
            return .int(try l.items.firstIndex { try predicate(arg(0), $0) } ?? -1)
        case (.list, "exists"):
            return .bool(try l.items.contains { try predicate(arg(0), $0) })
        case (.list, "trueforall"):
            return .bool(try l.items.allSatisfy { try predicate(arg(0), $0) })
        case (_, "clear"):
            l.items.removeAll()
            return .null
        case (_, "contains"):
            let x = l.elementType == nil ? arg(0) : ((try? element(l, arg(0), method: name)) ?? arg(0))
            return .bool(l.items.contains { Comparison.equals($0, x, caseSensitive: l.kind != .arrayList) })
        case (.arrayList, "indexof"), (.list, "indexof"), (.collection, "indexof"):
            return .int(l.items.firstIndex { Comparison.equals($0, arg(0), caseSensitive: true) } ?? -1)
        case (.arrayList, "lastindexof"), (.list, "lastindexof"):
            return .int(l.items.lastIndex { Comparison.equals($0, arg(0), caseSensitive: true) } ?? -1)
        case (.arrayList, "reverse"), (.list, "reverse"):
            l.items.reverse()
            return .null
        case (.arrayList, "sort"), (.list, "sort"):
            l.items.sort { (Comparison.compare($0, $1, caseSensitive: false) ?? 0) < 0 }
            return .null
        case (_, "toarray"):
            return .array(l.enumerated)
        case (.arrayList, "getrange"), (.list, "getrange"):
            let i = try index(l, arg(0), method: name), c = try index(l, arg(1), method: name)
            guard i >= 0, c >= 0, i + c <= l.items.count else {
                throw Failure(message: "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.",
                              exceptionType: "System.ArgumentException")
            }
            let items = Array(l.items[i..<(i + c)])
            return .list(PSList(kind: l.kind, elementType: l.elementType, typeName: l.typeName, fullName: l.fullName, psTypeName: l.psTypeName,
                                elementTypeName: l.elementTypeName, items: items))
        case (.arrayList, "clone"):
            return .list(PSList.arrayList(l.items))
        case (_, "getenumerator"):
            return .array(l.enumerated)
        default:
            return nil
        }
    }
}
