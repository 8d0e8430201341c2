import Model

/// Who may run a command. The table of who may do what is kept here and in each command's
/// declaration, and nowhere else; commands that act for a student also check ownership through
/// `Session.authorize(student:)`.
enum Access: Sendable {
    /// Anyone, even logged out in kiosk mode: help, login, quit.
    case anyone
    /// The listed roles (the coordinator may always run everything).
    case roles(Set<Role>)

    static let coordinator = Access.roles([.admin])
    static let staff = Access.roles([.admin, .teacher])
    static let everyone = Access.roles(Set(Role.allCases))
    static let families = Access.roles([.admin, .student, .parent])

    func allows(_ identity: Identity?) -> Bool {
        switch self {
        case .anyone: return true
        case .roles(let roles):
            guard let identity else { return false }
            return identity.role == .admin || roles.contains(identity.role)
        }
    }
}

extension Session {
    /// Whether the person at the shell may run `command`.
    func mayRun(_ command: CommandSpec) -> Bool {
        if surveyCode != nil { return CommandTable.codeSessionCommands.contains(command.name) }
        return command.access.allows(identity)
    }

    /// Refuses unless the logged-in person may act for `studentID`: the coordinator, the student
    /// themself, or one of the student's guardians.
    func authorize(student: Student) throws {
        guard let identity else { throw Self.notLoggedIn }
        switch identity.role {
        case .admin: return
        case .student where identity.id == student.id: return
        case .parent where identity.id == student.guardianID || identity.id == student.guardian2ID: return
        default:
            throw Refusal(LocalizedText(zh: "您只能为自己的孩子办理", en: "you may act only for your own children"),
                          hint: identity.role == .student ? LocalizedText(zh: "学生只能为自己选择", en: "a student chooses only for themself") : nil)
        }
    }

    static let notLoggedIn = Refusal(zh: "请先登录", en: "please log in first",
                                     hintZh: "login 角色 编号，例如 login parent G0001", hintEn: "login ROLE ID, for example login parent G0001")
}
