@testable import Controllers
import Testing

@Suite struct RecentCacheTests {
    @Test func keepsRecentlyUsedEntriesAndForgetsOldOnes() {
        var cache = RecentCache<Int, String>(capacity: 3)
        for k in 0..<3 { cache[k] = "v\(k)" }
        #expect(cache.count == 3)
        cache[3] = "v3"  // the current generation was full: 0, 1, 2 become the older one
        #expect(cache[0] == "v0")  // used again: moved to the current generation
        cache[4] = "v4"
        cache[5] = "v5"  // current (3, 0, 4) full: older becomes (3, 0, 4), 1 and 2 are dropped
        #expect(cache[1] == nil)
        #expect(cache[2] == nil)
        #expect(cache[0] == "v0")
        #expect(cache[5] == "v5")
        #expect(cache.count <= 6)
    }

    @Test func staysBoundedUnderManyDistinctKeys() {
        var cache = RecentCache<Int, Int>(capacity: 100)
        for k in 0..<10_000 {
            cache[k] = k
            #expect(cache.count <= 200)
        }
        #expect(cache[9_999] == 9_999)
        #expect(cache[0] == nil)
    }

    @Test func removingAKeyForgetsItInBothGenerations() {
        var cache = RecentCache<String, Int>(capacity: 2)
        cache["a"] = 1
        cache["b"] = 2
        cache["c"] = 3  // a, b older
        cache["a"] = nil
        #expect(cache["a"] == nil)
        #expect(cache["b"] == 2)
    }
}
