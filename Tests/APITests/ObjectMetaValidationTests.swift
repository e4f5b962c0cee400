import JSON
import Testing
@testable import API

@Suite struct ObjectMetaValidationTests {
    func validate(_ meta: JSON, namespaced: Bool = true) -> [String] {
        ObjectMetaValidation.validate(meta, namespaced: namespaced, nameValidator: NameValidation.dns1123Subdomain).map(\.message)
    }

    @Test func requiresNameOrGenerateName() {
        #expect(validate(["namespace": "default"]) == ["metadata.name: Required value: name or generateName is required"])
        #expect(validate(["generateName": "web-", "namespace": "default"]).isEmpty)
    }

    @Test func rejectsBadLabelKeysAndValues() {
        let msgs = validate(["name": "x", "labels": ["bad key": "ok", "app": "-bad"]])
        #expect(msgs.count == 2)
        #expect(msgs[0].hasPrefix("metadata.labels: Invalid value: \"bad key\": name part must consist of alphanumeric characters"))
        #expect(msgs[1].hasPrefix("metadata.labels: Invalid value: \"-bad\": a valid label must be an empty string"))
    }

    @Test func acceptsPrefixedQualifiedNames() {
        #expect(validate(["name": "x", "labels": ["app.kubernetes.io/name": "web"], "annotations": ["kubectl.kubernetes.io/last-applied-configuration": "{}"]]).isEmpty)
        #expect(LabelValidation.qualifiedName("a/b/c").count == 1)
        #expect(LabelValidation.qualifiedName("/b") == ["prefix part must be non-empty"])
    }

    /// Valid keys take a one-pass check; everything it refuses must still get upstream's messages.
    @Test func qualifiedNamePrefixRulesMatchDNSSubdomains() {
        for good in ["a", "a/b", "example.com/x_y.z-1", "a-b.c-d/e", "0.9/Z", String(repeating: "n", count: 63)] {
            #expect(LabelValidation.qualifiedName(good).isEmpty, "\(good)")
        }
        let bad = ["Example.com/x", "-a/b", "a-/b", "a..b/c", ".a/b", "a./b", "a.-b/c", "a_b/c", "a/-b", "a/",
                   String(repeating: "n", count: 64), String(repeating: "p", count: 254) + "/x"]
        for key in bad {
            #expect(!LabelValidation.qualifiedName(key).isEmpty, "\(key)")
        }
        #expect(LabelValidation.qualifiedName("Example.com/x").first?.hasPrefix("prefix part a lowercase RFC 1123 subdomain") == true)
    }

    @Test func limitsTotalAnnotationSize() {
        let big = String(repeating: "x", count: 256 * 1024)
        #expect(validate(["name": "x", "annotations": ["a": .string(big)]]) == ["metadata.annotations: Too long: may not be more than 262144 bytes"])
    }

    @Test func checksOwnerReferenceShape() {
        let msgs = validate(["name": "x", "ownerReferences": [["apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "rs"]]])
        #expect(msgs == ["metadata.ownerReferences.uid: Invalid value: \"\": uid must not be empty"])
    }

    @Test func forbidsNamespaceOnClusterScopedKinds() {
        #expect(validate(["name": "x", "namespace": "default"], namespaced: false) == ["metadata.namespace: Forbidden: not allowed on this type"])
    }

    @Test func usesKindNameRule() {
        #expect(Strategies.strategy(group: "", kind: "Service").validateName("1abc").count == 1)
        #expect(Strategies.strategy(group: "rbac.authorization.k8s.io", kind: "ClusterRole").validateName("system:metrics-server").isEmpty)
        #expect(Strategies.strategy(group: "", kind: "ServiceAccount").validateName("system:x").count == 1)
        #expect(Strategies.strategy(group: "", kind: "Namespace").validateName("a.b").count == 1)
    }
}
