/// Who supervises a study group or a club, and where (P9).
public struct GroupStaff: Sendable, Hashable {
    public var group: String
    public var teacher: String
    public var room: String?

    public init(group: String, teacher: String, room: String?) {
        self.group = group
        self.teacher = teacher
        self.room = room
    }
}
