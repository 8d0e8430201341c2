import Foundation
import GRDB
import Model

/// How a connection waits while another program (a second shell, a backup) holds the database:
/// in short naps for up to ten seconds, saying after a second that it waits, then refusing in
/// plain words instead of SQLite's "database is locked".
enum BusyWait {
    /// Naps of 50 ms: 20 make the second after which the wait is announced, 200 the ten seconds.
    static let nap: UInt32 = 50_000
    static let announceAfter = 20
    static let giveUpAfter = 200

    private static let lock = NSLock()
    nonisolated(unsafe) private static var notice: (@Sendable () -> Void)?

    /// Whether one database's connections wait: each database has its own, so that folding one
    /// file's log never stops another connection in the process from waiting for its lock.
    final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var waiting = true

        var mayWait: Bool {
            lock.lock()
            defer { lock.unlock() }
            return waiting
        }

        /// Runs `body` without waiting for other programs' locks (opening, folding the log at exit).
        func withoutWaiting<T>(_ body: () throws -> T) rethrows -> T {
            lock.lock()
            waiting = false
            lock.unlock()
            defer {
                lock.lock()
                waiting = true
                lock.unlock()
            }
            return try body()
        }
    }

    /// The busy handler of a database whose waiting `state` says whether to wait.
    static func callback(_ state: State) -> Database.BusyCallback {
        { tries in
            guard state.mayWait, tries < giveUpAfter else { return false }
            if tries == announceAfter {
                lock.lock()
                let notice = notice
                lock.unlock()
                notice?()
            }
            usleep(nap)
            return true
        }
    }

    static func setNotice(_ newNotice: (@Sendable () -> Void)?) {
        lock.lock()
        notice = newNotice
        lock.unlock()
    }

    /// What a command says when the database did not come free.
    static let busy = Refusal(
        zh: "数据库正被另一个 afterschool（或其他程序）使用，10 秒内没有空出来，什么都没有更改",
        en: "the database is in use by another afterschool (or another program) and did not come free "
            + "within 10 seconds; nothing was changed",
        hintZh: "稍后再试；如果一直这样，找一找这个文件上是否还开着另一个 afterschool",
        hintEn: "try again in a moment; if it stays busy, look for another afterschool left open on this file")

    /// The connections a write needs, made when the first write comes, for a file that was opened
    /// for reading while another program held its write lock: by then that program has usually
    /// finished, and if not, the write waits for it as any write does.
    final class LateWriter: @unchecked Sendable {
        private let lock = NSLock()
        private let path: String
        private let configuration: Configuration
        private var pool: DatabasePool?

        init(path: String, configuration: Configuration) {
            self.path = path
            self.configuration = configuration
        }

        /// The writable connections, opened on first use.
        func writer() throws -> DatabasePool {
            lock.lock()
            defer { lock.unlock() }
            if let pool { return pool }
            let pool = try DatabasePool(path: path, configuration: configuration)
            self.pool = pool
            return pool
        }

        /// The writable connections, if a write has opened them.
        var opened: DatabasePool? {
            lock.lock()
            defer { lock.unlock() }
            return pool
        }
    }
}

extension AppDatabase {
    /// `notice` is called (on the waiting thread) when a command has waited a second for another
    /// program to finish with the database; the shell sets it only for a terminal.
    public static func whenWaiting(_ notice: (@Sendable () -> Void)?) {
        BusyWait.setNotice(notice)
    }
}
