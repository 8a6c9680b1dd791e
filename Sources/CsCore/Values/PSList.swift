// The .NET collections scripts create to grow a list in place: ArrayList, List[T], Collection[T],
// Stack[T], Queue[T], HashSet[T]. Unlike an array (PSValue.array, a value), a collection is one object
// that every variable holding it sees change, as in PowerShell; pipelines and foreach enumerate it.

public final class PSList {
    public enum Kind: Sendable, Equatable {
        /// System.Collections.ArrayList
        case arrayList
        /// System.Collections.Generic.List`1
        case list
        /// System.Collections.ObjectModel.Collection`1
        case collection
        /// System.Collections.Generic.Stack`1 (and System.Collections.Stack): enumerated last in, first out.
        case stack
        /// System.Collections.Generic.Queue`1 (and System.Collections.Queue)
        case queue
        /// System.Collections.Generic.HashSet`1: no element twice.
        case hashSet
    }

    public let kind: Kind
    /// The element type of a generic collection, which added elements convert to; nil for ArrayList
    /// and the non-generic Stack and Queue.
    public let elementType: PSType?
    /// The .NET type name as GetType().Name shows it (`List`1`, `ArrayList`).
    public let typeName: String
    /// The full name: `System.Collections.Generic.List`1[[System.Int32]]`-like for generics.
    public let fullName: String
    /// PowerShell's spelling of the type (`System.Collections.Generic.List[int]`).
    public let psTypeName: String
    /// PowerShell's spelling of the element type, for messages.
    public let elementTypeName: String?
    /// In insertion order (a stack's top is the last element).
    public var items: [PSValue]
    /// What the collection is a view of, when it is one (an object's property or type-name list).
    public var native: AnyObject?

    public init(kind: Kind, elementType: PSType?, typeName: String, fullName: String, psTypeName: String, elementTypeName: String? = nil,
                items: [PSValue] = []) {
        self.kind = kind
        self.elementType = elementType
        self.typeName = typeName
        self.fullName = fullName
        self.psTypeName = psTypeName
        self.elementTypeName = elementTypeName
        self.items = items
    }

    /// An empty System.Collections.ArrayList.
    public static func arrayList(_ items: [PSValue] = []) -> PSList {
        PSList(kind: .arrayList, elementType: nil, typeName: "ArrayList", fullName: "System.Collections.ArrayList",
               psTypeName: "System.Collections.ArrayList", items: items)
    }

    public var count: Int { items.count }

    /// The elements in the order the collection enumerates them.
    public var enumerated: [PSValue] { kind == .stack ? items.reversed() : items }
}
