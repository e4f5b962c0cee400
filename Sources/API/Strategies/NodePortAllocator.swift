import Foundation

/// Picks a free value at random from a range, as upstream's bitmap allocators do.
enum RandomPick {
    /// Claims a free value of `range` not in `used`, starting at a random point; nil when all are taken.
    static func claim(in range: ClosedRange<UInt32>, used: inout Set<UInt32>) -> UInt32? {
        let span = range.upperBound - range.lowerBound + 1
        let start = UInt32.random(in: 0..<span)
        for step in 0..<span {
            let v = range.lowerBound + (start + step) % span
            if used.insert(v).inserted { return v }
        }
        return nil
    }
}

/// Hands out Service node ports from 30000–32767 (upstream's default `--service-node-port-range`).
///
/// Thread-safe: `lock` guards `used`, the only mutable state.
public final class NodePortAllocator: @unchecked Sendable {
    /// The default range.
    public static let range: ClosedRange<UInt32> = 30000...32767
    private var used = Set<UInt32>()
    private let lock = NSLock()

    public init() {}

    /// Claims a specific port; false when it is outside the range or taken.
    @discardableResult
    public func markUsed(_ port: Int64) -> Bool {
        guard port >= 0, Self.range.contains(UInt32(truncatingIfNeeded: port)) else { return false }
        return lock.withLock { used.insert(UInt32(port)).inserted }
    }

    /// A free port; nil when the range is full.
    public func allocate() -> Int64? {
        lock.withLock { RandomPick.claim(in: Self.range, used: &used) }.map { Int64($0) }
    }

    /// Returns a port to the pool.
    public func release(_ port: Int64) {
        guard port >= 0 else { return }
        _ = lock.withLock { used.remove(UInt32(truncatingIfNeeded: port)) }
    }
}
