import Foundation
import JSON
import Testing
@testable import API

/// Cells of the non-pod printers from realistic objects, including the sample outputs of controllers.md §8.4.
struct TableResourceTests {
    @Test func deploymentShowsReadyOverDesiredAndIntegerCounts() throws {
        let d = try fixture(#"{"metadata":{"name":"nginx","creationTimestamp":"\#(ago(120))"},"spec":{"replicas":3,"#
            + #""selector":{"matchLabels":{"app":"nginx"}},"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.25"},"#
            + #"{"name":"log","image":"busybox"}]}}},"status":{"replicas":3,"updatedReplicas":3,"readyReplicas":3,"availableReplicas":3}}"#)
        let c = cells(d, "deployments", group: "apps")
        #expect(shown(c) == ["nginx", "3/3", "3", "3", "2m", "nginx,log", "nginx:1.25,busybox", "app=nginx"])
        #expect(c[2] == .int(3))
        #expect(columnNames("deployments", group: "apps")
            == ["Name", "Ready", "Up-to-date", "Available", "Age", "Containers", "Images", "Selector"])
    }

    @Test func newDeploymentWithoutStatusShowsZeroReady() throws {
        let d = try fixture(#"{"metadata":{"name":"web","creationTimestamp":"\#(ago(5))"},"spec":{"replicas":2,"#
            + #""selector":{"matchLabels":{"app":"web"}},"template":{"spec":{"containers":[]}}}}"#)
        #expect(shown(cells(d, "deployments", group: "apps"), 5) == ["web", "0/2", "0", "0", "5s"])
    }

    @Test func replicaSetShowsDesiredCurrentReady() throws {
        let rs = try fixture(#"{"metadata":{"name":"nginx-66b6c48dd5","creationTimestamp":"\#(ago(120))"},"spec":{"replicas":3,"#
            + #""selector":{"matchLabels":{"app":"nginx","pod-template-hash":"66b6c48dd5"}},"#
            + #""template":{"spec":{"containers":[{"name":"nginx","image":"nginx"}]}}},"status":{"replicas":3,"readyReplicas":3}}"#)
        #expect(shown(cells(rs, "replicasets", group: "apps"))
            == ["nginx-66b6c48dd5", "3", "3", "3", "2m", "nginx", "nginx", "app=nginx,pod-template-hash=66b6c48dd5"])
    }

    @Test func statefulSetAndDaemonSetFollowUpstreamColumns() throws {
        let sts = try fixture(#"{"metadata":{"name":"db","creationTimestamp":"\#(ago(3600))"},"spec":{"replicas":3,"#
            + #""template":{"spec":{"containers":[{"name":"pg","image":"postgres"}]}}},"status":{"readyReplicas":2}}"#)
        #expect(shown(cells(sts, "statefulsets", group: "apps")) == ["db", "2/3", "60m", "pg", "postgres"])
        let ds = try fixture(#"{"metadata":{"name":"agent","creationTimestamp":"\#(ago(60))"},"spec":{"selector":{"#
            + #""matchLabels":{"app":"agent"}},"template":{"spec":{"nodeSelector":{"kubernetes.io/os":"linux"},"#
            + #""containers":[{"name":"a","image":"agent:1"}]}}},"status":{"desiredNumberScheduled":1,"currentNumberScheduled":1,"#
            + #""numberReady":1,"updatedNumberScheduled":1,"numberAvailable":1}}"#)
        #expect(shown(cells(ds, "daemonsets", group: "apps"))
            == ["agent", "1", "1", "1", "1", "1", "kubernetes.io/os=linux", "60s", "a", "agent:1", "app=agent"])
    }

    @Test func servicesShowClusterIPAndPorts() throws {
        let k = try fixture(#"{"metadata":{"name":"kubernetes","creationTimestamp":"\#(ago(600))"},"spec":{"type":"ClusterIP","#
            + #""clusterIP":"10.96.0.1","clusterIPs":["10.96.0.1"],"ports":[{"port":443,"protocol":"TCP"}]}}"#)
        let n = try fixture(#"{"metadata":{"name":"nginx","creationTimestamp":"\#(ago(60))"},"spec":{"type":"ClusterIP","#
            + #""clusterIPs":["10.96.45.123"],"selector":{"app":"nginx"},"ports":[{"port":80,"protocol":"TCP"}]}}"#)
        #expect(shown(cells(k, "services")) == ["kubernetes", "ClusterIP", "10.96.0.1", "<none>", "443/TCP", "10m", "<none>"])
        #expect(shown(cells(n, "services")) == ["nginx", "ClusterIP", "10.96.45.123", "<none>", "80/TCP", "60s", "app=nginx"])
        let lb = try fixture(#"{"metadata":{"name":"web"},"spec":{"type":"LoadBalancer","clusterIPs":["10.96.1.2"],"#
            + #""ports":[{"port":80,"nodePort":30080,"protocol":"TCP"}]}}"#)
        #expect(shown(cells(lb, "services"), 5) == ["web", "LoadBalancer", "10.96.1.2", "<pending>", "80:30080/TCP"])
        let headless = try fixture(#"{"metadata":{"name":"db"},"spec":{"type":"ClusterIP","clusterIPs":["None"]}}"#)
        #expect(shown(cells(headless, "services"), 5) == ["db", "ClusterIP", "None", "<none>", "<none>"])
    }

    @Test func endpointsListReadyAddressesUpToThree() throws {
        let ep = try fixture(#"{"metadata":{"name":"nginx","creationTimestamp":"\#(ago(60))"},"subsets":[{"addresses":["#
            + #"{"ip":"10.244.0.5"},{"ip":"10.244.0.6"},{"ip":"10.244.0.7"},{"ip":"10.244.0.8"}],"#
            + #""notReadyAddresses":[{"ip":"10.244.0.9"}],"ports":[{"port":80}]}]}"#)
        #expect(shown(cells(ep, "endpoints")) == ["nginx", "10.244.0.5:80,10.244.0.6:80,10.244.0.7:80 + 1 more...", "60s"])
        let empty = try fixture(#"{"metadata":{"name":"x"}}"#)
        #expect(shown(cells(empty, "endpoints"), 2) == ["x", "<none>"])
    }

    @Test func hpaTargetsShowUnknownUntilMetricsArrive() throws {
        let spec = #""spec":{"scaleTargetRef":{"kind":"Deployment","name":"php-apache","apiVersion":"apps/v1"},"minReplicas":1,"#
            + #""maxReplicas":10,"metrics":[{"type":"Resource","resource":{"name":"cpu","target":{"type":"Utilization","averageUtilization":50}}}]}"#
        let fresh = try fixture(#"{"metadata":{"name":"php-apache","creationTimestamp":"\#(ago(18))"},\#(spec),"#
            + #""status":{"currentReplicas":1,"desiredReplicas":1}}"#)
        #expect(shown(cells(fresh, "horizontalpodautoscalers", group: "autoscaling"))
            == ["php-apache", "Deployment/php-apache", "cpu: <unknown>/50%", "1", "10", "1", "18s"])
        let busy = try fixture(#"{"metadata":{"name":"php-apache","creationTimestamp":"\#(ago(240))"},\#(spec),"#
            + #""status":{"currentReplicas":5,"currentMetrics":[{"type":"Resource","resource":{"name":"cpu","#
            + #""current":{"averageUtilization":75,"averageValue":"150m"}}}]}}"#)
        #expect(shown(cells(busy, "horizontalpodautoscalers", group: "autoscaling"))
            == ["php-apache", "Deployment/php-apache", "cpu: 75%/50%", "1", "10", "5", "4m"])
    }

    @Test func hpaTargetsFormatValuesAndTruncateAfterTwo() throws {
        let hpa = try fixture(#"{"metadata":{"name":"h"},"spec":{"scaleTargetRef":{"kind":"Deployment","name":"d"},"maxReplicas":3,"#
            + #""metrics":[{"type":"Resource","resource":{"name":"memory","target":{"type":"AverageValue","averageValue":"200Mi"}}},"#
            + #"{"type":"Pods","pods":{"metric":{"name":"qps"},"target":{"type":"AverageValue","averageValue":"1k"}}},"#
            + #"{"type":"External","external":{"metric":{"name":"q"},"target":{"type":"Value","value":"10"}}}]},"#
            + #""status":{"currentMetrics":[{"type":"Resource","resource":{"name":"memory","current":{"averageValue":"120Mi"}}}]}}"#)
        let c = shown(cells(hpa, "horizontalpodautoscalers", group: "autoscaling"))
        #expect(c[2] == "memory: 120Mi/200Mi, <unknown>/1k + 1 more...")
        #expect(c[3] == "<unset>")
    }

    @Test func autoscalingV1ShapeReadsTargetCPUPercentage() throws {
        let hpa = try fixture(#"{"metadata":{"name":"h"},"spec":{"scaleTargetRef":{"kind":"Deployment","name":"d"},"minReplicas":2,"#
            + #""maxReplicas":10,"targetCPUUtilizationPercentage":50},"status":{"currentReplicas":2,"currentCPUUtilizationPercentage":30}}"#)
        let v1 = ResourceRegistry.standard.resource(group: "autoscaling", version: "v1", plural: "horizontalpodautoscalers")
        let row = try #require(v1.map { TableConvertor.row(for: hpa, resource: $0, now: tableNow, includeObject: .none) })
        #expect(shown(row["cells"]?.arrayValue ?? [], 3)[2] == "cpu: 30%/50%")
    }

    @Test func ingressShowsClassHostsAddressAndPorts() throws {
        let ing = try fixture(#"{"metadata":{"name":"web","creationTimestamp":"\#(ago(30))"},"spec":{"ingressClassName":"nginx","#
            + #""rules":[{"host":"a.example.com"},{"http":{}},{"host":"b.example.com"}],"tls":[{"hosts":["a.example.com"]}]},"#
            + #""status":{"loadBalancer":{"ingress":[{"ip":"192.168.49.2"}]}}}"#)
        #expect(shown(cells(ing, "ingresses", group: "networking.k8s.io"))
            == ["web", "nginx", "a.example.com,b.example.com", "192.168.49.2", "80, 443", "30s"])
        let bare = try fixture(#"{"metadata":{"name":"flask"},"spec":{"rules":[{"http":{}}]}}"#)
        #expect(shown(cells(bare, "ingresses", group: "networking.k8s.io"), 5) == ["flask", "<none>", "*", "", "80"])
    }

    @Test func eventShowsLastSeenObjectAndWideColumns() throws {
        let ev = try fixture(#"{"metadata":{"name":"nginx.17a3f0c2d1e4b5a6","namespace":"default"},"#
            + #""involvedObject":{"kind":"Deployment","name":"nginx","namespace":"default"},"reason":"ScalingReplicaSet","#
            + #""message":"Scaled up replica set nginx-66b6c48dd5 to 3\n","type":"Normal","#
            + #""source":{"component":"deployment-controller"},"firstTimestamp":"\#(ago(40))","lastTimestamp":"\#(ago(12))","count":2}"#)
        let c = cells(ev, "events")
        #expect(shown(c) == ["12s", "Normal", "ScalingReplicaSet", "deployment/nginx", "", "deployment-controller",
                             "Scaled up replica set nginx-66b6c48dd5 to 3", "40s", "2", "nginx.17a3f0c2d1e4b5a6"])
        #expect(c[8] == .int(2))
        #expect(columnNames("events") == ["Last Seen", "Type", "Reason", "Object", "Subobject", "Source", "Message",
                                          "First Seen", "Count", "Name"])
        let kubelet = try fixture(#"{"metadata":{"name":"p.1"},"involvedObject":{"kind":"Pod","name":"p","fieldPath":"spec.containers{app}"},"#
            + #""reason":"Pulled","type":"Normal","source":{"component":"kubelet","host":"kubeling"},"eventTime":"\#(ago(5))"}"#)
        #expect(shown(cells(kubelet, "events")) == ["5s", "Normal", "Pulled", "pod/p", "spec.containers{app}", "kubelet, kubeling",
                                                    "", "5s", "1", "p.1"])
    }

    @Test func nodeShowsStatusRolesAndVersion() throws {
        let node = try fixture(#"{"metadata":{"name":"kubeling","creationTimestamp":"\#(ago(86400 * 3 + 3600 * 4))","#
            + #""labels":{"node-role.kubernetes.io/control-plane":"","kubernetes.io/role":"worker"}},"spec":{"unschedulable":true},"#
            + #""status":{"conditions":[{"type":"Ready","status":"True"}],"addresses":[{"type":"InternalIP","address":"10.0.0.2"}],"#
            + #""nodeInfo":{"kubeletVersion":"v1.33.0","osImage":"kubeling","kernelVersion":"","containerRuntimeVersion":"sim://1"}}}"#)
        #expect(shown(cells(node, "nodes")) == ["kubeling", "Ready,SchedulingDisabled", "control-plane,worker", "3d4h", "v1.33.0",
                                                "10.0.0.2", "<none>", "kubeling", "<unknown>", "sim://1"])
        let bare = try fixture(#"{"metadata":{"name":"n"},"status":{"conditions":[{"type":"Ready","status":"Unknown"}]}}"#)
        #expect(shown(cells(bare, "nodes"), 4) == ["n", "NotReady", "<none>", "<unknown>"])
    }

    @Test func namespacesConfigAndRBACPrintUpstreamCells() throws {
        let ns = try fixture(#"{"metadata":{"name":"default","creationTimestamp":"\#(ago(40 * 86400))"},"status":{"phase":"Active"}}"#)
        #expect(shown(cells(ns, "namespaces")) == ["default", "Active", "40d"])
        let cm = try fixture(#"{"metadata":{"name":"c"},"data":{"a":"1","b":"2"},"binaryData":{"c":"AA=="}}"#)
        #expect(cells(cm, "configmaps")[1] == .int(3))
        let secret = try fixture(#"{"metadata":{"name":"s"},"type":"Opaque","data":{"k":"dg=="}}"#)
        #expect(shown(cells(secret, "secrets"), 3) == ["s", "Opaque", "1"])
        let rb = try fixture(#"{"metadata":{"name":"rb"},"roleRef":{"kind":"ClusterRole","name":"view"},"subjects":["#
            + #"{"kind":"User","name":"alice"},{"kind":"Group","name":"devs"},{"kind":"ServiceAccount","name":"sa","namespace":"ns"},"#
            + #"{"kind":"User","name":"bob"}]}"#)
        #expect(shown(cells(rb, "rolebindings", group: "rbac.authorization.k8s.io"))
            == ["rb", "ClusterRole/view", "<unknown>", "alice, bob", "devs", "ns/sa"])
    }

    @Test func rolesUseTheDefaultNameAndCreatedAtColumns() throws {
        let role = try fixture(#"{"metadata":{"name":"reader","creationTimestamp":"2026-11-27T03:18:54Z"}}"#)
        #expect(columnNames("roles", group: "rbac.authorization.k8s.io") == ["Name", "Created At"])
        #expect(shown(cells(role, "roles", group: "rbac.authorization.k8s.io")) == ["reader", "2026-11-27T03:18:54Z"])
    }

    @Test func jobsAPIServicesAndControllerRevisions() throws {
        let job = try fixture(#"{"metadata":{"name":"pi","creationTimestamp":"\#(ago(300))"},"spec":{"completions":1,"#
            + #""template":{"spec":{"containers":[{"name":"pi","image":"perl"}]}}},"status":{"succeeded":1,"#
            + #""startTime":"\#(ago(290))","completionTime":"\#(ago(250))","conditions":[{"type":"Complete","status":"True"}]}}"#)
        #expect(shown(cells(job, "jobs", group: "batch"), 5) == ["pi", "Complete", "1/1", "40s", "5m"])
        let api = try fixture(#"{"metadata":{"name":"v1beta1.metrics.k8s.io"},"spec":{"service":{"namespace":"kube-system","#
            + #""name":"metrics-server"}},"status":{"conditions":[{"type":"Available","status":"False","reason":"MissingEndpoints"}]}}"#)
        #expect(shown(cells(api, "apiservices", group: "apiregistration.k8s.io"), 3)
            == ["v1beta1.metrics.k8s.io", "kube-system/metrics-server", "False (MissingEndpoints)"])
        let cr = try fixture(#"{"metadata":{"name":"web-7d4b9c","ownerReferences":[{"apiVersion":"apps/v1","kind":"StatefulSet","#
            + #""name":"web","controller":true}]},"revision":2}"#)
        #expect(shown(cells(cr, "controllerrevisions", group: "apps"), 3) == ["web-7d4b9c", "statefulset.apps/web", "2"])
    }
}
