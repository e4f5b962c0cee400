import ArgumentParser

/// The kubeling command line.
struct Kubeling: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kubeling",
        abstract: "A mini Kubernetes API server: one binary, one SQLite file.",
        subcommands: [Serve.self, Kubeconfig.self],
        defaultSubcommand: Serve.self
    )
}

Kubeling.main()
