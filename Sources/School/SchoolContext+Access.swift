import Model

extension SchoolContext {
    /// Whether the person acting may do `action` at all (for someone): the access table, or, in a
    /// session opened with a survey code, that session's few actions.
    public func mayDo(_ action: String) -> Bool {
        if surveyCode != nil { return AccessTable.codeSessionActions.contains(action) }
        return AccessTable.allows(identity, action)
    }

    /// Who is acting, as stored with what they record: a person's id, or `admin` for the coordinator.
    public var actor: String {
        guard let identity, identity.role != .admin else { return "admin" }
        return identity.id
    }

    /// How a stored actor is shown: the coordinator by role, anyone else by id.
    public static func actorName(_ language: Language, _ actor: String) -> String {
        actor == "admin" ? Role.admin.name.text(language) : actor
    }

    /// Refuses unless the person acting may do `action` for `student`: by the access table, for
    /// anyone, or for their own (a student themself, a parent their children).
    public func authorize(_ action: String, student: Student) throws {
        guard let identity else { throw Self.notLoggedIn }
        switch AccessTable.rule(action).reach(identity.role) {
        case .any: return
        case .own where identity.role == .student && identity.id == student.id: return
        case .own where identity.role == .parent && student.hasGuardian(identity.id): return
        default:
            throw Refusal(
                LocalizedText(zh: "您只能为自己的孩子办理", en: "you may act only for your own children"),
                hint: identity.role == .student
                    ? LocalizedText(zh: "学生只能为自己选择", en: "a student chooses only for themself") : nil)
        }
    }

    /// Refuses unless the person acting may do `action` for a club run by `teacher`: by the access
    /// table, for any club, or (a teacher) for their own.
    public func authorize(_ action: String, clubTeacher teacher: String?, refusal: Refusal) throws {
        guard let identity else { throw Self.notLoggedIn }
        switch AccessTable.rule(action).reach(identity.role) {
        case .any: return
        case .own where identity.role == .teacher && teacher == identity.id: return
        default: throw refusal
        }
    }

    /// The refusal for an action that needs someone logged in.
    public static let notLoggedIn = Refusal(
        zh: "请先登录", en: "please log in first",
        hintZh: "login 角色 编号，例如 login parent G0001", hintEn: "login ROLE ID, for example login parent G0001")
}
