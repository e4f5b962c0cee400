/// The in-memory ring of recent events for watch replay. Revisions in it are consecutive (every revision is one
/// event), so the event after revision R sits at a computable offset.
struct EventHistory {
    private struct Entry {
        let event: StoreEvent
        /// Monotonic seconds when the event was committed (or loaded at cold start).
        let time: Double
    }

    private var entries: [Entry] = []
    /// Index of the oldest live entry; entries before it are dropped lazily to keep pruning O(1) amortised.
    private var head = 0

    /// Events held.
    var count: Int { entries.count - head }

    /// The oldest revision held, nil when empty.
    var firstRevision: Int64? { head < entries.count ? entries[head].event.revision : nil }

    /// Appends an event; its revision must be one more than the last one held.
    mutating func append(_ event: StoreEvent, time: Double) {
        entries.append(Entry(event: event, time: time))
    }

    /// Drops the oldest events while more than `maxEvents` are held, or while more than `minEvents` are held and
    /// the oldest is older than `cutoff`: "at least minEvents or the time window, whichever keeps more".
    mutating func prune(minEvents: Int, maxEvents: Int, cutoff: Double) {
        let cap = max(minEvents, maxEvents)
        while head < entries.count {
            let remaining = entries.count - head
            if remaining > cap || (remaining > minEvents && entries[head].time < cutoff) {
                head += 1
            } else {
                break
            }
        }
        if head > 1024, head * 2 > entries.count {
            entries.removeFirst(head)
            head = 0
        }
    }

    /// Events with revision > `revision` whose key starts with `prefix`, oldest first.
    func events(after revision: Int64, prefix: String) -> [StoreEvent] {
        guard let first = firstRevision else { return [] }
        let offset = revision + 1 - first
        var index = head + Int(max(0, min(offset, Int64(count))))
        // Revisions are dense, but step back defensively if that ever stops being true.
        while index > head, entries[index - 1].event.revision > revision { index -= 1 }
        var result: [StoreEvent] = []
        while index < entries.count {
            let event = entries[index].event
            if event.revision > revision, keyHasPrefix(event.object.key, prefix) { result.append(event) }
            index += 1
        }
        return result
    }
}

/// Byte-wise prefix test (String.hasPrefix compares Characters, which is slower and not what keys mean).
@inline(__always)
func keyHasPrefix(_ key: String, _ prefix: String) -> Bool {
    prefix.isEmpty || key.utf8.starts(with: prefix.utf8)
}
