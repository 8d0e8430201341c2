import Store

extension SchoolContext {
    /// Makes the process-wide settings the database needs, once, before any file is opened.
    public static func prepareProcess() {
        AppDatabase.prepareProcess()
    }
}
