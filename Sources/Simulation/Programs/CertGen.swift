import API
import Controllers
import Foundation
import JSON

/// What ingress-nginx's `kube-webhook-certgen` does (its two admission Jobs): `create` makes the
/// admission Secret (`ca`, `cert`, `key`) unless it exists; `patch` writes the CA into the webhook
/// configuration's `caBundle` (and its failure policy). Idempotent, so the kubelet may apply it again.
enum CertGen {
    static func apply(args: [String], namespace: String, context: ControllerContext) throws {
        func value(_ flag: String) -> String? {
            args.first { $0.hasPrefix("--\(flag)=") }.map { String($0.dropFirst(flag.count + 3)) }
        }
        let ns = value("namespace").flatMap { $0.hasPrefix("$(") ? nil : $0 } ?? namespace
        guard let secretName = value("secret-name"), let secrets = context.resource("", "v1", "secrets") else { return }
        let ca = pem("CERTIFICATE", seed: "ca-\(ns)-\(secretName)")
        if args.first == "create" {
            guard context.informers.lister(for: secrets).get(ObjectKey(namespace: ns, name: secretName)) == nil else { return }
            let host = value("host") ?? ""
            do throws(APIError) {
                try context.client.create(secrets, namespace: ns, [
                    "apiVersion": "v1", "kind": "Secret", "metadata": ["name": .string(secretName)],
                    "data": ["ca": .string(base64(ca)), "cert": .string(base64(pem("CERTIFICATE", seed: "cert-\(host)"))),
                             "key": .string(base64(pem("EC PRIVATE KEY", seed: "key-\(host)")))],
                ])
            } catch {
                if error.code != 409 { throw ReconcileError("certgen create: \(error.message)") }
            }
        } else if args.first == "patch", let webhook = value("webhook-name") {
            guard let secret = context.informers.lister(for: secrets).get(ObjectKey(namespace: ns, name: secretName)),
                  let bundle = secret[path: ["data", "ca"]]?.stringValue else { return }
            var targets = ["validatingwebhookconfigurations"]
            if value("patch-mutating") != "false" { targets.append("mutatingwebhookconfigurations") }
            for plural in targets {
                guard let r = context.resource("admissionregistration.k8s.io", "v1", plural),
                      var config = context.informers.lister(for: r).get(ObjectKey(namespace: nil, name: webhook)) else { continue }
                let before = config
                let hooks = (config["webhooks"]?.arrayValue ?? []).map { h -> JSON in
                    var h = h
                    h[path: ["clientConfig", "caBundle"]] = .string(bundle)
                    if let policy = value("patch-failure-policy") { h["failurePolicy"] = .string(policy) }
                    return h
                }
                config["webhooks"] = .array(hooks)
                guard config != before else { continue }
                do throws(APIError) {
                    try context.client.update(r, namespace: nil, name: webhook, config)
                } catch {
                    if error.code != 409 { throw ReconcileError("certgen patch: \(error.message)") }
                }
            }
        }
    }

    /// A PEM block whose body is stable for `seed` (it is not a real certificate: nothing here verifies TLS).
    static func pem(_ type: String, seed: String) -> String {
        let body = Data(Hex.digest(seed, length: 96).utf8).base64EncodedString()
        return "-----BEGIN \(type)-----\n\(body)\n-----END \(type)-----\n"
    }

    static func base64(_ s: String) -> String { Data(s.utf8).base64EncodedString() }
}
