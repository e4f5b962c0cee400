/// Everything readers share with the writer: the object cache, its key order, the revision, the history ring,
/// the watchers and the counters. Held in one `Locked<StoreState>`, its only guard.
struct StoreState {
    /// Live objects by key.
    var objects: [String: StoredObject] = [:]
    /// The keys of `objects`, ascending (String ordering, which is byte order for ASCII keys). Kept sorted
    /// incrementally: an insert or delete moves at most n pointers, far cheaper than re-sorting for each list.
    var sortedKeys: [String] = []
    /// The latest published (committed) revision.
    var revision: Int64 = 0
    /// Named counters persisted beside the data (`Store.setCounter`).
    var counters: [String: Int64] = [:]
    /// Recent events for watch replay.
    var history = EventHistory()
    /// Active watchers by id.
    var watchers: [Int: StoreWatcher] = [:]
    var nextWatcherID = 0
    var stats = StoreStats()
    var closed = false

    /// The oldest revision a watch may start after, plus one: a watch from R is allowed iff R >= this - 1.
    var oldestWatchableRevision: Int64 { history.firstRevision ?? (revision + 1) }

    /// The first index in `sortedKeys` whose key is >= `key`.
    func lowerBound(_ key: String) -> Int {
        var low = 0
        var high = sortedKeys.count
        while low < high {
            let mid = (low + high) / 2
            if sortedKeys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The first index in `sortedKeys` whose key is > `key`.
    func upperBound(_ key: String) -> Int {
        var low = 0
        var high = sortedKeys.count
        while low < high {
            let mid = (low + high) / 2
            if sortedKeys[mid] <= key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The index range of keys starting with `prefix`: they are contiguous from `lowerBound(prefix)`, so the end
    /// is found by binary search on "still has the prefix".
    func prefixRange(_ prefix: String) -> Range<Int> {
        let start = lowerBound(prefix)
        guard !prefix.isEmpty else { return start..<sortedKeys.count }
        var low = start
        var high = sortedKeys.count
        while low < high {
            let mid = (low + high) / 2
            if keyHasPrefix(sortedKeys[mid], prefix) { low = mid + 1 } else { high = mid }
        }
        return start..<low
    }

    /// Applies one committed event to the cache and history (the writer calls this in revision order).
    mutating func apply(_ event: StoreEvent, time: Double) {
        let key = event.object.key
        switch event.type {
        case .deleted:
            if objects.removeValue(forKey: key) != nil {
                let index = lowerBound(key)
                if index < sortedKeys.count, sortedKeys[index] == key { sortedKeys.remove(at: index) }
            }
        case .added, .modified:
            if objects.updateValue(event.object, forKey: key) == nil {
                sortedKeys.insert(key, at: lowerBound(key))
            }
        }
        revision = event.revision
        history.append(event, time: time)
    }

    /// Offers a batch of events to every watcher whose prefix matches; returns the watchers to notify.
    /// Watchers that overflow are removed and counted.
    mutating func fanOut(_ events: [StoreEvent]) -> [StoreWatcher] {
        var notify: [StoreWatcher] = []
        var dropped: [Int] = []
        for watcher in watchers.values {
            let matching = events.filter { keyHasPrefix($0.object.key, watcher.prefix) }
            guard !matching.isEmpty else { continue }
            switch watcher.offer(matching) {
            case .queued:
                notify.append(watcher)
            case .overflowed:
                // Tell the consumer so it sees isTerminated and closes its stream.
                notify.append(watcher)
                dropped.append(watcher.id)
                stats.terminatedWatchers += 1
            case .alreadyTerminated:
                dropped.append(watcher.id)
            }
        }
        for id in dropped {
            watchers.removeValue(forKey: id)
        }
        return notify
    }
}
