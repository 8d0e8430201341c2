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
    nonisolated(unsafe) private static var waiting = true

    static let callback: Database.BusyCallback = { tries in
        lock.lock()
        let (mayWait, notice) = (waiting, notice)
        lock.unlock()
        guard mayWait, tries < giveUpAfter else { return false }
        if tries == announceAfter { notice?() }
        usleep(nap)
        return true
    }

    static func setNotice(_ newNotice: (@Sendable () -> Void)?) {
        lock.lock()
        notice = newNotice
        lock.unlock()
    }

    /// Runs `body` without waiting for other programs' locks (folding the log at exit).
    static func withoutWaiting<T>(_ body: () throws -> T) rethrows -> T {
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

    /// What a command says when the database did not come free.
    static let busy = Refusal(
        zh: "数据库正被另一个 afterschool（或其他程序）使用，10 秒内没有空出来，什么都没有更改",
        en: "the database is in use by another afterschool (or another program) and did not come free "
            + "within 10 seconds; nothing was changed",
        hintZh: "稍后再试；如果一直这样，找一找这个文件上是否还开着另一个 afterschool",
        hintEn: "try again in a moment; if it stays busy, look for another afterschool left open on this file")

    /// What a write says when the file was opened while another program was writing it.
    static let writing = Refusal(
        zh: "另一个 afterschool（或其他程序）正在写这个数据库，现在只能查看，什么都没有更改",
        en: "another afterschool (or another program) was writing the database when this one opened it: "
            + "it can only be read for now; nothing was changed",
        hintZh: "等它完成后重新打开 afterschool 再试", hintEn: "when it has finished, start afterschool again and retry")
}

extension AppDatabase {
    /// `notice` is called (on the waiting thread) when a command has waited a second for another
    /// program to finish with the database; the shell sets it only for a terminal.
    public static func whenWaiting(_ notice: (@Sendable () -> Void)?) {
        BusyWait.setNotice(notice)
    }
}
