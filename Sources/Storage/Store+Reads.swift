extension Store {
    /// The current object at `key`, nil if absent.
    public func get(_ key: String) -> StoredObject? {
        state.withLock { $0.objects[key] }
    }

    /// Objects whose key starts with `prefix`, in key order, strictly after `after` (a key) when given, at most
    /// `limit` (nil = all) that pass `filter`; `revision` is the store revision the snapshot reflects;
    /// `remaining` counts matching objects left after the page (0 when done).
    ///
    /// The candidates are copied out under the lock (references, not bytes); `filter` runs outside it.
    public func list(prefix: String, after: String? = nil, limit: Int? = nil,
                     filter: (@Sendable (StoredObject) -> Bool)? = nil)
        -> (items: [StoredObject], revision: Int64, remaining: Int)
    {
        let pageSize = limit.map { max($0, 0) } ?? Int.max
        let (candidates, revision, total) = state.withLock { state -> ([StoredObject], Int64, Int) in
            let range = state.keyRange(prefix: prefix, after: after)
            // Without a filter only the page itself needs copying; the rest is just counted.
            let copyCount = filter == nil ? min(range.count, pageSize) : range.count
            var candidates: [StoredObject] = []
            candidates.reserveCapacity(copyCount)
            for index in range.lowerBound..<(range.lowerBound + copyCount) {
                if let object = state.objects[state.sortedKeys[index]] { candidates.append(object) }
            }
            return (candidates, state.revision, range.count)
        }
        guard let filter else {
            return (candidates, revision, total - candidates.count)
        }
        var items: [StoredObject] = []
        var remaining = 0
        for object in candidates where filter(object) {
            if items.count < pageSize { items.append(object) } else { remaining += 1 }
        }
        return (items, revision, remaining)
    }

    /// The number of objects whose key starts with `prefix`.
    public func count(prefix: String) -> Int {
        state.withLock { $0.prefixRange(prefix).count }
    }
}

extension StoreState {
    /// Indexes of keys with `prefix`, strictly after `after` when given.
    func keyRange(prefix: String, after: String?) -> Range<Int> {
        let range = prefixRange(prefix)
        guard let after else { return range }
        let start = min(max(range.lowerBound, upperBound(after)), range.upperBound)
        return start..<range.upperBound
    }
}
