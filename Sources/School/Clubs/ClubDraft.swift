import Expressions
import Model

/// A club being published: the template's facts, overridden by flags, checked against the module,
/// the policy (P3, P5, P7, P10) and the module's own rules. Every failed check is collected, so a
/// teacher sees them all at once; nothing is stored unless there are none.
struct ClubDraft {
    let module: ActivityModule
    let policy: Policy
    let semester: Semester
    var problems: [Refusal] = []

    init(module: ActivityModule, policy: Policy, semester: Semester) {
        self.module = module
        self.policy = policy
        self.semester = semester
    }

    static let feeWords = ["fee", "fees", "price", "cost", "charge", "tuition"]

    /// Builds the club from `request`, or throws every problem found.
    mutating func build(_ request: ClubRequest, teacher: String?, contracts: [Contract], teachers: [Teacher]) throws
        -> Club
    {
        let template = try template(request)
        func fact(_ given: String?, _ name: String) -> String? { given ?? template?[name]?.description }

        let title: LocalizedText? = request.title.map(LocalizedText.init) ?? template?.title
        if title == nil { missing("--title", "TITLE") }

        var grades: GradeRange?
        if let text = request.grades {
            grades = GradeRange(text)
            if grades == nil {
                refuse("--grades：'\(text)' 不是年级范围（如 3-5）", "--grades: '\(text)' is not a grade range (like 3-5)")
            }
        } else if let range = template?.grades {
            grades = range
        } else {
            missing("--grades", "A-B")
        }
        if let grades, !module.grades.contains(grades) {
            refuse(
                "年级 \(grades) 超出模块 '\(module.id)' 的 \(module.grades) 年级",
                "grades \(grades) are outside module '\(module.id)' grades \(module.grades)")
        }

        let capacity = number(request.capacity, "--capacity", template?.capacity) ?? module.capacity.default
        if capacity < 1 {
            refuse("--capacity：容量必须大于 0", "--capacity: a club needs a capacity of at least 1")
        } else if capacity > module.capacity.max {
            refuse(
                "--capacity：\(capacity) 超过模块 '\(module.id)' 的上限 \(module.capacity.max)",
                "--capacity: \(capacity) is above module '\(module.id)' maximum of \(module.capacity.max)")
        }
        let templateMinimum: Int? = if case .integer(let value)? = template?["min"] { value } else { nil }
        let minimum = number(request.minimum, "--min", templateMinimum) ?? 0
        if minimum < 0 || (minimum > 0 && minimum >= capacity) {
            refuse(
                "--min：最少人数 \(minimum) 必须小于容量 \(capacity)",
                "--min: the minimum \(minimum) must be below the capacity \(capacity)")
        }

        var days: [Weekday] = []
        if let text = request.days {
            do { days = try DayList.parse(text, flag: "--days", policy: policy) } catch let refusal as Refusal {
                problems.append(refusal)
            }
        } else if let templateDays = template?.days {
            days = templateDays
        } else {
            missing("--days", "mon,wed")
        }

        let segmentID = fact(request.segment, "segment")
        if let segmentID { checkSegment(segmentID) } else { missing("--segment", "SEGMENT") }

        let contract = request.contract
        let chosenTeacher = request.teacher ?? teacher ?? (contract == nil ? template?["teacher"]?.description : nil)
        checkStaff(teacher: chosenTeacher, contract: contract, contracts: contracts, teachers: teachers)

        let fields = fieldValues(request, template: template)
        var club = Club(
            id: request.id ?? "", semester: semester.id, module: module.id,
            title: title ?? LocalizedText(""), grades: grades ?? module.grades, capacity: capacity, minimum: minimum,
            days: days, segment: segmentID ?? "", teacher: contract == nil ? chosenTeacher : nil, contract: contract,
            room: fact(request.room, "room"), fields: fields)
        if let id = request.id, !SafeID.isValid(id) {
            refuse("--id：'\(id)' 只能包含字母、数字、- 和 _", "--id: '\(id)' may hold only letters, digits, '-' and '_'")
        }
        if problems.isEmpty { checkRules(club) }
        try RefusalList.throwIfAny(problems)
        club.id = request.id ?? ""
        return club
    }

