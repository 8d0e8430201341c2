import Model
import Store

extension SchoolContext {
    /// Imports the roster CSV at `path` (UTF-8 or GB18030), all or nothing: any problem is listed
    /// by line and column and nothing is written; importing again updates students by id. With
    /// `dryRun`, only says what would change.
    public func importRoster(
        path: String, dryRun: Bool, renameGuardians: Bool = false,
        progress: (_ written: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> RosterImportSummary {
        let roster: RosterFile
        do {
            roster = try RosterFile(try CSVDocument(parsing: try TextFile.read(path)))
        } catch var list as ProblemList {
            list.file = path
            throw list
        } catch let problem as CSVDocument.Problem {
            throw problem.asList(file: path)
        }
        let total = roster.students.count
        do {
            return try database().importRoster(roster, dryRun: dryRun, renameGuardians: renameGuardians) { written in
                progress(written, total)
            }
        } catch var list as ProblemList {
            list.file = path
            throw list
        }
    }

    /// The students, of one grade or class when given.
    public func students(grade: Int? = nil, className: String? = nil) throws -> [Student] {
        try database().students(grade: grade, className: className)
    }

    /// A student and their guardians, when the person acting may look at them.
    public func showStudent(_ id: String) throws -> (Student, [Guardian]) {
        let (student, guardians) = try requireStudent(id)
        try authorize("student show", student: student)
        return (student, guardians)
    }

    /// Writes a consistent copy of the database to a new file at `path`, even while it is in use.
    public func backup(to path: String) throws {
        try database().backup(to: path)
    }
}
