import Foundation
import JSON

/// Typed views over objects kept as JSON (design.md §3, "Objects are JSON values; types are views"):
/// controllers read fields by name instead of spelling JSON paths. A view reads; writers build the
/// changed JSON and send it through the Registry.

/// One entry of `metadata.ownerReferences`.
public struct OwnerReference: Sendable, Equatable {
    public var apiVersion: String
    public var kind: String
    public var name: String
    public var uid: String
    /// Whether this owner is the managing controller (at most one per object).
    public var controller: Bool
    /// Whether the owner's foreground deletion waits for this dependent.
    public var blockOwnerDeletion: Bool

    public init(apiVersion: String, kind: String, name: String, uid: String, controller: Bool = false,
                blockOwnerDeletion: Bool = false) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.uid = uid
        self.controller = controller
        self.blockOwnerDeletion = blockOwnerDeletion
    }

    /// The reference a controller puts on what it creates (upstream `metav1.NewControllerRef`:
    /// `controller` and `blockOwnerDeletion` true); nil when `owner` has no name or uid yet.
    public static func controller(of owner: JSON, apiVersion: String, kind: String) -> OwnerReference? {
        guard let name = owner.name, let uid = owner.uid else { return nil }
        return OwnerReference(apiVersion: apiVersion, kind: kind, name: name, uid: uid, controller: true,
                              blockOwnerDeletion: true)
    }

    /// Reads one reference; nil when a required field is missing.
    public init?(_ json: JSON) {
        guard let apiVersion = json["apiVersion"]?.stringValue, let kind = json["kind"]?.stringValue,
              let name = json["name"]?.stringValue, let uid = json["uid"]?.stringValue else { return nil }
        self.init(apiVersion: apiVersion, kind: kind, name: name, uid: uid,
                  controller: json["controller"]?.boolValue ?? false,
                  blockOwnerDeletion: json["blockOwnerDeletion"]?.boolValue ?? false)
    }

    /// The JSON form, with `controller` and `blockOwnerDeletion` written only when true (as kubectl
    /// shows upstream controllers' references).
    public var json: JSON {
        var o: JSONObject = ["apiVersion": .string(apiVersion), "kind": .string(kind), "name": .string(name),
                             "uid": .string(uid)]
        if controller { o["controller"] = true }
        if blockOwnerDeletion { o["blockOwnerDeletion"] = true }
        return .object(o)
    }
}

extension JSON {
    /// `metadata.ownerReferences`.
    public var ownerReferences: [OwnerReference] {
        (self[path: ["metadata", "ownerReferences"]]?.arrayValue ?? []).compactMap(OwnerReference.init)
    }

    /// The owner reference with `controller: true` (upstream `metav1.GetControllerOf`).
    public var controllerRef: OwnerReference? { ownerReferences.first { $0.controller } }

    /// The object's key within its resource, when it has a name.
    public var objectKey: ObjectKey? { name.map { ObjectKey(namespace: namespace, name: $0) } }

    /// `metadata.deletionTimestamp`, parsed.
    public var deletionTimestamp: Date? {
        self[path: ["metadata", "deletionTimestamp"]]?.stringValue.flatMap(ObjectMeta.parseTimestamp)
    }

    /// `metadata.creationTimestamp`, as written.
    public var creationTimestamp: String? { self[path: ["metadata", "creationTimestamp"]]?.stringValue }

    /// `metadata.annotations`.
    public var annotations: [String: String] { self[path: ["metadata", "annotations"]]?.stringMap ?? [:] }

    /// `metadata.generation` (0 when unset).
    public var generation: Int64 { self[path: ["metadata", "generation"]]?.intValue ?? 0 }
}

/// A Pod, read through.
public struct Pod: Sendable {
    /// The whole object.
    public let object: JSON
    public init(_ object: JSON) { self.object = object }

    /// `status.phase` ("Pending" when unset, as upstream defaults it).
    public var phase: String { object[path: ["status", "phase"]]?.stringValue ?? "Pending" }
    /// `spec.nodeName`; nil when not scheduled.
    public var nodeName: String? {
        object[path: ["spec", "nodeName"]]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
    }
    /// Whether the Pod has finished for good (Succeeded or Failed).
    public var isTerminal: Bool { phase == "Succeeded" || phase == "Failed" }
    /// The status of condition `type` ("True", "False", "Unknown"), nil when absent.
    public func condition(_ type: String) -> String? {
        object[path: ["status", "conditions"]]?.arrayValue?
            .first { $0["type"]?.stringValue == type }?["status"]?.stringValue
    }
    /// Whether the Ready condition is True.
    public var isReady: Bool { condition("Ready") == "True" }
    /// `spec.terminationGracePeriodSeconds` (upstream default 30).
    public var terminationGracePeriodSeconds: Int64 {
        object[path: ["spec", "terminationGracePeriodSeconds"]]?.intValue ?? 30
    }
}

/// A Namespace, read through.
public struct Namespace: Sendable {
    /// The whole object.
    public let object: JSON
    public init(_ object: JSON) { self.object = object }

    /// `status.phase` ("Active" when unset).
    public var phase: String { object[path: ["status", "phase"]]?.stringValue ?? "Active" }
    /// `spec.finalizers`: what must finish before the namespace can go (upstream: `kubernetes`).
    public var specFinalizers: [String] {
        (object[path: ["spec", "finalizers"]]?.arrayValue ?? []).compactMap(\.stringValue)
    }
    /// Whether deletion has started.
    public var isTerminating: Bool { object.isBeingDeleted || phase == "Terminating" }
}