    private mutating func template(_ request: ClubRequest) throws -> ActivityModule.Template? {
        guard let text = request.template else { return nil }
        guard let number = Int(text), number >= 1, number <= module.templates.count else {
            throw Refusal(
                LocalizedText(
                    zh: "--template：模块 '\(module.id)' 没有第 \(text) 个模板（共 \(module.templates.count) 个）",
                    en: "--template: module '\(module.id)' has no template \(text) (it has \(module.templates.count))"),
                hint: LocalizedText(
                    zh: "'module show \(module.id)' 列出模板", en: "'module show \(module.id)' lists its templates"))
        }
        return module.templates[number - 1]
    }

    private mutating func number(_ given: String?, _ flag: String, _ fallback: Int?) -> Int? {
        guard let text = given else { return fallback }
        guard let value = Int(text) else {
            refuse("\(flag)：'\(text)' 不是整数", "\(flag): '\(text)' is not a whole number")
            return fallback
        }
        return value
    }

    private mutating func checkSegment(_ id: String) {
        guard let segment = policy.segment(id: id) else {
            let ids = policy.segmentIDs.joined(separator: ", ")
            refuse(
                "--segment：没有时段 '\(id)'（可选：\(ids)）", "--segment: there is no segment '\(id)' (the segments are \(ids))")
            return
        }
        if !policy.allowsModule(module.id, in: id) {
            let allowed = segment.modules ?? []
            let listZh = allowed.joined(separator: "、")
            let listEn =
                allowed.count > 1
                ? allowed.dropLast().joined(separator: ", ") + " and " + (allowed.last ?? "") : allowed.joined()
            refuse(
                "\(segment.name.text(.zh))只开放给 \(listZh)，模块 '\(module.id)' 的社团不能安排在这个时段（P5）",
                "\(segment.name.text(.en)) is only for \(listEn); clubs of module '\(module.id)' cannot meet then (P5)")
        } else if !module.segments.contains(id) {
            refuse(
                "模块 '\(module.id)' 的社团不在 '\(id)' 时段活动（模块时段：\(module.segments.joined(separator: ", "))）",
                "module '\(module.id)' clubs do not meet in '\(id)' (its "
                    + "segments: \(module.segments.joined(separator: ", ")))"
            )
        }
        if segment.end > policy.latestEnd {
            refuse(
                "时段 '\(id)' 在 \(segment.end) 结束，晚于 \(policy.latestEnd)（P3）",
                "segment '\(id)' ends at \(segment.end), after \(policy.latestEnd) (P3)")
        }
    }

    private mutating func checkStaff(teacher: String?, contract: String?, contracts: [Contract], teachers: [Teacher]) {
        if let contract {
            if let found = contracts.first(where: { $0.id == contract }) {
                if !found.covers(semester) {
                    refuse(
                        "合同 '\(contract)'（\(found.from) 至 \(found.to)）没有覆盖整个学期 \(semester.from) 至 \(semester.to)（P10）",
                        "contract '\(contract)' (\(found.from) to \(found.to)) does not cover the whole "
                            + "semester \(semester.from) to \(semester.to) (P10)"
                    )
                }
            } else {
                refuse(
                    "没有合同 '\(contract)'；校外机构须先签合同（P10）",
                    "no contract '\(contract)'; an outside provider needs a signed contract first (P10)")
            }
        } else if let teacher {
            if !teachers.contains(where: { $0.id == teacher }) {
                refuse("没有教师 '\(teacher)'", "no teacher '\(teacher)'")
            }
        } else {
            refuse("社团需要 --teacher ID 或 --contract ID", "a club needs --teacher ID or --contract ID")
        }
    }

