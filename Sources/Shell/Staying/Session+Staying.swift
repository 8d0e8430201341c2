import Model
import School

extension Session {
    /// The date of `flag` (default today, by the school's clock), which must lie in `semester`.
    func semesterDate(_ arguments: ParsedArguments, flag: String = "--date", in semester: Semester) throws
        -> CalendarDate
    {
        try school.semesterDate(try arguments.date(flag), flag: flag, in: semester)
    }

    /// The time of `--at` (default now, by the school's clock).
    func timeOfDay(_ arguments: ParsedArguments, flag: String = "--at") throws -> TimeOfDay {
        try school.timeOfDay(try arguments.time(flag))
    }

    /// How a stored actor is shown: the coordinator by role, anyone else by id.
    func actorName(_ actor: String) -> String {
        SchoolContext.actorName(language, actor)
    }
}
