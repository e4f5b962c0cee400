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

    /// Preemption through kubectl: a low-priority Pod holds the only room; a high-priority Pod created
    /// after it evicts it (a `Preempted` event naming the preemptor, after a `FailedScheduling` without
    /// a preemption postfix, as upstream's when victims were chosen) and runs on the node.
    @Test(arguments: [27, 33])
    func aHighPriorityPodPreemptsTheLowOneHoldingTheRoom(minor: Int) throws {
        let s = try TestServer(extraArgs: ["--nodes", "1", "--node-cpus", "1", "--time-scale", "10"])
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let items = Self.manifest.components(separatedBy: "- apiVersion: v1\n")
        // The two PriorityClasses and low-1 first; urgent once low-1 runs.
        let classesAndLow = items[0] + "- apiVersion: v1\n" + items[1]
        let urgent = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n" + items[4]
        #expect(try k("apply", "-f", "-", stdin: classesAndLow).status == 0)
        _ = try k.eventually(["get", "pod", "low-1", "-o", "jsonpath={.status.phase}"]) { $0 == "Running" }
        let created = try k("apply", "-f", "-", stdin: urgent)
        #expect(created.stdout.contains("pod/urgent created"), "\(created.stdout)\(created.stderr)")
        let table = try k.eventually(["get", "pods", "-o", "wide"]) { out in
            out.split(separator: "\n").contains { $0.hasPrefix("urgent ") && $0.contains("Running") }
        }
        #expect(table.split(separator: "\n").contains { $0.hasPrefix("urgent ") && $0.contains("Running")
            && $0.contains("kubeling-control-plane") }, "\(table)")
        let uid = try k("get", "pod", "urgent", "-o", "jsonpath={.metadata.uid}").stdout
        let preempted = try k("get", "events", "--field-selector", "reason=Preempted",
                              "-o", "jsonpath={range .items[*]}{.involvedObject.name}: {.message}{\"\\n\"}{end}").stdout
        #expect(preempted == "low-1: Preempted by pod \(uid) on node kubeling-control-plane\n", "\(preempted)")
        let failed = try k("get", "events", "--field-selector", "involvedObject.name=urgent,reason=FailedScheduling",
                           "-o", "jsonpath={.items[0].message}").stdout
        #expect(failed == "0/1 nodes are available: 1 Insufficient cpu.", "\(failed)")
    }
}
