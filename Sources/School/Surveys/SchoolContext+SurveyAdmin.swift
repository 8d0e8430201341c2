import Foundation
import Model
import Store

/// A form's state this semester: open or not, codes issued and responses.
public struct SurveyStatus: Sendable {
    public let semester: Semester
    public let form: Form
    public let open: Bool
    public let invited: Int
    public let responses: Int
}

/// A one-time code issued to a family (or a student, or a person, as the form asks), with who
/// it is for, to print on a slip.
public struct IssuedCode: Sendable {
    public let code: String
    public let guardianID: String
    public let guardianName: String?
    /// The children it covers, as `name class`.
    public let children: [String]
}

extension SchoolContext {
    /// Opens `formID` for this semester, recording the version and a digest of its file.
    public func openSurvey(_ formID: String) throws -> SurveyStatus {
        let semester = try currentSemester()
        let form = try form(formID)
        let file = catalog().file(of: .form, id: form.id)
        let data = file.flatMap { FileManager.default.contents(atPath: $0) } ?? Data()
        try database().openSurvey(
            semester: semester.id, form: form.id, version: form.version, digest: AppDatabase.digest(of: data))
        recordSchool()
        return surveyStatus(semester: semester, form: form, open: true)
    }

    /// Closes `formID`: no more responses.
    public func closeSurvey(_ formID: String) throws -> SurveyStatus {
        let semester = try currentSemester()
        let form = try form(formID)
        try database().closeSurvey(semester: semester.id, form: form.id)
        return surveyStatus(semester: semester, form: form, open: false)
    }

    private func surveyStatus(semester: Semester, form: Form, open: Bool) -> SurveyStatus {
        let counts = (try? database().surveyCounts(semester: semester.id, form: form.id)) ?? (invited: 0, responses: 0)
        return SurveyStatus(
            semester: semester, form: form, open: open, invited: counts.invited, responses: counts.responses)
    }

    /// Issues a one-time code to every family (student, person: as the form counts) that has
    /// neither a code nor a response; with `reissue`, voids that one's old code and issues a new
    /// one. Codes are kept only as keyed hashes: these are the only copies.
    public func issueCodes(
        form formID: String, reissue: String?, beforeIssuing check: () throws -> Void = {},
        progress: (_ made: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> (Form, [IssuedCode]) {
        let semester = try currentSemester()
        let form = try form(formID)
        let roster = try SchoolRoster(self, semester: semester)
        let holders = roster.invitedHolders(form: form)
        if let reissue, !holders.contains(reissue) {
            throw Refusal(LocalizedText(zh: "名册上没有 '\(reissue)'", en: "'\(reissue)' is not on the roster"))
        }
        try check()
        let database = try database()
        let guardianNames = Dictionary(
            try database.guardians().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let issued = try database.issueCodes(semester: semester.id, form: form.id, holders: holders, reissue: reissue) {
            made in
            progress(made, holders.count)
        }
        return (
            form,
            issued.map { item in
                let respondent = Respondent.forHolder(item.holder, form: form, roster: roster)
                let guardianID =
                    form.oncePer == .student ? respondent.children.first?.guardianID ?? item.holder : item.holder
                return IssuedCode(
                    code: item.code, guardianID: guardianID, guardianName: guardianNames[guardianID],
                    children: respondent.children.map { "\($0.name) \($0.className)" })
            }
        )
    }

    /// Every response to `formID` (nil: the policy's survey form) this semester, with the questions
    /// they may answer (the form's and the modules'), without any identity.
    public func responses(form formID: String?) throws -> (Form, questions: [Question], responses: [SurveyResponse]) {
        let semester = try currentSemester()
        let form = try form(formID ?? policy().survey.form)
        let responses = try database().responses(semester: semester.id, form: form.id)
        return (form, form.questions + catalog().modules.flatMap(\.survey), responses)
    }
}
