import Foundation
import Model

/// Writes a report page the coordinator asked for with `--html FILE`.
enum ReportFile {
    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Refusal(
                zh: "无法写入文件 '\(path)'", en: "cannot write file '\(path)'",
                hintZh: "检查文件夹是否存在、是否可写", hintEn: "check that the folder exists and can be written to")
        }
    }
}
