import Model

/// Problems that no single file shows: a module meeting in a segment the policy lacks or closes
/// to it, a policy naming a module or form that does not exist, survey logic naming questions the
/// form lacks. All of them are collected, not just the first.
struct CrossCheck {
    private(set) var diagnostics: [Diagnostic] = []
    /// Files left out because of a problem found here.
    private(set) var leftOut: Set<String> = []
    private var broken: Set<String> = []

    typealias Item<Value> = (value: Value, file: DeclarationFile)

    /// Checks the files that loaded against one another.
    static func run(_ files: [DeclarationFile]) -> CrossCheck {
        var modules: [Item<ActivityModule>] = []
        var forms: [Item<Form>] = []
        var policy: Item<Policy>?
        for file in files {
            switch file.declaration {
            case .module(let module)?: modules.append((module, file))
            case .form(let form)?: forms.append((form, file))
            case .policy(let value)?: if policy == nil { policy = (value, file) }
            case nil: break
            }
        }
        var check = CrossCheck()
        // Ids of files that did not load: naming them is not a further problem.
        check.broken = Set(
            files.filter { $0.declaration == nil }.compactMap { file in
                file.intended.map { "\($0.kind.rawValue):\($0.id)" }
            })
        modules = check.unique(modules, as: .module, id: \.id, key: "module")
        forms = check.unique(forms, as: .form, id: \.id, key: "form")
        if let policy {
            for module in modules { check.module(module, against: policy.value) }
            check.policy(policy, modules: modules.map(\.value.id), forms: forms)
        }
        check.surveyQuestions(modules, form: policy.flatMap { p in forms.first { $0.value.id == p.value.survey.form } })
        return check
    }

    /// Reports, and leaves out, an id declared by a second file.
    private mutating func unique<Value>(
        _ items: [Item<Value>], as thing: DeclaredThing, id: (Value) -> String,
        key: String
    ) -> [Item<Value>] {
        var firstFile: [String: String] = [:]
        return items.filter { item in
            let value = id(item.value)
            guard let other = firstFile[value] else {
                firstFile[value] = item.file.file
                return true
            }
            report(.declaredTwice(thing, value, otherFile: other), in: item.file, at: key)
            leftOut.insert(item.file.file)
            return false
        }
    }

    /// A module's segments exist in the policy and are open to it; its templates meet on service days.
    private mutating func module(_ item: Item<ActivityModule>, against policy: Policy) {
        let module = item.value
        for (index, id) in module.segments.enumerated() {
            let path = "segments[\(index)]"
            if let segment = policy.segment(id: id) {
                if !segment.allows(module: module.id) {
                    report(.segmentClosed(segment: id, module: module.id), in: item.file, at: path, severity: .warning)
                }
            } else {
                let suggestion = Suggestion.closest(to: id, among: policy.segmentIDs)
                report(
                    .unknownSegment(id, suggestion: suggestion, segments: policy.segmentIDs), in: item.file, at: path)
            }
        }
        for (index, template) in module.templates.enumerated() {
            for (dayIndex, day) in (template.days ?? []).enumerated() where !policy.days.contains(day) {
                report(.notAServiceDay(day), in: item.file, at: "templates[\(index)].days[\(dayIndex)]")
            }
        }
    }

    /// What the policy names exists: the modules of each segment, the study group's module, the
    /// survey's form and the questions its expressions read.
    private mutating func policy(_ item: Item<Policy>, modules: [String], forms: [Item<Form>]) {
        let policy = item.value
        for (index, segment) in policy.segments.enumerated() {
            for (moduleIndex, id) in (segment.modules ?? []).enumerated()
            where !modules.contains(id) && !broken.contains("module:\(id)") {
                report(
                    .unknownModule(id, suggestion: Suggestion.closest(to: id, among: modules)),
                    in: item.file, at: "segments[\(index)].modules[\(moduleIndex)]")
            }
        }
        let studyModule = policy.studyGroup.module
        if !modules.contains(studyModule), !broken.contains("module:\(studyModule)") {
            report(
                .unknownModule(studyModule, suggestion: Suggestion.closest(to: studyModule, among: modules)),
                in: item.file, at: "study_group.module", fallbacks: ["study_group", "policy"])
        }
        let formID = policy.survey.form
        guard let form = forms.first(where: { $0.value.id == formID })?.value else {
            if broken.contains("form:\(formID)") { return }
            report(
                .unknownForm(formID, suggestion: Suggestion.closest(to: formID, among: forms.map(\.value.id))),
                in: item.file, at: "survey.form", fallbacks: ["survey", "policy"])
            return
        }
        let scope = ExpressionCheck.Scope(names: form.questionIDs)
        for (key, source) in [("satisfied", policy.survey.satisfied), ("aware", policy.survey.aware)] {
            guard let (problem, position) = ExpressionCheck.problem(in: source, scope: scope) else { continue }
            let path = "survey.\(key)"
            let at =
                source.isDefault ? (item.file.position("survey") ?? item.file.position("policy") ?? .start) : position
            diagnostics.append(diagnostic(problem, file: item.file.file, at: at, path: path, severity: .error))
        }
    }

    /// Module questions join the semester survey, so their ids differ from the form's and from
    /// other modules' questions.
    private mutating func surveyQuestions(_ modules: [Item<ActivityModule>], form: Item<Form>?) {
        var owners: [String: (thing: DeclaredThing, id: String)] = [:]
        if let form { for question in form.value.questions { owners[question.id] = (.form, form.value.id) } }
        for item in modules.sorted(by: { $0.value.id < $1.value.id }) {
            for (index, question) in item.value.survey.enumerated() {
                if let owner = owners[question.id] {
                    report(
                        .questionTaken(question.id, by: owner.thing, owner: owner.id), in: item.file,
                        at: "survey[\(index)].id")
                } else {
                    owners[question.id] = (.module, item.value.id)
                }
            }
        }
    }

    private mutating func report(
        _ problem: Problem, in file: DeclarationFile, at path: String, fallbacks: [String] = [],
        severity: Diagnostic.Severity = .error
    ) {
        let position = ([path] + fallbacks).lazy.compactMap { file.position($0) }.first ?? .start
        diagnostics.append(diagnostic(problem, file: file.file, at: position, path: path, severity: severity))
        if severity == .error, case .module? = file.declaration?.kind { leftOut.insert(file.file) }
    }

    private func diagnostic(
        _ problem: Problem, file: String, at position: Position, path: String,
        severity: Diagnostic.Severity
    ) -> Diagnostic {
        Diagnostic(
            file: file, line: position.line, column: position.column, severity: severity, keyPath: path,
            message: problem.message, hint: problem.hint)
    }
}
