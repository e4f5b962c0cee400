import API

/// The keys of a `WorkQueue` ready for a worker, in the order workers take them: first in, first out,
/// or (kube-scheduler's activeQ with the `PrioritySort` plugin) the highest priority first and, among
/// equals, the first queued. The ordered variant is a binary heap: O(log n) per key in and out.
/// Not thread-safe: the queue's lock guards it.
struct ReadyKeys {
    private struct Entry {
        let priority: Int
        let sequence: Int
        let key: ObjectKey

        /// Whether this entry is taken before `other`.
        func precedes(_ other: Entry) -> Bool {
            priority != other.priority ? priority > other.priority : sequence < other.sequence
        }
    }

    private let ordered: Bool
    private var fifo: [ObjectKey] = []
    private var head = 0
    private var heap: [Entry] = []
    private var sequence = 0

    /// FIFO, or ordered by priority when `ordered`.
    init(ordered: Bool) { self.ordered = ordered }

    var count: Int { ordered ? heap.count : fifo.count - head }
    var isEmpty: Bool { count == 0 }

    /// Adds `key` (`priority` counts only when ordered).
    mutating func push(_ key: ObjectKey, priority: Int) {
        guard ordered else { return fifo.append(key) }
        sequence += 1
        heap.append(Entry(priority: priority, sequence: sequence, key: key))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Takes the next key.
    mutating func pop() -> ObjectKey? {
        guard ordered else {
            guard head < fifo.count else { return nil }
            let key = fifo[head]
            head += 1
            if head > 1024, head * 2 > fifo.count {
                fifo.removeFirst(head)
                head = 0
            }
            return key
        }
        guard let first = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var best = parent
                if left < heap.count, heap[left].precedes(heap[best]) { best = left }
                if right < heap.count, heap[right].precedes(heap[best]) { best = right }
                if best == parent { break }
                heap.swapAt(parent, best)
                parent = best
            }
        }
        return first.key
    }

    mutating func removeAll() {
        fifo = []
        head = 0
        heap = []
    }
}
