import Model
import School

extension StayingDay {
    /// The words `where` shows for a whereabouts.
    func describe(_ whereabouts: Whereabouts, _ language: Language) -> String {
        let zh = language == .zh
        switch whereabouts {
        case .noService(let day):
            if case .closed(let reason) = day {
                return zh
                    ? "无课后服务（停课\(reason.map { "：\($0)" } ?? "")）"
                    : "no service (closed\(reason.map { ": \($0)" } ?? ""))"
            }
            return zh ? "无课后服务（非上学日）" : "no service (not a school day)"
        case .notStarted: return zh ? "课后服务尚未开始" : "service not started"
        case .gone(let departure):
            if let by = departure.by {
                return zh ? "\(departure.at) 由\(by)接走离校" : "gone home at \(departure.at) with \(by)"
            }
            return zh ? "\(departure.at) 自行回家" : "gone home alone at \(departure.at)"
        case .notStaying: return zh ? "不留校（未报名这个时段）" : "not staying (not enrolled then)"
        case .onLeave(let leave, _):
            return zh ? "请假\(leave.reason.map { "（\($0)）" } ?? "")" : "on leave\(leave.reason.map { " (\($0))" } ?? "")"
        case .absent: return zh ? "缺席" : "absent"
        case .placed(let placement):
            return placement.club != nil ? (zh ? "社团" : "club") : (zh ? "学习组" : "study group")
        case .unrecorded(let serviceOver, let end):
            if serviceOver { return zh ? "课后服务已结束，未登记离校" : "service over; no departure recorded" }
            let time = end?.description ?? ""
            return zh ? "\(time) 后不留校，未登记离校" : "not staying after \(time); no departure recorded"
        }
    }
}
