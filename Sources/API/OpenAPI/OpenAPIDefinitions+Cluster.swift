/// rbac.authorization.k8s.io/v1, admissionregistration.k8s.io/v1 webhooks and apiregistration.k8s.io/v1 APIService.
extension OpenAPIDefinitions {
    static let rbac: [OpenAPITypeDef] = [
        OpenAPITypeDef("rbac.Role", "A Role is a namespaced set of permissions (PolicyRules), granted by RoleBindings.", objectHeader() + [
            f("rules", .array(.ref("rbac.PolicyRule")), "The permissions of the role.").atomic(),
        ]),
        OpenAPITypeDef("rbac.ClusterRole", "A ClusterRole is a cluster-wide set of permissions, granted by RoleBindings or ClusterRoleBindings.", objectHeader() + [
            f("aggregationRule", .ref("rbac.AggregationRule"), "When set, rules is filled by the controller from the selected ClusterRoles."),
            f("rules", .array(.ref("rbac.PolicyRule")), "The permissions of the role.").atomic(),
        ]),
        OpenAPITypeDef("rbac.AggregationRule", "Selects the ClusterRoles whose rules are combined.", [
            f("clusterRoleSelectors", .array(.ref("meta.LabelSelector")), "Selectors; a ClusterRole matching any one is included.").atomic(),
        ]),
        OpenAPITypeDef("rbac.PolicyRule", "Allowed verbs on some resources or non-resource URLs.", required: ["verbs"], [
            f("apiGroups", .array(.string), "API groups of the resources; \"\" is the core group, \"*\" all groups.").atomic(),
            f("nonResourceURLs", .array(.string), "URL paths (ending in * for prefixes) the rule allows; ClusterRoles only.").atomic(),
            f("resourceNames", .array(.string), "Object names the rule is limited to; all when empty.").atomic(),
            f("resources", .array(.string), "Resources (and resource/subresource) the rule applies to; \"*\" means all.").atomic(),
            f("verbs", .array(.string), "Allowed verbs: get, list, watch, create, update, patch, delete, …; \"*\" means all.").atomic(),
        ]),
        OpenAPITypeDef("rbac.RoleBinding", "A RoleBinding grants a Role or ClusterRole to subjects within one namespace.", required: ["roleRef"], objectHeader() + [
            f("roleRef", .ref("rbac.RoleRef"), "The role granted. Cannot be changed."),
            f("subjects", .array(.ref("rbac.Subject")), "Users, groups and service accounts the role is granted to.").atomic(),
        ]),
        OpenAPITypeDef("rbac.ClusterRoleBinding", "A ClusterRoleBinding grants a ClusterRole to subjects across the cluster.", required: ["roleRef"], objectHeader() + [
            f("roleRef", .ref("rbac.RoleRef"), "The ClusterRole granted. Cannot be changed."),
            f("subjects", .array(.ref("rbac.Subject")), "Users, groups and service accounts the role is granted to.").atomic(),
        ]),
        OpenAPITypeDef("rbac.RoleRef", "A reference to a Role or ClusterRole.", required: ["apiGroup", "kind", "name"], [
            f("apiGroup", .string, "API group of the role: rbac.authorization.k8s.io."),
            f("kind", .string, "Role or ClusterRole."),
            f("name", .string, "Name of the role."),
        ]),
        OpenAPITypeDef("rbac.Subject", "A user, group or service account.", required: ["kind", "name"], [
            f("apiGroup", .string, "API group of the subject: \"\" for ServiceAccount, rbac.authorization.k8s.io for User and Group."),
            f("kind", .string, "User, Group or ServiceAccount."),
            f("name", .string, "Name of the subject."),
            f("namespace", .string, "Namespace of a ServiceAccount subject."),
        ]),
    ]

    /// The fields shared by validating and mutating webhooks.
    static let webhookFields: [OpenAPIField] = [
        f("admissionReviewVersions", .array(.string), "AdmissionReview versions the webhook accepts, in order of preference.").atomic(),
        f("clientConfig", .ref("adm.WebhookClientConfig"), "How to reach the webhook."),
        f("failurePolicy", .string, "What happens when the call fails: Ignore or Fail (default)."),
        f("matchConditions", .array(.ref("adm.MatchCondition")), "CEL conditions a request must meet to be sent to the webhook.").merge("name"),
        f("matchPolicy", .string, "How rules match requests for other versions: Exact or Equivalent (default)."),
        f("name", .string, "The webhook's fully qualified name, such as imagepolicy.kubernetes.io."),
        f("namespaceSelector", .ref("meta.LabelSelector"), "Runs the webhook only for objects in namespaces matching this selector."),
        f("objectSelector", .ref("meta.LabelSelector"), "Runs the webhook only for objects whose labels match this selector."),
        f("rules", .array(.ref("adm.RuleWithOperations")), "The operations and resources the webhook is called for.").atomic(),
        f("sideEffects", .string, "Whether the webhook has side effects: None or NoneOnDryRun."),
        f("timeoutSeconds", .int32, "Seconds before the call times out, 1-30. Defaults to 10."),
    ]

