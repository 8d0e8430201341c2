import Foundation
import Store

/// Stops the school's running work from another thread (Ctrl-C at a terminal): the statement
/// under way is interrupted and its transaction rolls back, so a cancelled import, allocation or
/// report changes nothing. It knows the database once the context has opened it.
public final class WorkInterrupter: @unchecked Sendable {
    private let lock = NSLock()
    private var database: AppDatabase?
    private var requested = false

    init() {}

    /// Whether the work under way was asked to stop: long work that is not the database's checks
    /// it between steps.
    public var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }

    /// Forgets an earlier request, before a new command starts.
    public func reset() {
        lock.lock()
        requested = false
        lock.unlock()
    }

    /// Refuses, as `cancelled`, when the work was asked to stop.
    public func check() throws {
        if isRequested { throw AppDatabase.cancelled }
    }

    /// The database whose work `interrupt()` stops.
    func use(_ database: AppDatabase?) {
        lock.lock()
        self.database = database
        lock.unlock()
    }

    /// Interrupts the database work under way, if any.
    public func interrupt() {
        lock.lock()
        requested = true
        let database = database
        lock.unlock()
        database?.interrupt()
    }
}
