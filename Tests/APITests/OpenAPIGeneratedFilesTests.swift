import Testing
import API

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The repository's `openapi/` folder, found from this file's path (Tests/APITests/…).
func committedOpenAPIDirectory() -> String {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/") + "/openapi"
}

/// The bytes of a file, or nil when it cannot be read.
func readFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = buffer.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, $0.count, file) }
        if n == 0 { break }
        out.append(contentsOf: buffer[0 ..< n])
    }
    return out
}

@Test func committedOpenAPIFolderMatchesTheGenerator() {
    let dir = committedOpenAPIDirectory()
    let files = openAPIDocuments.files
    #expect(files.count == openAPIDocuments.groupVersionPaths.count + 3)
    for file in files {
        // Compared as a Bool so a failure prints the message, not two byte arrays.
        let upToDate = readFile(dir + "/" + file.path) == file.bytes
        #expect(upToDate, "openapi/\(file.path) is stale: run swift run kubeling-openapi openapi")
    }
}
