import API
import Foundation
import JSON

/// A StatefulSet's Pods and their stable identity, as upstream's `stateful_set_utils.go` builds and
/// reads them: names `<set>-<ordinal>`, the identity labels, `hostname`/`subdomain`, the revision
/// label, and the Pod states the ordered pass waits on.
enum StatefulSetIdentity {
    /// upstream `apps.StatefulSetPodNameLabel`.
    static let podNameLabel = "statefulset.kubernetes.io/pod-name"
    /// upstream `apps.PodIndexLabel` (the PodIndexLabel feature, on by default since 1.28).
    static let podIndexLabel = "apps.kubernetes.io/pod-index"
    /// upstream `apps.ControllerRevisionHashLabelKey`: the name of the revision a Pod was made from.
    static let revisionLabel = "controller-revision-hash"

    /// upstream `getPodName`.
    static func podName(_ setName: String, _ ordinal: Int) -> String { "\(setName)-\(ordinal)" }

    /// upstream `getParentNameAndOrdinal`: the name before the last `-` and the decimal ordinal after
    /// it; nil when the name has no such form.
    static func parentAndOrdinal(_ podName: String) -> (parent: String, ordinal: Int)? {
        guard let dash = podName.lastIndex(of: "-") else { return nil }
        let digits = podName[podName.index(after: dash)...]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
              let ordinal = Int(digits) else { return nil }
        return (String(podName[..<dash]), ordinal)
    }

    /// The ordinal of `pod` when it is a member of `setName` (upstream `isMemberOf` and `getOrdinal`).
    static func ordinal(of pod: JSON, in setName: String) -> Int? {
        guard let parsed = parentAndOrdinal(pod.name ?? ""), parsed.parent == setName else { return nil }
        return parsed.ordinal
    }

    /// upstream `getStartOrdinal`: `spec.ordinals.start`, 0 when unset.
    static func startOrdinal(_ set: JSON) -> Int { Int(set[path: ["spec", "ordinals", "start"]]?.intValue ?? 0) }

    /// `spec.replicas` (defaulted to 1).
    static func replicas(_ set: JSON) -> Int { Int(set[path: ["spec", "replicas"]]?.intValue ?? 1) }

    /// The revision (a ControllerRevision's name) a Pod carries.
    static func revision(of pod: JSON) -> String? { pod.labels[revisionLabel] }

    /// upstream `newStatefulSetPod` with `initIdentity`, `updateStorage` and `setPodRevision`: the Pod
    /// of `ordinal` from `template`, owned by `set`, labelled with its identity and `revision`, its
    /// hostname its name and its subdomain the set's `serviceName`, its claim volumes pointing at the
    /// ordinal's PersistentVolumeClaims. Nil when the template cannot make Pods.
    static func pod(set: JSON, template: JSON, ordinal: Int, revision: String, controllerRef: OwnerReference) -> JSON? {
        var source = set
        source[path: ["spec", "template"]] = template
        guard var pod = PodTemplate.pod(for: source, controllerRef: controllerRef) else { return nil }
        let setName = set.name ?? ""
        let name = podName(setName, ordinal)
        pod[path: ["metadata", "generateName"]] = nil
        pod[path: ["metadata", "name"]] = .string(name)
        pod[path: ["metadata", "labels", podNameLabel]] = .string(name)
        pod[path: ["metadata", "labels", podIndexLabel]] = .string(String(ordinal))
        pod[path: ["metadata", "labels", revisionLabel]] = .string(revision)
        pod[path: ["spec", "hostname"]] = .string(name)
        if let service = set[path: ["spec", "serviceName"]]?.stringValue, !service.isEmpty {
            pod[path: ["spec", "subdomain"]] = .string(service)
        }
        let claims = StatefulSetClaims.templates(set)
        if !claims.isEmpty {
            // upstream `updateStorage`: each claim template replaces a template volume of its name.
            let names = Set(claims.compactMap(\.name))
            var volumes = (pod[path: ["spec", "volumes"]]?.arrayValue ?? []).filter {
                !names.contains($0["name"]?.stringValue ?? "")
            }
            for claim in claims {
                let claimName = StatefulSetClaims.claimName(claim: claim.name ?? "", set: setName, ordinal: ordinal)
                volumes.append(["name": .string(claim.name ?? ""),
                                "persistentVolumeClaim": ["claimName": .string(claimName)]])
            }
            pod[path: ["spec", "volumes"]] = .array(volumes)
        }
        return pod
    }

    /// upstream `identityMatches` / `updateIdentity`: the identity labels `pod` lacks or has wrong, as
    /// a label map to merge; nil when they match.
    static func identityRepair(_ pod: JSON, ordinal: Int) -> JSON? {
        let name = pod.name ?? ""
        let labels = pod.labels
        guard labels[podNameLabel] != name || labels[podIndexLabel] != String(ordinal) else { return nil }
        return ["metadata": ["labels": [podNameLabel: .string(name), podIndexLabel: .string(String(ordinal))]]]
    }

    // MARK: Pod states (upstream `isRunningAndReady`, `isHealthy`, …)

    static func isTerminating(_ pod: JSON) -> Bool { pod.isBeingDeleted }
    static func isFinished(_ pod: JSON) -> Bool { Pod(pod).isTerminal }
    static func isRunningAndReady(_ pod: JSON) -> Bool { Pod(pod).phase == "Running" && Pod(pod).isReady }
    static func isRunningAndAvailable(_ pod: JSON, minReadySeconds: Int64, now: Date) -> Bool {
        Pod(pod).phase == "Running" && Pod(pod).isAvailable(minReadySeconds: minReadySeconds, now: now)
    }
    /// upstream `isHealthy`: running and ready, and not terminating.
    static func isHealthy(_ pod: JSON) -> Bool { isRunningAndReady(pod) && !isTerminating(pod) }
}
