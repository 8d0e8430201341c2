import Model

/// The words of each `Problem`, English and Chinese side by side so that they stay in step.
enum ProblemText {
    static func message(_ problem: Problem) -> (en: String, zh: String) {
        switch problem {
        case .cannotRead(let path, let reason):
            ("cannot read '\(path)': \(reason)", "无法读取 '\(path)'：\(reason)")
        case .notUTF8:
            ("the file is not UTF-8 text", "文件不是 UTF-8 编码的文本")
        case .tooManyValues(let limit):
            (
                "the document holds more than \(limit) values once its aliases are followed",
                "展开别名后，文件中的值超过 \(limit) 个"
            )
        case .fileTooLarge(let bytes, let limit):
            ("the file has \(bytes) bytes; a declaration has at most \(limit)", "文件有 \(bytes) 字节，声明文件最多 \(limit) 字节")
        case .emptyFile:
            ("the file is empty", "文件是空的")
        case .tabIndentation:
            ("tab character in indentation", "缩进中有制表符")
        case .syntax(let problem, _, _):
            ("invalid YAML: \(problem)", "YAML 语法错误：\(problem)")
        case .unknownKind(let found):
            if let found {
                ("not a module, policy or form: unexpected first key '\(found)'", "不是模块、政策或表单文件：首个键 '\(found)' 无法识别")
            } else {
                ("not a module, policy or form", "不是模块、政策或表单文件")
            }
        case .notAKey(let found):
            ("a key must be text, found \(found.words(.en))", "键必须是文本，实际为\(found.words(.zh))")
        case .duplicateKey(let key, _):
            ("duplicate key '\(key)'", "重复的键 '\(key)'")
        case .unknownKey(let key, _, _):
            ("unknown key '\(key)'", "未知的键 '\(key)'")
        case .missingKey(let key):
            ("missing required key '\(key)'", "缺少必需的键 '\(key)'")
        case .emptyValue:
            ("no value given", "没有给出值")
        case .wrongType(let expected, let found):
            (
                "expected \(expected.words(.en)), found \(found.words(.en))",
                "应为\(expected.words(.zh))，实际为\(found.words(.zh))"
            )
        case .unknownWord(let vocabulary, let word, _, _):
            ("unknown \(vocabulary.words(.en)) '\(word)'", "未知的\(vocabulary.words(.zh)) '\(word)'")
        case .invalidID(let id):
            ("'\(id)' is not a valid id", "'\(id)' 不是有效的标识")
        case .invalidName(let name):
            ("'\(name)' is not a valid id", "'\(name)' 不是有效的标识")
        case .duplicate(let thing, let id, _):
            ("duplicate \(thing.words(.en)) '\(id)'", "重复的\(thing.words(.zh)) '\(id)'")
        case .emptyList:
            ("the list is empty", "列表为空")
        case .keyNotApplicable(let key, let type, let question):
            question
                ? ("'\(key)' does not apply to a \(type) question", "'\(key)' 不适用于 \(type) 类型的问题")
                : ("'\(key)' does not apply to a \(type) field", "'\(key)' 不适用于 \(type) 类型的字段")
        case .choiceHasSpace(let value):
            ("choice value '\(value)' contains a space", "选项值 '\(value)' 含有空格")
        default:
            moduleMessage(problem)
        }
    }

    private static func moduleMessage(_ problem: Problem) -> (en: String, zh: String) {
        switch problem {
        case .idDiffersFromFolder(let id, let folder):
            ("module id '\(id)' differs from its folder '\(folder)'", "模块标识 '\(id)' 与所在文件夹 '\(folder)' 不一致")
        case .idDiffersFromFile(let id, let file):
            ("form id '\(id)' differs from its file name '\(file)'", "表单标识 '\(id)' 与文件名 '\(file)' 不一致")
        case .notGradeRange(let text):
            ("'\(text)' is not a grade range", "'\(text)' 不是年级范围")
        case .gradesOutOfRange(let text):
            ("grades '\(text)' are outside 1-9", "年级 '\(text)' 超出 1-9")
        case .gradesReversed(let text, _):
            ("grade range '\(text)' is reversed", "年级范围 '\(text)' 前大后小")
        case .capacityOverMax(let value, let max):
            ("default capacity \(value) is more than the maximum \(max)", "默认容量 \(value) 大于上限 \(max)")
        case .fieldIsFact(let id):
            ("field '\(id)' has the name of a club fact", "字段 '\(id)' 与社团的基本信息同名")
        case .notAChoice(let value, let owner, _, _):
            owner.map { ("'\(value)' is not one of the choices of '\($0)'", "'\(value)' 不是 '\($0)' 的选项") }
                ?? ("'\(value)' is not one of the choices", "'\(value)' 不是可选项之一")
        case .outsideModuleGrades(let range, let module):
            ("grades '\(range)' are outside the module's grades '\(module)'", "年级 '\(range)' 超出模块的年级 '\(module)'")
        case .overModuleCapacity(let value, let max):
            ("capacity \(value) is more than the module's maximum \(max)", "容量 \(value) 大于模块上限 \(max)")
        case .minOverCapacity(let min, let capacity):
            ("minimum size \(min) is more than the capacity \(capacity)", "最少人数 \(min) 大于容量 \(capacity)")
        case .segmentNotInModule(let segment, _):
            ("segment '\(segment)' is not one of the module's segments", "时段 '\(segment)' 不在模块的时段之中")
        case .outsideBounds(let value, let min, let max):
            outside(value, min, max)
        case .tooLong(let length, let maxLength):
            (
                "the text has \(length) characters, more than max_length \(maxLength)",
                "文本有 \(length) 个字符，超过 max_length \(maxLength)"
            )
        case .badBounds(let min, let max, let strict):
            (
                "min \(number(min)) must be \(strict ? "less than" : "at most") max \(number(max))",
                "min \(number(min)) 必须\(strict ? "小于" : "不大于") max \(number(max))"
            )
        case .labelOutsideScale(let point, let range):
            (
                "label \(point) is outside the scale \(range.lowerBound)-\(range.upperBound)",
                "标签 \(point) 超出量表范围 \(range.lowerBound)-\(range.upperBound)"
            )
        default:
            timeMessage(problem)
        }
    }

