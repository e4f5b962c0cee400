import Testing
import JSON
@testable import API

private let pod: JSON = [
    "apiVersion": "v1", "kind": "Pod",
    "metadata": ["name": "web-1", "namespace": "default", "labels": ["app": "web", "n": 3]],
    "spec": ["nodeName": "node-1", "restartPolicy": "Always", "schedulerName": "default-scheduler",
             "serviceAccountName": "default", "hostNetwork": true],
    "status": ["phase": "Running", "podIP": "10.0.0.9", "podIPs": [["ip": "10.0.0.7"]]],
]

@Test func podAttributesAreUpstreamSelectableFields() {
    let (fields, labels) = ObjectAttributes.extract(pod, group: "", plural: "pods")
    #expect(labels == ["app": "web"])
    #expect(fields == [
        "metadata.name": "web-1", "metadata.namespace": "default", "spec.nodeName": "node-1",
        "spec.restartPolicy": "Always", "spec.schedulerName": "default-scheduler",
        "spec.serviceAccountName": "default", "spec.hostNetwork": "true", "status.phase": "Running",
        "status.podIP": "10.0.0.7", "status.nominatedNodeName": "",
    ])
    let bare = ObjectAttributes.extract(["metadata": ["name": "p"]], group: "", plural: "pods").fields
    #expect(bare["spec.hostNetwork"] == "false")
    #expect(bare["status.phase"] == "")
    // Every supported pod field (except the spec.host alias) is extracted.
    for f in ObjectAttributes.supportedFields(group: "", plural: "pods") where f != "spec.host" {
        #expect(bare[f] != nil, "\(f)")
    }
}

@Test func coreEventAttributesIncludeInvolvedObjectAndSource() throws {
    let event: JSON = [
        "apiVersion": "v1", "kind": "Event",
        "metadata": ["name": "web.1", "namespace": "default"],
        "involvedObject": ["kind": "Deployment", "namespace": "default", "name": "web", "uid": "u-1",
                           "apiVersion": "apps/v1", "resourceVersion": "12"],
        "reason": "ScalingReplicaSet", "type": "Normal", "source": ["component": "deployment-controller"],
        "reportingComponent": "",
    ]
    let fields = ObjectAttributes.extract(event, group: "", plural: "events").fields
    #expect(fields["involvedObject.kind"] == "Deployment")
    #expect(fields["involvedObject.uid"] == "u-1")
    #expect(fields["involvedObject.fieldPath"] == "")
    #expect(fields["source"] == "deployment-controller")
    #expect(fields["reason"] == "ScalingReplicaSet")
    let sel = try FieldSelector(parsing: "involvedObject.name=web,involvedObject.namespace=default,involvedObject.kind=Deployment,involvedObject.uid=u-1")
    #expect(sel.matches(fields))
    // The same object seen through events.k8s.io matches the converted selector.
    let newEvents = try #require(ResourceRegistry.standard.resource(group: "events.k8s.io", version: "v1", plural: "events"))
    let converted = try FieldSelector(parsing: "regarding.name=web").converted(for: newEvents)
    #expect(converted.matches(ObjectAttributes.extract(event, resource: newEvents).fields))
}

@Test func eventsK8sIoShapedEventsReadRegardingAndReportingController() {
    let event: JSON = [
        "apiVersion": "events.k8s.io/v1", "kind": "Event", "metadata": ["name": "e", "namespace": "ns"],
        "regarding": ["kind": "Pod", "name": "p"], "reportingController": "kubelet", "reason": "Started",
    ]
    let fields = ObjectAttributes.extract(event, group: "events.k8s.io", plural: "events").fields
    #expect(fields["involvedObject.kind"] == "Pod")
    #expect(fields["reportingComponent"] == "kubelet")
    #expect(fields["source"] == "kubelet")
}

@Test func kindSpecificFieldsPrintAsUpstream() {
    let node = ObjectAttributes.extract(["metadata": ["name": "n"], "spec": ["unschedulable": true]], group: "", plural: "nodes").fields
    #expect(node == ["metadata.name": "n", "spec.unschedulable": "true"])
    let rs = ObjectAttributes.extract(["metadata": ["name": "r", "namespace": "d"], "status": ["replicas": 3]], group: "apps", plural: "replicasets").fields
    #expect(rs["status.replicas"] == "3")
    let job = ObjectAttributes.extract(["metadata": ["name": "j"]], group: "batch", plural: "jobs").fields
    #expect(job["status.successful"] == "0")
    let secret = ObjectAttributes.extract(["metadata": ["name": "s"], "type": "Opaque"], group: "", plural: "secrets").fields
    #expect(secret["type"] == "Opaque")
    let ns = ObjectAttributes.extract(["metadata": ["name": "default"], "status": ["phase": "Active"]], group: "", plural: "namespaces").fields
    #expect(ns == ["metadata.name": "default", "status.phase": "Active"])
}

