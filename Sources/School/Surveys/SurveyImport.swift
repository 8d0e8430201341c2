import Model
import Store
import Surveys

/// Paper answers typed into a CSV (`survey import FORM FILE`), a column per question id and a
/// `code` or `student` column. Every bad cell is reported with its line and column, then nothing
/// is stored; a clean file is stored in one transaction.
struct SurveyImport {
    let school: SchoolContext

    /// Imports the file at `path` into form `formID`; returns how many responses were stored.
    /// `progress` is told what is going on, for a large file.
    func run(formID: String, path: String, progress: (LocalizedText) -> Void) throws -> Int {
        let semester = try school.currentSemester()
        let database = try school.database()
        let form = try school.form(formID)
        guard let status = try database.surveyStatus(semester: semester.id, form: form.id), status.open else {
            throw Refusal(
                LocalizedText(zh: "问卷 '\(form.id)' 本学期没有开放", en: "form '\(form.id)' is not open this semester"))
        }
        let (document, codes, roster) = try read(path, form: form, semester: semester, database: database)
        let identity = try identityColumn(of: document, form: form, path: path)
        let answered = try database.answeredHolders(semester: semester.id, form: form.id)
        let (pending, problemsSoFar) = try pendingRows(
            document, identity: identity, codes: codes, roster: roster, form: form, answered: answered)
        var problems = problemsSoFar
        // Checking answers is the costly part of a large import, and each row stands alone: check
        // them, and lay out what will be written, in parallel.
        progress(LocalizedText(zh: "检查 \(pending.count) 行答案…", en: "checking \(pending.count) rows of answers…"))
        let day = try school.today()
        let breakdownKeys = BreakdownKeys(roster: roster, form: form)
        // In slices, so that Ctrl-C stops a large import between two of them.
        var outcomes: [Result<PreparedResponse, ResponseProblems>] = []
        outcomes.reserveCapacity(pending.count)
        for start in stride(from: 0, to: pending.count, by: 20_000) {
            try school.interrupter.check()
            outcomes += Pending.prepareAll(Array(pending[start..<min(start + 20_000, pending.count)])) { row, answers in
                PreparedResponse(
                    SurveyResponse(
                        version: form.version, day: day, answers: answers.mapValues(\.text),
                        groups: breakdownKeys.kept(by: row.respondent),
                        respondent: form.anonymous ? nil : row.respondent.holder))
            }
        }
        try school.interrupter.check()
        var batch: [(response: PreparedResponse, turn: SurveyTurn, holder: String)] = []
        batch.reserveCapacity(pending.count)
        for (row, outcome) in zip(pending, outcomes) {
            switch outcome {
            case .success(let prepared):
                batch.append((prepared, row.turn, row.respondent.holder))
            case .failure(let failed):
                for problem in failed.problems {
                    problems.append(
                        RowProblem(
                            line: row.line, column: problem.questionID, message: problem.problem.message,
                            hint: problem.problem.hint))
                }
            }
        }
        if !problems.isEmpty {
            // Rows checked in parallel report after the others: list every problem in line order.
            let ordered = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
                .map(\.element)
            throw ProblemList(ordered, file: path)
        }
        try database.storeResponses(batch, semester: semester.id, form: form.id) { written in
            progress(
                LocalizedText(
                    zh: "已写入 \(written)/\(batch.count) 份", en: "writing responses: \(written) of \(batch.count)"))
        }
        return batch.count
    }

    /// The file parsed, the codes in its `code` column looked up (both on the second core), and the
    /// roster, loaded meanwhile.
    private func read(_ path: String, form: Form, semester: Semester, database: AppDatabase) throws -> (
        CSVDocument, [String: CheckedCode], SchoolRoster
    ) {
        let text = try TextFile.read(path)
        let (semesterID, formID) = (semester.id, form.id)
        let reading = BackgroundWork { () throws -> (CSVDocument, [String: CheckedCode]) in
            let document = try CSVDocument(parsing: text)
            guard let column = document.header.firstIndex(of: "code") else { return (document, [:]) }
            let codes = document.records.map {
                $0.fields.indices.contains(column) ? $0.fields[column].trimmingSpaces() : ""
            }
            return (document, try database.codeHolders(codes, semester: semesterID, form: formID))
        }
        let roster = try SchoolRoster(school, semester: semester)
        do {
            let (document, codes) = try reading.value()
            return (document, codes, roster)
        } catch let problem as CSVDocument.Problem {
            throw problem.asList(file: path)
        }
    }