    private static func timeMessage(_ problem: Problem) -> (en: String, zh: String) {
        switch problem {
        case .notTime(let text):
            ("'\(text)' is not a time of day", "'\(text)' 不是有效的时刻")
        case .segmentBackwards(let id, let start, let end):
            (
                "segment '\(id)' ends at \(end), not after it starts at \(start)",
                "时段 '\(id)' 的结束时间 \(end) 不晚于开始时间 \(start)"
            )
        case .segmentsOverlap(let id, let other):
            ("segment '\(id)' overlaps segment '\(other)'", "时段 '\(id)' 与时段 '\(other)' 重叠")
        case .segmentAfterLatestEnd(let id, let end, let latest):
            (
                "segment '\(id)' ends at \(end), after latest_end \(latest)",
                "时段 '\(id)' 结束于 \(end)，晚于 latest_end \(latest)"
            )
        case .unknownTimeZone(let zone, _):
            ("unknown time zone '\(zone)'", "未知的时区 '\(zone)'")
        case .expression(let message, _):
            (message.text(.en), message.text(.zh))
        case .refersLater(let name):
            ("refers to '\(name)', which comes later", "引用了排在后面的 '\(name)'")
        case .refersToItself(let name):
            ("'\(name)' refers to itself", "'\(name)' 引用了自身")
        default:
            crossFileMessage(problem)
        }
    }

    private static func crossFileMessage(_ problem: Problem) -> (en: String, zh: String) {
        switch problem {
        case .unknownModule(let id, _):
            ("module '\(id)' does not exist", "模块 '\(id)' 不存在")
        case .unknownForm(let id, _):
            ("form '\(id)' does not exist", "表单 '\(id)' 不存在")
        case .unknownSegment(let id, _, _):
            ("segment '\(id)' is not in the policy", "时段 '\(id)' 不在政策之中")
        case .segmentClosed(let segment, let module):
            (
                "'\(segment)' is closed to module '\(module)' by the policy; its clubs will be refused there",
                "政策规定时段 '\(segment)' 不对模块 '\(module)' 开放；该模块在此时段的社团将被拒绝"
            )
        case .notAServiceDay(let day):
            ("'\(day)' is not a service day of the policy", "'\(day)' 不是政策规定的服务日")
        case .questionTaken(let id, let thing, let owner):
            (
                "question id '\(id)' is already used by \(thing.words(.en)) '\(owner)'",
                "问题标识 '\(id)' 已被\(thing.words(.zh)) '\(owner)' 使用"
            )
        case .noModuleFile(let folder):
            ("folder '\(folder)' has no module.yaml", "文件夹 '\(folder)' 中没有 module.yaml")
        case .declaredTwice(let thing, let id, let other):
            (
                "\(thing.words(.en)) '\(id)' is also declared in '\(other)'",
                "\(thing.words(.zh)) '\(id)' 也在 '\(other)' 中声明"
            )
        default:
            ("invalid declaration", "声明无效")
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private static func outside(_ value: String, _ min: Double?, _ max: Double?) -> (en: String, zh: String) {
        switch (min.map(number), max.map(number)) {
        case (let low?, let high?):
            ("'\(value)' is not between \(low) and \(high)", "'\(value)' 不在 \(low) 到 \(high) 之间")
        case (let low?, nil): ("'\(value)' is less than the minimum \(low)", "'\(value)' 小于下限 \(low)")
        case (nil, let high?): ("'\(value)' is more than the maximum \(high)", "'\(value)' 大于上限 \(high)")
        case (nil, nil): ("'\(value)' is out of range", "'\(value)' 超出范围")
        }
    }
}
