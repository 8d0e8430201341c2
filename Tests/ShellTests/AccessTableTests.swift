import Model
import School
import Store
import TestSupport
import Testing

@testable import Shell

/// The access table decides who may run every command, and for whom: walked against every
/// command of the shell's command table.
@Suite struct AccessTableTests {
    @Test func everyCommandHasOneRuleAndEveryRuleNamesACommand() {
        let names = CommandTable.standard().commands.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(Set(AccessTable.rules.keys).subtracting(names).isEmpty, "rules without a command")
        #expect(Set(names).subtracting(AccessTable.rules.keys).isEmpty, "commands without a rule")
    }

    /// Each role, logged in, is refused exactly the commands its reach does not cover, and nothing
    /// else is refused for access (a command may still refuse its arguments).
    @Test(arguments: [Role.teacher, .student, .parent, .admin])
    func dispatchFollowsTheTable(_ role: Role) throws {
        let err = BufferSink()
        let school = SchoolContext(
            databasePath: ":memory:", pluginsPath: Repository.plugins, catalogPath: Repository.catalog, identity: nil,
            database: try AppDatabase.inMemory())
        let session = Session(options: SessionOptions(), out: BufferSink(), err: err, school: school)
        session.school.identity = Identity(role: role, id: "X1", name: "")
        for command in session.commands.commands
        where !["quit", "exit", "source", "backup", "logout", "login"].contains(command.name) {
            let before = err.text.count
            _ = session.execute(command.name)
            let said = String(err.text.dropFirst(before))
            let refused = said.contains("is not available to a")
            let allowed = role == .admin || AccessTable.rule(command.name).reach(role) != .none
            #expect(refused == !allowed, "\(role) running '\(command.name)': \(said)")
        }
    }

    @Test func aTeacherLooksAtAnyStudentAFamilyOnlyAtItsOwn() throws {
        let school = SchoolContext(
            databasePath: ":memory:", pluginsPath: Repository.plugins, catalogPath: Repository.catalog, identity: nil,
            database: try AppDatabase.inMemory())
        let child = Student(id: "S1", name: "李明", grade: 3, className: "3-1", guardianID: "G1", guardian2ID: "G2")
        func allowed(_ role: Role, _ id: String, _ action: String) -> Bool {
            school.identity = Identity(role: role, id: id, name: "")
            return (try? school.authorize(action, student: child)) != nil
        }
        for action in ["week", "student show", "match explain", "choice show", "pickup list"] {
            #expect(allowed(.teacher, "T1", action), "a teacher looks at any student: \(action)")
            #expect(allowed(.parent, "G2", action))
            #expect(!allowed(.parent, "G3", action))
        }
        #expect(!allowed(.teacher, "T1", "enrol"), "a teacher does not enrol a family's child")
        #expect(allowed(.student, "S1", "choose"))
        #expect(!allowed(.student, "S2", "choose"))
        #expect(!allowed(.student, "S1", "pickup add"), "only parents name who collects a child")
        #expect(allowed(.admin, "admin", "pickup add"))
        school.identity = nil
        #expect(throws: Refusal.self) { try school.authorize("week", student: child) }
    }
}
