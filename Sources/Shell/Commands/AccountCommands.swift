import Model
import School

/// PINs, logging in and out: how a teacher, student or parent uses a shared terminal.
enum AccountCommands {
    static let all: [CommandSpec] = [setPIN, login, logout, whoami]

    static let roleNames = Role.allCases.map(\.rawValue).joined(separator: "|")

    static func role(_ text: String) throws -> Role { try SchoolContext.role(text) }

    static let setPIN = CommandSpec(
        path: ["pin", "set"],
        summary: LocalizedText(zh: "为一个人设置 PIN（输入两次，不显示）", en: "set a person's PIN (asked twice, never shown)"),
        positionals: [PositionalSpec(name: roleNames), PositionalSpec(name: "ID")],
        example: "pin set parent G0001",
        details: LocalizedText(
            zh: "PIN 为 4 到 12 位数字，只保存加盐的慢哈希。协调员可为任何人设置；登录的人可以改自己的。",
            en:
                "A PIN is 4 to 12 digits, stored only as a salted, deliberately slow hash. The coordinator sets "
                + "anyone's; a logged-in person may change their own."
        ),
        run: { arguments, session in
            let role = try role(arguments.positionals[0])
            let id = arguments.positionals[1]
            try session.school.checkPINChange(role: role, id: id)
            let zh = session.language == .zh
            let first = try session.ask(zh ? "新 PIN：" : "New PIN: ", secret: true)
            try SchoolContext.checkPINFormat(first)
            let second = try session.ask(zh ? "再输入一次：" : "Again: ", secret: true)
            guard first == second else {
                throw Refusal(zh: "两次输入的 PIN 不一致，没有更改", en: "the two PINs differ; nothing was changed")
            }
            try session.school.setPIN(role: role, id: id, pin: first)
            return .text(zh ? "已为\(role.name.text(.zh)) \(id) 设置 PIN。" : "PIN set for \(role.name.text(.en)) \(id).")
        }
    )

    static let login = CommandSpec(
        path: ["login"],
        summary: LocalizedText(
            zh: "以教师、学生或家长身份登录（询问 PIN）", en: "log in as a teacher, student or parent (asks for the PIN)"),
        positionals: [PositionalSpec(name: roleNames + "|code"), PositionalSpec(name: "ID|CODE")],
        example: "login parent G0001",
        details: LocalizedText(
            zh: "login code 问卷码：只能回答那份问卷一次，答完自动退出。在 --kiosk 模式下，连续 3 次 PIN 错误会把该账号锁定 1 分钟。",
            en:
                "login code CODE opens a session that can only take that survey once, and ends with it. In --kiosk "
                + "mode three wrong PINs in a row lock that account for a minute."
        ),
        run: { arguments, session in
            if arguments.positionals[0] == "code" {
                return try loginWithCode(arguments.positionals[1], session: session)
            }
            let role = try role(arguments.positionals[0])
            let id = arguments.positionals[1]
            try session.school.checkLogin(role: role, id: id)
            let pin = try session.ask("PIN: ", secret: true)
            _ = try session.school.logIn(role: role, id: id, pin: pin, lockAfter: session.options.kiosk ? 3 : nil)
            return whoamiResult(session)
        }
    )

    /// `login code CODE`: a session that can take that survey once, then ends.
    static func loginWithCode(_ code: String, session: Session) throws -> CommandResult {
        let form = try session.school.logIn(code: code)
        return .text(
            session.language == .zh ? "请回答问卷：survey take \(form)" : "Please answer the survey: survey take \(form)")
    }

    static let logout = CommandSpec(
        path: ["logout"],
        summary: LocalizedText(zh: "退出登录", en: "log out"),
        example: "logout",
        run: { _, session in
            session.logOut()
            return .text(session.language == .zh ? "已退出登录。" : "Logged out.")
        }
    )

    static let whoami = CommandSpec(
        path: ["whoami"],
        summary: LocalizedText(zh: "显示当前登录的人", en: "show who is logged in"),
        example: "whoami",
        run: { _, session in whoamiResult(session) }
    )

    static func whoamiResult(_ session: Session) -> CommandResult {
        let columns = [
            Column("role", zh: "角色", en: "role"), Column("id", zh: "编号", en: "id"),
            Column("name", zh: "姓名", en: "name"),
        ]
        guard let identity = session.school.identity else {
            return .object(columns: columns, record: Record(["role": .null, "id": .null, "name": .null]))
        }
        return .object(
            columns: columns,
            record: Record([
                "role": .text(identity.role.rawValue), "id": .text(identity.id),
                "name": identity.role == .admin ? .null : .text(identity.name),
            ]))
    }
}
