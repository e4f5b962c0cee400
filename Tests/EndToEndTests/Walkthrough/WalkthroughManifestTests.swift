import Foundation
import Testing

/// `kubectl create -f ingress-nginx.yaml`, `kubectl apply -f metrics.yaml` (twice, then with a change)
/// and `kubectl apply --server-side`, with every kubectl minor, on local copies of the manifests.
@Suite(.serialized) struct WalkthroughManifestTests {
    static let ingressNginxObjects = [
        "namespace/ingress-nginx",
        "serviceaccount/ingress-nginx",
        "serviceaccount/ingress-nginx-admission",
        "role.rbac.authorization.k8s.io/ingress-nginx",
        "role.rbac.authorization.k8s.io/ingress-nginx-admission",
        "clusterrole.rbac.authorization.k8s.io/ingress-nginx",
        "clusterrole.rbac.authorization.k8s.io/ingress-nginx-admission",
        "rolebinding.rbac.authorization.k8s.io/ingress-nginx",
        "rolebinding.rbac.authorization.k8s.io/ingress-nginx-admission",
        "clusterrolebinding.rbac.authorization.k8s.io/ingress-nginx",
        "clusterrolebinding.rbac.authorization.k8s.io/ingress-nginx-admission",
        "configmap/ingress-nginx-controller",
        "service/ingress-nginx-controller",
        "service/ingress-nginx-controller-admission",
        "deployment.apps/ingress-nginx-controller",
        "job.batch/ingress-nginx-admission-create",
        "job.batch/ingress-nginx-admission-patch",
        "ingressclass.networking.k8s.io/nginx",
        "validatingwebhookconfiguration.admissionregistration.k8s.io/ingress-nginx-admission",
    ]

    static let metricsObjects = [
        "serviceaccount/metrics-server",
        "clusterrole.rbac.authorization.k8s.io/system:aggregated-metrics-reader",
        "clusterrole.rbac.authorization.k8s.io/system:metrics-server",
        "rolebinding.rbac.authorization.k8s.io/metrics-server-auth-reader",
        "clusterrolebinding.rbac.authorization.k8s.io/metrics-server:system:auth-delegator",
        "clusterrolebinding.rbac.authorization.k8s.io/system:metrics-server",
        "service/metrics-server",
        "deployment.apps/metrics-server",
        "apiservice.apiregistration.k8s.io/v1beta1.metrics.k8s.io",
    ]

    @Test(arguments: walkthroughMinors)
    func createFromIngressNginxManifestCreatesEveryObject(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }
        let file = WalkthroughSession.fixture("ingress-nginx.yaml")
        try s.expectLines(["create", "-f", file], Self.ingressNginxObjects.map { "\($0) created" })

