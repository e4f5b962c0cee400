import ArgumentParser

/// `kubeling kubeconfig`: prints a kubeconfig that points kubectl at the server.
struct Kubeconfig: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a kubeconfig for the server.")

    @Option(help: "The server URL.")
    var server = "http://127.0.0.1:8080"

    func run() throws {
        print("""
        apiVersion: v1
        kind: Config
        clusters:
        - name: kubeling
          cluster:
            server: \(server)
        contexts:
        - name: kubeling
          context:
            cluster: kubeling
            user: kubeling
            namespace: default
        current-context: kubeling
        users:
        - name: kubeling
          user: {}
        preferences: {}
        """)
    }
}
