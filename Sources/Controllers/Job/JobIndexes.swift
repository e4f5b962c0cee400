import API
import Foundation
import JSON

/// Completion indexes of an Indexed Job as upstream's `orderedIntervals`
/// (`pkg/controller/job/indexed_job_utils.go`): sorted, non-overlapping, non-adjacent intervals,
/// written as `status.completedIndexes` ("1,3-5,7": a pair is written "3,4", three or more as a range).
struct JobIndexes: Equatable {
    /// Inclusive intervals.
    private(set) var intervals: [ClosedRange<Int>] = []

    /// upstream `batch.JobCompletionIndexAnnotation` (also the Pod label, `PodIndexLabel`).
    static let annotation = "batch.kubernetes.io/job-completion-index"
    /// The environment variable each container gets (upstream `completionIndexEnvName`).
    static let envName = "JOB_COMPLETION_INDEX"

    init() {}

    /// upstream `parseIndexesFromString`: what parses and is below `completions`; the rest is ignored.
    init(_ text: String?, completions: Int) {
        guard let text, !text.isEmpty else { return }
        var indexes: [Int] = []
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map { Int($0) }
            guard let first = bounds.first ?? nil, first >= 0, first < completions else { continue }
            let last = bounds.count == 2 ? bounds[1] : first
            guard let last, last >= first else { continue }
            indexes += Array(first...min(last, completions - 1))
        }
        self = JobIndexes().adding(indexes)
    }

    /// upstream `withOrderedIndexes`: these plus `indexes`, merged.
    func adding(_ indexes: [Int]) -> JobIndexes {
        var all = indexes.sorted()
        for r in intervals { all += Array(r) }
        all.sort()
        var out = JobIndexes()
        for i in all {
            if let last = out.intervals.last, i <= last.upperBound + 1 {
                out.intervals[out.intervals.count - 1] = last.lowerBound...max(last.upperBound, i)
            } else {
                out.intervals.append(i...i)
            }
        }
        return out
    }

    /// How many indexes.
    var total: Int { intervals.reduce(0) { $0 + $1.count } }

    func contains(_ i: Int) -> Bool { intervals.contains { $0.contains(i) } }

    /// upstream `orderedIntervals.String`.
    var text: String {
        intervals.map { r in
            r.upperBound == r.lowerBound ? "\(r.lowerBound)"
                : "\(r.lowerBound)\(r.upperBound == r.lowerBound + 1 ? "," : "-")\(r.upperBound)"
        }.joined(separator: ",")
    }

    /// upstream `getCompletionIndex`: the Pod's index annotation; nil when absent or invalid.
    static func index(of pod: JSON) -> Int? {
        guard let text = pod.annotations[annotation], let i = Int(text), i >= 0 else { return nil }
        return i
    }

    /// upstream `firstPendingIndexes`: the lowest `count` indexes below `completions` that neither
    /// succeeded nor have an active Pod (nor, when `excluded` holds them, terminating ones).
    static func firstPending(count: Int, completions: Int, succeeded: JobIndexes, excluded: [Int]) -> [Int] {
        guard count > 0 else { return [] }
        let taken = succeeded.adding(excluded)
        var result: [Int] = []
        var candidate = 0
        while candidate < completions && result.count < count {
            if taken.contains(candidate) { candidate += 1; continue }
            result.append(candidate)
            candidate += 1
        }
        return result
    }

    /// upstream `appendDuplicatedIndexPodsForRemoval`: active Pods without a valid index or with an index
    /// at or above `completions` go; of several with the same index all but the one ranked last by the
    /// deletion order go. Returns the Pods to remove and those left.
    static func duplicatesForRemoval(_ pods: [JSON], completions: Int, now: Date) -> (remove: [JSON], left: [JSON]) {
        var remove: [JSON] = []
        var left: [JSON] = []
        var byIndex: [Int: [JSON]] = [:]
        for pod in pods {
            guard let i = index(of: pod), i < completions else {
                remove.append(pod)
                continue
            }
            byIndex[i, default: []].append(pod)
        }
        for i in byIndex.keys.sorted() {
            guard let same = byIndex[i] else { continue }
            if same.count == 1 {
                left += same
                continue
            }
            let ranked = PodDeletionRanking.podsToDelete(same, related: [], count: same.count - 1, now: now)
            let going = Set(ranked.compactMap(\.uid))
            remove += ranked
            left += same.filter { !going.contains($0.uid ?? "") }
        }
        return (remove, left)
    }

    /// The Pod template for index `i` (upstream `addCompletionIndexAnnotation`, `addCompletionIndexLabel`,
    /// `addCompletionIndexEnvVariables`, the hostname `<job>-<i>` and generateName `<job>-<i>-`).
    static func template(_ pod: JSON, index i: Int, jobName: String) -> JSON {
        var p = pod
        p[path: ["metadata", "annotations", annotation]] = .string(String(i))
        p[path: ["metadata", "labels", annotation]] = .string(String(i))
        p[path: ["metadata", "generateName"]] = .string("\(jobName)-\(i)-")
        p[path: ["spec", "hostname"]] = .string("\(jobName)-\(i)")
        let env: JSON = ["name": .string(envName), "valueFrom": ["fieldRef": [
            "fieldPath": .string("metadata.labels['\(annotation)']"),
        ]]]
        for key in ["initContainers", "containers"] {
            guard var containers = p[path: ["spec", key]]?.arrayValue else { continue }
            for c in containers.indices {
                var vars = containers[c]["env"]?.arrayValue ?? []
                if !vars.contains(where: { $0["name"]?.stringValue == envName }) { vars.append(env) }
                containers[c]["env"] = .array(vars)
            }
            p[path: ["spec", key]] = .array(containers)
        }
        return p
    }
}