        let svc = PrintedTable.parse(try s.ok("get", "svc", "-n", "ingress-nginx").stdout)
        let lb = svc.row("ingress-nginx-controller")
        #expect(lb?["TYPE"] == "LoadBalancer")
        // kubeling serves LoadBalancer ports on the nodes' addresses (as k3s's klipper) and says so in the
        // status soon after the Service appears; kubectl may look before or after that write.
        #expect(lb?["EXTERNAL-IP"] == "<pending>" || lb?["EXTERNAL-IP"] == "127.0.0.1", "\(svc.rows)")
        #expect(lb?["PORT(S)"]?.range(of: #"^80:[0-9]+/TCP,443:[0-9]+/TCP$"#, options: .regularExpression) != nil,
                "LoadBalancer ports need node ports: \(svc.rows)")
        #expect(svc.row("ingress-nginx-controller-admission")?["PORT(S)"] == "443/TCP", "\(svc.rows)")

        let classes = PrintedTable.parse(try s.ok("get", "ingressclass").stdout)
        #expect(classes.header == ["NAME", "CONTROLLER", "PARAMETERS", "AGE"])
        #expect(classes.row("nginx")?["CONTROLLER"] == "k8s.io/ingress-nginx")
        #expect(try s.jsonpath(["deployment", "-n", "ingress-nginx", "ingress-nginx-controller"],
                               "{.spec.template.spec.containers[0].ports[*].name}") == "http https webhook")

        // Creating again fails per object, naming each one, and exits 1.
        let again = try s.run(["create", "-f", file])
        #expect(again.status == 1)
        #expect(again.stderr.contains(#"namespaces "ingress-nginx" already exists"#), "\(again.stderr)")
        #expect(again.stderr.contains(#"ingressclasses.networking.k8s.io "nginx" already exists"#), "\(again.stderr)")
    }

    @Test(arguments: walkthroughMinors)
    func applyingMetricsServerAgainPatchesOnlyWhatDiffers(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }
        let file = WalkthroughSession.fixture("metrics.yaml")
        try s.expectLines(["apply", "-f", file], Self.metricsObjects.map { "\($0) created" })
        // Every object is unchanged but the Deployment: its manifest's `strategy` has no `type`, the live
        // object has the defaulted one, and `strategy` is a retainKeys field, so kubectl's 3-way diff
        // (strategicpatch diffMaps + hasAdditionalNewField) sends `{"$retainKeys":["rollingUpdate"]}`
        // and prints "configured", as it does against a real cluster.
        try s.expectLines(["apply", "-f", file], Self.metricsObjects.map {
            $0 == "deployment.apps/metrics-server" ? "\($0) configured" : "\($0) unchanged"
        })
        #expect(try s.jsonpath(["deployment", "-n", "kube-system", "metrics-server"], "{.spec.strategy.type}") == "RollingUpdate")
        #expect(try s.jsonpath(["deployment", "-n", "kube-system", "metrics-server"],
                               "{.spec.strategy.rollingUpdate.maxUnavailable}") == "0")

        let last = try s.jsonpath(["deployment", "-n", "kube-system", "metrics-server"],
                                  #"{.metadata.annotations.kubectl\.kubernetes\.io/last-applied-configuration}"#)
        #expect(last.contains(#""name":"metrics-server""#), "last-applied-configuration: \(last)")

        // A changed argument is a strategic merge patch: only the Deployment is configured, and its
        // single container keeps everything else (merged by name, not replaced).
        let changed = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: "--metric-resolution=15s", with: "--metric-resolution=30s")
        try s.expectLines(["apply", "-f", "-"], Self.metricsObjects.map {
            $0 == "deployment.apps/metrics-server" ? "\($0) configured" : "\($0) unchanged"
        }, stdin: changed)
        let target = ["deployment", "-n", "kube-system", "metrics-server"]
        let args = try s.jsonpath(target, "{.spec.template.spec.containers[0].args}")
        #expect(args.contains("--metric-resolution=30s") && !args.contains("--metric-resolution=15s"), "\(args)")
        #expect(try s.jsonpath(target, "{.spec.template.spec.containers[*].name}") == "metrics-server")
        #expect(try s.jsonpath(target, "{.spec.template.spec.containers[0].volumeMounts[0].mountPath}") == "/tmp")
        #expect(try s.jsonpath(target, "{.spec.template.spec.containers[0].securityContext.runAsUser}") == "1000")
        #expect(try s.jsonpath(["apiservice", "v1beta1.metrics.k8s.io"], "{.spec.service.name}") == "metrics-server")
    }

    @Test(arguments: walkthroughMinors)
    func serverSideApplyOwnsTheFieldsItSets(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }
        func manifest(replicas: Int) -> String {
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: ssa-demo
              labels:
                app: ssa-demo
            spec:
              replicas: \(replicas)
              selector:
                matchLabels:
                  app: ssa-demo
              template:
                metadata:
                  labels:
                    app: ssa-demo
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27
                    ports:
                    - containerPort: 80
            """
        }
        try s.expectLines(["apply", "--server-side", "-f", "-"], ["deployment.apps/ssa-demo serverside-applied"],
                          stdin: manifest(replicas: 1))
        try s.expectLines(["apply", "--server-side", "-f", "-"], ["deployment.apps/ssa-demo serverside-applied"],
                          stdin: manifest(replicas: 3))
        #expect(try s.jsonpath(["deployment", "ssa-demo"], "{.spec.replicas}") == "3")
        let managers = try s.jsonpath(["deployment", "ssa-demo"],
                                      "{range .metadata.managedFields[*]}{.manager}:{.operation} {end}")
        #expect(managers.contains("kubectl:Apply"), "managedFields: \(managers)")

        // The walkthrough's metrics manifest applies server-side as well.
        let file = WalkthroughSession.fixture("metrics.yaml")
        try s.expectLines(["apply", "--server-side", "-f", file], Self.metricsObjects.map { "\($0) serverside-applied" })
    }
}
