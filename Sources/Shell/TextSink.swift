import Foundation

/// Where the shell writes: stdout, stderr, or a buffer in tests. Command code never calls `print`.
public protocol TextSink: AnyObject {
    func write(_ text: String)
}

/// A standard stream of the process, written unbuffered so that stdout and stderr keep their order.
public final class FileSink: TextSink {
    private let descriptor: Int32

    public static func standardOutput() -> FileSink { FileSink(STDOUT_FILENO) }
    public static func standardError() -> FileSink { FileSink(STDERR_FILENO) }

    init(_ descriptor: Int32) { self.descriptor = descriptor }

    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes {
                Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}

/// Collects what is written, for tests and for capturing a command's output.
public final class BufferSink: TextSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) { self.text += text }
}
