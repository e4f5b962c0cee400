import API
@testable import Controllers
import Foundation
import JSON
import TestCluster
import Testing

/// The namespace controller on a test cluster: a deleted namespace empties and goes away; content that
/// cannot be listed or deleted, or that is still finalizing, keeps it (with upstream's conditions).
@Suite struct NamespaceControllerTests {
    func namespace(_ cluster: TestCluster, _ name: String) throws {
        try cluster.client.create(try cluster.resource("", "v1", "namespaces"), namespace: nil,
                                  ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(name)]])
    }

    func configMap(_ name: String, finalizers: [String] = []) -> JSON {
        var o: JSON = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name)]]
        if !finalizers.isEmpty { o[path: ["metadata", "finalizers"]] = .array(finalizers.map(JSON.string)) }
        return o
    }

    func condition(_ ns: JSON?, _ type: String) -> (status: String?, reason: String?, message: String?) {
        let c = ns?[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"]?.stringValue == type }
        return (c?["status"]?.stringValue, c?["reason"]?.stringValue, c?["message"]?.stringValue)
    }

    @Test func aNamespaceWithAThousandObjectsEmptiesAndGoesAway() throws {
        let cluster = try TestCluster()
        try namespace(cluster, "big")
        let cms = try cluster.resource("", "v1", "configmaps")
        let secrets = try cluster.resource("", "v1", "secrets")
        try cluster.client.create(cms, namespace: "default", configMap("bystander"))
        for i in 0..<900 { try cluster.client.create(cms, namespace: "big", configMap("cm\(i)")) }
        for i in 0..<100 {
            try cluster.client.create(secrets, namespace: "big", ["apiVersion": "v1", "kind": "Secret",
                                                                  "metadata": ["name": .string("s\(i)")]])
        }
        try cluster.runUntilQuiet()
        #expect(try cluster.list("", "v1", "serviceaccounts", namespace: "big").count == 1)  // default

        try cluster.client.delete(try cluster.resource("", "v1", "namespaces"), namespace: nil, name: "big")
        try cluster.runUntilQuiet()
        #expect(try cluster.get("", "v1", "namespaces", "big") == nil)
        #expect(try cluster.list("", "v1", "configmaps", namespace: "big").isEmpty)
        #expect(try cluster.list("", "v1", "secrets", namespace: "big").isEmpty)
        #expect(try cluster.list("", "v1", "serviceaccounts", namespace: "big").isEmpty)
        #expect(try cluster.get("", "v1", "configmaps", namespace: "default", "bystander") != nil)
        #expect(try cluster.get("", "v1", "namespaces", "default") != nil)
    }

    @Test func contentWithAFinalizerKeepsTheNamespaceUntilItIsGone() throws {
        let cluster = try TestCluster()
        try namespace(cluster, "held")
        let cms = try cluster.resource("", "v1", "configmaps")
        try cluster.client.create(cms, namespace: "held", configMap("pinned", finalizers: ["example.com/hold"]))
        try cluster.client.create(cms, namespace: "held", configMap("plain"))
        try cluster.client.delete(try cluster.resource("", "v1", "namespaces"), namespace: nil, name: "held")
        try cluster.runUntilQuiet()

        let ns = try cluster.get("", "v1", "namespaces", "held")
        #expect(ns?[path: ["status", "phase"]]?.stringValue == "Terminating")
        #expect(try cluster.get("", "v1", "configmaps", namespace: "held", "plain") == nil)
        let remaining = condition(ns, "NamespaceContentRemaining")
        #expect(remaining.status == "True")
        #expect(remaining.reason == "SomeResourcesRemain")
        #expect(remaining.message == "Some resources are remaining: configmaps has 1 resource instances")
        let finalizers = condition(ns, "NamespaceFinalizersRemaining")
        #expect(finalizers.message == "Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances")
        #expect(condition(ns, "NamespaceDeletionContentFailure").reason == "ContentDeleted")

        // The finalizer goes; the controller looks again after upstream's wait for finalizers
        // (an estimate of 15 s, halved plus one: 8 s).
        try cluster.client.patch(cms, namespace: "held", name: "pinned", ["metadata": ["finalizers": .null]])
        try cluster.advance(by: 7)
        #expect(try cluster.get("", "v1", "namespaces", "held") != nil)
        try cluster.advance(by: 1)
        #expect(try cluster.get("", "v1", "namespaces", "held") == nil)
    }

    /// Content whose listing fails until `healthy` is set.
    final class FlakyContent: NamespaceContent, @unchecked Sendable {
        let real: RegistryNamespaceContent
        let lock = NSLock()
        var healthy = false
        init(_ real: RegistryNamespaceContent) { self.real = real }
        func resources() throws -> [ResourceInfo] { try real.resources() }
        func list(_ r: ResourceInfo, namespace: String) throws -> [JSON] {
            lock.lock()
            let ok = healthy
            lock.unlock()
            if !ok && r.plural == "configmaps" { throw ReconcileError("the list failed") }
            return try real.list(r, namespace: namespace)
        }
        func delete(_ r: ResourceInfo, namespace: String, name: String) throws(APIError) {
            try real.delete(r, namespace: namespace, name: name)
        }
    }

    @Test func aFailedListNeverFinalizesTheNamespace() throws {
        let box = Box()
        let cluster = try TestCluster(controllers: [
            { context in
                let content = FlakyContent(RegistryNamespaceContent(context: context))
                box.content = content
                return NamespaceController(context: context, content: content)
            },
        ])
        try namespace(cluster, "flaky")
        let cms = try cluster.resource("", "v1", "configmaps")
        try cluster.client.create(cms, namespace: "flaky", configMap("data"))
        try cluster.client.delete(try cluster.resource("", "v1", "namespaces"), namespace: nil, name: "flaky")
        try cluster.advance(by: 60)  // many back-off retries, every one failing
        let ns = try cluster.get("", "v1", "namespaces", "flaky")
        #expect(ns != nil)
        #expect(try cluster.get("", "v1", "configmaps", namespace: "flaky", "data") != nil)
        let failure = condition(ns, "NamespaceDeletionContentFailure")
        #expect(failure.status == "True")
        #expect(failure.reason == "ContentDeletionFailed")
        #expect(cluster.logs.contains { $0.contains("the list failed") })

        box.content?.lock.lock()
        box.content?.healthy = true
        box.content?.lock.unlock()
        try cluster.advance(by: 120)  // the next retry succeeds
        #expect(try cluster.get("", "v1", "namespaces", "flaky") == nil)
        #expect(try cluster.get("", "v1", "configmaps", namespace: "flaky", "data") == nil)
    }

    final class Box: @unchecked Sendable { var content: FlakyContent? }

    @Test func aLiveNamespaceIsLeftAlone() throws {
        let cluster = try TestCluster()
        try namespace(cluster, "live")
        try cluster.client.create(try cluster.resource("", "v1", "configmaps"), namespace: "live", configMap("keep"))
        try cluster.advance(by: 100)
        #expect(try cluster.get("", "v1", "configmaps", namespace: "live", "keep") != nil)
        #expect(try cluster.get("", "v1", "namespaces", "live")?[path: ["status", "conditions"]] == nil)
    }
}

