import Foundation
import Testing

/// kubectl 1.30+ computes client-side apply patches from OpenAPI v3 when a kind's PATCH operation takes
/// strategic merge patches, as upstream's built-in kinds do. It must neither log that the v3 path does not
/// support strategic merge (and fall back) nor warn that it could not calculate the patch, and the merge
/// must come out as with upstream: list entries merged by key, removed ones deleted.
@Suite struct KubectlApplyOpenAPITests {
    static let first = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, labels: {a: b}}
        spec:
          replicas: 1
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}, annotations: {x: y}}
            spec:
              containers:
              - {name: a, image: nginx, env: [{name: A, value: "1"}, {name: B, value: "2"}], ports: [{containerPort: 80}]}
              - {name: b, image: busybox, command: [sleep, "3600"]}
              tolerations: [{key: k, operator: Exists}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec: {selector: {app: web}, ports: [{port: 80, targetPort: 80}]}
        """
    static let second = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, labels: {c: d}}
        spec:
          replicas: 1
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - {name: a, image: nginx:2, env: [{name: B, value: "3"}], ports: [{containerPort: 80}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec: {selector: {app: web}, ports: [{port: 81, targetPort: 80}]}
        """

    @Test(arguments: [27, 28, 29, 30, 31, 32, 33])
    func applyUsesTheV3StrategicMergePathWithoutFallingBack(minor: Int) throws {
        let server = try TestServer()
        defer { _ = server.stop() }
        let k = try Kubectl(minor, server: server)
        let created = try k("apply", "-f", "-", "-v5", stdin: Self.first)
        #expect(created.status == 0, "\(created.stderr)")
        let changed = try k("apply", "-f", "-", "-v5", stdin: Self.second)
        #expect(changed.status == 0, "\(changed.stderr)")
        for output in [created.stderr, changed.stderr] {
            #expect(!output.contains("does not support strategic merge patch"))
            #expect(!output.contains("error calculating patch"))
        }
        #expect(changed.stdout.contains("deployment.apps/web configured"))
        let deployment = try k("get", "deployment", "web", "-o",
                               "jsonpath={.metadata.labels} {.spec.template.metadata.annotations} {.spec.template.spec.containers[*].name} {.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].env} {.spec.template.spec.tolerations}")
        #expect(deployment.stdout == #"{"c":"d"}  a nginx:2 [{"name":"B","value":"3"}] "#)
        let service = try k("get", "service", "web", "-o", "jsonpath={.spec.ports[*].port}")
        #expect(service.stdout == "81")
    }
}
