import API
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// kubeling-openapi <outdir>: writes the OpenAPI documents of the standard registry under <outdir>
// (v3/index.json, v3/<group-version path>.json, v2/swagger.json, v2/swagger.pb). The output is
// deterministic; APITests fails when the committed openapi/ folder differs from it.

/// Prints `message` on standard error and exits with `status`.
func fail(_ message: String, status: Int32 = 1) -> Never {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count) }
    exit(status)
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    fail("usage: kubeling-openapi <outdir>", status: 2)
}
let outdir = arguments[1]

/// Creates `path` and its parents (mode 0755); existing directories are fine.
func makeDirectories(_ path: String) {
    var current = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
        current += "/" + part
        if mkdir(current, 0o755) != 0 && errno != EEXIST {
            fail("kubeling-openapi: cannot create \(current)")
        }
    }
}

/// Writes `bytes` to `path`, replacing it.
func writeFile(_ bytes: [UInt8], to path: String) {
    guard let file = fopen(path, "wb") else {
        fail("kubeling-openapi: cannot write \(path)")
    }
    let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
    if written != bytes.count {
        fail("kubeling-openapi: short write to \(path)")
    }
}

let documents = OpenAPIDocuments(registry: .standard)
for file in documents.files {
    let path = outdir + "/" + file.path
    if let slash = path.lastIndex(of: "/") { makeDirectories(String(path[..<slash])) }
    writeFile(file.bytes, to: path)
    print("wrote \(path) (\(file.bytes.count) bytes)")
}
