import Foundation
import Model
import Reports
import Store

/// Several schools' databases read for the district (`report district DB... [--semester ID]`):
/// the three figures of each, each file opened read-only and named by the school it records, and
/// the district's totals pooled over all of them (P1, P14, P16).
public struct DistrictReporting {
    /// One school as read from its file.
    public struct SchoolFile: Sendable {
        public let path: String
        /// The semester counted; nil when the school has none (it offers no service then).
        public let semester: String?
        public let figures: DistrictReport.SchoolFigures
    }

    /// Something about a file that is not an error: it is left out, or named after itself.
    public struct Warning: Sendable, Equatable {
        public let message: LocalizedText
        public let hint: LocalizedText?
    }

    /// The schools read, each once, in the order given.
    public let schools: [SchoolFile]
    /// The warnings, in the order the files were read.
    public let warnings: [Warning]
    /// The semester asked for; nil for each school's current one.
    let semester: String?

    /// Reads the files at `paths` for `semester` (nil: each one's current semester). A file that
    /// cannot be read, or records a school already read, is left out with a warning. The district
    /// holds every school to one definition: `school`'s policy, or the default. `progress` hears
    /// which file is being read.
    public init(
        _ school: SchoolContext, paths: [String], semester: String?, progress: (LocalizedText) -> Void = { _ in }
    ) throws {
        let figures = try SurveyFigures(school, defaultPolicy: true)
        var schools: [SchoolFile] = []
        var warnings: [Warning] = []
        var seen: [String: String] = [:]
        for (index, path) in paths.enumerated() {
            progress(
                LocalizedText(
                    zh: "正在读取第 \(index + 1)/\(paths.count) 所学校：\(path)",
                    en: "reading school \(index + 1) of \(paths.count): \(path)"))
            do {
                let school = try Self.read(path, semester: semester, figures: figures, warnings: &warnings)
                if let earlier = seen[school.figures.school.id] {
                    if earlier == path {
                        warnings.append(
                            Warning(
                                message: LocalizedText(
                                    zh: "'\(path)' 给了两次，只计一次", en: "'\(path)' is given twice; it counts once"),
                                hint: nil))
                        continue
                    }
                    warnings.append(
                        Warning(
                            message: LocalizedText(
                                zh: "'\(path)' 记录的学校 '\(school.figures.school.id)' 已经从 '\(earlier)' 计入，这个文件跳过",
                                en:
                                    "'\(path)' records school '\(school.figures.school.id)', already counted from "
                                    + "'\(earlier)': left out"
                            ),
                            hint: LocalizedText(zh: "每所学校只给一个数据库", en: "give one database per school")))
                    continue
                }
                seen[school.figures.school.id] = path
                schools.append(school)
            } catch {
                let problem = error as? any UserFacingError
                let message = problem?.message ?? LocalizedText(String(describing: error))
                warnings.append(
                    Warning(
                        message: LocalizedText(zh: message.text(.zh) + "，跳过", en: message.text(.en) + ": left out"),
                        hint: problem?.hint))
            }
        }
        self.schools = schools
        self.warnings = warnings
        self.semester = semester
    }

    /// The district's report over the schools read, or a refusal when none could be read.
    public func report() throws -> DistrictReport {
        guard !schools.isEmpty else {
            throw Refusal(
                LocalizedText(zh: "没有能读取的学校数据库", en: "none of the files is a school database that can be read"),
                hint: LocalizedText(
                    zh: "给出各校用 afterschool --db 打开的文件", en: "give the files the schools open with 'afterschool --db'"))
        }
        let semesters = schools.compactMap(\.semester).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        return DistrictReport(semester: semester ?? semesters.joined(separator: ", "), schools: schools.map(\.figures))
    }

    /// One school's figures for `semester` (else its current one) from its file, opened read-only.
    private static func read(
        _ path: String, semester wanted: String?, figures: SurveyFigures, warnings: inout [Warning]
    ) throws -> SchoolFile {
        let database = try AppDatabase.openReadOnly(path: path)
        let school: Policy.School
        if let recorded = try database.recordedSchool() {
            school = recorded
        } else {
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            warnings.append(
                Warning(
                    message: LocalizedText(
                        zh: "'\(path)' 没有记录学校，以文件名 '\(stem)' 称呼",
                        en: "'\(path)' records no school; it is named '\(stem)' after its file"),
                    hint: LocalizedText(
                        zh: "学校在该库上运行 semester open、match publish 或 survey open 时会记录",
                        en: "a school's database records it on 'semester open', 'match publish' or 'survey open'")))
            school = Policy.School(id: stem, name: LocalizedText(stem))
        }
        let known = try database.semesters()
        let semester: String?
        if let wanted {
            // A school without the semester offers no service in it (P1); its roster still counts.
            semester = known.all.contains { $0.id == wanted } ? wanted : nil
        } else {
            semester = known.current
        }
        let counts = try database.coverageCounts(semester: semester ?? "")
        guard let semester else {
            return SchoolFile(
                path: path, semester: nil,
                figures: .init(
                    school: school, offersService: false, enrolled: 0, roster: counts.roster,
                    awareness: .empty, satisfaction: .empty, responses: 0, invited: 0))
        }
        let survey = try database.surveyCounts(semester: semester, form: figures.form)
        return SchoolFile(
            path: path, semester: semester,
            figures: .init(
                school: school, offersService: try database.isPublished(semester: semester), enrolled: counts.enrolled,
                roster: counts.roster,
                awareness: try figures.awareness.proportion(in: database, semester: semester, form: figures.form),
                satisfaction: try figures.satisfaction.proportion(in: database, semester: semester, form: figures.form),
                responses: survey.responses, invited: survey.invited))
    }
}
