import Foundation
import Model
import Reports

/// Writes a report page (`--html FILE`).
///
/// Pages are made again every week or month, so a page this program wrote before is replaced;
/// any other existing file (a roster, a typo for another name) is refused and left alone. The
/// page is written to a temporary file first and moved into place, so a reader never sees half a page.
enum ReportPage {
    static func write(_ html: String, to path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue, wroteEarlier(path) else {
                throw Refusal(LocalizedText(zh: "'\(path)' 已存在，且不是本程序写的报告网页，不会覆盖",
                                            en: "'\(path)' already exists and is not a report page this program wrote; it is not overwritten"),
                              hint: LocalizedText(zh: "换一个新文件名", en: "choose a new file name"))
            }
        }
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Refusal(LocalizedText(zh: "无法写入 '\(path)'", en: "cannot write '\(path)'"),
                          hint: LocalizedText(zh: "检查文件夹是否存在、是否可写", en: "check that the folder exists and can be written to"))
        }
    }

    /// Whether the file at `path` starts like a page of `HTMLReport`.
    static func wroteEarlier(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 2048)) ?? Data(), as: UTF8.self)
        return head.hasPrefix("<!DOCTYPE html>") && head.contains(HTMLReport.generatorMark)
    }
}
