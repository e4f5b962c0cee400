import JSON
import Testing
@testable import API

private let t0 = "2024-01-01T00:00:00Z"
private let t1 = "2024-01-01T00:01:00Z"
private let t2 = "2024-01-01T00:02:00Z"
private let deploymentSchema = KubernetesPatchSchema(kind: "Deployment")

private func deployment(replicas: Int64 = 3, labels: JSON = ["app": "web"], containers: JSON? = nil) -> JSON {
    [
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": ["name": "web", "labels": labels],
        "spec": [
            "replicas": .int(replicas),
            "selector": ["matchLabels": ["app": "web"]],
            "template": [
                "metadata": ["labels": ["app": "web"]],
                "spec": ["containers": containers ?? [["name": "nginx", "image": "nginx:1"]]],
            ],
        ],
    ]
}

private func entries(_ obj: JSON) -> [JSON] { obj[path: ["metadata", "managedFields"]]?.arrayValue ?? [] }
private func entry(_ obj: JSON, _ manager: String) -> JSON? { entries(obj).first { $0["manager"] == .string(manager) } }
private func owned(_ obj: JSON, _ manager: String) -> FieldSet? { entry(obj, manager).flatMap { $0["fieldsV1"] }.flatMap(FieldSet.init(fieldsV1:)) }
private func owns(_ obj: JSON, _ manager: String, _ path: [String]) -> Bool {
    owned(obj, manager)?.paths.contains(path) ?? false
}

private func apply(_ config: JSON, to live: JSON?, manager: String = "kubectl", force: Bool = false, time: String = t1) throws(APIError) -> JSON {
    try ManagedFields.apply(config: config, live: live, manager: manager, force: force, apiVersion: "apps/v1",
                            time: time, schema: deploymentSchema)
}

private func created(_ obj: JSON, by manager: String = "kubectl-create") -> JSON {
    ManagedFields.recordUpdate(old: nil, new: obj, manager: manager, apiVersion: "apps/v1", time: t0, schema: deploymentSchema)
}

