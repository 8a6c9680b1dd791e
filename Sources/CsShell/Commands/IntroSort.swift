/// .NET's introspective sort (Array.Sort / List.Sort), step for step: Sort-Object without -Stable
/// sorts this way, so where equal objects land (and which one -Unique keeps) is the same as in
/// PowerShell. Partitions of up to 16 elements are sorted by insertion (2 and 3 by a fixed network),
/// larger ones around a median-of-three pivot, falling back to heap sort past 2·(log2 n + 1) levels.
enum IntroSort {
    static func sort<T>(_ a: inout [T], by compare: (T, T) -> Int) {
        guard a.count > 1 else { return }
        a.withUnsafeMutableBufferPointer { buffer in
            introSort(buffer, 0, buffer.count, depthLimit: 2 * (log2(buffer.count) + 1), compare)
        }
    }

    private static func log2(_ n: Int) -> Int { Int.bitWidth - 1 - n.leadingZeroBitCount }

    private static func introSort<T>(_ a: UnsafeMutableBufferPointer<T>, _ lo: Int, _ count: Int, depthLimit: Int, _ compare: (T, T) -> Int) {
        var size = count
        var depth = depthLimit
        while size > 1 {
            if size <= 16 {
                if size == 2 {
                    swapIfGreater(a, lo, lo + 1, compare)
                } else if size == 3 {
                    swapIfGreater(a, lo, lo + 1, compare)
                    swapIfGreater(a, lo, lo + 2, compare)
                    swapIfGreater(a, lo + 1, lo + 2, compare)
                } else {
                    insertionSort(a, lo, size, compare)
                }
                return
            }
            if depth == 0 {
                heapSort(a, lo, size, compare)
                return
            }
            depth -= 1
            let p = pickPivotAndPartition(a, lo, size, compare)
            introSort(a, lo + p + 1, size - (p + 1), depthLimit: depth, compare)
            size = p
        }
    }

    private static func swapIfGreater<T>(_ a: UnsafeMutableBufferPointer<T>, _ i: Int, _ j: Int, _ compare: (T, T) -> Int) {
        if compare(a[i], a[j]) > 0 { a.swapAt(i, j) }
    }

    /// Partitions a[lo..<lo+size] around the median of its first, middle and last; returns the pivot's offset.
    private static func pickPivotAndPartition<T>(_ a: UnsafeMutableBufferPointer<T>, _ lo: Int, _ size: Int, _ compare: (T, T) -> Int) -> Int {
        let hi = size - 1
        let middle = hi >> 1
        swapIfGreater(a, lo, lo + middle, compare)
        swapIfGreater(a, lo, lo + hi, compare)
        swapIfGreater(a, lo + middle, lo + hi, compare)
        let pivot = a[lo + middle]
        a.swapAt(lo + middle, lo + hi - 1)
        var left = 0, right = hi - 1
        while left < right {
            repeat { left += 1 } while left < hi - 1 && compare(a[lo + left], pivot) < 0
            repeat { right -= 1 } while right > 0 && compare(pivot, a[lo + right]) < 0
            if left >= right { break }
            a.swapAt(lo + left, lo + right)
        }
        if left != hi - 1 { a.swapAt(lo + left, lo + hi - 1) }
        return left
    }

    private static func insertionSort<T>(_ a: UnsafeMutableBufferPointer<T>, _ lo: Int, _ size: Int, _ compare: (T, T) -> Int) {
        for i in 0..<(size - 1) {
            let t = a[lo + i + 1]
            var j = i
            while j >= 0 && compare(t, a[lo + j]) < 0 {
                a[lo + j + 1] = a[lo + j]
                j -= 1
            }
            a[lo + j + 1] = t
        }
    }

    private static func heapSort<T>(_ a: UnsafeMutableBufferPointer<T>, _ lo: Int, _ n: Int, _ compare: (T, T) -> Int) {
        var i = n >> 1
        while i >= 1 { downHeap(a, lo, i, n, compare); i -= 1 }
        i = n
        while i > 1 {
            a.swapAt(lo, lo + i - 1)
            downHeap(a, lo, 1, i - 1, compare)
            i -= 1
        }
    }

    private static func downHeap<T>(_ a: UnsafeMutableBufferPointer<T>, _ lo: Int, _ start: Int, _ n: Int, _ compare: (T, T) -> Int) {
        var i = start
        let d = a[lo + i - 1]
        while i <= n >> 1 {
            var child = 2 * i
            if child < n && compare(a[lo + child - 1], a[lo + child]) < 0 { child += 1 }
            if !(compare(d, a[lo + child - 1]) < 0) { break }
            a[lo + i - 1] = a[lo + child - 1]
            i = child
        }
        a[lo + i - 1] = d
    }
}
