import Foundation
import Testing

/// A StatefulSet and a DaemonSet applied with stock kubectl: the controllers in `kubeling serve` make
/// their Pods, and `kubectl rollout status` (which reads their status fields) sees them roll out.
@Suite(.serialized) struct KubectlWorkloadTests {
    static let manifest = """
    apiVersion: apps/v1
    kind: StatefulSet
    metadata:
      name: web
    spec:
      serviceName: web
      replicas: 3
      selector:
        matchLabels:
          app: web
      template:
        metadata:
          labels:
            app: web
        spec:
          containers:
          - name: nginx
            image: nginx
    ---
    apiVersion: apps/v1
    kind: DaemonSet
    metadata:
      name: agent
    spec:
      selector:
        matchLabels:
          app: agent
      template:
        metadata:
          labels:
            app: agent
        spec:
          containers:
          - name: agent
            image: nginx
    """

    @Test(arguments: [27, 33])
    func aStatefulSetAndADaemonSetRollOut(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let applied = try k("apply", "-f", "-", stdin: Self.manifest)
        #expect(applied.status == 0, "\(applied.stderr)")

        let sts = try k("rollout", "status", "statefulset/web", "--timeout=60s")
        #expect(sts.status == 0, "\(sts.stderr)")
        // kubectl reports a RollingUpdate strategy with a (defaulted) partition this way, as against a real cluster.
        #expect(sts.stdout.hasSuffix("partitioned roll out complete: 3 new pods have been updated...\n"), "\(sts.stdout)")
        let ds = try k("rollout", "status", "daemonset/agent", "--timeout=60s")
        #expect(ds.status == 0, "\(ds.stderr)")
        #expect(ds.stdout.contains("daemon set \"agent\" successfully rolled out"), "\(ds.stdout)")

        let names = try k("get", "pods", "-l", "app=web", "-o", "jsonpath={.items[*].metadata.name}")
        #expect(names.stdout.split(separator: " ") == ["web-0", "web-1", "web-2"])
        let revisions = try k("get", "controllerrevisions", "-o", "name")
        #expect(revisions.stdout.split(separator: "\n").count == 2, "\(revisions.stdout)")
    }

    @Test(arguments: [27, 33])
    func rolloutHistoryAndUndoReadTheControllerRevisions(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        #expect(try k("apply", "-f", "-", stdin: Self.manifest).status == 0)
        for kind in ["statefulset/web", "daemonset/agent"] {
            #expect(try k("rollout", "status", kind, "--timeout=60s").status == 0)
            let container = kind.hasPrefix("statefulset") ? "nginx" : "agent"
            let set = try k("set", "image", kind, "\(container)=nginx:1.25")
            #expect(set.status == 0, "\(set.stderr)")
            let rolled = try k("rollout", "status", kind, "--timeout=60s")
            #expect(rolled.status == 0, "\(rolled.stderr)")
            let history = try k("rollout", "history", kind)
            #expect(history.status == 0, "\(history.stderr)")
            let revisions = history.stdout.split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: " ").first }
            #expect(revisions == ["1", "2"], "\(history.stdout)")
            let undo = try k("rollout", "undo", kind)
            #expect(undo.status == 0, "\(undo.stderr)")
            #expect(try k("rollout", "status", kind, "--timeout=60s").status == 0)
            let image = try k("get", kind, "-o", "jsonpath={.spec.template.spec.containers[0].image}")
            #expect(image.stdout == "nginx", "\(kind)")
        }
    }
}
