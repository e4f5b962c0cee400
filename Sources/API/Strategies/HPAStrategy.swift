import JSON

/// HorizontalPodAutoscalers, stored as autoscaling/v2: upstream v2 `SetDefaults_HorizontalPodAutoscaler`
/// (minReplicas 1, a CPU 80% metric when none, behavior rules filled only when `behavior` is given) and
/// autoscaling validation. Objects arriving as v1 go through `HPAConversion.v1ToV2` first.
public struct HPAStrategy: KindStrategy {
    public init() {}

    public var hasStatusSubresource: Bool { true }
    public var tracksGeneration: Bool { true }

    /// autoscaling/v1 objects are stored as v2 (upstream's storage version) and served back as v1.
    public func convertToStorage(_ object: JSON, from served: ResourceInfo) -> JSON {
        served.version == Self.v1 ? HPAConversion.v1ToV2(object) : object
    }

    public func convertFromStorage(_ object: JSON, to served: ResourceInfo) -> JSON {
        served.version == Self.v1 ? HPAConversion.v2ToV1(object) : object
    }

    static let v1 = "v1"

    public func applyDefaults(_ object: inout JSON) {
        guard var spec = object["spec"], spec.objectValue != nil else { return }
        PodSpecDefaults.setIfAbsent(&spec, "minReplicas", 1)
        if (spec["metrics"]?.arrayValue ?? []).isEmpty {
            spec["metrics"] = [HPAConversion.cpuMetric(.int(HPAConversion.defaultCPUUtilization))]
        }
        if var behavior = spec["behavior"], behavior.objectValue != nil {
            behavior["scaleUp"] = Self.fill(behavior["scaleUp"], window: 0,
                                            policies: [["type": "Pods", "value": 4, "periodSeconds": 15],
                                                       ["type": "Percent", "value": 100, "periodSeconds": 15]])
            // Upstream leaves the scale-down window unset (nil) so the controller's flag (300 s) applies.
            behavior["scaleDown"] = Self.fill(behavior["scaleDown"], window: nil,
                                              policies: [["type": "Percent", "value": 100, "periodSeconds": 15]])
            spec["behavior"] = behavior
        }
        object["spec"] = spec
    }

    static func fill(_ rules: JSON?, window: Int64?, policies: [JSON]) -> JSON {
        var r = rules ?? .object(JSONObject())
        if r.objectValue == nil { r = .object(JSONObject()) }
        if let window { PodSpecDefaults.setIfAbsent(&r, "stabilizationWindowSeconds", .int(window)) }
        PodSpecDefaults.setIfAbsent(&r, "selectPolicy", "Max")
        PodSpecDefaults.setIfAbsent(&r, "policies", .array(policies))
        return r
    }

    public func prepareForCreate(_ object: inout JSON) {
        object["status"] = ["desiredReplicas": 0]
    }

    public func prepareForUpdate(_ object: inout JSON, old: JSON) {
        object["status"] = old["status"]
    }

    public func validate(_ object: JSON) -> [FieldError] {
        HPAValidation.validate(object["spec"] ?? .object(JSONObject()))
    }
}
