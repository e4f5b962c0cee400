import JSON

/// ResourceQuotas: status subresource, and upstream's `ValidateResourceQuotaSpec` rules for the names in
/// `spec.hard`, `spec.scopes` and `spec.scopeSelector` (which scopes exist, which resources each may
/// limit, conflicting pairs, operators and values); `spec.scopes` cannot change.
struct ResourceQuotaStrategy: KindStrategy {
    var hasStatusSubresource: Bool { true }

    func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
    }

    /// Upstream `standardResourceQuotaScopes` (with `CrossNamespacePodAffinity`).
    static let standardScopes: Set<String> = [
        "Terminating", "NotTerminating", "BestEffort", "NotBestEffort", "PriorityClass", "CrossNamespacePodAffinity",
    ]
    /// Upstream `standardQuotaResources`.
    static let standardQuotaResources: Set<String> = [
        "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.storage",
        "requests.ephemeral-storage", "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods",
        "resourcequotas", "services", "replicationcontrollers", "secrets", "persistentvolumeclaims", "configmaps",
        "services.nodeports", "services.loadbalancers",
    ]
    static let podComputeResources: Set<String> = ["cpu", "memory", "limits.cpu", "limits.memory", "requests.cpu", "requests.memory"]

    /// Upstream `IsStandardQuotaResourceName`.
    static func isStandardQuotaResource(_ name: String) -> Bool {
        standardQuotaResources.contains(name) || name.hasPrefix("hugepages-") || name.hasPrefix("requests.hugepages-")
    }

    /// Upstream `IsResourceQuotaScopeValidForResource`.
    static func scopeValid(_ scope: String, for resource: String) -> Bool {
        switch scope {
        case "Terminating", "NotTerminating", "NotBestEffort", "PriorityClass", "CrossNamespacePodAffinity":
            return resource == "pods" || podComputeResources.contains(resource)
        case "BestEffort":
            return resource == "pods"
        default:
            return true
        }
    }

    /// Go's `%#v` of a `[]string`-like slice of type `type` (`[]core.ResourceQuotaScope{"BestEffort"}`).
    static func goSlice(_ type: String, _ values: [String]?) -> String {
        guard let values else { return "[]\(type)(nil)" }
        return "[]\(type){" + values.map(ValidationSupport.quote).joined(separator: ", ") + "}"
    }

    /// Go's `%#v` of the internal `core.ScopeSelector`, as upstream prints it in a field error.
    static func goScopeSelector(_ selector: JSON?) -> String {
        guard let list = selector?["matchExpressions"]?.arrayValue else {
            return "core.ScopeSelector{MatchExpressions:[]core.ScopedResourceSelectorRequirement(nil)}"
        }
        let items = list.map { e in
            "core.ScopedResourceSelectorRequirement{ScopeName:\(ValidationSupport.quote(e["scopeName"]?.stringValue ?? "")), "
                + "Operator:\(ValidationSupport.quote(e["operator"]?.stringValue ?? "")), "
                + "Values:\(goSlice("string", e["values"]?.arrayValue?.compactMap(\.stringValue)))}"
        }
        return "core.ScopeSelector{MatchExpressions:[]core.ScopedResourceSelectorRequirement{" + items.joined(separator: ", ") + "}}"
    }

    func validate(_ object: JSON) -> [FieldError] {
        let spec = object["spec"]
        let hard = (spec?["hard"]?.objectValue?.keys.map { $0 } ?? []).sorted()
        var errors: [FieldError] = []
        for k in hard where !k.contains("/") && !Self.isStandardQuotaResource(k) {
            errors.append(ValidationSupport.invalid("spec.hard[\(k)]", k, "must be a standard resource for quota"))
        }
        let scopesJSON = spec?["scopes"]?.arrayValue
        let scopes = scopesJSON?.compactMap(\.stringValue)
        let scopesValue = Self.goSlice("core.ResourceQuotaScope", scopes)
        let conflicting: [[String]] = [["BestEffort", "NotBestEffort"], ["Terminating", "NotTerminating"]]
        if let scopes, !scopes.isEmpty {
            for scope in scopes {
                if !Self.standardScopes.contains(scope) {
                    errors.append(FieldError(.invalid, "spec.scopes", value: scopesValue, "unsupported scope"))
                }
                for k in hard where Self.isStandardQuotaResource(k) && !Self.scopeValid(scope, for: k) {
                    errors.append(FieldError(.invalid, "spec.scopes", value: scopesValue, "unsupported scope applied to resource"))
                }
            }
            for pair in conflicting where pair.allSatisfy(scopes.contains) {
                errors.append(FieldError(.invalid, "spec.scopes", value: scopesValue, "conflicting scopes"))
            }
        }
        if let selector = spec?["scopeSelector"], selector != .null {
            let path = "spec.scopeSelector.matchExpressions"
            var seen: Set<String> = []
            for e in selector["matchExpressions"]?.arrayValue ?? [] {
                let name = e["scopeName"]?.stringValue ?? ""
                let op = e["operator"]?.stringValue ?? ""
                let values = e["values"]?.arrayValue?.compactMap(\.stringValue)
                if !Self.standardScopes.contains(name) {
                    errors.append(FieldError(.invalid, path + ".scopeName", value: ValidationSupport.quote(name), "unsupported scope"))
                }
                for k in hard where Self.isStandardQuotaResource(k) && !Self.scopeValid(name, for: k) {
                    errors.append(FieldError(.invalid, path, value: Self.goScopeSelector(selector), "unsupported scope applied to resource"))
                }
                if ["BestEffort", "NotBestEffort", "Terminating", "NotTerminating", "CrossNamespacePodAffinity"].contains(name),
                   op != "Exists" {
                    errors.append(FieldError(.invalid, path + ".operator", value: ValidationSupport.quote(op),
                                             "must be 'Exist' when scope is any of ResourceQuotaScopeTerminating, ResourceQuotaScopeNotTerminating, ResourceQuotaScopeBestEffort, ResourceQuotaScopeNotBestEffort or ResourceQuotaScopeCrossNamespacePodAffinity"))
                }
                switch op {
                case "In", "NotIn":
                    if (values ?? []).isEmpty {
                        errors.append(FieldError(.required, path + ".values",
                                                 "must be at least one value when `operator` is 'In' or 'NotIn' for scope selector"))
                    }
                case "Exists", "DoesNotExist":
                    if !(values ?? []).isEmpty {
                        errors.append(FieldError(.invalid, path + ".values", value: Self.goSlice("string", values),
                                                 "must be no value when `operator` is 'Exist' or 'DoesNotExist' for scope selector"))
                    }
                default:
                    errors.append(FieldError(.invalid, path + ".operator", value: ValidationSupport.quote(op), "not a valid selector operator"))
                }
                seen.insert(name)
            }
            for pair in conflicting where pair.allSatisfy(seen.contains) {
                errors.append(FieldError(.invalid, path, value: scopesValue, "conflicting scopes"))
            }
        }
        return errors
    }

    func validateUpdate(_ object: JSON, old: JSON) -> [FieldError] {
        let new = Set(object[path: ["spec", "scopes"]]?.arrayValue?.compactMap(\.stringValue) ?? [])
        let before = Set(old[path: ["spec", "scopes"]]?.arrayValue?.compactMap(\.stringValue) ?? [])
        guard new != before else { return [] }
        return [FieldError(.invalid, "spec.scopes",
                           value: Self.goSlice("core.ResourceQuotaScope", object[path: ["spec", "scopes"]]?.arrayValue?.compactMap(\.stringValue)),
                           "field is immutable")]
    }
}
