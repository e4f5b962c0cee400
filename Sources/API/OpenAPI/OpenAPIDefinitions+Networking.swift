/// networking.k8s.io/v1 Ingress and IngressClass.
extension OpenAPIDefinitions {
    static let networking: [OpenAPITypeDef] = [
        OpenAPITypeDef("net.Ingress", "An Ingress routes external HTTP(S) traffic to services by host and path.", objectHeader() + [
            f("spec", .ref("net.IngressSpec"), "The rules of the Ingress."),
            f("status", .ref("net.IngressStatus"), "The current state of the Ingress. Read-only."),
        ]),
        OpenAPITypeDef("net.IngressSpec", "The rules and backends of an Ingress.", [
            f("defaultBackend", .ref("net.IngressBackend"), "Where requests matching no rule go."),
            f("ingressClassName", .string, "The IngressClass whose controller implements this Ingress."),
            f("rules", .array(.ref("net.IngressRule")), "Host rules; requests matching none go to the default backend.").atomic(),
            f("tls", .array(.ref("net.IngressTLS")), "TLS settings, by host.").atomic(),
        ]),
        OpenAPITypeDef("net.IngressRule", "Routes requests for one host (or all hosts) by path.", [
            f("host", .string, "A fully qualified domain name, optionally with a leading \"*.\" wildcard label; all hosts when empty."),
            f("http", .ref("net.HTTPIngressRuleValue"), "The HTTP paths of the rule."),
        ]),
        OpenAPITypeDef("net.HTTPIngressRuleValue", "Paths mapped to backends.", required: ["paths"], [
            f("paths", .array(.ref("net.HTTPIngressPath")), "The paths.").atomic(),
        ]),
        OpenAPITypeDef("net.HTTPIngressPath", "One path and the backend it routes to.", required: ["pathType", "backend"], [
            f("backend", .ref("net.IngressBackend"), "Where matching requests go."),
            f("path", .string, "The path to match; must begin with '/' for Prefix and Exact."),
            f("pathType", .string, "How path is matched: Exact, Prefix or ImplementationSpecific."),
        ]),
        OpenAPITypeDef("net.IngressBackend", "A service port or a resource that receives traffic.", [
            f("resource", .ref("core.TypedLocalObjectReference"), "A resource in the Ingress's namespace; exclusive with service."),
            f("service", .ref("net.IngressServiceBackend"), "A service in the Ingress's namespace; exclusive with resource."),
        ]),
        OpenAPITypeDef("core.TypedLocalObjectReference", "A reference to an object in the same namespace, by API group, kind and name.", required: ["kind", "name"], [
            f("apiGroup", .string, "API group of the referent; the core group when empty."),
            f("kind", .string, "Kind of the referent."),
            f("name", .string, "Name of the referent."),
        ]),
        OpenAPITypeDef("net.IngressServiceBackend", "A service and one of its ports.", required: ["name"], [
            f("name", .string, "Name of the service."),
            f("port", .ref("net.ServiceBackendPort"), "The service port, by number or name."),
        ]),
        OpenAPITypeDef("net.ServiceBackendPort", "A service port, by number or by name (exactly one).", [
            f("name", .string, "The port's name."),
            f("number", .int32, "The port's number."),
        ]),
        OpenAPITypeDef("net.IngressTLS", "TLS settings for some hosts.", [
            f("hosts", .array(.string), "Hosts covered by the certificate.").atomic(),
            f("secretName", .string, "The Secret holding the certificate and key."),
        ]),
        OpenAPITypeDef("net.IngressStatus", "The observed state of an Ingress.", [
            f("loadBalancer", .ref("net.IngressLoadBalancerStatus"), "The load balancer of the Ingress."),
        ]),
        OpenAPITypeDef("net.IngressLoadBalancerStatus", "The status of an Ingress's load balancer.", [
            f("ingress", .array(.ref("net.IngressLoadBalancerIngress")), "The ingress points.").atomic(),
        ]),
        OpenAPITypeDef("net.IngressLoadBalancerIngress", "One ingress point of an Ingress.", [
            f("hostname", .string, "A DNS-based ingress point."),
            f("ip", .string, "An IP-based ingress point."),
            f("ports", .array(.free), "The ports of the ingress point.").atomic(),
        ]),
        OpenAPITypeDef("net.IngressClass", "An IngressClass names the controller that implements Ingresses of that class.", objectHeader() + [
            f("spec", .ref("net.IngressClassSpec"), "The controller and its parameters."),
        ]),
        OpenAPITypeDef("net.IngressClassSpec", "The controller of an IngressClass.", [
            f("controller", .string, "The name of the controller, such as example.com/ingress-controller. Cannot be changed."),
            f("parameters", .ref("net.IngressClassParametersReference"), "A resource holding the controller's settings."),
        ]),
        OpenAPITypeDef("net.IngressClassParametersReference", "A reference to a controller's parameters resource.", required: ["kind", "name"], [
            f("apiGroup", .string, "API group of the resource."),
            f("kind", .string, "Kind of the resource."),
            f("name", .string, "Name of the resource."),
            f("namespace", .string, "Namespace of the resource, for scope Namespace."),
            f("scope", .string, "Cluster (default) or Namespace."),
        ]),
    ]
}
