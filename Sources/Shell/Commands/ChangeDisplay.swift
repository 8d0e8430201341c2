import Model
import School

/// How changes to the published allocation are listed, by `club leave`, `match place`,
/// `match remove` and `match changes`.
enum ChangeDisplay {
    static let columns = [
        Column("student", zh: "学生", en: "student"), Column("name", zh: "姓名", en: "name"),
        Column("action", zh: "变动", en: "action"),
        Column("club", zh: "社团", en: "club"), Column("group", zh: "学习组", en: "group"),
        Column("cause", zh: "原因", en: "cause"),
    ]

    static func result(_ changes: [StoredChange], session: Session) -> CommandResult {
        let names = (try? session.school.studentNames()) ?? [:]
        return .listing(
            columns: columns,
            records: changes.map { change in
                Record([
                    "student": .text(change.student), "name": names[change.student].map(CellValue.text) ?? .null,
                    "action": .text(change.action), "club": change.club.map(CellValue.text) ?? .null,
                    "group": change.group.map(CellValue.text) ?? .null, "cause": .text(change.cause),
                ])
            })
    }
}
