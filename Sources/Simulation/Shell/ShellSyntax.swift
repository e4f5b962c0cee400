/// The syntax tree of a shell program (POSIX Shell Command Language, §2.9–2.10).

/// A word before expansion: parts in source order.
struct ShellWord: Sendable, Equatable {
    var parts: [WordPart]

    /// The word's text when it is a plain unquoted literal (reserved words, names, function names).
    var literal: String? {
        guard parts.count == 1, case .literal(let s) = parts[0] else { return nil }
        return s
    }

    /// Whether any part was quoted (then the word never expands to nothing).
    var hasQuotes: Bool {
        parts.contains {
            switch $0 {
            case .quoted: true
            case .parameter(_, let q), .command(_, let q), .arithmetic(_, let q): q
            case .literal, .tilde: false
            }
        }
    }
}

/// A piece of a word.
enum WordPart: Sendable, Equatable {
    /// Unquoted text (subject to pathname expansion).
    case literal(String)
    /// Quoted or escaped text: taken as is.
    case quoted(String)
    /// `~` or `~user` at the start of a word.
    case tilde(String)
    /// `$name`, `${…}`; `quoted` inside double quotes (no field splitting).
    case parameter(ParameterExpansion, quoted: Bool)
    /// `$(…)` or backticks: the source of the command list.
    case command(String, quoted: Bool)
    /// `$((…))`: the expression's source.
    case arithmetic(String, quoted: Bool)
}

/// `${name op word}`.
struct ParameterExpansion: Sendable, Equatable {
    enum Operation: Sendable, Equatable {
        case plain
        /// `${#name}`
        case length
        /// `-`, `=`, `?`, `+`, with or without `:` (colon: empty counts as unset).
        case useDefault(ShellWord, colon: Bool)
        case assignDefault(ShellWord, colon: Bool)
        case errorIfUnset(ShellWord, colon: Bool)
        case useAlternative(ShellWord, colon: Bool)
        /// `#`, `##`, `%`, `%%`
        case removePrefix(ShellWord, longest: Bool)
        case removeSuffix(ShellWord, longest: Bool)
        /// `${name/pattern/string}` and `${name//pattern/string}` (bash)
        case replace(ShellWord, ShellWord, all: Bool)
    }
    var name: String
    var operation: Operation
}

/// A redirection: `[n]>word`, `[n]>>word`, `[n]<word`, `[n]>&m`, `[n]<&m`, `&>word`, here-documents.
struct Redirection: Sendable, Equatable {
    enum Operator: Sendable, Equatable {
        case output, append, input, duplicateOutput, duplicateInput, inputOutput, outputAndError, appendOutputAndError
        /// `<<` (the body is already read; `expand` unless the delimiter was quoted)
        case hereDocument(expand: Bool)
        /// `<<<` (bash)
        case hereString
    }
    var fd: Int?
    var op: Operator
    var target: ShellWord
}

/// A command.
indirect enum ShellCommand: Sendable, Equatable {
    case simple(assignments: [Assignment], words: [ShellWord], redirections: [Redirection])
    /// `a | b | c`, `! a`
    case pipeline([ShellCommand], negated: Bool)
    /// `a && b || c`
    case andOr(ShellCommand, [(AndOr, ShellCommand)])
    /// Commands run in order; `background` ones with `&`.
    case list([(command: ShellCommand, background: Bool)])
    /// `( … )`
    case subshell(ShellCommand, [Redirection])
    /// `{ …; }`
    case group(ShellCommand, [Redirection])
    /// `if c1; then b1; elif c2; then b2; else e; fi`
    case ifClause([(condition: ShellCommand, body: ShellCommand)], otherwise: ShellCommand?, [Redirection])
    /// `while`/`until c; do b; done`
    case loop(condition: ShellCommand, body: ShellCommand, until: Bool, [Redirection])
    /// `for name in words; do b; done` (nil words: `"$@"`)
    case forLoop(name: String, words: [ShellWord]?, body: ShellCommand, [Redirection])
    /// `case word in p1|p2) b;; esac`
    case caseClause(ShellWord, [(patterns: [ShellWord], body: ShellCommand?)], [Redirection])
    /// `name() compound`
    case function(name: String, body: ShellCommand)

    static func == (a: ShellCommand, b: ShellCommand) -> Bool { "\(a)" == "\(b)" }
}

/// `&&` or `||`.
enum AndOr: Sendable, Equatable { case and, or }

/// `name=word` before a command.
struct Assignment: Sendable, Equatable {
    var name: String
    var value: ShellWord
}

/// Why a script could not be parsed.
enum ShellSyntaxError: Error, Sendable, Equatable {
    /// The input ends in the middle of a construct (an interactive shell asks for more with `> `).
    case incomplete
    /// An unexpected token (`fi`, `)`, `;;`, end of file…).
    case unexpected(String)
}