    private mutating func fieldValues(_ request: ClubRequest, template: ActivityModule.Template?) -> [String:
        FieldValue]
    {
        var values: [String: FieldValue] = [:]
        for field in module.fields {
            if let value = template?[field.id] {
                values[field.id] = value
            } else if let value = field.defaultValue {
                values[field.id] = value
            }
        }
        var attempted = Set<String>()
        for assignment in request.assignments {
            guard let equals = assignment.firstIndex(of: "=") else {
                refuse("--set：'\(assignment)' 应写成 字段=值", "--set: '\(assignment)' should be FIELD=VALUE")
                continue
            }
            let key = String(assignment[..<equals])
            let text = String(assignment[assignment.index(after: equals)...])
            attempted.insert(key)
            if policy.fees == .forbidden, Self.feeWords.contains(where: { key.lowercased().contains($0) }) {
                refuse(
                    "课后服务不得收费（P7）：不能设置 '\(key)'", "after-school clubs are free of charge (P7): '\(key)' cannot be set")
                continue
            }
            guard let field = module.field(id: key) else {
                let near = Suggestion.closest(to: key, among: module.fields.map(\.id))
                problems.append(
                    Refusal(
                        LocalizedText(
                            zh: "--set：模块 '\(module.id)' 没有字段 '\(key)'",
                            en: "--set: module '\(module.id)' has no field '\(key)'"),
                        hint: LocalizedText(
                            zh: near.map { "您是不是要写 '\($0)'？" }
                                ?? "字段：\(module.fields.map(\.id).joined(separator: ", "))",
                            en: near.map { "did you mean '\($0)'?" }
                                ?? "its fields: \(module.fields.map(\.id).joined(separator: ", "))")))
                continue
            }
            switch field.parse(text) {
            case .success(let value): values[key] = value
            case .failure(let refusal): problems.append(refusal)
            }
        }
        if policy.fees == .forbidden,
            let fee = module.fields.first(where: { field in
                Self.feeWords.contains { field.id.lowercased().contains($0) } && values[field.id] != nil
            })
        {
            refuse(
                "课后服务不得收费（P7）：字段 '\(fee.id)' 有值",
                "after-school clubs are free of charge (P7): field '\(fee.id)' has a value")
        }
        for field in module.fields where field.required && values[field.id] == nil && !attempted.contains(field.id) {
            refuse(
                "缺少必填字段 '\(field.id)'（用 --set \(field.id)=…）",
                "the required field '\(field.id)' is not set (use --set \(field.id)=…)")
        }
        return values
    }

    /// Evaluates every module rule against the club; each that fails adds its message as written.
    private mutating func checkRules(_ club: Club) {
        var values: [String: Value] = [
            "title": .string(club.title.text(.zh)), "grade_min": .number(Double(club.grades.lower)),
            "grade_max": .number(Double(club.grades.upper)), "capacity": .number(Double(club.capacity)),
            "segment": .string(club.segment), "days": .multi(club.days.map(\.rawValue)),
            "provider": .string(club.provider),
            "min": .number(Double(club.minimum)), "room": club.room.map(Value.string) ?? .empty,
            "teacher": club.teacher.map(Value.string) ?? .empty,
        ]
        for (key, value) in club.fields { values[key] = Value(value) }
        for rule in module.rules {
            guard let expression = try? Expression(parsing: rule.check.text) else { continue }
            if !expression.holds({ values[$0] ?? .empty }, dot: .empty) { problems.append(Refusal(rule.message)) }
        }
    }

    private mutating func missing(_ flag: String, _ value: String) {
        refuse("缺少 \(flag) \(value)（模板里也没有）", "missing \(flag) \(value) (the template does not give it either)")
    }

    private mutating func refuse(_ zh: String, _ en: String) {
        problems.append(Refusal(zh: zh, en: en))
    }
}
