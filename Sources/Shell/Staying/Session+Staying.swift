import Model
import School

extension Session {
    /// The date of `flag` (default today, by the school's clock), which must lie in `semester`.
    func semesterDate(_ arguments: ParsedArguments, flag: String = "--date", in semester: Semester) throws -> CalendarDate {
        try school.semesterDate(try arguments.date(flag), flag: flag, in: semester)
    }

    /// The time of `--at` (default now, by the school's clock).
    func timeOfDay(_ arguments: ParsedArguments, flag: String = "--at") throws -> TimeOfDay {
        guard let text = arguments.value(flag) else { return try school.timeOfDay(nil) }
        guard let time = TimeOfDay(text) else {
            throw Refusal(LocalizedText(zh: "\(flag)：'\(text)' 不是时间（HH:MM）", en: "\(flag): '\(text)' is not a time (HH:MM)"),
                          hint: LocalizedText(zh: "例如 16:45", en: "for example 16:45"))
        }
        return time
    }

    /// How a stored actor is shown: the coordinator by role, anyone else by id.
    func actorName(_ actor: String) -> String {
        SchoolContext.actorName(language, actor)
    }
}
