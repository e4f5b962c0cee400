import API
@testable import Controllers
import Foundation
import JSON
import Testing

/// The pure parts of the endpoint controllers, table-tested: port resolution, repacking, truncation,
/// Pod-event membership and the slice planner.
@Suite struct EndpointsDecisionTests {
    func address(_ ip: String, _ uid: String = "") -> EndpointAddress {
        EndpointAddress(ip: ip, targetRef: uid.isEmpty ? nil : TargetRef(kind: "Pod", namespace: "ns", name: uid, uid: uid))
    }

    let http = EndpointPort(name: "http", port: 80, protocol: "TCP")
    let metrics = EndpointPort(name: "metrics", port: 9090, protocol: "TCP")

    @Test(arguments: [
        (JSON.int(8080), JSON.null, Int64?.some(8080)),
        ("http", [["name": "http", "containerPort": 80]], 80),
        ("http", [["name": "http", "containerPort": 80, "protocol": "UDP"]], nil),
        ("http", [["name": "other", "containerPort": 80]], nil),
    ] as [(JSON, JSON, Int64?)])
    func aTargetPortResolvesByNumberOrByTheNameAndProtocolOfAContainerPort(target: JSON, ports: JSON, expected: Int64?) {
        let pod: JSON = ["spec": ["containers": [["name": "c", "ports": ports]]]]
        let port = ServicePort(["name": "web", "port": 8080, "protocol": "TCP", "targetPort": target])
        #expect(PodEndpointRules.findPort(pod, port) == expected)
    }

    @Test func aSidecarsNamedPortResolvesButAnInitContainersDoesNot() {
        let port = ServicePort(["port": 80, "protocol": "TCP", "targetPort": "admin"])
        let sidecar: JSON = ["spec": ["containers": [], "initContainers": [
            ["name": "s", "restartPolicy": "Always", "ports": [["name": "admin", "containerPort": 9000]]]]]]
        let initOnly: JSON = ["spec": ["containers": [], "initContainers": [
            ["name": "i", "ports": [["name": "admin", "containerPort": 9000]]]]]]
        #expect(PodEndpointRules.findPort(sidecar, port) == 9000)
        #expect(PodEndpointRules.findPort(initOnly, port) == nil)
    }

