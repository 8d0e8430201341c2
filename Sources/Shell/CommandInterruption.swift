import Foundation
import School

/// Ctrl-C while a command runs at a terminal: the signal handler writes a byte to a pipe (all it
/// may safely do), and a thread that waits on the pipe interrupts the command's database work,
/// which then rolls back. A second Ctrl-C while cancelling does the same again, harmlessly.
enum CommandInterruption {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var running: WorkInterrupter?
    /// The pipe's ends: the handler writes to the second, the waiting thread reads the first.
    nonisolated(unsafe) static var pipeEnds: [Int32] = [-1, -1]

    /// Opens the pipe and starts the thread that waits on it; once per process.
    static func start() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        pipeEnds = ends
        let readEnd = ends[0]
        let thread = Thread {
            var byte: UInt8 = 0
            while Glibc.read(readEnd, &byte, 1) >= 0 {
                lock.lock()
                let work = running
                lock.unlock()
                work?.interrupt()
            }
        }
        thread.start()
    }

    /// Runs `body` as the command Ctrl-C interrupts.
    static func whileRunning<T>(_ work: WorkInterrupter?, _ body: () throws -> T) rethrows -> T {
        work?.reset()
        lock.lock()
        running = work
        lock.unlock()
        defer {
            lock.lock()
            running = nil
            lock.unlock()
        }
        return try body()
    }
}
