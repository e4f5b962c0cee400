import API
import Foundation
import JSON

/// A container's file system as the runtime and the kubelet assemble it: the image's tree (by userland),
/// `/etc/hostname`, `/etc/hosts` and `/etc/resolv.conf`, and every `volumeMount`: ConfigMap and Secret
/// keys as files, projected volumes (the service-account token, `ca.crt`, `namespace`), downward API
/// files, `emptyDir` shared by the Pod's containers and writable, and `hostPath` shared on the node.
enum ContainerFiles {
    /// Where volume contents come from.
    struct Sources: Sendable {
        var configMap: @Sendable (String) -> JSON?
        var secret: @Sendable (String) -> JSON?
        /// The Pod's `emptyDir` of this name (one directory for all its containers).
        var emptyDir: @Sendable (String) -> VFSDirectory
        /// The node's directory at this host path.
        var hostPath: @Sendable (String) -> VFSDirectory
    }

    static func build(pod: JSON, container: JSON, userland: Userland, podIP: String, nodeName: String,
                      sources: Sources, clock: @escaping @Sendable () -> Date) -> VirtualFileSystem {
        let namespace = pod.namespace ?? "default"
        let hostname = pod[path: ["spec", "hostname"]]?.stringValue ?? pod.name ?? ""
        let fs = VirtualFileSystem.standardRoot(hostname: hostname, podIP: podIP, namespace: namespace,
                                                userland: userland, clock: clock)
        imageFiles(fs, image: ImageReference(container["image"]?.stringValue ?? ""), now: clock())
        let volumes = pod[path: ["spec", "volumes"]]?.arrayValue ?? []
        for mount in container["volumeMounts"]?.arrayValue ?? [] {
            guard let name = mount["name"]?.stringValue, let path = mount["mountPath"]?.stringValue,
                  let volume = volumes.first(where: { $0["name"]?.stringValue == name }) else { continue }
            let (directory, readOnly) = contents(of: volume, pod: pod, container: container, nodeName: nodeName,
                                                 sources: sources, now: clock())
            let ro = readOnly || mount["readOnly"]?.boolValue == true
            if let sub = mount["subPath"]?.stringValue, !sub.isEmpty {
                // A subPath mounts one entry of the volume (a file or a directory) at mountPath.
                let inner = VirtualFileSystem(root: directory, clock: clock)
                if let node = inner.node("/" + sub) {
                    fs.place(node, at: path)
                } else if !ro {
                    let made = VFSDirectory(modified: clock())
                    inner.place(.directory(made), at: "/" + sub)
                    fs.mount(made, at: path)
                }
            } else {
                fs.mount(directory, at: path, readOnly: ro)
            }
        }
        return fs
    }

    /// What an image ships beyond the usual tree: nginx's document root, the Flask app's source.
    static func imageFiles(_ fs: VirtualFileSystem, image: ImageReference, now: Date) {
        if image.repository.hasSuffix("library/nginx") {
            fs.place(.file(VFSFile(NginxPages.welcome, modified: now)), at: "/usr/share/nginx/html/index.html")
            fs.place(.file(VFSFile(NginxPages.error(500, server: NginxServer.version), modified: now)),
                     at: "/usr/share/nginx/html/50x.html")
        }
    }