    @Test func repackingGroupsAddressesByTheirPortsSortsThemAndLetsNotReadyWin() {
        let a = address("10.0.0.2", "a"), b = address("10.0.0.10", "b"), c = address("10.0.0.3", "c")
        let repacked = EndpointSubset.repack([
            EndpointSubset(addresses: [a], ports: [http]),
            EndpointSubset(addresses: [a], ports: [metrics]),
            EndpointSubset(addresses: [b], ports: [http]),
            EndpointSubset(notReadyAddresses: [b], ports: [metrics]),
            EndpointSubset(addresses: [c], ports: [http]),
            EndpointSubset(notReadyAddresses: [c], ports: [http]),  // the same address not ready on the same port
            EndpointSubset(addresses: [c], ports: [metrics]),
        ])
        // By bytes, "10.0.0.10" sorts before "10.0.0.2".
        #expect(repacked == [
            EndpointSubset(addresses: [b, a], ports: [http]).with(notReady: [c]),
            EndpointSubset(addresses: [a, c], notReadyAddresses: [b], ports: [metrics]),
        ])
    }

    @Test func repackingKeepsAddressesWithoutPortsAndDeduplicatesByIPAndUID() {
        let a = address("10.0.0.1", "a"), sameIPOtherPod = address("10.0.0.1", "z")
        let repacked = EndpointSubset.repack([EndpointSubset(addresses: [a]), EndpointSubset(addresses: [sameIPOtherPod]),
                                              EndpointSubset(addresses: [a])])
        #expect(repacked == [EndpointSubset(addresses: [a, sameIPOtherPod])])
    }

    @Test(arguments: [
        // (ready per subset, not ready per subset) → kept (ready, not ready) per subset
        ([600, 600], [0, 0], [500, 500], [0, 0]),
        ([300, 300], [300, 300], [300, 300], [200, 200]),
        ([900, 0], [100, 100], [900, 0], [50, 50]),
        ([500, 500], [0, 0], [500, 500], [0, 0]),
    ] as [([Int], [Int], [Int], [Int])])
    func truncationKeepsReadyAddressesFirstInProportion(ready: [Int], notReady: [Int], keptReady: [Int], keptNotReady: [Int]) {
        var subsets = zip(ready, notReady).enumerated().map { i, n in
            EndpointSubset(addresses: (0..<n.0).map { address("r\(i)-\($0)") },
                           notReadyAddresses: (0..<n.1).map { address("n\(i)-\($0)") })
        }
        let cut = EndpointsDesiredState.truncate(&subsets)
        #expect(cut == (ready.reduce(0, +) + notReady.reduce(0, +) > 1000))
        #expect(subsets.map(\.addresses.count) == keptReady)
        #expect(subsets.map(\.notReadyAddresses.count) == keptNotReady)
    }

    @Test func podUpdatesConcernServicesOnlyWhenWhatEndpointsShowChanged() {
        let base: JSON = ["metadata": ["resourceVersion": "1", "labels": ["app": "web"]],
                          "status": ["podIPs": [["ip": "10.0.0.1"]], "conditions": [["type": "Ready", "status": "True"]]]]
        var annotated = base
        annotated[path: ["metadata", "resourceVersion"]] = "2"
        annotated[path: ["metadata", "annotations"]] = ["note": "x"]
        #expect(ServiceMembership.endpointsChanged(old: base, new: annotated) == (false, false))
        var unready = annotated
        unready[path: ["status", "conditions"]] = [["type": "Ready", "status": "False"]]
        #expect(ServiceMembership.endpointsChanged(old: base, new: unready) == (true, false))
        var relabelled = annotated
        relabelled[path: ["metadata", "labels"]] = ["app": "db"]
        #expect(ServiceMembership.endpointsChanged(old: base, new: relabelled) == (false, true))
        var deleting = annotated
        deleting[path: ["metadata", "deletionTimestamp"]] = "2026-01-01T00:00:00Z"
        #expect(ServiceMembership.endpointsChanged(old: base, new: deleting) == (true, false))
    }

    // MARK: slice planner

    let service = ServiceView(["metadata": ["name": "web", "namespace": "ns", "uid": "svc-uid"],
                               "spec": ["clusterIP": "10.96.0.5", "selector": ["app": "web"],
                                        "ports": [["name": "web", "port": 80, "targetPort": 80, "protocol": "TCP"]]]])
    let ports = [SlicePort(name: "web", port: 80, protocol: "TCP")]

    func endpoint(_ n: Int, ready: Bool = true) -> SliceEndpoint {
        SliceEndpoint(addresses: ["10.0.\(n / 250).\(n % 250)"], ready: ready, serving: ready, terminating: false,
                      targetRef: TargetRef(kind: "Pod", namespace: "ns", name: "p\(n)", uid: "u\(n)"))
    }

    func group(_ range: Range<Int>) -> EndpointSliceDesiredState.Group {
        var g = EndpointSliceDesiredState.Group(ports: ports)
        range.forEach { g.endpoints.insert(endpoint($0)) }
        return g
    }

    func existing(_ name: String, _ endpoints: [SliceEndpoint], ports: [SlicePort]? = nil) -> SliceView {
        let labels = EndpointSliceDesiredState.labels([:], service: service).labels
        return SliceView(["metadata": ["name": .string(name), "uid": .string(name), "labels": EndpointsDesiredState.map(labels),
                                       "ownerReferences": [EndpointSliceDesiredState.ownerReference(service).json]],
                          "addressType": "IPv4", "ports": .array((ports ?? self.ports).map(\.json)),
                          "endpoints": .array(endpoints.map(\.json))])
    }

    @Test func endpointsFillNewSlicesOfAtMostTheLimit() {
        let plan = EndpointSlicePlanner.plan(service: service, addressType: "IPv4", groups: [group(0..<250)], existing: [])
        #expect(plan.create.map(\.endpoints.count) == [100, 100, 50])
        #expect(plan.update.isEmpty && plan.delete.isEmpty)
    }

    @Test func aChangedConditionUpdatesInPlaceAndNewEndpointsFillThatSliceFirst() {
        let current = existing("web-aaaaa", [endpoint(0, ready: false), endpoint(1)])
        let plan = EndpointSlicePlanner.plan(service: service, addressType: "IPv4", groups: [group(0..<3)], existing: [current])
        #expect(plan.create.isEmpty && plan.delete.isEmpty)
        #expect(plan.update.map(\.name) == ["web-aaaaa"])
        #expect(plan.update.first?.endpoints == [endpoint(0), endpoint(1), endpoint(2)])
    }

    @Test func anUnchangedSliceIsLeftAloneAndAnEmptiedOneIsReusedForTheNewPortSet() {
        let same = existing("web-same1", [endpoint(0)])
        let plan = EndpointSlicePlanner.plan(service: service, addressType: "IPv4", groups: [group(0..<1)], existing: [same])
        #expect(plan.create.isEmpty && plan.update.isEmpty && plan.delete.isEmpty)

        // The ports changed: the old slice is not deleted and a new one created, it is rewritten.
        var moved = EndpointSliceDesiredState.Group(ports: [SlicePort(name: "web", port: 8080, protocol: "TCP")])
        moved.endpoints.insert(endpoint(0))
        let replan = EndpointSlicePlanner.plan(service: service, addressType: "IPv4", groups: [moved], existing: [same])
        #expect(replan.create.isEmpty && replan.delete.isEmpty)
        #expect(replan.update.map(\.name) == ["web-same1"])
        #expect(replan.update.first?.ports == moved.ports)
    }

    @Test func withNothingToPublishOnePlaceholderStaysAndSlicesOfAnotherOwnerGo() {
        let none = EndpointSlicePlanner.plan(service: service, addressType: "IPv4", groups: [], existing: [])
        #expect(none.create.count == 1 && none.create.first?.endpoints == [] && none.create.first?.ports == [])
        let placeholder = existing("web-empty", [], ports: [])
        let kept = EndpointSlicePlanner.plan(service: service, addressType: "IPv4", groups: [], existing: [placeholder])
        #expect(kept.create.isEmpty && kept.update.isEmpty && kept.delete.isEmpty)

        var foreign = existing("web-old00", [endpoint(0)]).object
        foreign[path: ["metadata", "ownerReferences"]] = [["apiVersion": "v1", "kind": "Service", "name": "web", "uid": "older"]]
        let plan = EndpointSlicePlanner.plan(service: service, addressType: "IPv4", groups: [group(0..<1)],
                                             existing: [SliceView(foreign)])
        #expect(plan.create.count == 1 && plan.update.isEmpty)
        #expect(plan.delete.map(\.name) == ["web-old00"])
    }
}

extension EndpointSubset {
    func with(notReady: [EndpointAddress]) -> EndpointSubset {
        var s = self
        s.notReadyAddresses = notReady
        return s
    }
}
