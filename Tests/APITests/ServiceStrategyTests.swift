import JSON
import Testing
@testable import API

@Suite struct ServiceStrategyTests {
    /// `kubectl create service clusterip hello-world-flask --tcp=5000:5000` (kubectl-wire.md §3.3).
    static let kubectlBody = """
    {"kind":"Service","apiVersion":"v1","metadata":{"name":"hello-world-flask","creationTimestamp":null,"labels":{"app":"hello-world-flask"}},"spec":{"ports":[{"name":"5000-5000","protocol":"TCP","port":5000,"targetPort":5000}],"selector":{"app":"hello-world-flask"},"type":"ClusterIP"},"status":{"loadBalancer":{}}}
    """

    @Test func defaultsTheKubectlBodyAndTakesAnAllocatedIP() throws {
        var (svc, errs) = try created(Self.kubectlBody, group: "", kind: "Service")
        #expect(errs.isEmpty)
        #expect(ServiceStrategy.needsClusterIP(svc))
        let alloc = ClusterIPAllocator()
        ServiceStrategy.assignClusterIP(&svc, try #require(alloc.allocate()))
        #expect(!ServiceStrategy.needsClusterIP(svc))
        let spec = try #require(svc["spec"])
        #expect(spec["sessionAffinity"] == "None")
        #expect(spec["ipFamilies"] == ["IPv4"])
        #expect(spec["ipFamilyPolicy"] == "SingleStack")
        #expect(spec["internalTrafficPolicy"] == "Cluster")
        #expect(spec["clusterIPs"] == [spec["clusterIP"] ?? .null])
        #expect(svc["status"] == ["loadBalancer": .object(JSONObject())])
        #expect(Strategies.strategy(group: "", kind: "Service").validate(svc).isEmpty)
    }

    @Test func defaultsProtocolAndTargetPort() throws {
        let (svc, _) = try created(#"{"metadata":{"name":"s"},"spec":{"ports":[{"port":80}]}}"#, group: "", kind: "Service")
        #expect(svc[path: ["spec", "ports"]] == [["port": 80, "protocol": "TCP", "targetPort": 80]])
        #expect(svc[path: ["spec", "type"]] == "ClusterIP")
    }

    @Test func requiresPortsUnlessHeadless() throws {
        let (_, errs) = try created(#"{"metadata":{"name":"s"},"spec":{"selector":{"a":"b"}}}"#, group: "", kind: "Service")
        #expect(errs == ["spec.ports: Required value"])
        let (headless, hErrs) = try created(#"{"metadata":{"name":"s"},"spec":{"clusterIP":"None"}}"#, group: "", kind: "Service")
        #expect(hErrs.isEmpty)
        #expect(!ServiceStrategy.needsClusterIP(headless))
        #expect(headless[path: ["spec", "clusterIPs"]] == ["None"])
    }

    @Test func validatesPortsAndType() throws {
        let body = #"{"metadata":{"name":"s"},"spec":{"type":"Magic","ports":[{"name":"a","port":0},{"name":"a","port":81}]}}"#
        let (_, errs) = try created(body, group: "", kind: "Service")
        #expect(errs == [
            "spec.type: Unsupported value: \"Magic\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"",
            "spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive",
            "spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive",
            "spec.ports[1].name: Duplicate value: \"a\"",
        ])
        let (_, unnamed) = try created(#"{"metadata":{"name":"s"},"spec":{"ports":[{"port":80},{"port":81}]}}"#, group: "", kind: "Service")
        #expect(unnamed == ["spec.ports[0].name: Required value", "spec.ports[1].name: Required value"])
    }

    @Test func clusterIPIsImmutableButCarriedOverWhenOmitted() throws {
        var (old, _) = try created(Self.kubectlBody, group: "", kind: "Service")
        ServiceStrategy.assignClusterIP(&old, "10.96.0.10")
        let omitted = try JSONParser.parse(Self.kubectlBody)
        let (carried, errs) = updated(omitted, old: old, group: "", kind: "Service")
        #expect(errs.isEmpty)
        #expect(carried[path: ["spec", "clusterIP"]] == "10.96.0.10")
        var changed = old
        ServiceStrategy.assignClusterIP(&changed, "10.96.0.11")
        #expect(updated(changed, old: old, group: "", kind: "Service").1
            == ["spec.clusterIPs[0]: Invalid value: []string{\"10.96.0.11\"}: may not change once set"])
    }

    @Test func requestedClusterIPIsReported() throws {
        let (svc, _) = try created(#"{"metadata":{"name":"s"},"spec":{"clusterIP":"10.96.5.5","ports":[{"port":80}]}}"#, group: "", kind: "Service")
        #expect(ServiceStrategy.requestedClusterIP(svc) == "10.96.5.5")
        #expect(!ServiceStrategy.needsClusterIP(svc))
    }
}
