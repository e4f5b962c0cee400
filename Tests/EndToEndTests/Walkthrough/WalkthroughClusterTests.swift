import Foundation
import JSON
import Testing

/// The cluster-level kubectl commands: api-resources, api-versions, explain, version, cluster-info and
/// auth can-i, with every kubectl minor.
@Suite(.serialized) struct WalkthroughClusterTests {
    @Test(arguments: walkthroughMinors)
    func clusterCommandsDescribeTheServer(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }

        let resources = PrintedTable.parse(try s.ok("api-resources").stdout)
        #expect(resources.header == ["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"])
        for (name, short, version, namespaced, kind) in [
            ("deployments", "deploy", "apps/v1", "true", "Deployment"),
            ("services", "svc", "v1", "true", "Service"),
            ("ingresses", "ing", "networking.k8s.io/v1", "true", "Ingress"),
            ("horizontalpodautoscalers", "hpa", "autoscaling/v2", "true", "HorizontalPodAutoscaler"),
            ("namespaces", "ns", "v1", "false", "Namespace"),
            ("clusterroles", "", "rbac.authorization.k8s.io/v1", "false", "ClusterRole"),
            ("apiservices", "", "apiregistration.k8s.io/v1", "false", "APIService"),
        ] {
            #expect(resources.row(name) == ["NAME": name, "SHORTNAMES": short, "APIVERSION": version,
                                            "NAMESPACED": namespaced, "KIND": kind],
                    "api-resources row \(name): \(String(describing: resources.row(name)))")
        }

        let versions = try s.ok("api-versions").stdout.split(separator: "\n").map(String.init)
        for gv in ["v1", "apps/v1", "autoscaling/v1", "autoscaling/v2", "batch/v1", "networking.k8s.io/v1",
                   "rbac.authorization.k8s.io/v1", "apiregistration.k8s.io/v1", "authorization.k8s.io/v1"] {
            #expect(versions.contains(gv), "api-versions lacks \(gv): \(versions)")
        }
        #expect(versions == versions.sorted(), "api-versions prints sorted: \(versions)")

        // explain reads the OpenAPI schema (v3 from 1.27 on; the older layout still names kind and field).
        let explain = try s.ok("explain", "deployment.spec.replicas").stdout
        #expect(explain.range(of: #"KIND:\s+Deployment"#, options: .regularExpression) != nil, "\(explain)")
        #expect(explain.range(of: #"FIELD:\s+replicas\s+<integer>"#, options: .regularExpression) != nil, "\(explain)")
        #expect(explain.contains("DESCRIPTION:"), "\(explain)")

        let serverVersion = try JSONParser.parse(try curl("GET", s.server.baseURL + "/version").body)
        let gitVersion = serverVersion["gitVersion"]?.stringValue ?? "?"
        let version = try s.ok("version").stdout
        let serverLine = version.split(separator: "\n").first { $0.hasPrefix("Server Version: ") }
        #expect(serverLine?.contains(gitVersion) == true, "kubectl version: \(version)")
        #expect(version.contains("Client Version: "))

        let info = strippingANSI(try s.ok("cluster-info").stdout)
        #expect(info.contains("Kubernetes control plane is running at \(s.server.baseURL)"), "\(info)")

        try s.expectLines(["auth", "can-i", "create", "deployments"], ["yes"])
        try s.expectLines(["auth", "can-i", "delete", "pods", "-n", "kube-system"], ["yes"])
    }
}