    static let admission: [OpenAPITypeDef] = [
        OpenAPITypeDef("adm.ValidatingWebhookConfiguration", "Webhooks that may accept or reject objects without changing them.", objectHeader() + [
            f("webhooks", .array(.ref("adm.ValidatingWebhook")), "The webhooks.").merge("name"),
        ]),
        OpenAPITypeDef("adm.ValidatingWebhook", "One validating webhook.", required: ["name", "clientConfig", "sideEffects", "admissionReviewVersions"],
                       webhookFields),
        OpenAPITypeDef("adm.MutatingWebhookConfiguration", "Webhooks that may accept, reject or change objects.", objectHeader() + [
            f("webhooks", .array(.ref("adm.MutatingWebhook")), "The webhooks.").merge("name"),
        ]),
        OpenAPITypeDef("adm.MutatingWebhook", "One mutating webhook.", required: ["name", "clientConfig", "sideEffects", "admissionReviewVersions"],
                       webhookFields + [f("reinvocationPolicy", .string, "Whether the webhook is called again after later mutations: Never (default) or IfNeeded.")]),
        OpenAPITypeDef("adm.WebhookClientConfig", "How to reach a webhook: a URL or a service.", [
            f("caBundle", .format("byte"), "PEM CA bundle used to verify the webhook's certificate."),
            f("service", .ref("adm.ServiceReference"), "A service in the cluster; exclusive with url."),
            f("url", .string, "An https URL; exclusive with service."),
        ]),
        OpenAPITypeDef("adm.ServiceReference", "A reference to a service.", required: ["namespace", "name"], [
            f("name", .string, "Name of the service."),
            f("namespace", .string, "Namespace of the service."),
            f("path", .string, "URL path requests are sent to."),
            f("port", .int32, "The service port. Defaults to 443."),
        ]),
        OpenAPITypeDef("adm.RuleWithOperations", "Operations on resources of some groups and versions.", [
            f("apiGroups", .array(.string), "API groups; \"*\" means all.").atomic(),
            f("apiVersions", .array(.string), "API versions; \"*\" means all.").atomic(),
            f("operations", .array(.string), "CREATE, UPDATE, DELETE, CONNECT or \"*\".").atomic(),
            f("resources", .array(.string), "Resources, or resource/subresource; \"*\" means all.").atomic(),
            f("scope", .string, "Cluster, Namespaced or \"*\" (default)."),
        ]),
        OpenAPITypeDef("adm.MatchCondition", "A named CEL condition.", required: ["name", "expression"], [
            f("expression", .string, "A CEL expression that evaluates to a bool."),
            f("name", .string, "The condition's name."),
        ]),
        OpenAPITypeDef("apireg.APIService", "An APIService registers a server that serves one group-version through the aggregation layer.", objectHeader() + [
            f("spec", .ref("apireg.APIServiceSpec"), "The group-version and the service that serves it."),
            f("status", .ref("apireg.APIServiceStatus"), "Whether the APIService is available. Read-only."),
        ]),
        OpenAPITypeDef("apireg.APIServiceSpec", "What an APIService serves and where.", required: ["groupPriorityMinimum", "versionPriority"], [
            f("caBundle", .format("byte"), "PEM CA bundle used to verify the server's certificate.").atomic(),
            f("group", .string, "The API group served."),
            f("groupPriorityMinimum", .int32, "The group's minimum priority in discovery order; higher comes first."),
            f("insecureSkipTLSVerify", .boolean, "Skip TLS verification of the server. Discouraged."),
            f("service", .ref("apireg.ServiceReference"), "The service of the server; empty means the request is handled locally."),
            f("version", .string, "The API version served."),
            f("versionPriority", .int32, "The version's priority within its group; higher comes first."),
        ]),
        OpenAPITypeDef("apireg.ServiceReference", "A reference to a service.", [
            f("name", .string, "Name of the service."),
            f("namespace", .string, "Namespace of the service."),
            f("port", .int32, "The service port. Defaults to 443."),
        ]),
        OpenAPITypeDef("apireg.APIServiceStatus", "The observed state of an APIService.", [
            f("conditions", .array(.ref("apireg.APIServiceCondition")), "The Available condition.").merge("type"),
        ]),
        OpenAPITypeDef("apireg.APIServiceCondition", "One condition of an APIService.", required: ["type", "status"], [
            f("lastTransitionTime", .ref("meta.Time"), "When the condition last changed status."),
            f("message", .string, "Human-readable details of the last transition."),
            f("reason", .string, "A CamelCase reason for the last transition."),
            f("status", .string, "True, False or Unknown."),
            f("type", .string, "Available."),
        ]),
    ]
}
