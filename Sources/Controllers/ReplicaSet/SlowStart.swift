/// upstream `slowStartBatch` (`pkg/controller/replicaset/replica_set.go`): creations go in batches that
/// double in size, 1, 2, 4, 8, …, the last one holding what remains, so a template that cannot be
/// created (quota, admission) fails once instead of hundreds of times. The caller stops after the
/// first batch with a failure; what was never attempted is tried at the next sync.
enum SlowStart {
    /// upstream `controller.SlowStartInitialBatchSize`.
    static let initialBatchSize = 1

    /// The batch sizes for `count` creations: each `min(2 × previous, remaining)`.
    static func batches(_ count: Int, initial: Int = initialBatchSize) -> [Int] {
        var sizes: [Int] = []
        var remaining = count
        var size = min(remaining, initial)
        while size > 0 {
            sizes.append(size)
            remaining -= size
            size = min(2 * size, remaining)
        }
        return sizes
    }
}