    /// A volume's directory, and whether it is read-only by nature.
    static func contents(of volume: JSON, pod: JSON, container: JSON, nodeName: String, sources: Sources,
                         now: Date) -> (VFSDirectory, Bool) {
        let name = volume["name"]?.stringValue ?? ""
        if volume["emptyDir"] != nil { return (sources.emptyDir(name), false) }
        if let path = volume[path: ["hostPath", "path"]]?.stringValue { return (sources.hostPath(path), false) }
        let dir = VFSDirectory(modified: now)
        let fs = VirtualFileSystem(root: dir, clock: { now })
        func add(_ path: String, _ bytes: [UInt8], mode: UInt16 = 0o644) {
            fs.place(.file(VFSFile(bytes, mode: mode, modified: now)), at: "/" + path)
        }
        func keys(_ data: [String: [UInt8]], items: [JSON]?, mode: UInt16) {
            if let items, !items.isEmpty {
                for item in items {
                    guard let key = item["key"]?.stringValue, let path = item["path"]?.stringValue, let bytes = data[key] else { continue }
                    add(path, bytes, mode: item["mode"]?.intValue.map { UInt16(truncatingIfNeeded: $0) } ?? mode)
                }
            } else {
                for (key, bytes) in data { add(key, bytes, mode: mode) }
            }
        }
        func configMapData(_ name: String) -> [String: [UInt8]] {
            var data = (sources.configMap(name)?["data"]?.stringMap ?? [:]).mapValues { Array($0.utf8) }
            for (k, v) in sources.configMap(name)?["binaryData"]?.stringMap ?? [:] {
                data[k] = Data(base64Encoded: v).map { [UInt8]($0) } ?? []
            }
            return data
        }
        func secretData(_ name: String) -> [String: [UInt8]] {
            (sources.secret(name)?["data"]?.stringMap ?? [:]).mapValues { Data(base64Encoded: $0).map { [UInt8]($0) } ?? [] }
        }
        func mode(_ source: JSON?, _ fallback: UInt16 = 0o644) -> UInt16 {
            source?["defaultMode"]?.intValue.map { UInt16(truncatingIfNeeded: $0) } ?? fallback
        }
        if let cm = volume["configMap"], let n = cm["name"]?.stringValue {
            keys(configMapData(n), items: cm["items"]?.arrayValue, mode: mode(cm))
        } else if let secret = volume["secret"], let n = secret["secretName"]?.stringValue {
            keys(secretData(n), items: secret["items"]?.arrayValue, mode: mode(secret))
        } else if let downward = volume["downwardAPI"] {
            for item in downward["items"]?.arrayValue ?? [] {
                guard let path = item["path"]?.stringValue, let value = downwardValue(item, pod: pod, container: container)
                else { continue }
                add(path, Array(value.utf8))
            }
        } else if let projected = volume["projected"] {
            for source in projected["sources"]?.arrayValue ?? [] {
                if let token = source["serviceAccountToken"] {
                    add(token["path"]?.stringValue ?? "token", Array(serviceAccountToken(pod: pod, now: now,
                        seconds: token["expirationSeconds"]?.intValue ?? 3607).utf8), mode: 0o600)
                } else if let cm = source["configMap"], let n = cm["name"]?.stringValue {
                    keys(configMapData(n), items: cm["items"]?.arrayValue, mode: mode(projected))
                } else if let secret = source["secret"], let n = secret["name"]?.stringValue {
                    keys(secretData(n), items: secret["items"]?.arrayValue, mode: mode(projected))
                } else if let downward = source["downwardAPI"] {
                    for item in downward["items"]?.arrayValue ?? [] {
                        guard let path = item["path"]?.stringValue,
                              let value = downwardValue(item, pod: pod, container: container) else { continue }
                        add(path, Array(value.utf8))
                    }
                }
            }
        }
        return (dir, true)
    }

    /// A downward API file's content: a field (labels and annotations as `key="value"` lines) or a resource.
    static func downwardValue(_ item: JSON, pod: JSON, container: JSON) -> String? {
        if let field = item[path: ["fieldRef", "fieldPath"]]?.stringValue {
            func lines(_ map: [String: String]) -> String {
                map.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: "\n")
            }
            switch field {
            case "metadata.labels": return lines(pod.labels)
            case "metadata.annotations": return lines(pod[path: ["metadata", "annotations"]]?.stringMap ?? [:])
            case "metadata.name": return pod.name
            case "metadata.namespace": return pod.namespace
            case "metadata.uid": return pod.uid
            default:
                if let key = ContainerEnvironment.bracketKey(field, "metadata.labels") { return pod.labels[key] }
                if let key = ContainerEnvironment.bracketKey(field, "metadata.annotations") {
                    return pod[path: ["metadata", "annotations", key]]?.stringValue
                }
                return nil
            }
        }
        if let resource = item["resourceFieldRef"] {
            var target = container
            if let name = resource["containerName"]?.stringValue,
               let c = (pod[path: ["spec", "containers"]]?.arrayValue ?? []).first(where: { $0["name"]?.stringValue == name }) {
                target = c
            }
            return ContainerEnvironment.resourceValue(resource, target)
        }
        return nil
    }

    /// A bound service-account token shaped like the API server's (a JWT whose claims name the Pod and
    /// its ServiceAccount; the signature is not a real one: nothing here verifies tokens).
    static func serviceAccountToken(pod: JSON, now: Date, seconds: Int64) -> String {
        let namespace = pod.namespace ?? "default"
        let account = pod[path: ["spec", "serviceAccountName"]]?.stringValue ?? "default"
        let issued = Int64(now.timeIntervalSince1970)
        let claims: JSON = [
            "aud": ["https://kubernetes.default.svc.cluster.local"],
            "exp": .int(issued + max(600, seconds)), "iat": .int(issued),
            "iss": "https://kubernetes.default.svc.cluster.local",
            "kubernetes.io": ["namespace": .string(namespace),
                              "pod": ["name": .string(pod.name ?? ""), "uid": .string(pod.uid ?? "")],
                              "serviceaccount": ["name": .string(account), "uid": .string(Hex.digest(namespace + "/" + account, length: 32))]],
            "nbf": .int(issued),
            "sub": .string("system:serviceaccount:\(namespace):\(account)"),
        ]
        let header: JSON = ["alg": "RS256", "kid": .string(Hex.digest("kubeling", length: 43))]
        func part(_ json: JSON) -> String {
            var writer = JSONWriter()
            writer.write(json)
            return base64URL(writer.bytes)
        }
        return part(header) + "." + part(claims) + "." + base64URL(Array(Hex.digest(pod.uid ?? "", length: 128).utf8))
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
