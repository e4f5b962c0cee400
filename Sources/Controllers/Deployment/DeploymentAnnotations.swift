/// The annotations a Deployment and its ReplicaSets carry (upstream `deployment/util`), and the pure
/// rules that maintain them.
enum DeploymentAnnotations {
    /// The rollout sequence number of a ReplicaSet, copied to its Deployment.
    static let revision = "deployment.kubernetes.io/revision"
    /// Earlier revisions of a ReplicaSet that was rolled back to (comma list).
    static let revisionHistory = "deployment.kubernetes.io/revision-history"
    /// `spec.replicas` of the Deployment when the set was last sized: tells a scaling event from a rollout.
    static let desiredReplicas = "deployment.kubernetes.io/desired-replicas"
    /// `spec.replicas + maxSurge` when the set was last sized: the base of proportional scaling.
    static let maxReplicas = "deployment.kubernetes.io/max-replicas"
    /// Upstream's cap on `revision-history` (`maxRevHistoryLengthInChars`).
    static let maxRevisionHistoryLength = 2000

    /// Deployment annotations never copied to its ReplicaSets (`annotationsToSkip`).
    static let notCopied: Set<String> = [
        "kubectl.kubernetes.io/last-applied-configuration", revision, revisionHistory, desiredReplicas, maxReplicas,
        "deprecated.deployment.rollback.to",
    ]

    /// `SetNewReplicaSetAnnotations`: the new ReplicaSet's annotations given its current ones.
    /// - copies the Deployment's annotations (except `notCopied`), so `kubernetes.io/change-cause`
    ///   reaches `rollout history`;
    /// - raises `revision` to `newRevision` when lower; a set that already had a revision is being
    ///   rolled back to, so its old number joins `revision-history` (oldest dropped past 2000 chars);
    /// - a set about to be created also gets `desired-replicas` and `max-replicas`.
    /// Returns nil when nothing changes.
    static func forNewReplicaSet(current: [String: String], deployment: [String: String], newRevision: Int64,
                                 exists: Bool, desiredReplicas: Int, maxReplicas: Int) -> [String: String]? {
        var a = current
        var changed = false
        for (k, v) in deployment where !notCopied.contains(k) && a[k] != v {
            a[k] = v
            changed = true
        }
        let oldText = a[revision]
        let old: Int64
        if let oldText {
            // A revision that is not a number is left alone, and so is everything else (upstream).
            guard let n = Int64(oldText) else { return nil }
            old = n
        } else {
            old = 0
        }
        if old < newRevision {
            a[revision] = String(newRevision)
            changed = true
            if let oldText { a[revisionHistory] = appendHistory(a[revisionHistory], oldText) ?? a[revisionHistory] }
        }
        if !exists, let sized = withReplicaCounts(a, desired: desiredReplicas, max: maxReplicas) {
            a = sized
            changed = true
        }
        return changed ? a : nil
    }

    /// `revision-history` with `revision` appended, dropping the oldest entries to stay within the
    /// limit; nil when it cannot fit at all.
    static func appendHistory(_ history: String?, _ revision: String) -> String? {
        guard let history, !history.isEmpty else { return revision }
        var entries = history.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var total = history.count + revision.count + 1
        var start = 0
        while total > maxRevisionHistoryLength, start < entries.count {
            total -= entries[start].count + 1
            start += 1
        }
        guard total <= maxRevisionHistoryLength else { return nil }
        entries = Array(entries[start...]) + [revision]
        return entries.joined(separator: ",")
    }

    /// `SetReplicasAnnotations`: the annotations with `desired-replicas` and `max-replicas` set; nil
    /// when they already say so.
    static func withReplicaCounts(_ annotations: [String: String], desired: Int, max: Int) -> [String: String]? {
        let d = String(desired), m = String(max)
        guard annotations[desiredReplicas] != d || annotations[maxReplicas] != m else { return nil }
        var a = annotations
        a[desiredReplicas] = d
        a[maxReplicas] = m
        return a
    }
}
