import Model
import School

/// After publishing (P8) nobody moves except through these: a seat freed in a club goes to the
/// head of its waitlist, a late enrolment takes free seats, a child who leaves frees theirs.
enum ChangeCommands {
    static let all: [CommandSpec] = [waitlist, leave, place, remove, changes]

    static let waitlist = CommandSpec(
        path: ["match", "waitlist"],
        summary: LocalizedText(
            zh: "社团的候补名单：把它排在所得之上的学生，按抽签顺序",
            en: "a club's waitlist: students who ranked it above what they got, in lottery order"),
        positionals: [PositionalSpec(name: "CLUB")],
        example: "match waitlist sport-football",
        run: { arguments, session in
            let records = try session.school.waitlist(club: arguments.positionals[0]).map { entry in
                Record([
                    "position": .integer(entry.position), "student": .text(entry.student.id),
                    "name": .text(entry.student.name),
                    "rank": entry.rank.map(CellValue.integer) ?? .null, "holds": .list(entry.holds.map(CellValue.text)),
                    "lottery": entry.lottery.map(CellValue.integer) ?? .null,
                ])
            }
            return .listing(
                columns: [
                    Column("position", zh: "候补位置", en: "position"), Column("student", zh: "学生", en: "student"),
                    Column("name", zh: "姓名", en: "name"),
                    Column("rank", zh: "志愿", en: "rank"), Column("holds", zh: "现有社团", en: "holds"),
                    Column("lottery", zh: "抽签号", en: "lottery"),
                ], records: records)
        }
    )

    static let leave = CommandSpec(
        path: ["club", "leave"],
        summary: LocalizedText(
            zh: "学生退出社团；名额按候补名单依次递补", en: "a student leaves a club; the seat passes down its waitlist"),
        positionals: [PositionalSpec(name: "STUDENT"), PositionalSpec(name: "CLUB")],
        example: "club leave S0456 sci-lab",
        run: { arguments, session in
            let changes = try session.school.leaveClub(
                student: arguments.positionals[0], club: arguments.positionals[1])
            return ChangeDisplay.result(changes, session: session)
        }
    )

    static let place = CommandSpec(
        path: ["match", "place"],
        summary: LocalizedText(
            zh: "公布后报名的孩子：占用所选社团的空位，其余进学习组；其他人不动",
            en: "place a late enrolment: free seats of its choices, study groups elsewhere; nobody else moves"),
        positionals: [PositionalSpec(name: "STUDENT")],
        example: "match place S0600",
        run: { arguments, session in
            ChangeDisplay.result(
                try session.school.placeLateEnrolment(student: arguments.positionals[0]), session: session)
        }
    )

    static let remove = CommandSpec(
        path: ["match", "remove"],
        summary: LocalizedText(
            zh: "孩子退出课后服务；空出的社团名额按候补名单递补",
            en: "take a child out of the service; freed club seats pass down their waitlists"),
        positionals: [PositionalSpec(name: "STUDENT")],
        example: "match remove S0456",
        run: { arguments, session in
            ChangeDisplay.result(
                try session.school.removeFromService(student: arguments.positionals[0]), session: session)
        }
    )

    static let changes = CommandSpec(
        path: ["match", "changes"],
        summary: LocalizedText(zh: "公布以来的所有变动，便于通知家庭", en: "every change since publishing, so families can be told"),
        example: "match changes",
        run: { _, session in
            ChangeDisplay.result(try session.school.allocationChanges(), session: session)
        }
    )
}
