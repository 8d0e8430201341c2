import Model

extension ProblemText {
    /// "did you mean 'x'?" in both languages.
    static func didYouMean(_ word: String) -> (en: String, zh: String) {
        ("did you mean '\(word)'?", "您是不是要写 '\(word)'？")
    }

    /// "did you mean" when there is a close word, else the list of what is allowed.
    static func suggest(_ suggestion: String?, among allowed: [String]) -> (en: String, zh: String)? {
        if let suggestion { return didYouMean(suggestion) }
        guard !allowed.isEmpty else { return nil }
        let list = allowed.joined(separator: ", ")
        return ("expected one of: \(list)", "可选：\(list)")
    }

    static func hint(_ problem: Problem) -> (en: String, zh: String)? {
        switch problem {
        case .notUTF8:
            ("save the file as UTF-8", "请将文件另存为 UTF-8 编码")
        case .tooManyValues:
            (
                "write each value out instead of repeating anchors (&name) through aliases (*name)",
                "请直接写出每个值，不要用锚点（&名）和别名（*名）层层重复"
            )
        case .fileTooLarge:
            ("a module, policy or form fits in a few kilobytes: is this the right file?", "模块、政策或表单文件只有几 KB：文件是否选错了？")
        case .emptyFile, .unknownKind:
            ("a declaration starts with 'module:', 'policy:' or 'form:'", "声明文件以 'module:'、'policy:' 或 'form:' 开头")
        case .tabIndentation:
            ("YAML indents with spaces: replace the tab with spaces", "YAML 只能用空格缩进：请把制表符换成空格")
        case .syntax(let problem, let context, let began):
            syntaxHint(problem, context: context, began: began)
        case .duplicateKey(_, let first), .duplicate(_, _, let first):
            (
                "it is first given at line \(first.line), column \(first.column)",
                "它已在第 \(first.line) 行第 \(first.column) 列出现"
            )
        case .unknownKey(_, let suggestion, let allowed), .unknownWord(_, _, let suggestion, let allowed):
            suggest(suggestion, among: allowed)
        case .invalidID:
            ("an id is lowercase letters, digits and '-', starting with a letter", "标识由小写字母、数字和 '-' 组成，以字母开头")
        case .invalidName:
            (
                "an id is letters, digits, '_' and '-', starting with a letter or '_'",
                "标识由字母、数字、'_' 和 '-' 组成，以字母或 '_' 开头"
            )
        case .wrongType(.list, .scalar(let text)):
            ("write a list: [\(text)]", "请写成列表：[\(text)]")
        case .wrongType(.boolean, _):
            ("write true or false", "请写 true 或 false")
        case .choiceHasSpace:
            (
                "answers to a multi question separate values with spaces; use '_' or '-' instead",
                "多选答案以空格分隔选项值；请改用 '_' 或 '-'"
            )
        case .idDiffersFromFolder:
            ("the id must equal the folder's name", "标识必须与文件夹名相同")
        case .idDiffersFromFile:
            ("the id must equal the file's name without '.yaml'", "标识必须与去掉 '.yaml' 的文件名相同")
        case .notGradeRange:
            ("write grades as '1-5', or a single grade '3'", "年级写作 '1-5'，或单个年级 '3'")
        case .gradesReversed(_, let fixed):
            didYouMean(fixed)
        case .capacityOverMax:
            ("raise 'max' or lower 'default'", "请调高 'max' 或调低 'default'")
        case .fieldIsFact:
            (
                "choose another id; the club's own facts are \(ActivityModule.clubFacts.joined(separator: ", "))",
                "请换一个标识；社团的基本信息有 \(ActivityModule.clubFacts.joined(separator: ", "))"
            )
        case .notAChoice(_, _, let suggestion, let choices), .unknownSegment(_, let suggestion, let choices):
            suggest(suggestion, among: choices)
        case .segmentNotInModule(_, let suggestion), .unknownModule(_, let suggestion),
            .unknownForm(_, let suggestion), .unknownTimeZone(_, let suggestion):
            suggestion.map(didYouMean)
        case .notTime:
            ("write a time as \"HH:MM\", from 00:00 to 23:59", "时刻写作 \"HH:MM\"，从 00:00 到 23:59")
        case .refersLater, .refersToItself:
            (
                "a question's logic may read only the questions before it; '.' is the answer being checked",
                "问题的逻辑只能引用它前面的问题；'.' 表示正在检查的答案"
            )
        case .segmentClosed:
            (
                "remove it from 'segments', or add the module to that segment's 'modules' in the policy",
                "请从 'segments' 中删去它，或在政策中把模块加入该时段的 'modules'"
            )
        case .questionTaken:
            (
                "module questions join the semester survey, so their ids must differ from its questions",
                "模块问题会并入学期调查，其标识不能与调查中的问题重复"
            )
        default:
            nil
        }
    }

    private static func syntaxHint(_ problem: String, context: String?, began: Position?) -> (en: String, zh: String)? {
        if problem.contains("mapping values are not allowed") {
            return (
                "quote text that holds ': ' (\"a: b\"), or check this line's indentation",
                "含有 ': ' 的文本请加引号（\"a: b\"），或检查这一行的缩进"
            )
        }
        if problem.contains("cannot start any token") {
            return ("quote text that starts with '@', '`', '%' or '|'", "以 '@'、'`'、'%' 或 '|' 开头的文本请加引号")
        }
        if problem.contains("another document") {
            return ("a declaration file holds one document: remove the second '---'", "声明文件只能有一个文档：请删去第二个 '---'")
        }
        guard let began, let context, context.hasPrefix("while") else { return nil }
        let (en, zh): (String, String) =
            context.contains("sequence")
            ? ("list", "列表")
            : context.contains("mapping")
                ? ("map", "映射")
                : context.contains("quoted")
                    ? ("quoted text", "带引号的文本")
                    : ("part", "部分")
        return (
            "the \(en) in question begins at line \(began.line), column \(began.column)",
            "出错的\(zh)从第 \(began.line) 行第 \(began.column) 列开始"
        )
    }
}
