/// The preset zlib dictionary of SPDY/3 header blocks (SPDY Protocol Draft 3, "Compression" of the
/// name/value header block): 65 common header names and values, each as a 4-byte big-endian length
/// and the bytes, followed by a run of status codes, reason phrases, dates and media types.
/// 1423 bytes, Adler-32 0xE3C6A7C2 (the DICTID a peer's first block announces).
public enum SPDYDictionary {
    private static let words = [
        "options", "head", "post", "put", "delete", "trace", "accept", "accept-charset", "accept-encoding",
        "accept-language", "accept-ranges", "age", "allow", "authorization", "cache-control", "connection",
        "content-base", "content-encoding", "content-language", "content-length", "content-location",
        "content-md5", "content-range", "content-type", "date", "etag", "expect", "expires", "from", "host",
        "if-match", "if-modified-since", "if-none-match", "if-range", "if-unmodified-since", "last-modified",
        "location", "max-forwards", "pragma", "proxy-authenticate", "proxy-authorization", "range", "referer",
        "retry-after", "server", "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "vary", "via",
        "warning", "www-authenticate", "method", "get", "status", "200 OK", "version", "HTTP/1.1", "url",
        "public", "set-cookie", "keep-alive", "origin",
    ]

    private static let tail = "100101201202205206300302303304305306307402405406407408409410411412413414415"
        + "416417502504505203 Non-Authoritative Information204 No Content301 Moved Permanently400 Bad Request"
        + "401 Unauthorized403 Forbidden404 Not Found500 Internal Server Error501 Not Implemented"
        + "503 Service UnavailableJan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec 00:00:00 Mon, Tue, Wed, "
        + "Thu, Fri, Sat, Sun, GMTchunked,text/html,image/png,image/jpg,image/gif,application/xml,"
        + "application/xhtml+xml,text/plain,text/javascript,publicprivatemax-age=gzip,deflate,sdch"
        + "charset=utf-8charset=iso-8859-1,utf-,*,enq=0."

    /// The dictionary's bytes.
    public static let bytes: [UInt8] = {
        var out: [UInt8] = []
        out.reserveCapacity(1423)
        for word in words {
            let utf8 = Array(word.utf8)
            out += [UInt8(utf8.count >> 24 & 0xFF), UInt8(utf8.count >> 16 & 0xFF),
                    UInt8(utf8.count >> 8 & 0xFF), UInt8(utf8.count & 0xFF)]
            out += utf8
        }
        out += Array(tail.utf8)
        return out
    }()
}
