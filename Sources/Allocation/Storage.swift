/// A fixed-size buffer of plain values that frees itself: the engine's working memory.
///
/// The inner loops read and write through `buffer` directly (no reference counting, no
/// uniqueness checks). A buffer is written only while a run builds it; once a result holds
/// it, it is never written again, which is what makes sharing it across threads safe.
final class Storage<Element: BitwiseCopyable>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(repeating value: Element, count: Int) {
        buffer = .allocate(capacity: max(count, 0))
        buffer.initialize(repeating: value)
    }

    init(_ values: some Collection<Element>) {
        buffer = .allocate(capacity: values.count)
        _ = buffer.initialize(from: values)
    }

    deinit { buffer.deallocate() }

    var count: Int { buffer.count }

    /// Reads one element (outside inner loops, which use `buffer`).
    subscript(index: Int) -> Element { buffer[index] }

    /// A copy as an array.
    func array() -> ContiguousArray<Element> {
        ContiguousArray(unsafeUninitializedCapacity: buffer.count) { out, initialized in
            if let source = UnsafeBufferPointer(buffer).baseAddress, let target = out.baseAddress {
                target.initialize(from: source, count: buffer.count)
            }
            initialized = buffer.count
        }
    }
}
