import JSON

/// Upstream's Priority admission plugin (`plugin/pkg/admission/priority`), for Pods: on create,
/// `priorityClassName` (or the global default class) becomes `spec.priority` and `spec.preemptionPolicy`;
/// on update, the values set at create are kept when the new object omits them.
enum PriorityAdmission {
    /// Upstream `scheduling.DefaultPriorityWhenNoDefaultClassExists`.
    static let defaultPriority: Int64 = 0
    /// The preemption policy of Pods when no class gives one (upstream `PreemptLowerPriority`).
    static let defaultPreemptionPolicy = "PreemptLowerPriority"

    /// A PriorityClass as admission reads it.
    struct PriorityClass: Equatable {
        var name: String
        var value: Int64
        var preemptionPolicy: String?
        var globalDefault: Bool

        init(_ obj: JSON) {
            name = obj.name ?? ""
            value = obj["value"]?.intValue ?? 0
            preemptionPolicy = obj["preemptionPolicy"]?.stringValue
            globalDefault = obj["globalDefault"]?.boolValue ?? false
        }
    }

    /// Admits a Pod create or update.
    static func admit(_ pod: inout JSON, _ a: AdmissionAttributes, lookup: AdmissionLookup) throws(APIError) {
        guard var spec = pod["spec"], spec.objectValue != nil else { return }
        switch a.operation {
        case .update:
            // Validation forbids changing these; an update that leaves them out keeps the old values.
            for key in ["priority", "preemptionPolicy"] where spec[key] == nil || spec[key] == .null {
                if let old = a.old?[path: ["spec", key]], old != .null { spec[key] = old }
            }
        case .create:
            let className = spec["priorityClassName"]?.stringValue ?? ""
            let priority: Int64
            let policy: String?
            if className.isEmpty {
                // Upstream `getDefaultPriority`: the global default class, else priority 0.
                if let pc = defaultClass(lookup) {
                    spec["priorityClassName"] = .string(pc.name)
                    priority = pc.value
                    policy = pc.preemptionPolicy
                } else {
                    priority = defaultPriority
                    policy = defaultPreemptionPolicy
                }
            } else {
                // Upstream reads only PriorityClass objects: the system classes exist because the
                // apiserver creates them at start (here `Seed.installAddons`).
                guard let obj = lookup.get(group: "scheduling.k8s.io", plural: "priorityclasses", namespace: nil,
                                           name: className) else {
                    throw a.forbidden("no PriorityClass with name \(className) was found")
                }
                let pc = PriorityClass(obj)
                priority = pc.value
                policy = pc.preemptionPolicy
            }
            if let given = spec["priority"]?.intValue, given != priority {
                throw a.forbidden("the integer value of priority (\(given)) must not be provided in pod spec; priority admission controller computed \(priority) from the given PriorityClass name")
            }
            spec["priority"] = .int(priority)
            if let policy {
                if let given = spec["preemptionPolicy"]?.stringValue, given != policy {
                    throw a.forbidden("the string value of PreemptionPolicy (\(given)) must not be provided in pod spec; priority admission controller computed \(policy) from the given PriorityClass name")
                }
                spec["preemptionPolicy"] = .string(policy)
            }
        }
        pod["spec"] = spec
    }

    /// Upstream `getDefaultPriorityClass`: the class marked `globalDefault`; when a race left several,
    /// the one with the lowest value.
    static func defaultClass(_ lookup: AdmissionLookup) -> PriorityClass? {
        lookup.list(group: "scheduling.k8s.io", plural: "priorityclasses", namespace: nil)
            .map(PriorityClass.init)
            .filter(\.globalDefault)
            .min { $0.value < $1.value }
    }
}
