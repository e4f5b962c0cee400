import JSON

/// Upstream's ServiceAccount admission plugin (`plugin/pkg/admission/serviceaccount`), for Pod creates:
/// defaults `spec.serviceAccountName` to `default`, rejects a Pod naming an account that does not exist,
/// copies the account's `imagePullSecrets`, and mounts the API credentials (the projected
/// `kube-api-access-<5>` volume) into every container unless automounting is turned off.
enum ServiceAccountAdmission {
    /// Upstream `DefaultServiceAccountName`.
    static let defaultName = "default"
    /// Upstream `ServiceAccountVolumeName` and the `-` its generated volume names add.
    static let volumePrefix = "kube-api-access-"
    /// Upstream `DefaultAPITokenMountPath`.
    static let mountPath = "/var/run/secrets/kubernetes.io/serviceaccount"
    /// Upstream `MirrorPodAnnotationKey`: the kubelet's copy of a static pod.
    static let mirrorPodAnnotation = "kubernetes.io/config.mirror"

    /// Admits a Pod create; updates pass untouched (upstream mutates only on create).
    static func admit(_ pod: inout JSON, _ a: AdmissionAttributes, lookup: AdmissionLookup) throws(APIError) {
        guard a.operation == .create, var spec = pod["spec"], spec.objectValue != nil else { return }
        // The deprecated `serviceAccount` is read when `serviceAccountName` is empty (v1 conversion).
        let named = spec["serviceAccountName"]?.stringValue ?? spec["serviceAccount"]?.stringValue ?? ""
        if pod[path: ["metadata", "annotations", mirrorPodAnnotation]] != nil {
            // Mirror pods' specs are left alone (the kubelet deletes a mirror pod that differs from its
            // static pod); upstream only validates that they use no service account.
            try validateMirrorPod(spec, named: named, a)
            return
        }
        let name = named.isEmpty ? defaultName : named
        spec["serviceAccountName"] = .string(name)
        spec["serviceAccount"] = .string(name)
        let account = lookup.get(plural: "serviceaccounts", namespace: a.namespace, name: name)
        // Upstream retries `default` for a while before giving up, because the service account controller
        // creates it right after the namespace; here a create does not block, so a missing `default` is
        // admitted as an account with no settings (the controller creates it), and only a named account
        // that does not exist is rejected.
        if account == nil, name != defaultName {
            throw a.forbidden("error looking up service account \(a.namespace)/\(name): serviceaccount \"\(name)\" not found")
        }
        if shouldAutomount(account: account, spec: spec) {
            mountToken(&spec)
        }
        if (spec["imagePullSecrets"]?.arrayValue ?? []).isEmpty,
           let secrets = account?["imagePullSecrets"]?.arrayValue, !secrets.isEmpty {
            spec["imagePullSecrets"] = .array(secrets.map { (s: JSON) -> JSON in ["name": s["name"] ?? ""] })
        }
        pod["spec"] = spec
    }

    /// Upstream `shouldAutomount`: the Pod's `automountServiceAccountToken` wins, then the account's;
    /// true when neither says.
    static func shouldAutomount(account: JSON?, spec: JSON) -> Bool {
        spec["automountServiceAccountToken"]?.boolValue ?? account?["automountServiceAccountToken"]?.boolValue ?? true
    }

    /// Upstream `mountServiceAccountToken`: reuses a `kube-api-access-` volume the Pod already has, else
    /// names a new one; mounts it read-only at the token path in every init container and container that
    /// does not mount something there already; adds the volume when one of them needed it.
    static func mountToken(_ spec: inout JSON) {
        var volumes = spec["volumes"]?.arrayValue ?? []
        let existing = volumes.lazy.compactMap { $0["name"]?.stringValue }.first { $0.hasPrefix(volumePrefix) }
        let volumeName = existing ?? ObjectMeta.generatedName(volumePrefix)
        let mount: JSON = ["name": .string(volumeName), "readOnly": true, "mountPath": .string(mountPath)]
        var needed = false
        for key in ["initContainers", "containers"] {
            guard var containers = spec[key]?.arrayValue else { continue }
            for i in containers.indices {
                var mounts = containers[i]["volumeMounts"]?.arrayValue ?? []
                if mounts.contains(where: { $0["mountPath"]?.stringValue == mountPath }) { continue }
                mounts.append(mount)
                containers[i]["volumeMounts"] = .array(mounts)
                needed = true
            }
            spec[key] = .array(containers)
        }
        if existing == nil, needed {
            volumes.append(tokenVolume(volumeName))
            spec["volumes"] = .array(volumes)
        }
    }

    /// Upstream `TokenVolumeSource`: a bound token (3607 s, the warn-only expiry), the cluster's CA from
    /// `kube-root-ca.crt` and the namespace, with `defaultMode` set explicitly (kubernetes#104464).
    static func tokenVolume(_ name: String) -> JSON {
        [
            "name": .string(name),
            "projected": [
                "defaultMode": 420,
                "sources": [
                    ["serviceAccountToken": ["expirationSeconds": 3607, "path": "token"]],
                    ["configMap": ["name": "kube-root-ca.crt", "items": [["key": "ca.crt", "path": "ca.crt"]]]],
                    ["downwardAPI": ["items": [["path": "namespace",
                                                "fieldRef": ["apiVersion": "v1", "fieldPath": "metadata.namespace"]]]]],
                ],
            ],
        ]
    }

    /// Upstream's validation of mirror pods: no service account, no token projections. (Its check that
    /// they reference no Secrets is not made.)
    static func validateMirrorPod(_ spec: JSON, named: String, _ a: AdmissionAttributes) throws(APIError) {
        if !named.isEmpty {
            throw a.forbidden("a mirror pod may not reference service accounts")
        }
        for v in spec["volumes"]?.arrayValue ?? [] {
            for source in v[path: ["projected", "sources"]]?.arrayValue ?? [] where source["serviceAccountToken"] != nil {
                throw a.forbidden("a mirror pod may not use ServiceAccountToken volume projections")
            }
        }
    }
}
