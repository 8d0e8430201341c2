import Model
import School

extension PickupReport {
    static let columns = [
        Column("student", zh: "学生", en: "student"), Column("name", zh: "姓名", en: "name"),
        Column("class", zh: "班级", en: "class"),
        Column("date", zh: "日期", en: "date"), Column("departed_at", zh: "离校时间", en: "departed_at"),
        Column("by", zh: "接走的人", en: "by"),
        Column("reason", zh: "原因", en: "reason"), Column("note", zh: "备注", en: "note"),
        Column("family", zh: "家庭", en: "family"),
        Column("family_late_month", zh: "本月家庭晚接次数", en: "family_late_month"),
    ]

    func result(_ language: Language) -> CommandResult {
        .listing(
            columns: Self.columns,
            records: rows.map { row in
                let by: CellValue
                if let departure = row.departure {
                    by = .text(departure.by ?? (language == .zh ? "自行回家" : "alone"))
                } else {
                    by = .null
                }
                return Record([
                    "student": .text(row.student.id), "name": .text(row.student.name),
                    "class": .text(row.student.className),
                    "date": .text(date.description),
                    "departed_at": row.departure.map { .text($0.at.description) } ?? .null,
                    "by": by, "reason": .text(row.reason.rawValue),
                    "note": row.departure?.note.map(CellValue.text) ?? .null,
                    "family": .text(row.student.guardianID),
                    "family_late_month": .integer(familyLate[row.student.guardianID] ?? 0),
                ])
            })
    }
}
