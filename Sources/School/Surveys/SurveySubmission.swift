import Model
import Store
import Surveys

/// One respondent's turn at a form (`survey take`, `survey submit`): who is answering (a code, a
/// student's family, or the logged-in parent), which module questions apply, and one transaction
/// that stores the response and spends the code or the family's turn.
public struct SurveySubmission {
    let semester: Semester
    let form: Form
    /// Who answers, and for which children.
    let respondent: Respondent
    /// The questions of the modules in which a child of the respondent is placed.
    let moduleQuestions: [Question]
    private let turn: SurveyTurn
    private let roster: SchoolRoster
    private let school: SchoolContext

    /// Works out who answers form `formID` — the holder of `code` (else of the code the session was
    /// opened with), `student`'s family, or the logged-in parent — and checks that they still may.
    public init(_ school: SchoolContext, form formID: String, code: String?, student: String?) throws {
        self.school = school
        semester = try school.currentSemester()
        let database = try school.database()
        form = try school.form(formID)
        guard let status = try database.surveyStatus(semester: semester.id, form: form.id), status.open else {
            throw Refusal(
                LocalizedText(zh: "问卷 '\(form.id)' 本学期没有开放", en: "form '\(form.id)' is not open this semester"),
                hint: LocalizedText(
                    zh: "协调员用 survey open \(form.id) 开放", en: "the coordinator opens it with 'survey open \(form.id)'"))
        }
        if school.identity?.role == .student, form.oncePer != .student {
            throw Refusal(
                LocalizedText(zh: "问卷 '\(form.id)' 由家长回答", en: "form '\(form.id)' is answered by a parent"),
                hint: LocalizedText(zh: "学生只回答学生的问卷", en: "a student answers only the forms for students"))
        }
        roster = try SchoolRoster(school, semester: semester)
        var code = code
        if code == nil, let pending = school.surveyCode, pending.form == form.id { code = pending.code }
        if let code {
            try school.guessLimit?.check(now: school.clock.now())
            guard let holder = try database.codeHolder(code, semester: semester.id, form: form.id) else {
                school.guessLimit?.failed(now: school.clock.now())
                throw AppDatabase.invalidCode(code)
            }
            respondent = Respondent.forHolder(holder, form: form, roster: roster)
            turn = .code(code)
        } else if let id = student {
            let (student, _) = try school.requireStudent(id)
            try school.authorize("survey take", student: student)
            respondent = Respondent.forStudent(student, form: form, identity: school.identity, roster: roster)
            turn = .holder(respondent.holder)
        } else if let identity = school.identity, identity.role == .parent,
            let child = roster.children(of: identity.id).first
        {
            respondent = Respondent.forStudent(child, form: form, identity: identity, roster: roster)
            turn = .holder(respondent.holder)
        } else {
            throw Refusal(
                zh: "请用 --code 问卷码 或 --student 学号 说明是谁在回答", en: "say who is answering with --code CODE or --student S")
        }
        if try database.hasAnswered(holder: respondent.holder, semester: semester.id, form: form.id) {
            if case .code(let code) = turn { throw AppDatabase.invalidCode(code) }
            throw Refusal(
                zh: "这个家庭本学期已经回答过问卷 '\(form.id)'", en: "this family has already answered '\(form.id)' this semester",
                hintZh: "每个家庭每学期只能回答一次", hintEn: "one response per family per semester")
        }
        moduleQuestions = respondent.moduleQuestions(roster: roster, catalogModules: school.catalog().modules)
    }

    /// A runner over the form and the module questions that apply, to ask them one at a time.
    public func runner() throws -> SurveyRunner {
        try SurveyRunner(form: form, moduleQuestions: moduleQuestions)
    }

    /// Every answer given at once (question id → text) checked as asking them would check them;
    /// refuses with every problem.
    public func check(_ given: [String: String]) throws -> [String: Answer] {
        switch try runner().validate(answers: given) {
        case .success(let answers): return answers
        case .failure(let problems): throw RefusalList(problems.problems.map { Refusal($0.message, hint: $0.hint) })
        }
    }

    /// Stores `answers` as the respondent's response, of today by the context's clock, and spends
    /// the code or the family's turn, in one transaction.
    public func store(_ answers: [String: Answer]) throws {
        let response = SurveyResponse(
            version: form.version, day: try school.today(), answers: answers.mapValues(\.text),
            groups: BreakdownKeys(roster: roster, form: form).kept(by: respondent),
            respondent: form.anonymous ? nil : respondent.holder)
        try school.database().storeResponse(
            response, semester: semester.id, form: form.id, turn: turn, holder: respondent.holder)
    }
}