@Test func extractFromBytesParsesAndSurvivesGarbage() {
    let good = ObjectAttributes.extractFromBytes(pod.bytes, group: "", plural: "pods")
    #expect(good.fields["status.phase"] == "Running")
    #expect(good.labels["app"] == "web")
    for garbage in [[UInt8](), Array("{".utf8), Array("[1,2]".utf8), [0xFF, 0xFE, 0x00], Array("\"x\"".utf8)] {
        let attrs = ObjectAttributes.extractFromBytes(garbage, group: "", plural: "pods")
        #expect(attrs.fields.isEmpty && attrs.labels.isEmpty)
    }
}

/// The storage indexer skims stored bytes; it must see exactly what a full parse sees, for every
/// kind whose field selectors read more than the name.
@Test func skimmedExtractionMatchesTheFullTreeForEveryKindWithFieldSelectors() throws {
    let samples: [(String, String, String)] = [
        ("", "pods", #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"ns","uid":"u","labels":{"a":"b"}},"spec":{"nodeName":"n1","restartPolicy":"Never","schedulerName":"s","serviceAccountName":"sa","hostNetwork":true,"containers":[{"name":"c","image":"i"}]},"status":{"phase":"Running","podIP":"10.0.0.1","podIPs":[{"ip":"10.0.0.2"}],"nominatedNodeName":"n2","conditions":[{"type":"Ready","status":"True"}]}}"#),
        ("", "events", #"{"apiVersion":"v1","kind":"Event","metadata":{"name":"e","namespace":"ns"},"involvedObject":{"kind":"Pod","namespace":"ns","name":"p","uid":"u1","apiVersion":"v1","resourceVersion":"7","fieldPath":"spec.containers{c}"},"reason":"Started","type":"Normal","source":{"component":"kubelet","host":"n1"},"reportingComponent":"kubelet","message":"m"}"#),
        ("events.k8s.io", "events", #"{"apiVersion":"events.k8s.io/v1","kind":"Event","metadata":{"name":"e","namespace":"ns"},"regarding":{"kind":"Pod","name":"p","uid":"u2"},"reason":"R","type":"Warning","reportingController":"ctl","deprecatedSource":{"component":""}}"#),
        ("", "nodes", #"{"apiVersion":"v1","kind":"Node","metadata":{"name":"n"},"spec":{"unschedulable":true,"taints":[{"key":"k"}]},"status":{"capacity":{"cpu":"4"}}}"#),
        ("", "services", #"{"apiVersion":"v1","kind":"Service","metadata":{"name":"s","namespace":"ns"},"spec":{"clusterIP":"10.96.0.9","type":"NodePort","ports":[{"port":80}]}}"#),
        ("", "secrets", #"{"apiVersion":"v1","kind":"Secret","metadata":{"name":"s","namespace":"ns"},"type":"Opaque","data":{"a":"Yg=="}}"#),
        ("", "namespaces", #"{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"x"},"status":{"phase":"Terminating"}}"#),
        ("apps", "replicasets", #"{"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"r","namespace":"ns"},"status":{"replicas":3}}"#),
        ("batch", "jobs", #"{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j","namespace":"ns"},"status":{"succeeded":2}}"#),
    ]
    for (group, plural, text) in samples {
        let full = ObjectAttributes.extract(try JSONParser.parse(text), group: group, plural: plural)
        let skimmed = ObjectAttributes.extractFromBytes(Array(text.utf8), group: group, plural: plural)
        #expect(skimmed.fields == full.fields, "\(group)/\(plural)")
        #expect(skimmed.labels == full.labels, "\(group)/\(plural)")
        #expect(full.fields.values.contains { !$0.isEmpty && $0 != "false" && $0 != "0" }, "\(group)/\(plural) sample extracts nothing")
    }
}

@Test func theSkimKeepsWhatTheKindsSelectableFieldsRead() {
    // Derived from the strategies' fields; these are the members the indexer has always needed.
    #expect(ObjectAttributes.skimmedScalars == [
        "name", "namespace", "nodeName", "restartPolicy", "schedulerName", "serviceAccountName", "hostNetwork",
        "phase", "podIP", "nominatedNodeName", "unschedulable", "replicas", "clusterIP", "type", "succeeded",
        "kind", "uid", "apiVersion", "resourceVersion", "fieldPath", "component",
    ])
    #expect(ObjectAttributes.skimmedContainers == ["labels", "podIPs"])
}
