import Model
import School
import Store
import Surveys

/// `survey take` and `survey submit`: who is answering (a code, a student's family, or the
/// logged-in parent), which module questions apply, and one transaction that stores the response
/// and spends the code or the family's turn.
struct SurveyAnswering {
    let session: Session
    let arguments: ParsedArguments

    struct Context {
        let semester: Semester
        let form: Form
        let respondent: Respondent
        let turn: SurveyTurn
        let roster: SchoolRoster
        let moduleQuestions: [Question]
    }

    /// Works out who answers and checks that they still may.
    func context() throws -> Context {
        let semester = try session.school.currentSemester()
        let database = try session.school.database()
        let form = try session.school.form(arguments.positionals[0])
        guard let status = try database.surveyStatus(semester: semester.id, form: form.id), status.open else {
            throw Refusal(LocalizedText(zh: "问卷 '\(form.id)' 本学期没有开放", en: "form '\(form.id)' is not open this semester"),
                          hint: LocalizedText(zh: "协调员用 survey open \(form.id) 开放", en: "the coordinator opens it with 'survey open \(form.id)'"))
        }
        let roster = try SchoolRoster(session: session, semester: semester)
        var code = arguments.value("--code")
        if code == nil, let pending = session.school.surveyCode, pending.form == form.id { code = pending.code }
        let respondent: Respondent
        let turn: SurveyTurn
        if let code {
            guard let holder = try database.codeHolder(code, semester: semester.id, form: form.id) else { throw AppDatabase.invalidCode(code) }
            respondent = Respondent.forHolder(holder, form: form, roster: roster)
            turn = .code(code)
        } else if let id = arguments.value("--student") {
            let (student, _) = try session.school.requireStudent(id)
            try session.school.authorize("survey take", student: student)
            respondent = Respondent.forStudent(student, form: form, identity: session.school.identity, roster: roster)
            turn = .holder(respondent.holder)
        } else if let identity = session.school.identity, identity.role == .parent, let child = roster.children(of: identity.id).first {
            respondent = Respondent.forStudent(child, form: form, identity: identity, roster: roster)
            turn = .holder(respondent.holder)
        } else {
            throw Refusal(zh: "请用 --code 问卷码 或 --student 学号 说明是谁在回答", en: "say who is answering with --code CODE or --student S")
        }
        if try database.hasAnswered(holder: respondent.holder, semester: semester.id, form: form.id) {
            if case .code(let code) = turn { throw AppDatabase.invalidCode(code) }
            throw Refusal(zh: "这个家庭本学期已经回答过问卷 '\(form.id)'", en: "this family has already answered '\(form.id)' this semester",
                          hintZh: "每个家庭每学期只能回答一次", hintEn: "one response per family per semester")
        }
        return Context(semester: semester, form: form, respondent: respondent, turn: turn, roster: roster,
                       moduleQuestions: respondent.moduleQuestions(roster: roster, catalogModules: session.school.catalog().modules))
    }

    func take() throws -> CommandResult {
        let context = try context()
        var conversation = SurveyConversation(session: session, runner: try SurveyRunner(form: context.form, moduleQuestions: context.moduleQuestions))
        let answers = try conversation.run()
        return try store(answers, context)
    }

    func submit() throws -> CommandResult {
        let context = try context()
        var given: [String: String] = [:]
        for assignment in arguments.all("--answer") {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw Refusal(LocalizedText(zh: "--answer：'\(assignment)' 应写成 题号=答案", en: "--answer: '\(assignment)' should be ID=VALUE"))
            }
            given[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
        }
        let runner = try SurveyRunner(form: context.form, moduleQuestions: context.moduleQuestions)
        switch runner.validate(answers: given) {
        case .success(let answers): return try store(answers, context)
        case .failure(let problems): throw RefusalList(problems.problems.map { Refusal($0.message, hint: $0.hint) })
        }
    }

    private func store(_ answers: [String: Answer], _ context: Context) throws -> CommandResult {
        let response = SurveyResponse(version: context.form.version, day: try session.school.today(),
                                      answers: answers.mapValues(\.text), groups: context.respondent.groups(roster: context.roster),
                                      respondent: context.form.anonymous ? nil : context.respondent.holder)
        try session.school.database().storeResponse(response, semester: context.semester.id, form: context.form.id,
                                             turn: context.turn, holder: context.respondent.holder)
        if session.school.surveyCode != nil {
            // A kiosk session opened with a code does one thing, then ends.
            session.school.surveyCode = nil
            session.logOut()
        }
        return .text(session.language == .zh ? "谢谢！您的回答已保存（共 \(answers.count) 题）。" : "Thank you: your answers are saved (\(answers.count) questions).")
    }
}
