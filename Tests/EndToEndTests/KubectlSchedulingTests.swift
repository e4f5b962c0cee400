import Foundation
import Testing

/// The scheduler's priority order through kubectl: one node with room for one Pod, several
/// low-priority Pods and one high-priority Pod created by one `kubectl apply` of a List while the node
/// is cordoned (so none is placed while the others are still being created); once it is uncordoned the
/// high-priority Pod, listed last, gets the room without preempting anyone.
@Suite struct KubectlSchedulingTests {
    private static var manifest: String {
        var text = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: scheduling.k8s.io/v1
          kind: PriorityClass
          metadata: {name: low}
          value: 100
        - apiVersion: scheduling.k8s.io/v1
          kind: PriorityClass
          metadata: {name: high}
          value: 1000

        """
        for (name, priorityClass) in [("low-1", "low"), ("low-2", "low"), ("low-3", "low"), ("urgent", "high")] {
            text += """
            - apiVersion: v1
              kind: Pod
              metadata: {name: \(name)}
              spec:
                priorityClassName: \(priorityClass)
                containers:
                - name: web
                  image: nginx:1.27
                  resources: {requests: {cpu: 600m}}

            """
        }
        return text
    }

    @Test(arguments: [27, 33])
    func theHighPriorityPodCreatedLastGetsTheOnlyRoom(minor: Int) throws {
        let s = try TestServer(extraArgs: ["--nodes", "1", "--node-cpus", "1"])
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let cordon = try k("cordon", "kubeling-control-plane")
        #expect(cordon.status == 0, "\(cordon.stderr)")
        let apply = try k("apply", "-f", "-", stdin: Self.manifest)
        #expect(apply.status == 0, "\(apply.stderr)")
        #expect(apply.stdout.contains("pod/urgent created"), "\(apply.stdout)")
        // Every Pod has been tried once and found the node cordoned.
        let reasons = try k.eventually(["get", "pods", "-o",
                                         "jsonpath={range .items[*]}{.status.conditions[?(@.type==\"PodScheduled\")].reason} {end}"]) {
            $0.split(separator: " ") == ["Unschedulable", "Unschedulable", "Unschedulable", "Unschedulable"]
        }
        #expect(reasons.split(separator: " ").count == 4, "\(reasons)")
        Thread.sleep(forTimeInterval: 1.5)  // past their 1 s back-off: they come back together
        let uncordon = try k("uncordon", "kubeling-control-plane")
        #expect(uncordon.status == 0, "\(uncordon.stderr)")
        let table = try k.eventually(["get", "pods", "-o", "wide"]) { out in
            out.split(separator: "\n").contains { $0.hasPrefix("urgent ") && $0.contains("Running") }
        }
        let rows = table.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        let urgent = try #require(rows.first { $0.first == "urgent" }, "\(table)")
        #expect(urgent[2] == "Running", "\(table)")
        #expect(urgent.contains("kubeling-control-plane"), "\(table)")
        for name in ["low-1", "low-2", "low-3"] {
            let row = try #require(rows.first { $0.first == Substring(name) }, "\(table)")
            #expect(row[2] == "Pending", "\(table)")
            #expect(row.contains("<none>"), "\(table)")
        }
        let events = try k("get", "events", "--field-selector", "involvedObject.name=low-1",
                           "-o", "jsonpath={range .items[*]}{.message}{\"\\n\"}{end}").stdout
        #expect(events.contains("Insufficient cpu"), "\(events)")
        #expect(try k("get", "events", "--field-selector", "reason=Preempted", "-o", "name").stdout.isEmpty)
    }
}
