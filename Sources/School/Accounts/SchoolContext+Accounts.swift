import Model
import Store

extension SchoolContext {
    /// The role named `text`, or a refusal with the nearest role.
    public static func role(_ text: String) throws -> Role {
        guard let role = Role(rawValue: text) else {
            let names = Role.allCases.map(\.rawValue).joined(separator: "|")
            let near = Suggestion.closest(to: text, among: Role.allCases.map(\.rawValue))
            throw Refusal(
                LocalizedText(zh: "'\(text)' 不是角色", en: "'\(text)' is not a role"),
                hint: LocalizedText(
                    zh: near.map { "您是不是要写 '\($0)'？" } ?? "角色：\(names)",
                    en: near.map { "did you mean '\($0)'?" } ?? "the roles are \(names)"))
        }
        return role
    }

    /// Refuses unless a PIN may be set for the person `role` `id` by whoever is acting (the
    /// coordinator for anyone, anyone else for themself) and the person exists.
    public func checkPINChange(role: Role, id: String) throws {
        if let identity, AccessTable.rule("pin set").reach(identity.role) == .own,
            identity.role != role || identity.id != id
        {
            throw Refusal(zh: "您只能修改自己的 PIN", en: "you may change only your own PIN")
        }
        try requirePerson(role: role, id: id)
    }

    /// Refuses a PIN that is not 4 to 12 digits.
    public static func checkPINFormat(_ pin: String) throws {
        guard pin.count >= 4, pin.count <= 12, pin.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw Refusal(zh: "PIN 必须是 4 到 12 位数字", en: "a PIN is 4 to 12 digits")
        }
    }

    /// Stores a new PIN (4 to 12 digits) for the person, as a salted slow hash.
    public func setPIN(role: Role, id: String, pin: String) throws {
        try checkPINChange(role: role, id: id)
        try Self.checkPINFormat(pin)
        try database().setPIN(role: role, id: id, pin: pin)
    }

    /// Logs the person in when `pin` is theirs; with `lockAfter`, that many wrong PINs in a row
    /// lock the account for a minute. An unknown id, an account without a PIN and a wrong PIN are
    /// refused in the same words, so that guessing learns nothing about who has an account.
    public func logIn(role: Role, id: String, pin: String, lockAfter: Int?) throws -> Identity {
        let person = try verifyPIN(role: role, id: id, pin: pin, lockAfter: lockAfter)
        identity = person
        surveyCode = nil
        return person
    }

    /// The person `role` `id` when `pin` is theirs; a failure counts against the terminal's limit.
    public func verifyPIN(role: Role, id: String, pin: String, lockAfter: Int?) throws -> Identity {
        try guessLimit?.check(now: clock.now())
        let database = try database()
        guard try database.person(role: role, id: id) != nil else { throw wrongPIN() }
        switch try database.checkPIN(role: role, id: id, pin: pin, lockAfter: lockAfter, now: clock.now()) {
        case .accepted(let person):
            return person
        case .wrong(let remaining):
            throw wrongPIN(
                remaining.map {
                    LocalizedText(
                        zh: "再错 \($0) 次，账号将锁定 1 分钟", en: "\($0) more wrong and the account locks for a minute")
                })
        case .locked(let seconds):
            throw Refusal(
                LocalizedText(
                    zh: "账号已锁定，请 \(seconds) 秒后再试", en: "the account is locked; try again in \(seconds) seconds"))
        case .noPIN:
            throw wrongPIN()
        }
    }

    /// The one refusal of a failed login, counted against the terminal's limit.
    private func wrongPIN(_ hint: LocalizedText? = nil) -> Refusal {
        guessLimit?.failed(now: clock.now())
        return Refusal(
            LocalizedText(zh: "编号或 PIN 不对", en: "wrong id or PIN"),
            hint: hint ?? LocalizedText(zh: "忘记 PIN 请找协调员重设", en: "the coordinator sets or resets a PIN"))
    }

    /// Checks the coordinator's PIN (`pin set admin admin`), which a kiosk asks before it closes.
    public func checkCoordinatorPIN(_ pin: String) throws {
        guard try database().hasPIN(role: .admin, id: "admin") else {
            throw Refusal(
                LocalizedText(
                    zh: "协调员还没有 PIN，信息亭不能在这里关闭", en: "the coordinator has no PIN: the kiosk cannot be closed here"),
                hint: LocalizedText(
                    zh: "协调员在信息亭之外用 'pin set admin admin' 设置",
                    en: "the coordinator sets one with 'pin set admin admin', away from the kiosk"))
        }
        _ = try verifyPIN(role: .admin, id: "admin", pin: pin, lockAfter: 3)
    }

    /// Opens a session that may take one survey once, with a code from the slips; returns the form.
    public func logIn(code: String) throws -> String {
        let semester = try currentSemester()
        try guessLimit?.check(now: clock.now())
        guard let (form, holder) = try database().codeForm(code, semester: semester.id) else {
            guessLimit?.failed(now: clock.now())
            throw AppDatabase.invalidCode(code)
        }
        identity = Identity(role: .parent, id: holder, name: "")
        surveyCode = (form, code)
        return form
    }

    func requirePerson(role: Role, id: String) throws {
        guard try database().person(role: role, id: id) != nil else {
            throw Refusal(
                LocalizedText(zh: "没有\(role.name.text(.zh)) '\(id)'", en: "no \(role.name.text(.en)) '\(id)'"))
        }
    }
}
