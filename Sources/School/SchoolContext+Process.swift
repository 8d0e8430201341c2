import Store

extension SchoolContext {
    /// Makes the process-wide settings the database needs, once, before any file is opened.
    public static func prepareProcess() {
        AppDatabase.prepareProcess()
    }
}

extension SchoolContext {
    /// `notice` is called when a command has waited a second for another program to finish with
    /// the database (a front end at a terminal says so; on a pipe it says nothing).
    public static func whenWaiting(_ notice: (@Sendable () -> Void)?) {
        AppDatabase.whenWaiting(notice)
    }
}
