/// A map that keeps only recently used entries, as upstream's event correlator keeps its caches in
/// LRUs of 4,096 entries: entries live in two generations; a lookup that finds one in the older
/// generation moves it to the current one, and when the current one is full the older one is dropped.
/// It holds at most `2 × capacity` entries, and an entry used within the last `capacity` distinct keys
/// is always kept.
struct RecentCache<Key: Hashable, Value> {
    let capacity: Int
    private var current: [Key: Value] = [:]
    private var older: [Key: Value] = [:]

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    var count: Int { current.count + older.count }

    subscript(key: Key) -> Value? {
        mutating get {
            if let value = current[key] { return value }
            guard let value = older.removeValue(forKey: key) else { return nil }
            insert(key, value)
            return value
        }
        set {
            if let newValue {
                older[key] = nil
                insert(key, newValue)
            } else {
                current[key] = nil
                older[key] = nil
            }
        }
    }

    private mutating func insert(_ key: Key, _ value: Value) {
        if current[key] == nil, current.count >= capacity {
            older = current
            current = [:]
        }
        current[key] = value
    }
}
