import API
@testable import Controllers
import Foundation
import JSON
import TestCluster
import Testing

/// The APIService `Available` condition: upstream's verdicts as a table, then the controller on a test
/// cluster following the Service and Endpoints the APIService points at.
@Suite struct APIServiceAvailabilityTests {
    static let remote: JSON = ["metadata": ["name": "v1beta1.metrics.k8s.io"],
                               "spec": ["service": ["name": "metrics-server", "namespace": "kube-system"],
                                        "group": "metrics.k8s.io", "version": "v1beta1"]]
    static let service: JSON = ["metadata": ["name": "metrics-server", "namespace": "kube-system"],
                                "spec": ["type": "ClusterIP", "ports": [["name": "https", "port": 443]]]]
    static func endpoints(addresses: Int, port: String = "https") -> JSON {
        ["metadata": ["name": "metrics-server", "namespace": "kube-system"],
         "subsets": [["addresses": .array((0..<addresses).map { ["ip": .string("10.244.0.\($0 + 2)")] }),
                      "notReadyAddresses": [["ip": "10.244.0.99"]],
                      "ports": [["name": .string(port), "port": 4443]]]]]
    }

    @Test func verdictsFollowUpstreamsChecks() {
        func check(_ api: JSON, _ svc: JSON?, _ ep: JSON?) -> [String] {
            let c = AvailabilityCheck.evaluate(apiService: api, service: svc, endpoints: ep)
            return [c.status, c.reason, c.message]
        }
        let local: JSON = ["metadata": ["name": "v1.apps"], "spec": ["group": "apps", "version": "v1"]]
        #expect(check(local, nil, nil) == ["True", "Local", "Local APIServices are always available"])
        #expect(check(Self.remote, nil, nil) == ["False", "ServiceNotFound", #"service/metrics-server in "kube-system" is not present"#])
        #expect(check(Self.remote, Self.service, nil)
                == ["False", "EndpointsNotFound", #"cannot find endpoints for service/metrics-server in "kube-system""#])
        #expect(check(Self.remote, Self.service, Self.endpoints(addresses: 0))
                == ["False", "MissingEndpoints", #"endpoints for service/metrics-server in "kube-system" have no addresses with port name "https""#])
        #expect(check(Self.remote, Self.service, Self.endpoints(addresses: 1, port: "other"))[1] == "MissingEndpoints")
        #expect(check(Self.remote, Self.service, Self.endpoints(addresses: 1)) == ["True", "Passed", "all checks passed"])
        var port8443 = Self.remote
        port8443[path: ["spec", "service", "port"]] = 8443
        #expect(check(port8443, Self.service, Self.endpoints(addresses: 1))
                == ["False", "ServicePortError", #"service/metrics-server in "kube-system" is not listening on port 8443"#])
        // Only ClusterIP Services have their endpoints checked.
        var external = Self.service
        external[path: ["spec", "type"]] = "ExternalName"
        #expect(check(Self.remote, external, nil)[1] == "Passed")
    }

    @Test func transitionTimeMovesOnlyWithTheStatus() {
        let failing = AvailabilityCheck(status: "False", reason: "ServiceNotFound", message: "a")
        let first = failing.conditions(replacing: nil, now: "2026-01-01T00:00:00Z")
        let again = AvailabilityCheck(status: "False", reason: "MissingEndpoints", message: "b")
            .conditions(replacing: first, now: "2026-01-01T00:01:00Z")
        #expect(again[0]?["lastTransitionTime"] == "2026-01-01T00:00:00Z")
        #expect(again[0]?["reason"] == "MissingEndpoints")
        let passed = AvailabilityCheck(status: "True", reason: "Passed", message: "all checks passed")
            .conditions(replacing: again, now: "2026-01-01T00:02:00Z")
        #expect(passed[0]?["lastTransitionTime"] == "2026-01-01T00:02:00Z")
        #expect(passed.arrayValue?.count == 1)
    }

    @Test func controllerFollowsTheServiceAndItsEndpoints() throws {
        let cluster = try TestCluster(controllers: [{ APIServiceAvailabilityController(context: $0) }])
        let apiServices = try cluster.resource("apiregistration.k8s.io", "v1", "apiservices")
        func available() throws -> [String?] {
            let c = try cluster.get("apiregistration.k8s.io", "v1", "apiservices", "v1beta1.metrics.k8s.io")?[path: ["status", "conditions"]]?[0]
            return [c?["type"]?.stringValue, c?["status"]?.stringValue, c?["reason"]?.stringValue]
        }
        var api = Self.remote
        api["apiVersion"] = "apiregistration.k8s.io/v1"
        api["kind"] = "APIService"
        try cluster.client.create(apiServices, namespace: nil, api)
        try cluster.client.create(apiServices, namespace: nil, [
            "apiVersion": "apiregistration.k8s.io/v1", "kind": "APIService", "metadata": ["name": "v1.apps"],
            "spec": ["group": "apps", "version": "v1", "groupPriorityMinimum": 17800, "versionPriority": 15]])
        try cluster.runUntilQuiet()
        #expect(try available() == ["Available", "False", "ServiceNotFound"])
        let local = try cluster.get("apiregistration.k8s.io", "v1", "apiservices", "v1.apps")
        #expect(local?[path: ["status", "conditions"]]?[0]?["reason"] == "Local")

        var svc = Self.service
        svc["apiVersion"] = "v1"
        svc["kind"] = "Service"
        svc[path: ["metadata", "namespace"]] = nil
        try cluster.client.create(try cluster.resource("", "v1", "services"), namespace: "kube-system", svc)
        try cluster.runUntilQuiet()
        #expect(try available() == ["Available", "False", "EndpointsNotFound"])

        let endpoints = try cluster.resource("", "v1", "endpoints")
        var ep = Self.endpoints(addresses: 0)
        ep["apiVersion"] = "v1"
        ep["kind"] = "Endpoints"
        ep[path: ["metadata", "namespace"]] = nil
        let created = try cluster.client.create(endpoints, namespace: "kube-system", ep)
        try cluster.runUntilQuiet()
        #expect(try available() == ["Available", "False", "MissingEndpoints"])
        let revision = try cluster.get("apiregistration.k8s.io", "v1", "apiservices", "v1beta1.metrics.k8s.io")?[path: ["metadata", "resourceVersion"]]

        try cluster.advance(by: 30)
        var ready = created
        ready["subsets"] = Self.endpoints(addresses: 1)["subsets"]
        try cluster.client.update(endpoints, namespace: "kube-system", name: "metrics-server", ready)
        try cluster.runUntilQuiet()
        #expect(try available() == ["Available", "True", "Passed"])
        let after = try cluster.get("apiregistration.k8s.io", "v1", "apiservices", "v1beta1.metrics.k8s.io")
        #expect(after?[path: ["metadata", "resourceVersion"]] != revision)
        let moved = after?[path: ["status", "conditions"]]?[0]?["lastTransitionTime"]?.stringValue
        #expect(moved == ObjectMeta.timestamp(cluster.clock.now()))

        // Nothing changed: no write.
        try cluster.client.update(endpoints, namespace: "kube-system", name: "metrics-server",
                                  try #require(try cluster.get("", "v1", "endpoints", namespace: "kube-system", "metrics-server")))
        try cluster.runUntilQuiet()
        #expect(try cluster.get("apiregistration.k8s.io", "v1", "apiservices", "v1beta1.metrics.k8s.io")?[path: ["metadata", "resourceVersion"]]
                == after?[path: ["metadata", "resourceVersion"]])

        try cluster.client.delete(try cluster.resource("", "v1", "services"), namespace: "kube-system", name: "metrics-server")
        try cluster.runUntilQuiet()
        #expect(try available() == ["Available", "False", "ServiceNotFound"])
    }
}
