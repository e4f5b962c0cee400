import JSON

/// Deployments (apps/v1): upstream apps/v1 `SetDefaults_Deployment`, `ValidateDeployment` and the deployment
/// REST strategy (status reset on create, kept on update, generation bumped by spec changes).
public struct DeploymentStrategy: KindStrategy {
    public init() {}

    public var hasStatusSubresource: Bool { true }
    public var tracksGeneration: Bool { true }

    public func applyDefaults(_ object: inout JSON) {
        WorkloadRules.defaultSpec(&object, "replicas", 1)
        var strategy = object[path: ["spec", "strategy"]] ?? .object(JSONObject())
        if strategy.objectValue == nil { strategy = .object(JSONObject()) }
        PodSpecDefaults.setIfAbsent(&strategy, "type", "RollingUpdate")
        if strategy["type"]?.stringValue == "RollingUpdate" {
            var rolling = strategy["rollingUpdate"] ?? .object(JSONObject())
            if rolling.objectValue == nil { rolling = .object(JSONObject()) }
            PodSpecDefaults.setIfAbsent(&rolling, "maxUnavailable", "25%")
            PodSpecDefaults.setIfAbsent(&rolling, "maxSurge", "25%")
            strategy["rollingUpdate"] = rolling
        }
        object[path: ["spec", "strategy"]] = strategy
        WorkloadRules.defaultSpec(&object, "revisionHistoryLimit", 10)
        WorkloadRules.defaultSpec(&object, "progressDeadlineSeconds", 600)
        WorkloadRules.defaultTemplate(&object)
    }

    public func prepareForCreate(_ object: inout JSON) {
        object["status"] = .object(JSONObject())
    }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
    }

    public func validate(_ object: JSON) -> [FieldError] {
        var errs = WorkloadRules.validateSelectorAndTemplate(object, selectorWord: "deployment", templateOwner: "ReplicaSet")
        let spec = object["spec"]
        errs += validateStrategy(spec?["strategy"])
        if let pds = spec?["progressDeadlineSeconds"]?.intValue {
            errs += ValidationSupport.nonNegative(.int(pds), "spec.progressDeadlineSeconds")
            if pds <= (spec?["minReadySeconds"]?.intValue ?? 0) {
                errs.append(ValidationSupport.invalidInt("spec.progressDeadlineSeconds", pds, "must be greater than minReadySeconds"))
            }
        }
        return errs
    }

    private func validateStrategy(_ strategy: JSON?) -> [FieldError] {
        let type = strategy?["type"]?.stringValue ?? ""
        switch type {
        case "Recreate":
            if let r = strategy?["rollingUpdate"], r != .null {
                return [FieldError(.forbidden, "spec.strategy.rollingUpdate", "may not be specified when strategy `type` is 'Recreate'")]
            }
            return []
        case "RollingUpdate":
            let rolling = strategy?["rollingUpdate"]
            let unavailable = rolling?["maxUnavailable"], surge = rolling?["maxSurge"]
            var errs = WorkloadRules.validateIntOrPercent(unavailable, field: "spec.strategy.rollingUpdate.maxUnavailable")
            errs += WorkloadRules.validateIntOrPercent(surge, field: "spec.strategy.rollingUpdate.maxSurge")
            if WorkloadRules.intOrPercentIsZero(unavailable), WorkloadRules.intOrPercentIsZero(surge) {
                let rendered = unavailable?.stringValue.map(ValidationSupport.quote) ?? String(unavailable?.intValue ?? 0)
                errs.append(FieldError(.invalid, "spec.strategy.rollingUpdate.maxUnavailable", value: rendered, "may not be 0 when `maxSurge` is 0"))
            }
            return errs
        default:
            return [ValidationSupport.notSupported("spec.strategy.type", type, ["Recreate", "RollingUpdate"])]
        }
    }

    public func validateUpdate(_ object: JSON, old: JSON) -> [FieldError] {
        WorkloadRules.validateSelectorImmutable(object, old: old)
    }
}
