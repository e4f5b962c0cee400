import API
@testable import Controllers
import Foundation
import JSON
import Testing

/// An Indexed Job's completion indexes, as upstream's `orderedIntervals`.
@Suite struct JobIndexesTests {
    @Test(arguments: [
        ("", 5, ""), ("0", 5, "0"), ("0,1", 5, "0,1"), ("0-2", 5, "0-2"), ("1,3-5,7", 10, "1,3-5,7"),
        ("3-5,4-6,0", 10, "0,3-6"), ("2-9", 5, "2-4"), ("7", 5, ""), ("x,1,-2,4-3", 5, "1"),
    ])
    func completedIndexesParseAndPrintAsUpstream(text: String, completions: Int, printed: String) {
        #expect(JobIndexes(text, completions: completions).text == printed)
    }

    @Test func addingMergesAdjacentIndexes() {
        let indexes = JobIndexes("0,1", completions: 10).adding([5, 2, 3, 9])
        #expect(indexes.text == "0-3,5,9")
        #expect(indexes.total == 6)
        #expect(indexes.contains(3) && !indexes.contains(4))
    }

    @Test(arguments: [
        (3, 5, "", [Int](), [0, 1, 2]), (2, 5, "0,1", [2], [3, 4]), (5, 5, "0-2", [4], [3]), (1, 3, "0-2", [], []),
    ] as [(Int, Int, String, [Int], [Int])])
    func pendingIndexesAreTheLowestFree(count: Int, completions: Int, succeeded: String, active: [Int], pending: [Int]) {
        #expect(JobIndexes.firstPending(count: count, completions: completions,
                                        succeeded: JobIndexes(succeeded, completions: completions), excluded: active) == pending)
    }

    static func pod(_ name: String, index: String?) -> JSON {
        var p: JSON = ["metadata": ["name": .string(name), "uid": .string(name)], "status": ["phase": "Running"]]
        if let index { p[path: ["metadata", "annotations", JobIndexes.annotation]] = .string(index) }
        return p
    }

    @Test func duplicatedAndInvalidIndexesAreRemovedFirst() {
        let pods = [Self.pod("a", index: "0"), Self.pod("b", index: "1"), Self.pod("c", index: "1"),
                    Self.pod("d", index: nil), Self.pod("e", index: "7"), Self.pod("f", index: "2")]
        let (remove, left) = JobIndexes.duplicatesForRemoval(pods, completions: 3, now: Date(timeIntervalSince1970: 0))
        #expect(Set(remove.compactMap(\.name)).isSuperset(of: ["d", "e"]))
        #expect(remove.count == 3)
        #expect(left.compactMap { JobIndexes.index(of: $0) }.sorted() == [0, 1, 2])
    }

    @Test func eachIndexGetsItsAnnotationLabelHostnameAndEnvironment() {
        let base: JSON = ["metadata": ["generateName": "work-", "labels": ["job-name": "work"]],
                          "spec": ["containers": [["name": "c", "env": [["name": "A", "value": "1"]]]]]]
        let p = JobIndexes.template(base, index: 2, jobName: "work")
        #expect(p[path: ["metadata", "generateName"]] == "work-2-")
        #expect(p.annotations[JobIndexes.annotation] == "2" && p.labels[JobIndexes.annotation] == "2")
        #expect(p[path: ["spec", "hostname"]] == "work-2")
        #expect(p[path: ["spec", "containers"]]?[0]?["env"] == [
            ["name": "A", "value": "1"],
            ["name": "JOB_COMPLETION_INDEX", "valueFrom": ["fieldRef": ["fieldPath": "metadata.labels['batch.kubernetes.io/job-completion-index']"]]],
        ])
    }
}
