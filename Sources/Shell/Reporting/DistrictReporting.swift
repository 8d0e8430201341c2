import Foundation
import Model
import School
import Reports
import Store

/// `report district DB... [--semester ID] [--html FILE]`: the three figures of several schools'
/// databases, each opened read-only and named by the school it records, and the district's
/// totals pooled over all of them (P1, P14, P16).
struct DistrictReporting {
    let session: Session

    /// One school as read from its file.
    struct School {
        let path: String
        let semester: String?
        let figures: DistrictReport.SchoolFigures
    }

    func run(paths: [String], semester: String?, html: String?) throws -> CommandResult {
        // The district holds every school to one definition: the policy this runs with, or the default.
        let figures = try SurveyFigures(session: session, defaultPolicy: true)
        let progress = ProgressLine()
        var schools: [School] = []
        var seen: [String: String] = [:]
        for (index, path) in paths.enumerated() {
            progress.show(session.language == .zh ? "正在读取第 \(index + 1)/\(paths.count) 所学校：\(path)" : "reading school \(index + 1) of \(paths.count): \(path)")
            do {
                let school = try read(path, semester: semester, figures: figures)
                if let earlier = seen[school.figures.school.id] {
                    progress.done()
                    if earlier == path {
                        warn(LocalizedText(zh: "'\(path)' 给了两次，只计一次", en: "'\(path)' is given twice; it counts once"), hint: nil)
                        continue
                    }
                    warn(LocalizedText(zh: "'\(path)' 记录的学校 '\(school.figures.school.id)' 已经从 '\(earlier)' 计入，这个文件跳过",
                                       en: "'\(path)' records school '\(school.figures.school.id)', already counted from '\(earlier)': left out"),
                         hint: LocalizedText(zh: "每所学校只给一个数据库", en: "give one database per school"))
                    continue
                }
                seen[school.figures.school.id] = path
                schools.append(school)
            } catch {
                progress.done()
                let (message, hint) = Session.describe(error, language: session.language)
                session.reportRemark("warning", LocalizedText(zh: message + "，跳过", en: message + ": left out"),
                                     hint: hint.map { LocalizedText($0) })
            }
        }
        progress.done()
        guard !schools.isEmpty else {
            throw Refusal(LocalizedText(zh: "没有能读取的学校数据库", en: "none of the files is a school database that can be read"),
                          hint: LocalizedText(zh: "给出各校用 afterschool --db 打开的文件", en: "give the files the schools open with 'afterschool --db'"))
        }
        let semesters = schools.compactMap(\.semester).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let report = DistrictReport(semester: semester ?? semesters.joined(separator: ", "), schools: schools.map(\.figures))
        if let html { try ReportPage.write(HTMLReport.render(district: report, language: session.language), to: html) }
        return result(report, schools: schools, page: html)
    }

    /// One school's figures for `semester` (else its current one) from its file, opened read-only.
    private func read(_ path: String, semester wanted: String?, figures: SurveyFigures) throws -> School {
        let database = try AppDatabase.openReadOnly(path: path)
        let school: Policy.School
        if let recorded = try database.recordedSchool() {
            school = recorded
        } else {
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            warn(LocalizedText(zh: "'\(path)' 没有记录学校，以文件名 '\(stem)' 称呼", en: "'\(path)' records no school; it is named '\(stem)' after its file"),
                 hint: LocalizedText(zh: "学校在该库上运行 semester open、match publish 或 survey open 时会记录", en: "a school's database records it on 'semester open', 'match publish' or 'survey open'"))
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
            return School(path: path, semester: nil, figures: .init(
                school: school, offersService: false, enrolled: 0, roster: counts.roster,
                awareness: .empty, satisfaction: .empty, responses: 0, invited: 0))
        }
        let survey = try database.surveyCounts(semester: semester, form: figures.form)
        return School(path: path, semester: semester, figures: .init(
            school: school, offersService: try database.isPublished(semester: semester), enrolled: counts.enrolled, roster: counts.roster,
            awareness: try figures.awareness.proportion(in: database, semester: semester, form: figures.form),
            satisfaction: try figures.satisfaction.proportion(in: database, semester: semester, form: figures.form),
            responses: survey.responses, invited: survey.invited))
    }

