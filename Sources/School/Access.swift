import Model

/// How far a role's right to an action reaches.
public enum Reach: Sendable, Equatable {
    /// Not at all.
    case none
    /// Only for what is theirs: a parent's own children, a student themself, a teacher's own clubs.
    case own
    /// For anyone.
    case any
}

/// Who may do one action: each role's reach, and whether someone not logged in may (at a kiosk).
/// The coordinator may always do everything, for anyone.
public struct AccessRule: Sendable, Equatable {
    public var loggedOut = false
    public var teacher = Reach.none
    public var student = Reach.none
    public var parent = Reach.none

    /// The reach of `role`.
    public func reach(_ role: Role) -> Reach {
        switch role {
        case .admin: .any
        case .teacher: teacher
        case .student: student
        case .parent: parent
        }
    }

    /// Anyone, even logged out at a kiosk: help, login, quit.
    static let open = AccessRule(loggedOut: true, teacher: .any, student: .any, parent: .any)
    /// The coordinator alone.
    static let coordinator = AccessRule()
    /// The coordinator and teachers, each for anyone.
    static let staff = AccessRule(teacher: .any)
    /// Everyone logged in, for anyone (what is public to the school: its clubs, calendar, modules).
    static let everyone = AccessRule(teacher: .any, student: .any, parent: .any)
    /// Families for their own children; teachers look at any student.
    static let familiesAndStaff = AccessRule(teacher: .any, student: .own, parent: .own)
    /// Families for their own children, teachers not at all.
    static let families = AccessRule(student: .own, parent: .own)
    /// The family's own business: a parent for their children; a student does not act for the family.
    static let parents = AccessRule(parent: .own)
}

/// Who may do what, and for whom, in one table: every action of the school, by the name the shell
/// gives its command. Nothing else decides access; the use cases ask `SchoolContext.authorize`.
public enum AccessTable {
    public static let rules: [String: AccessRule] = [
        // Sessions and accounts.
        "help": .open, "quit": .open, "exit": .open, "login": .open, "whoami": .open,
        "logout": .everyone, "format": .everyone,
        // Everyone logged in sets their own PIN; the coordinator sets anyone's.
        "pin set": AccessRule(teacher: .own, student: .own, parent: .own),
        "source": .coordinator, "backup": .coordinator,
        // The catalog.
        "module list": .everyone, "module show": .everyone, "module check": .staff, "module reload": .coordinator,
        "policy show": .everyone, "form list": .everyone, "form show": .everyone, "form check": .staff,
        // Semesters, the roster and staff.
        "semester open": .coordinator, "semester list": .coordinator, "semester use": .coordinator,
        "roster import": .coordinator, "student list": .staff, "student show": .familiesAndStaff,
        "teacher add": .coordinator, "teacher list": .coordinator,
        "contract add": .coordinator, "contract list": .coordinator,
        "calendar close": .coordinator, "calendar open": .coordinator, "calendar list": .everyone,
        "group assign": .coordinator,
        // Clubs, enrolment and choices: a teacher publishes and withdraws only their own clubs.
        "club publish": AccessRule(teacher: .own), "club withdraw": AccessRule(teacher: .own),
        // A student chooses for themself; enrolling and leaving a club are the family's, so a parent's.
        "club list": .familiesAndStaff, "club show": .everyone, "club leave": .parents,
        "enrol": .parents, "choose": .families, "choice list": .staff, "choice show": .familiesAndStaff,
        // The allocation.
        "match run": .coordinator, "match show": .staff, "match explain": .familiesAndStaff,
        "match publish": .coordinator, "match waitlist": .staff, "match place": .coordinator,
        "match remove": .coordinator, "match changes": .staff,
        "week": .familiesAndStaff, "where": .staff,
        // Staying and leaving: a parent asks leave and names who collects their own children.
        "leave request": .parents, "leave list": AccessRule(teacher: .any, parent: .own), "leave cancel": .parents,
        "pickup add": .parents, "pickup list": AccessRule(teacher: .any, parent: .own), "pickup remove": .parents,
        "register list": .staff, "register show": .staff, "attend": .staff, "depart": .staff,
        "report pickups": .staff, "report month": .staff,
        // Surveys and reports.
        "survey open": .coordinator, "survey close": .coordinator, "survey codes": .coordinator,
        "survey take": AccessRule(student: .own, parent: .own),
        "survey submit": AccessRule(student: .own, parent: .own),
        "survey import": .coordinator, "survey results": .coordinator, "export responses": .coordinator,
        "export students": .coordinator, "export clubs": .coordinator, "export choices": .coordinator,
        "export assignments": .coordinator,
        "report coverage": .coordinator, "report satisfaction": .coordinator, "report awareness": .coordinator,
        "report summary": .coordinator, "report district": .coordinator,
    ]

    /// What a session opened with a survey code may do: take that survey, and little else.
    public static let codeSessionActions: Set<String> = ["help", "quit", "exit", "logout", "whoami", "survey take"]

    /// The rule of `action`; an action missing from the table is the coordinator's alone.
    public static func rule(_ action: String) -> AccessRule { rules[action] ?? .coordinator }

    /// Whether `identity` (nil: nobody logged in) may do `action` at all, for someone.
    public static func allows(_ identity: Identity?, _ action: String) -> Bool {
        let rule = rule(action)
        guard let identity else { return rule.loggedOut }
        return rule.reach(identity.role) != .none
    }
}
