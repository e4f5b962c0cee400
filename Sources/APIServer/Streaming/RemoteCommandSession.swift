import API
import Foundation
import JSON

/// One exec or attach session, whatever carries it: owns the process's pipes, runs the runtime on a
/// thread of its own, pumps the outputs to the transport, and reports how it ended.
///
/// The transport feeds the client's input in (`input`, `inputEnded`, `resizeData`) and says when the
/// client is gone (`clientGone`: every pipe closes, so the runtime and the pumps end and no thread
/// is left waiting).
final class RemoteCommandSession: @unchecked Sendable {
    // Sendable invariant: the pipes and the queue are thread-safe themselves; `resizeBuffer` is only
    // touched by the transport's single reader thread.
    /// What the transport does with the session's output and its end.
    struct Output: Sendable {
        /// Sends stdout bytes; false once the client cannot take them.
        var stdout: @Sendable ([UInt8]) -> Bool
        /// Sends stderr bytes; false once the client cannot take them.
        var stderr: @Sendable ([UInt8]) -> Bool
        /// Runs once after the outputs are drained and before `finish`: end the output streams.
        var outputsDone: @Sendable () -> Void
        /// Runs once, last: report the outcome and end the session.
        var finish: @Sendable (Result<ProcessOutcome, APIError>) -> Void
    }

    let request: ProcessRequest
    let isExec: Bool
    let runtime: any PodRuntime
    let stdin: BytePipe?
    let stdout: BytePipe?
    let stderr: BytePipe?
    let resize: TerminalSizeQueue?
    private var resizeBuffer: [UInt8] = []

    init(request: ProcessRequest, isExec: Bool, runtime: any PodRuntime) {
        self.request = request
        self.isExec = isExec
        self.runtime = runtime
        stdin = request.stdin ? BytePipe() : nil
        stdout = request.stdout ? BytePipe() : nil
        stderr = request.stderr && !request.tty ? BytePipe() : nil
        resize = request.tty ? TerminalSizeQueue() : nil
    }

    /// Starts the process and the output pumps on threads of their own; returns at once.
    func start(_ output: Output) {
        let thread = Thread { [self] in run(output) }
        thread.name = "remote-command"
        thread.start()
    }

    private func run(_ output: Output) {
        let pumps = DispatchGroup()
        pump(stdout, to: output.stdout, group: pumps)
        pump(stderr, to: output.stderr, group: pumps)
        let streams = ProcessStreams(stdin: stdin, stdout: stdout, stderr: stderr, resize: resize)
        let outcome: Result<ProcessOutcome, APIError>
        do throws(APIError) {
            outcome = .success(isExec ? try runtime.exec(request, streams: streams)
                                      : try runtime.attach(request, streams: streams))
        } catch {
            outcome = .failure(error)
        }
        // The runtime closes its outputs before returning; closing again is harmless and makes sure
        // the pumps end even if it did not.
        stdout?.closeWrite()
        stderr?.closeWrite()
        pumps.wait()
        stdin?.closeRead()
        resize?.close()
        output.outputsDone()
        output.finish(outcome)
    }

    private func pump(_ pipe: BytePipe?, to send: @escaping @Sendable ([UInt8]) -> Bool, group: DispatchGroup) {
        guard let pipe else { return }
        group.enter()
        let thread = Thread {
            while let bytes = pipe.read() {
                if !send(bytes) {
                    pipe.closeRead()
                    break
                }
            }
            group.leave()
        }
        thread.name = "remote-command-output"
        thread.start()
    }

    /// Client input for the process.
    func input(_ bytes: [UInt8]) {
        stdin?.write(bytes)
    }

    /// The client's end of input.
    func inputEnded() {
        stdin?.closeWrite()
    }

    /// Resize messages: one JSON object per line, `{"Width":W,"Height":H}`; bad lines are skipped.
    func resizeData(_ bytes: [UInt8]) {
        guard let resize else { return }
        resizeBuffer += bytes
        while let newline = resizeBuffer.firstIndex(of: UInt8(ascii: "\n")) {
            let line = Array(resizeBuffer[..<newline])
            resizeBuffer.removeFirst(newline + 1)
            Self.parseSize(line).map(resize.push)
        }
        // kubectl always ends a size with a newline; a lone object without one is taken too.
        if let size = Self.parseSize(resizeBuffer) {
            resizeBuffer = []
            resize.push(size)
        }
    }

    static func parseSize(_ line: [UInt8]) -> TerminalSize? {
        guard let json = try? JSONParser.parse(line), let width = json["Width"]?.intValue,
              let height = json["Height"]?.intValue else { return nil }
        return TerminalSize(width: Int(width), height: Int(height))
    }

    /// The client went away: every pipe closes so the process and the pumps end.
    func clientGone() {
        stdin?.closeWrite()
        stdout?.closeRead()
        stderr?.closeRead()
        resize?.close()
    }
}
