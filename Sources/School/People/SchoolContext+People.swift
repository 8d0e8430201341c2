import Model
import Store

extension SchoolContext {
    /// Adds a teacher who may publish clubs and supervise groups (P9).
    public func addTeacher(id: String, name: String) throws -> Teacher {
        let teacher = Teacher(id: try Self.safeID(id, what: LocalizedText(zh: "教师编号", en: "teacher id")), name: name)
        try database().addTeacher(teacher)
        return teacher
    }

    /// The school's teachers, by id.
    public func teachers() throws -> [Teacher] { try database().teachers() }

    /// Records an outside provider's contract (P10), which must end after it starts.
    public func addContract(id: String, provider: String, from: CalendarDate, to: CalendarDate) throws -> Contract {
        let id = try Self.safeID(id, what: LocalizedText(zh: "合同编号", en: "contract id"))
        guard to > from else {
            throw Refusal(zh: "--to：\(to) 不在 --from \(from) 之后", en: "--to: \(to) is not after --from \(from)")
        }
        let contract = Contract(id: id, provider: provider, from: from, to: to)
        try database().addContract(contract)
        return contract
    }

    /// Outside providers' contracts.
    public func contracts() throws -> [Contract] { try database().contracts() }

    /// Opens a semester and makes it the current one; semesters must not overlap.
    public func openSemester(id: String, from: CalendarDate, to: CalendarDate) throws -> Semester {
        guard SafeID.isValid(id) else {
            throw Refusal(
                zh: "学期编号 '\(id)' 只能包含字母、数字、- 和 _",
                en: "semester id '\(id)' may hold only letters, digits, '-' and '_'",
                hintZh: "例如 2026-autumn", hintEn: "for example 2026-autumn")
        }
        guard to > from else {
            throw Refusal(zh: "--to：\(to) 不在 --from \(from) 之后", en: "--to: \(to) is not after --from \(from)")
        }
        let semester = Semester(id: id, from: from, to: to)
        try database().openSemester(semester)
        recordSchool()
        return semester
    }

    /// Every semester, and the id of the current one.
    public func semesters() throws -> (all: [Semester], current: String?) { try database().semesters() }

    /// Switches the current semester.
    public func useSemester(id: String) throws -> Semester { try database().useSemester(id: id) }

    /// `id` when it keeps to letters, digits, '-' and '_'; else a refusal naming `what` it is.
    static func safeID(_ id: String, what: LocalizedText) throws -> String {
        guard SafeID.isValid(id) else {
            throw Refusal(
                LocalizedText(
                    zh: "\(what.text(.zh)) '\(id)' 只能包含字母、数字、- 和 _",
                    en: "\(what.text(.en)) '\(id)' may hold only letters, digits, '-' and '_'"))
        }
        return id
    }
}