    private func result(_ report: DistrictReport, schools: [School], page: String?) -> CommandResult {
        let language = session.language
        let decimal = FigureReport.decimal
        func values(_ row: DistrictReport.Row) -> [String: CellValue] {
            ["school": row.school.map(CellValue.text) ?? .null, "name": .text(row.name.text(language)),
             "coverage": decimal(row.coverage.rate), "awareness": decimal(row.awareness.rate), "satisfaction": decimal(row.satisfaction.rate),
             "n": .integer(row.n), "enrolled": .integer(row.coverage.k), "roster": .integer(row.coverage.n),
             "awareness_n": .integer(row.awareness.n), "awareness_low": decimal(row.awareness.low), "awareness_high": decimal(row.awareness.high),
             "satisfaction_n": .integer(row.satisfaction.n), "satisfaction_low": decimal(row.satisfaction.low),
             "satisfaction_high": decimal(row.satisfaction.high), "invited": .integer(row.invited), "response_rate": decimal(row.responseRate)]
        }
        let head = [Column("school", zh: "学校编号", en: "school"), Column("name", zh: "学校", en: "name"), Column("semester", zh: "学期", en: "semester")]
        let figures = [Column("coverage", zh: "覆盖度", en: "coverage"), Column("awareness", zh: "知晓率", en: "awareness"),
                       Column("satisfaction", zh: "满意率", en: "satisfaction"), Column("n", zh: "回复", en: "n")]
        let detail = [Column("enrolled", zh: "参加人数", en: "enrolled"), Column("roster", zh: "名册人数", en: "on roster"),
                      Column("awareness_n", zh: "知晓率 n", en: "awareness n"), Column("awareness_low", zh: "知晓率下限", en: "awareness low"),
                      Column("awareness_high", zh: "知晓率上限", en: "awareness high"), Column("satisfaction_n", zh: "满意率 n", en: "satisfaction n"),
                      Column("satisfaction_low", zh: "满意率下限", en: "satisfaction low"), Column("satisfaction_high", zh: "满意率上限", en: "satisfaction high"),
                      Column("invited", zh: "已发问卷码", en: "codes issued"), Column("response_rate", zh: "回收率", en: "response rate")]
        let rows = zip(report.schools, schools).map { row, school -> Record in
            var record = values(row)
            record["semester"] = school.semester.map(CellValue.text) ?? .null
            record["offers_service"] = .boolean(school.figures.offersService)
            record["file"] = .text(school.path)
            return Record(record)
        }
        var district = values(report.district)
        district["semester"] = .text(report.semester)
        district["schools"] = .integer(report.schoolCoverage.n)
        district["schools_offering"] = .integer(report.schoolCoverage.k)
        district["school_coverage"] = decimal(report.schoolCoverage.rate)
        district["page"] = page.map(CellValue.text) ?? .null
        return .sections([
            Section("schools", zh: "各校", en: "Schools", .listing(
                columns: head + figures + [Column("offers_service", zh: "开展服务", en: "offers service")] + detail + [Column("file", zh: "文件", en: "file")],
                records: rows)),
            Section("district", zh: "全区合计", en: "District", .object(
                columns: head + figures + [Column("schools", zh: "学校数", en: "schools"), Column("schools_offering", zh: "开展服务的学校", en: "schools offering service"),
                                           Column("school_coverage", zh: "学校覆盖率", en: "school coverage")] + detail + [Column("page", zh: "网页", en: "page")],
                record: Record(district))),
        ])
    }

    private func warn(_ message: LocalizedText, hint: LocalizedText?) {
        session.reportRemark("warning", message, hint: hint)
    }
}
