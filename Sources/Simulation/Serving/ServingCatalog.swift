/// Which `HTTPProgram` serves a container and at what cost, from its image and the program its
/// command runs (`ImageCatalog.program(argv:)`).
public enum ServingCatalog {
    /// The program family: the program's name, except Apache running `registry.k8s.io/hpa-example`.
    public static func family(image: ImageReference, program: Program) -> String {
        if program.name == "httpd", image.repository.hasSuffix("hpa-example") { return "hpa-example" }
        return program.name
    }

    /// The handler for a family; nil for programs that answer no HTTP (the ingress controller's 80 and
    /// 443 are the gateway, handled by the network itself).
    public static func handler(family: String) -> (any HTTPProgram)? {
        switch family {
        case "flask": return FlaskApp()
        case "nginx": return NginxServer()
        case "httpd": return ApacheServer(site: .itWorks)
        case "hpa-example": return ApacheServer(site: .hpaExample)
        case "metrics-server": return HealthServer(kind: .metricsServer)
        case "ingress-nginx": return HealthServer(kind: .ingressController)
        case "coredns": return HealthServer(kind: .coredns)
        default: return nil
        }
    }
}
