import API
import Foundation
import JSON

/// Which Pods go first when a replica set scales down (upstream `getPodsToDelete` and
/// `controller.ActivePodsWithRanks.Less` in `pkg/controller/controller_utils.go`, with the
/// `PodDeletionCost` and `LogarithmicScaleDown` features on, as they are by default).
enum PodDeletionRanking {
    /// A Pod with what the ranking compares, read once (a sort compares each Pod many times). `rank` is
    /// how many active related Pods (of every replica set with the same controller, such as one
    /// Deployment's) share its node.
    struct Ranked {
        let object: JSON
        let rank: Int
        let assigned: Bool
        let phase: Int
        let ready: Bool
        let cost: Int32
        let readySince: Date?
        let restarts: (regular: Int64, sidecar: Int64)
        let created: Date?
        let uid: String

        init(_ object: JSON, rank: Int) {
            let pod = Pod(object)
            self.object = object
            self.rank = rank
            assigned = pod.nodeName != nil
            phase = PodDeletionRanking.phaseOrdinal(pod.phase)
            ready = pod.isReady
            cost = pod.deletionCost
            readySince = pod.readySince
            restarts = pod.maxRestarts
            created = object.creationTimestamp.flatMap(ObjectMeta.parseTimestamp)
            uid = object.uid ?? ""
        }
    }

    /// The `count` Pods to delete from `pods`. `related` are the Pods that count for the rank. When every
    /// Pod goes there is nothing to sort (upstream skips the sort too).
    static func podsToDelete(_ pods: [JSON], related: [JSON], count: Int, now: Date) -> [JSON] {
        guard count < pods.count else { return Array(pods.prefix(max(0, count))) }
        var onNode: [String: Int] = [:]
        for p in related.map(Pod.init) where p.isActive { onNode[p.nodeName ?? "", default: 0] += 1 }
        let ranked = pods.map { Ranked($0, rank: onNode[Pod($0).nodeName ?? ""] ?? 0) }
        // Stable on ties (upstream's sort.Sort is not; a stable order keeps tests deterministic).
        let sorted = ranked.enumerated().sorted { a, b in
            if deletedFirst(a.element, b.element, now: now) { return true }
            if deletedFirst(b.element, a.element, now: now) { return false }
            return a.offset < b.offset
        }
        return sorted.prefix(count).map(\.element.object)
    }

    /// upstream's `Pending` < `Unknown` < `Running`; any other phase counts as `Pending` (a missing map
    /// entry is 0 in Go).
    static func phaseOrdinal(_ phase: String) -> Int {
        switch phase {
        case "Unknown": return 1
        case "Running": return 2
        default: return 0
        }
    }

    /// Whether `a` is deleted before `b`; the first rule that tells them apart decides.
    static func deletedFirst(_ a: Ranked, _ b: Ranked, now: Date) -> Bool {
        // 1. Unassigned before assigned.
        if a.assigned != b.assigned { return !a.assigned }
        // 2. Pending < Unknown < Running.
        if a.phase != b.phase { return a.phase < b.phase }
        // 3. Not ready before ready.
        if a.ready != b.ready { return !a.ready }
        // 4. Lower pod-deletion-cost first.
        if a.cost != b.cost { return a.cost < b.cost }
        // 5. More related Pods on the same node ("doubled up") first.
        if a.rank != b.rank { return a.rank > b.rank }
        // 6. Both ready: ready for a shorter time first, in logarithmic buckets.
        if a.ready && b.ready, a.readySince != b.readySince {
            return newerFirst(a.readySince, b.readySince, a: a, b: b, now: now)
        }
        // 7. More container restarts first (regular containers, then sidecars).
        if a.restarts.regular != b.restarts.regular { return a.restarts.regular > b.restarts.regular }
        if a.restarts.sidecar != b.restarts.sidecar { return a.restarts.sidecar > b.restarts.sidecar }
        // 8. Newer creation first, in logarithmic buckets.
        if a.created != b.created { return newerFirst(a.created, b.created, a: a, b: b, now: now) }
        return false
    }

    /// Rules 6 and 8 for two different times: a missing (zero) time first, then the time in the lower
    /// logarithmic bucket of its age (the newer), then the lower UID.
    private static func newerFirst(_ ta: Date?, _ tb: Date?, a: Ranked, b: Ranked, now: Date) -> Bool {
        guard let ta, let tb else { return ta == nil }
        let diff = logarithmicRank(ta, now: now) - logarithmicRank(tb, now: now)
        if diff == 0 { return a.uid < b.uid }
        return diff < 0
    }

    /// upstream `logarithmicRankDiff`'s bucket: ⌊log2 of the age in nanoseconds⌋, -1 for no age.
    static func logarithmicRank(_ t: Date, now: Date) -> Int64 {
        let nanoseconds = now.timeIntervalSince(t) * 1e9
        return nanoseconds >= 1 ? Int64(log2(nanoseconds).rounded(.down)) : -1
    }
}
