import Storage
import Testing

@Suite("Store list and count")
struct StoreListTests {
    /// /pods/a/p0…p4 and /pods/b/p0…p2 and /services/a/s0; even pods labelled tier=front.
    private func seeded(_ db: TempDatabase) throws -> Store {
        let store = try openStore(db)
        for index in 0..<5 { try store.put("/pods/a/p\(index)", index % 2 == 0 ? "tier=front" : "tier=back") }
        for index in 0..<3 { try store.put("/pods/b/p\(index)", index % 2 == 0 ? "tier=front" : "tier=back") }
        try store.put("/services/a/s0", "")
        return store
    }

    @Test func listReturnsPrefixInKeyOrder() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try seeded(db)
        defer { store.close() }
        let result = store.list(prefix: "/pods/")
        #expect(result.items.map(\.key) == (0..<5).map { "/pods/a/p\($0)" } + (0..<3).map { "/pods/b/p\($0)" })
        #expect(result.revision == 9)
        #expect(result.remaining == 0)
        #expect(store.list(prefix: "/pods/b/").items.count == 3)
        #expect(store.list(prefix: "/nothing/").items.isEmpty)
        #expect(store.list(prefix: "").items.count == 9)
    }

    @Test func listPagesWithAfterAndLimit() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try seeded(db)
        defer { store.close() }
        let first = store.list(prefix: "/pods/", limit: 3)
        #expect(first.items.map(\.key) == ["/pods/a/p0", "/pods/a/p1", "/pods/a/p2"])
        #expect(first.remaining == 5)
        let second = store.list(prefix: "/pods/", after: first.items.last?.key, limit: 3)
        #expect(second.items.map(\.key) == ["/pods/a/p3", "/pods/a/p4", "/pods/b/p0"])
        #expect(second.remaining == 2)
        let last = store.list(prefix: "/pods/", after: second.items.last?.key, limit: 3)
        #expect(last.items.map(\.key) == ["/pods/b/p1", "/pods/b/p2"])
        #expect(last.remaining == 0)
        // An `after` past the prefix range, or before it, is clamped.
        #expect(store.list(prefix: "/pods/", after: "/zzz").items.isEmpty)
        #expect(store.list(prefix: "/pods/b/", after: "/a").items.count == 3)
        // A key that no longer exists still works as a cursor.
        #expect(store.list(prefix: "/pods/", after: "/pods/a/p25", limit: 1).items.first?.key == "/pods/a/p3")
    }

    @Test func listFiltersAndCountsRemainingMatches() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try seeded(db)
        defer { store.close() }
        let front: @Sendable (StoredObject) -> Bool = { $0.attributes.labels["tier"] == "front" }
        let all = store.list(prefix: "/pods/", filter: front)
        #expect(all.items.map(\.key) == ["/pods/a/p0", "/pods/a/p2", "/pods/a/p4", "/pods/b/p0", "/pods/b/p2"])
        let page = store.list(prefix: "/pods/", limit: 2, filter: front)
        #expect(page.items.map(\.key) == ["/pods/a/p0", "/pods/a/p2"])
        #expect(page.remaining == 3)
        let zero = store.list(prefix: "/pods/", limit: 0, filter: front)
        #expect(zero.items.isEmpty)
        #expect(zero.remaining == 5)
    }

    @Test func listAndCountFollowCreatesAndDeletes() throws {
        let db = TempDatabase()
        defer { db.cleanup() }
        let store = try seeded(db)
        defer { store.close() }
        #expect(store.count(prefix: "/pods/") == 8)
        #expect(store.count(prefix: "/pods/a/") == 5)
        #expect(store.count(prefix: "") == 9)
        #expect(store.count(prefix: "/none") == 0)
        try store.remove("/pods/a/p1")
        try store.put("/pods/a/p10", "tier=front")
        #expect(store.count(prefix: "/pods/a/") == 5)
        #expect(store.list(prefix: "/pods/a/").items.map(\.key)
            == ["/pods/a/p0", "/pods/a/p10", "/pods/a/p2", "/pods/a/p3", "/pods/a/p4"])
        #expect(store.list(prefix: "/pods/a/").revision == 11)
    }
}
