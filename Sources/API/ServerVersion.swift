import JSON

/// The `/version` document: the server reports Kubernetes 1.33 (the gcloud kubectl dispatcher picks
/// the kubectl binary from `minor`, kubectl-wire.md §0).
public enum ServerVersion {
    /// The major version reported.
    public static let major = "1"
    /// The minor version reported.
    public static let minor = "33"
    /// The git version reported (`kubectl version` prints it as "Server Version").
    public static let gitVersion = "v1.33.0"

    /// The platform this binary runs on, as Go spells it ("linux/amd64").
    public static var platform: String {
        #if os(macOS)
        let os = "darwin"
        #else
        let os = "linux"
        #endif
        #if arch(arm64)
        let arch = "arm64"
        #else
        let arch = "amd64"
        #endif
        return os + "/" + arch
    }

    /// `/version`'s body as upstream writes it (`json.MarshalIndent` with two spaces, no trailing newline).
    public static var indentedInfo: [UInt8] {
        var bytes = OpenAPIPrettyJSON.encode(info)
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        return bytes
    }

    /// The `version.Info` object, member order as upstream 1.33 writes it (1.33 added the emulation
    /// and minimum-compatibility fields).
    public static var info: JSON {
        [
            "major": .string(major),
            "minor": .string(minor),
            "emulationMajor": .string(major),
            "emulationMinor": .string(minor),
            "minCompatibilityMajor": "1",
            "minCompatibilityMinor": "32",
            "gitVersion": .string(gitVersion),
            "gitCommit": "0000000000000000000000000000000000000000",
            "gitTreeState": "clean",
            "buildDate": "2025-04-23T00:00:00Z",
            "goVersion": "go1.24.2",
            "compiler": "gc",
            "platform": .string(platform),
        ]
    }
}
