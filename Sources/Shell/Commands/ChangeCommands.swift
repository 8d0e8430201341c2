import Allocation
import Model
import School
import Store

/// After publishing (P8) nobody moves except through these: a seat freed in a club goes to the
/// head of its waitlist, a late enrolment takes free seats, a child who leaves frees theirs.
enum ChangeCommands {
    static let all: [CommandSpec] = [waitlist, leave, place, remove, changes]

    static let waitlist = CommandSpec(
        path: ["match", "waitlist"],
        summary: LocalizedText(zh: "社团的候补名单：把它排在所得之上的学生，按抽签顺序", en: "a club's waitlist: students who ranked it above what they got, in lottery order"),
        positionals: [PositionalSpec(name: "CLUB")],
        example: "match waitlist sport-football",
        run: { arguments, session in
            let club = try session.school.requireClub(arguments.positionals[0])
            let published = try PublishedRoster(session: session)
            guard let c = published.input.clubIndex[club.id] else { return .listing(columns: [], records: []) }
            let lottery = published.roster.lottery
            let records = published.roster.waitlist(ofClub: c).enumerated().map { position, s -> Record in
                let student = published.input.students[s]
                let rank = published.input.problem.choices.rank(of: c, for: s).map { published.input.originalRank(student: student.id, engineRank: $0) }
                let holds = published.roster.clubs(of: s).map { published.input.clubs[$0].id }
                return Record(["position": .integer(position + 1), "student": .text(student.id), "name": .text(student.name),
                               "rank": rank.map(CellValue.integer) ?? .null, "holds": .list(holds.map(CellValue.text)),
                               "lottery": lottery.position(of: s).map(CellValue.integer) ?? .null])
            }
            return .listing(columns: [
                Column("position", zh: "候补位置", en: "position"), Column("student", zh: "学生", en: "student"), Column("name", zh: "姓名", en: "name"),
                Column("rank", zh: "志愿", en: "rank"), Column("holds", zh: "现有社团", en: "holds"), Column("lottery", zh: "抽签号", en: "lottery"),
            ], records: records)
        }
    )

    static let leave = CommandSpec(
        path: ["club", "leave"],
        summary: LocalizedText(zh: "学生退出社团；名额按候补名单依次递补", en: "a student leaves a club; the seat passes down its waitlist"),
        positionals: [PositionalSpec(name: "STUDENT"), PositionalSpec(name: "CLUB")],
        example: "club leave S0456 sci-lab",
        run: { arguments, session in
            let (student, _) = try session.school.requireStudent(arguments.positionals[0])
            try session.school.authorize("club leave", student: student)
            let club = try session.school.requireClub(arguments.positionals[1])
            var published = try PublishedRoster(session: session)
            let s = try published.index(of: student)
            guard let c = published.input.clubIndex[club.id], published.roster.clubs(of: s).contains(c) else {
                throw Refusal(LocalizedText(zh: "\(student.id) 不在社团 '\(club.id)' 中", en: "\(student.id) is not in club '\(club.id)'"),
                              hint: LocalizedText(zh: "'week \(student.id)' 显示孩子的安排", en: "'week \(student.id)' shows the child's week"))
            }
            let moves = try published.roster.leave(student: s, club: c)
            return try published.save(moves, cause: "club leave \(student.id) \(club.id)", left: (student.id, club.id), removing: nil, session: session)
        }
    )

    static let place = CommandSpec(
        path: ["match", "place"],
        summary: LocalizedText(zh: "公布后报名的孩子：占用所选社团的空位，其余进学习组；其他人不动", en: "place a late enrolment: free seats of its choices, study groups elsewhere; nobody else moves"),
        positionals: [PositionalSpec(name: "STUDENT")],
        example: "match place S0600",
        run: { arguments, session in
            let (student, _) = try session.school.requireStudent(arguments.positionals[0])
            var published = try PublishedRoster(session: session)
            let s = try published.index(of: student)
            guard published.roster.clubs(of: s).isEmpty, try session.school.database().placements(semester: published.input.semester.id, state: .published, student: student.id).isEmpty else {
                throw Refusal(LocalizedText(zh: "\(student.id) 已经有安排", en: "\(student.id) is already placed"),
                              hint: LocalizedText(zh: "换社团请用 club leave", en: "to change clubs, use 'club leave'"))
            }
            let moves = try published.roster.place(student: s)
            return try published.save(moves, cause: "match place \(student.id)", left: nil, removing: nil, session: session)
        }
    )

    static let remove = CommandSpec(
        path: ["match", "remove"],
        summary: LocalizedText(zh: "孩子退出课后服务；空出的社团名额按候补名单递补", en: "take a child out of the service; freed club seats pass down their waitlists"),
        positionals: [PositionalSpec(name: "STUDENT")],
        example: "match remove S0456",
        run: { arguments, session in
            let (student, _) = try session.school.requireStudent(arguments.positionals[0])
            var published = try PublishedRoster(session: session)
            let s = try published.index(of: student)
            var moves: [Move] = []
            for c in published.roster.clubs(of: s) { moves += try published.roster.leave(student: s, club: c) }
            moves += try published.roster.remove(student: s)
            return try published.save(moves, cause: "match remove \(student.id)", left: nil, removing: student.id, session: session)
        }
    )

    static let changes = CommandSpec(
        path: ["match", "changes"],
        summary: LocalizedText(zh: "公布以来的所有变动，便于通知家庭", en: "every change since publishing, so families can be told"),
        example: "match changes",
        run: { _, session in
            let semester = try session.school.currentSemester()
            return ChangeDisplay.result(try session.school.database().changes(semester: semester.id), session: session)
        }
    )
}