    /// The `code` or `student` column; a header with neither, both, or a column that is no
    /// question of the form (or of a module) is refused, every such column named.
    private func identityColumn(of document: CSVDocument, form: Form, path: String) throws -> (
        column: Int, kind: String
    ) {
        let known = form.questionIDs + school.catalog().modules.flatMap(\.survey).map(\.id)
        var problems: [RowProblem] = []
        var identity: (column: Int, kind: String)?
        for (index, name) in document.header.enumerated() {
            if name == "code" || name == "student" {
                if identity != nil {
                    problems.append(
                        RowProblem(
                            line: document.headerLine, column: name,
                            message: LocalizedText(
                                zh: "只能有一列 code 或 student", en: "only one 'code' or 'student' column"), hint: nil))
                }
                identity = (index, name)
            } else if !known.contains(name) {
                let near = Suggestion.closest(to: name, among: known + ["code", "student"])
                problems.append(
                    RowProblem(
                        line: document.headerLine, column: name,
                        message: LocalizedText(zh: "问卷没有题目 '\(name)'", en: "the form has no question '\(name)'"),
                        hint: near.map(Suggestion.didYouMean)))
            }
        }
        guard let identity else {
            problems.append(
                RowProblem(
                    line: document.headerLine, column: nil,
                    message: LocalizedText(zh: "缺少 code 或 student 列", en: "missing a 'code' or 'student' column"),
                    hint: nil))
            throw ProblemList(problems, file: path)
        }
        if !problems.isEmpty { throw ProblemList(problems, file: path) }
        return identity
    }

    /// Each row with its respondent, the turn it spends and the reader of its answers; a row of
    /// the wrong width, naming nobody, or from a family that has answered is a problem instead.
    private func pendingRows(
        _ document: CSVDocument, identity: (column: Int, kind: String), codes: [String: CheckedCode],
        roster: SchoolRoster,
        form: Form, answered: Set<String>
    ) throws -> ([Pending], [RowProblem]) {
        let catalogModules = school.catalog().modules
        var answered = answered
        var problems: [RowProblem] = []
        var readers: [[String]: RowReader] = [:]
        var pending: [Pending] = []
        pending.reserveCapacity(document.records.count)
        for record in document.records {
            if let problem = document.widthProblem(of: record) {
                problems.append(problem)
                continue
            }
            let who = record.fields[identity.column].trimmingSpaces()
            guard !who.isEmpty else {
                problems.append(
                    RowProblem(
                        line: record.line, column: identity.kind,
                        message: LocalizedText(zh: "这一行的 \(identity.kind) 是空的", en: "this row has no \(identity.kind)"),
                        hint: LocalizedText(
                            zh: "每一行都要写明是哪个\(identity.kind == "code" ? "问卷码" : "学生")",
                            en: "every row names its \(identity.kind)")))
                continue
            }
            let respondent: Respondent
            let turn: SurveyTurn
            if identity.kind == "code" {
                guard let checked = codes[who] else {
                    problems.append(
                        RowProblem(
                            line: record.line, column: "code", message: AppDatabase.invalidCode(who).message, hint: nil)
                    )
                    continue
                }
                respondent = Respondent.forHolder(checked.holder, form: form, roster: roster)
                turn = .checkedCode(checked)
            } else {
                guard let student = roster.students[who] else {
                    problems.append(
                        RowProblem(
                            line: record.line, column: "student",
                            message: LocalizedText(zh: "没有学生 '\(who)'", en: "no student '\(who)'"), hint: nil))
                    continue
                }
                respondent = Respondent.forStudent(student, form: form, identity: nil, roster: roster)
                turn = .holder(respondent.holder)
            }
            guard answered.insert(respondent.holder).inserted else {
                problems.append(
                    RowProblem(
                        line: record.line, column: identity.kind,
                        message: LocalizedText(
                            zh: "这个家庭已经回答过（本文件或之前）", en: "this family has already answered (in this file or before)"),
                        hint: nil))
                continue
            }
            let applicable = respondent.moduleQuestions(roster: roster, catalogModules: catalogModules)
            let key = applicable.map(\.id)
            let reader: RowReader
            if let known = readers[key] {
                reader = known
            } else {
                reader = RowReader(
                    runner: try SurveyRunner(form: form, moduleQuestions: applicable), header: document.header,
                    skipping: identity.column)
                readers[key] = reader
            }
            pending.append(
                Pending(line: record.line, fields: record.fields, reader: reader, respondent: respondent, turn: turn))
        }
        return (pending, problems)
    }
}

/// How the rows of one set of applying questions are read: their runner, and the columns it
/// takes (a module question that does not apply to the family is left out, even if filled in).
private struct RowReader: Sendable {
    let runner: SurveyRunner
    let columns: [(index: Int, question: String)]

    init(runner: SurveyRunner, header: [String], skipping identity: Int) {
        self.runner = runner
        let asked = Set(runner.questions.map(\.id))
        columns = header.enumerated().filter { $0.offset != identity && asked.contains($0.element) }.map {
            ($0.offset, $0.element)
        }
    }

    /// The answers of a row, by question id.
    func answers(_ fields: [String]) -> [String: String] {
        var given: [String: String] = Dictionary(minimumCapacity: columns.count)
        for column in columns { given[column.question] = fields[column.index] }
        return given
    }
}

/// One imported row waiting for its answers to be checked.
private struct Pending: Sendable {
    let line: Int
    let fields: [String]
    let reader: RowReader
    let respondent: Respondent
    let turn: SurveyTurn

    /// Every row checked and, when its answers are good, laid out by `prepare`; in row order,
    /// spread over the machine's cores.
    static func prepareAll(_ rows: [Pending], prepare: @Sendable (Pending, [String: Answer]) -> PreparedResponse)
        -> [Result<PreparedResponse, ResponseProblems>]
    {
        rows.concurrentMap(minimumChunk: 2000) { row in
            row.reader.runner.validate(answers: row.reader.answers(row.fields)).map { prepare(row, $0) }
        }
    }
}
