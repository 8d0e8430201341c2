import Dispatch

/// Work started on another thread while the caller goes on with something else; `value()`
/// waits for it. For independent reads that together take a noticeable time (an import's file
/// and the school's roster), so that the machine's second core does one of them.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchGroup()
    /// Written once on the worker before `finished` is left, read only after waiting for it.
    private var result: Result<Value, any Error> = .failure(CancellationError())

    init(_ work: @escaping @Sendable () throws -> Value) {
        finished.enter()
        DispatchQueue.global().async {
            self.result = Result { try work() }
            self.finished.leave()
        }
    }

    /// The work's value, or the error it threw, once it is done.
    func value() throws -> Value {
        finished.wait()
        return try result.get()
    }
}