@Test func createRecordsAnUpdateEntryOwningEverySetField() throws {
    let obj = created(deployment())
    let e = try #require(entry(obj, "kubectl-create"))
    #expect(e["operation"] == "Update")
    #expect(e["apiVersion"] == "apps/v1")
    #expect(e["time"] == .string(t0))
    #expect(e["fieldsType"] == "FieldsV1")
    let expected = try JSONParser.parse(#"""
    {"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:replicas":{},"f:selector":{"f:matchLabels":{"f:app":{}}},
     "f:template":{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:containers":{"k:{\"name\":\"nginx\"}":{".":{},"f:image":{},"f:name":{}}}}}}}
    """#)
    #expect(e["fieldsV1"] == expected)
    // Server-set metadata and the type fields are not owned.
    #expect(!(owned(obj, "kubectl-create")?.paths.contains(["f:metadata", "f:name"]) ?? true))
    #expect(!(owned(obj, "kubectl-create")?.paths.contains(["f:apiVersion"]) ?? true))
}

@Test func applyConflictsWithAnotherManagersFieldWithUpstreamMessage() throws {
    let live = created(deployment(replicas: 3))
    do {
        _ = try apply(deployment(replicas: 5), to: live)
        Issue.record("expected a conflict")
    } catch {
        #expect(error.code == 409)
        #expect(error.reason == "Conflict")
        #expect(error.message == #"Apply failed with 1 conflict: conflict with "kubectl-create" using apps/v1: .spec.replicas"#)
    }
}

@Test func applyWithSameValuesSharesOwnershipWithoutConflict() throws {
    let live = created(deployment(replicas: 3))
    let out = try apply(deployment(replicas: 3), to: live)
    #expect(owns(out, "kubectl", ["f:spec", "f:replicas"]))
    #expect(owns(out, "kubectl-create", ["f:spec", "f:replicas"]))
    #expect(entries(out).first?["operation"] == "Apply")
}

@Test func forcedApplyTakesOwnership() throws {
    let live = created(deployment(replicas: 3))
    let out = try apply(deployment(replicas: 5), to: live, force: true)
    #expect(out[path: ["spec", "replicas"]] == 5)
    #expect(owns(out, "kubectl", ["f:spec", "f:replicas"]))
    #expect(!owns(out, "kubectl-create", ["f:spec", "f:replicas"]))
    #expect(owns(out, "kubectl-create", ["f:spec", "f:selector", "f:matchLabels", "f:app"]))
}

@Test func multipleConflictsAreGroupedByManager() throws {
    var live = created(deployment(replicas: 3))
    var changed = live
    changed[path: ["metadata", "labels", "app"]] = "other"
    live = ManagedFields.recordUpdate(old: live, new: changed, manager: "editor", apiVersion: "apps/v1", time: t1,
                                      schema: deploymentSchema)
    var config = deployment(replicas: 5)
    config[path: ["metadata", "labels", "app"]] = "mine"
    do {
        _ = try apply(config, to: live, time: t2)
        Issue.record("expected a conflict")
    } catch {
        #expect(error.message == """
        Apply failed with 2 conflicts: conflicts with "editor" using apps/v1:
        - .metadata.labels.app
        conflicts with "kubectl-create" using apps/v1:
        - .spec.replicas
        """)
    }
}

@Test func reapplyingWithoutALabelRemovesIt() throws {
    let first = try apply(deployment(labels: ["app": "web", "tier": "front"]), to: nil, time: t0)
    #expect(first[path: ["metadata", "labels", "tier"]] == "front")
    let second = try apply(deployment(labels: ["app": "web"]), to: first, time: t1)
    #expect(second[path: ["metadata", "labels", "tier"]] == nil)
    #expect(second[path: ["metadata", "labels", "app"]] == "web")
    #expect(!owns(second, "kubectl", ["f:metadata", "f:labels", "f:tier"]))
    #expect(entry(second, "kubectl")?["time"] == .string(t1))
}

@Test func fieldsOwnedByAnotherManagerSurviveTheirRemovalFromAnApply() throws {
    let first = try apply(deployment(labels: ["app": "web", "tier": "front"]), to: nil, time: t0)
    // A second applier also applies the tier label.
    let other: JSON = ["apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "web", "labels": ["tier": "front"]]]
    let shared = try apply(other, to: first, manager: "other", time: t1)
    let second = try apply(deployment(labels: ["app": "web"]), to: shared, time: t2)
    #expect(second[path: ["metadata", "labels", "tier"]] == "front")
    #expect(owns(second, "other", ["f:metadata", "f:labels", "f:tier"]))
}

@Test func applyingAnotherContainerMergesByName() throws {
    let first = try apply(deployment(), to: nil, time: t0)
    let sidecar: JSON = [
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "web"],
        "spec": ["template": ["spec": ["containers": [["name": "sidecar", "image": "busybox"]]]]],
    ]
    let out = try apply(sidecar, to: first, manager: "sidecar-injector", time: t1)
    let names = out[path: ["spec", "template", "spec", "containers"]]?.arrayValue?.compactMap { $0["name"]?.stringValue }
    #expect(names == ["nginx", "sidecar"])
    #expect(owns(out, "sidecar-injector", ["f:spec", "f:template", "f:spec", "f:containers", #"k:{"name":"sidecar"}"#]))
    #expect(owns(out, "kubectl", ["f:spec", "f:template", "f:spec", "f:containers", #"k:{"name":"nginx"}"#, "f:image"]))
    // Dropping its container from the injector's config removes only that container.
    let config: JSON = ["apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "web"]]
    let after = try apply(config, to: out, manager: "sidecar-injector", time: t2)
    #expect(after[path: ["spec", "template", "spec", "containers"]]?.arrayValue?.count == 1)
    #expect(entry(after, "sidecar-injector") == nil)
}

@Test func updateTransfersOwnershipOfChangedFields() throws {
    let live = try apply(deployment(replicas: 3), to: nil, time: t0)
    var scaled = live
    scaled[path: ["spec", "replicas"]] = 7
    let out = ManagedFields.recordUpdate(old: live, new: scaled, manager: "kube-controller-manager", apiVersion: "apps/v1",
                                         time: t1, schema: deploymentSchema)
    #expect(owns(out, "kube-controller-manager", ["f:spec", "f:replicas"]))
    #expect(!owns(out, "kubectl", ["f:spec", "f:replicas"]))
    #expect(owned(out, "kube-controller-manager")?.paths == [["f:spec", "f:replicas"]])
    // Apply entries sort before Update entries.
    #expect(entries(out).map { $0["operation"] } == ["Apply", "Update"])
    // Now the applier conflicts on replicas with the controller.
    #expect(throws: APIError.self) { try apply(deployment(replicas: 3), to: out, time: t2) }
}

@Test func updateThatTakesEverythingDropsTheEmptyEntry() {
    let live = created(deployment(replicas: 3), by: "a")
    var next = live
    next[path: ["spec", "replicas"]] = 4
    let out = ManagedFields.recordUpdate(old: live, new: next, manager: "b", apiVersion: "apps/v1", time: t1,
                                         schema: deploymentSchema)
    #expect(entry(out, "a") != nil)
    // Removing every field "a" owned (a replace by "b" with an empty spec) drops a's entry.
    var emptied = out
    emptied["spec"] = .object(JSONObject())
    emptied[path: ["metadata", "labels"]] = nil
    let final = ManagedFields.recordUpdate(old: out, new: emptied, manager: "b", apiVersion: "apps/v1", time: t2,
                                           schema: deploymentSchema)
    #expect(entry(final, "a") == nil)
}

@Test func noOpUpdateKeepsManagedFieldsUnchanged() {
    let live = created(deployment())
    let out = ManagedFields.recordUpdate(old: live, new: live, manager: "other", apiVersion: "apps/v1", time: t2,
                                         schema: deploymentSchema)
    #expect(out == live)
    var statusOnly = live
    statusOnly["status"] = ["replicas": 3]
    let out2 = ManagedFields.recordUpdate(old: live, new: statusOnly, manager: "other", apiVersion: "apps/v1", time: t2,
                                          schema: deploymentSchema)
    #expect(out2[path: ["metadata", "managedFields"]] == live[path: ["metadata", "managedFields"]])
}

@Test func statusSubresourceUpdatesRecordOnlyStatus() throws {
    let live = created(deployment())
    var next = live
    next["status"] = ["replicas": 3, "conditions": [["type": "Available", "status": "True"]]]
    let out = ManagedFields.recordUpdate(old: live, new: next, manager: "kube-controller-manager", apiVersion: "apps/v1",
                                         time: t1, subresource: "status", schema: deploymentSchema)
    let e = try #require(entry(out, "kube-controller-manager"))
    #expect(e["subresource"] == "status")
    #expect(owned(out, "kube-controller-manager")?.paths.contains(["f:status", "f:conditions", #"k:{"type":"Available"}"#, "f:status"]) == true)
    #expect(owned(out, "kube-controller-manager")?.paths.allSatisfy { $0.first == "f:status" } == true)
}

@Test func clearingManagedFieldsWithASingleEmptyEntry() {
    let live = created(deployment())
    var next = live
    next[path: ["metadata", "managedFields"]] = [[:]]
    let out = ManagedFields.recordUpdate(old: live, new: next, manager: "x", apiVersion: "apps/v1", time: t1, schema: deploymentSchema)
    #expect(out[path: ["metadata", "managedFields"]] == nil)
}

@Test func servicePortsAreKeyedByPortAndProtocol() throws {
    let svc: JSON = ["apiVersion": "v1", "kind": "Service", "metadata": ["name": "s"],
                     "spec": ["ports": [["port": 80, "targetPort": 8080]]]]
    let out = try ManagedFields.apply(config: svc, live: nil, manager: "kubectl", force: false, apiVersion: "v1", time: t0,
                                      schema: KubernetesPatchSchema(kind: "Service"))
    #expect(owns(out, "kubectl", ["f:spec", "f:ports", #"k:{"port":80,"protocol":"TCP"}"#, "f:targetPort"]))
}

@Test func applyRejectsManagedFieldsAndWrongVersions() {
    var config = deployment()
    config[path: ["metadata", "managedFields"]] = []
    #expect(throws: APIError.badRequest("metadata.managedFields must be nil")) { try apply(config, to: nil) }
    var v1 = deployment()
    v1["apiVersion"] = "apps/v1beta1"
    #expect(throws: APIError.self) { try apply(v1, to: nil) }
}

@Test func fieldManagerIsRequiredForApply() {
    #expect(throws: APIError.self) { try ManagedFields.validateOptions(fieldManager: nil, force: nil, isApply: true) }
    do {
        try ManagedFields.validateOptions(fieldManager: "", force: nil, isApply: true)
    } catch {
        #expect(error.code == 422)
        #expect(error.message == #"PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch"#)
    }
    #expect(throws: APIError.self) { try ManagedFields.validateOptions(fieldManager: "m", force: true, isApply: false) }
    #expect(throws: APIError.self) { try ManagedFields.validateOptions(fieldManager: String(repeating: "m", count: 129), force: nil, isApply: false) }
    #expect(throws: Never.self) { try ManagedFields.validateOptions(fieldManager: "kubectl edit", force: nil, isApply: false) }
    #expect(ManagedFields.managerName(fieldManager: nil, userAgent: "kubectl/v1.30.0 (linux/amd64) kubernetes/abc") == "kubectl")
    #expect(ManagedFields.managerName(fieldManager: "mine", userAgent: "curl/8.0") == "mine")
}

@Test func kubectlTakesOverFieldsFromClientSideApplyWithoutConflict() throws {
    // `kubectl apply` (client-side) created the object and recorded its configuration.
    var original = deployment(replicas: 3)
    let lastApplied = original.jsonString
    original[path: ["metadata", "annotations"]] = ["kubectl.kubernetes.io/last-applied-configuration": .string(lastApplied)]
    let live = created(original, by: "kubectl-client-side-apply")
    // Server-side apply by kubectl with a new replica count takes the field over.
    let out = try apply(deployment(replicas: 4), to: live)
    #expect(out[path: ["spec", "replicas"]] == 4)
    #expect(owns(out, "kubectl", ["f:spec", "f:replicas"]))
    #expect(!owns(out, "kubectl-client-side-apply", ["f:spec", "f:replicas"]))
    let synced = try #require(out[path: ["metadata", "annotations", "kubectl.kubernetes.io/last-applied-configuration"]]?.stringValue)
    #expect(try JSONParser.parse(synced)[path: ["spec", "replicas"]] == 4)
    // Another manager name gets the conflict.
    #expect(throws: APIError.self) { try apply(deployment(replicas: 4), to: live, manager: "other") }
    // A field changed since the last client-side apply still conflicts for kubectl.
    var edited = live
    edited[path: ["spec", "replicas"]] = 9
    let editedLive = ManagedFields.recordUpdate(old: live, new: edited, manager: "kubectl-edit", apiVersion: "apps/v1",
                                                time: t1, schema: deploymentSchema)
    #expect(throws: APIError.self) { try apply(deployment(replicas: 4), to: editedLive, time: t2) }
}
