/// One table as kubectl prints it (tab-writer aligned columns), read back into named cells.
/// Columns start where the header has a word after two or more blanks, so empty cells stay empty.
struct PrintedTable {
    let header: [String]
    let rows: [[String: String]]

    /// Every table in `text`; kubectl separates the tables of a multi-type `get` by blank lines.
    static func parseAll(_ text: String) -> [PrintedTable] {
        var tables: [PrintedTable] = []
        var block: [Substring] = []
        let lines: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false) + [Substring("")]
        for line in lines {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !block.isEmpty { tables.append(PrintedTable(block)) }
                block = []
            } else {
                block.append(line)
            }
        }
        return tables
    }

    /// The first table in `text` (an empty one when nothing was printed).
    static func parse(_ text: String) -> PrintedTable {
        parseAll(text).first ?? PrintedTable([])
    }

    private init(_ lines: [Substring]) {
        guard let head = lines.first.map(Array.init) else { header = []; rows = []; return }
        var starts: [Int] = []
        for i in head.indices where head[i] != " " {
            if i == 0 || (i >= 2 && head[i - 1] == " " && head[i - 2] == " ") { starts.append(i) }
        }
        func cells(_ line: [Character]) -> [String] {
            starts.indices.map { c in
                let from = min(starts[c], line.count)
                let to = c + 1 < starts.count ? min(starts[c + 1], line.count) : line.count
                return String(line[from..<to]).trimmingCharacters(in: .whitespaces)
            }
        }
        let names = cells(head)
        header = names
        rows = lines.dropFirst().map { line in
            Dictionary(zip(names, cells(Array(line))), uniquingKeysWith: { a, _ in a })
        }
    }

    /// The row whose NAME cell is `name` (kubectl prefixes `kind/` in multi-type output).
    func row(_ name: String) -> [String: String]? {
        rows.first { $0["NAME"] == name }
    }

    /// The NAME cells, in order.
    var names: [String] { rows.compactMap { $0["NAME"] } }
}
