import Model

extension SchoolContext {
    /// Imports paper answers to form `form` from the CSV file at `path`: a column per question id
    /// and a `code` or `student` column. Every bad cell is refused with its line and column and
    /// nothing is stored; a clean file is stored in one transaction, as of today by the clock.
    /// Returns how many responses were stored; `progress` hears how far a large file has got.
    public func importSurveyAnswers(form: String, path: String, progress: (LocalizedText) -> Void = { _ in }) throws
        -> Int
    {
        try SurveyImport(school: self).run(formID: form, path: path, progress: progress)
    }
}
