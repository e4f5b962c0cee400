import Foundation
import JSON

/// `POST …/serviceaccounts/NAME/token` (authentication.k8s.io/v1 TokenRequest), which
/// `kubectl create token` uses. kubeling authenticates nobody yet, so the token is a well-formed
/// but unsigned JWT carrying upstream's claims; clients that only pass it along work.
public enum TokenRequests {
    /// The answered TokenRequest for the ServiceAccount `account`.
    public static func issue(for account: JSON, request: JSON, now: Date) throws(APIError) -> JSON {
        let name = account.name ?? ""
        let namespace = account.namespace ?? ""
        let seconds = request[path: ["spec", "expirationSeconds"]]?.intValue ?? 3600
        guard seconds >= 600 else {
            throw APIError.invalid(kind: "TokenRequest", group: "authentication.k8s.io", name: name, [
                FieldError(.invalid, "spec.expirationSeconds", value: String(seconds), "may not specify a duration less than 10 minutes"),
            ])
        }
        let audiences = request[path: ["spec", "audiences"]]?.arrayValue ?? []
        let audience: [JSON] = audiences.isEmpty ? ["https://kubernetes.default.svc.cluster.local"] : audiences
        let issued = Int64(now.timeIntervalSince1970)
        let claims: JSON = [
            "aud": .array(audience), "exp": .int(issued + seconds), "iat": .int(issued), "nbf": .int(issued),
            "iss": "https://kubernetes.default.svc.cluster.local",
            "sub": .string("system:serviceaccount:\(namespace):\(name)"),
            "kubernetes.io": ["namespace": .string(namespace),
                              "serviceaccount": ["name": .string(name), "uid": .string(account.uid ?? "")]],
        ]
        let header: JSON = ["alg": "none", "typ": "JWT"]
        let token = base64URL(header.bytes) + "." + base64URL(claims.bytes) + "."
        var spec = request["spec"]?.objectValue ?? JSONObject()
        spec["audiences"] = .array(audience)
        spec["expirationSeconds"] = .int(seconds)
        return [
            "kind": "TokenRequest", "apiVersion": "authentication.k8s.io/v1",
            "metadata": ["name": .string(name), "namespace": .string(namespace), "creationTimestamp": .null],
            "spec": .object(spec),
            "status": ["token": .string(token),
                       "expirationTimestamp": .string(ObjectMeta.timestamp(now.addingTimeInterval(Double(seconds))))],
        ]
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