/// The service-account controller keeps `default` in every active namespace.
@Suite struct ServiceAccountControllerTests {
    @Test func everyNamespaceGetsADefaultAccountAndGetsItBackWhenDeleted() throws {
        let cluster = try TestCluster()
        try cluster.runUntilQuiet()
        for ns in ["default", "kube-system", "kube-public", "kube-node-lease"] {
            #expect(try cluster.get("", "v1", "serviceaccounts", namespace: ns, "default") != nil, "\(ns)")
        }
        let sas = try cluster.resource("", "v1", "serviceaccounts")
        let before = try #require(try cluster.get("", "v1", "serviceaccounts", namespace: "default", "default"))
        try cluster.client.delete(sas, namespace: "default", name: "default")
        try cluster.runUntilQuiet()
        let after = try #require(try cluster.get("", "v1", "serviceaccounts", namespace: "default", "default"))
        #expect(after.uid != before.uid)
    }

    @Test func aTerminatingNamespaceGetsNoNewAccount() throws {
        let cluster = try TestCluster(controllers: [{ ServiceAccountController(context: $0) }])  // no namespace controller
        let nsR = try cluster.resource("", "v1", "namespaces")
        try cluster.client.create(nsR, namespace: nil, ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "going"]])
        try cluster.runUntilQuiet()
        try cluster.client.delete(nsR, namespace: nil, name: "going")
        try cluster.client.delete(try cluster.resource("", "v1", "serviceaccounts"), namespace: "going", name: "default")
        try cluster.runUntilQuiet()
        #expect(try cluster.get("", "v1", "serviceaccounts", namespace: "going", "default") == nil)
    }
}

/// Every namespace gets `kube-root-ca.crt`, and gets it back when it is deleted or edited.
@Suite struct RootCACertPublisherTests {
    @Test func everyNamespaceHasTheRootCABundle() throws {
        let cluster = try TestCluster()
        try cluster.runUntilQuiet()
        let bundle = { (ns: String) in try cluster.get("", "v1", "configmaps", namespace: ns, "kube-root-ca.crt") }
        #expect(try bundle("kube-system")?[path: ["data", "ca.crt"]]?.stringValue?.hasPrefix("-----BEGIN CERTIFICATE-----") == true)
        let cms = try cluster.resource("", "v1", "configmaps")
        try cluster.client.patch(cms, namespace: "default", name: "kube-root-ca.crt", ["data": ["ca.crt": "tampered"]])
        try cluster.runUntilQuiet()
        #expect(try bundle("default")?[path: ["data", "ca.crt"]]?.stringValue?.hasPrefix("-----BEGIN CERTIFICATE-----") == true)
        try cluster.client.delete(cms, namespace: "default", name: "kube-root-ca.crt")
        try cluster.runUntilQuiet()
        #expect(try bundle("default") != nil)
    }
}
