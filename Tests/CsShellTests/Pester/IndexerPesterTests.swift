import Testing

/// Indexer.Tests.ps1 restated (Language/Scripting): dictionary indexers.
enum IndexerCases {
    static let file = "Indexer.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Indexer in dictionary", "$hashtable = @{ 'Hello'='There' }; $hashtable['Hello'] -ceq 'There'", .isTrue),
        PesterCase(file, "Accessing a Indexed property of a dictionary that does not exist should return $null",
                   "$hashtable = @{ 'Hello'='There' }; $null -eq $hashtable['Hello There']", .isTrue),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "ITuple implementations can be indexed", .notDone("[Tuple] is not provided")),
        PesterGap(file, "ITuple objects can be spliced", .notDone("[Tuple] is not provided")),
        PesterGap(file, "Index of -1 should return the last item for ITuple objects", .notDone("[Tuple] is not provided")),
        PesterGap(file, "CimClass implements an indexer", .outOfScope("Windows CIM")),
        PesterGap(file, "Accessing a Indexed property of a CimClass that does not exist should return $null", .outOfScope("Windows CIM")),
    ]
}

@Suite struct IndexerPesterTests {
    @Test(arguments: IndexerCases.all) func follows(_ c: PesterCase) { c.check() }
}
