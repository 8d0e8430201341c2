import Model
import School
import Store
import TestSupport
import Testing

@testable import Shell

/// Every command that acts for a student, run as every role, for the role's own child and for
/// another family's: the access table allows exactly what it says and refuses everything else.
@Suite struct RoleMatrixTests {
    /// Each command that names a student, as a line with `{S}` where the student goes.
    static let lines = [
        "student show {S}", "enrol {S} --days mon --until activity", "choose {S} rope", "choice show {S}",
        "club leave {S} rope", "club list --for {S}", "match explain {S}", "week {S}",
        "pickup add {S} --name 王奶奶 --relation 奶奶", "pickup list {S}", "pickup remove {S} 1",
        "leave request {S} --date 2026-10-12",
        "survey submit parent-satisfaction --student {S} --answer aware=yes --answer overall=5",
        "survey take parent-satisfaction --student {S}", "where --student {S}", "match show --student {S}",
        "match place {S}", "match remove {S}", "depart {S} --by 林父 --date 2026-10-12 --at 17:00",
    ]

    /// Who acts, and the child that is their own (A01: P01's child, and the student A01 themself).
    static let people: [(Identity, own: String?)] = [
        (.coordinator, nil), (Identity(role: .teacher, id: "T01", name: "王老师"), nil),
        (Identity(role: .parent, id: "P01", name: "林父"), "A01"),
        (Identity(role: .student, id: "A01", name: "林一"), "A01"),
    ]

    static let refusedForAccess = [
        "is not available to a", "you may act only for your own children", "is answered by a parent",
    ]

    @Test func everyCommandThatNamesAStudentIsInTheMatrix() {
        let named = Set(
            CommandTable.standard().commands.filter { command in
                command.positionals.first?.name == "STUDENT"
                    || command.flags.contains { ["--for", "--student"].contains($0.name) }
            }.map(\.name))
        let covered = Set(
            Self.lines.compactMap { line in
                CommandTable.standard().lookup(line.split(separator: " ").map(String.init))?.0.name
            })
        #expect(named.subtracting(covered).isEmpty, "not in the matrix: \(named.subtracting(covered).sorted())")
    }

    /// What the policy says, written out: the family's business is a parent's; a student chooses,
    /// and looks at their own week, choices and explanation.
    @Test func aStudentChoosesForThemselfAndTheFamilysActionsAreAParents() {
        let student = Set(
            Self.lines.compactMap { line -> String? in
                let name = CommandTable.standard().lookup(line.split(separator: " ").map(String.init))?.0.name ?? ""
                return AccessTable.rule(name).reach(.student) == .own ? name : nil
            })
        #expect(
            student == [
                "student show", "choose", "choice show", "club list", "match explain", "week", "survey take",
                "survey submit",
            ])
        for family in ["enrol", "club leave", "pickup add", "pickup remove", "leave request", "leave cancel"] {
            #expect(AccessTable.rule(family).reach(.student) == .none, "\(family)")
            #expect(AccessTable.rule(family).reach(.parent) == .own, "\(family)")
            #expect(AccessTable.rule(family).reach(.teacher) == .none, "\(family)")
        }
    }

    @Test(arguments: 0..<4)
    func eachRoleDoesExactlyWhatTheTableAllows(person: Int) throws {
        let (identity, own) = Self.people[person]
        let shell = try SmallSchool.shell(then: [
            "teacher add T01 --name 王老师",
            "club publish --module sports --title 跳绳 --grades 1-5 --capacity 9 --days mon --segment activity "
                + "--teacher T01 --set venue=gym --id rope",
            "enrol A01 --days mon --until activity", "enrol A03 --days mon --until activity",
            "choose A01 rope", "choose A03 rope", "match run --seed 1", "match publish",
            "survey open parent-satisfaction",
        ])
        let session = shell.session
        session.school.identity = identity
        for line in Self.lines {
            for target in [own, "A03"].compactMap({ $0 }) {
                let command = line.replacingOccurrences(of: "{S}", with: target)
                let name = try #require(session.commands.lookup(command.split(separator: " ").map(String.init))?.0.name)
                let before = shell.err.text.count
                _ = session.execute(command)
                let said = String(shell.err.text.dropFirst(before))
                let refused = Self.refusedForAccess.contains { said.contains($0) }
                let reach = AccessTable.rule(name).reach(identity.role)
                var allowed = reach == .any || (reach == .own && target == own)
                // A student answers only the forms for students; the parents' form is not one.
                if identity.role == .student, name.hasPrefix("survey") { allowed = false }
                #expect(refused == !allowed, "\(identity.role) \(identity.id): '\(command)' → \(said)")
            }
        }
    }
}
