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
            zh: "PIN 为 4 到 12 位数字，只保存加盐的慢哈希。协调员可为任何人设置；登录的人可以改自己的（先输入现在的 PIN）。协调员自己的 PIN（pin set admin admin）用来关闭信息亭。",
            en:
                "A PIN is 4 to 12 digits, stored only as a salted, deliberately slow hash. The coordinator sets "
                + "anyone's; a logged-in person may change their own (giving the current one first). The "
                + "coordinator's own PIN (pin set admin admin) closes a kiosk."
        ),
        run: { arguments, session in
            let role = try role(arguments.positionals[0])
            let id = arguments.positionals[1]
            try session.school.checkPINChange(role: role, id: id)
            let zh = session.language == .zh
            // Changing one's own PIN needs the PIN it replaces: a person who walked away logged in
            // does not lose the account to the next one at the terminal.
            if let identity = session.school.identity, identity.role != .admin {
                let current = try session.ask(zh ? "现在的 PIN：" : "Current PIN: ", secret: true)
                _ = try session.school.verifyPIN(
                    role: role, id: id, pin: current, lockAfter: session.options.kiosk ? 3 : nil)
            }
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
            zh:
                "login code 问卷码：只能回答那份问卷一次，答完自动退出。在 --kiosk 模式下，连续 3 次 PIN 错误会把该账号锁定 1 分钟；"
                + "一分钟内错 5 次 PIN 或问卷码，信息亭暂停登录，时间逐次加倍。",
            en:
                "login code CODE opens a session that can only take that survey once, and ends with it. In --kiosk "
                + "mode three wrong PINs in a row lock that account for a minute, and five wrong PINs or codes "
                + "within a minute, on any accounts, make the kiosk wait, twice as long each time."
        ),
        run: { arguments, session in
            if arguments.positionals[0] == "code" {
                return try loginWithCode(arguments.positionals[1], session: session)
            }
            let role = try role(arguments.positionals[0])
            let id = arguments.positionals[1]
            if role == .admin, session.options.kiosk {
                throw Refusal(
                    zh: "协调员不在信息亭登录", en: "the coordinator does not log in at a kiosk",
                    hintZh: "请在办公室的电脑上使用 afterschool", hintEn: "use afterschool on the office computer")
            }
            // The PIN is asked whoever the id names, so that the answer says nothing about who has an account.
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
