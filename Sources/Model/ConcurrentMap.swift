import Dispatch

extension Array where Element: Sendable {
    /// `transform` applied to every element, results in the elements' order, the work spread over
    /// the machine's cores in at most eight chunks of at least `minimumChunk` elements (smaller
    /// arrays are done on the calling thread). For checks of imported rows and hashes of codes,
    /// where every element stands alone.
    public func concurrentMap<Result: Sendable>(minimumChunk: Int, _ transform: @Sendable (Element) -> Result)
        -> [Result]
    {
        let chunks = Swift.max(1, Swift.min(8, count / Swift.max(1, minimumChunk)))
        guard chunks > 1 else { return map(transform) }
        let size = (count + chunks - 1) / chunks
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each chunk initializes its own part of the buffer.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (chunk * size)..<Swift.min(count, (chunk + 1) * size) {
                    output.initializeElement(at: index, to: transform(self[index]))
                }
            }
            initialized = count
        }
    }
}
