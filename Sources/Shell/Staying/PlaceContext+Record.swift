import Model
import School

extension PlaceContext {
    static let columns = [
        Column("club", zh: "社团", en: "club"), Column("group", zh: "学习组", en: "group"),
        Column("title", zh: "名称", en: "title"),
        Column("room", zh: "地点", en: "room"), Column("teacher", zh: "老师", en: "teacher"),
    ]

    func record(_ placement: StoredPlacement, _ language: Language) -> Record {
        if let id = placement.club, let club = clubs[id] {
            let teacher = teacher(of: id, isClub: true)
            let room = staff[id] == nil ? club.room : staff[id]?.room
            return Record([
                "club": .text(id), "group": .null, "title": .text(club.title.text(language)),
                "room": room.map(CellValue.text) ?? .null, "teacher": teacher.map(CellValue.text) ?? .null,
            ])
        }
        let title = language == .zh ? "学习组" : "study group"
        let assigned = placement.group.flatMap { staff[$0] }
        return Record([
            "club": .null, "group": placement.group.map(CellValue.text) ?? .null, "title": .text(title),
            "room": assigned?.room.map(CellValue.text) ?? .null,
            "teacher": placement.group.flatMap { teacher(of: $0, isClub: false) }.map(CellValue.text) ?? .null,
        ])
    }
}
