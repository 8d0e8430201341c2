/// The parsed form of an expression, evaluated by `Evaluator`.
indirect enum Node: Sendable {
    case literal(Value)
    case reference(String)
    case dot
    case negate(Node)
    case binary(BinaryOperator, Node, Node)
    case and(Node, Node)
    case or(Node, Node)
    case call(Function, [Node])
    /// `regex(x, 'literal')`, its pattern compiled once when parsed.
    case match(Node, Pattern)
}

/// The infix operators other than `and` and `or`, which short-circuit and get nodes of their own.
enum BinaryOperator: Sendable {
    case add, subtract, multiply, divide, modulo
    case equal, notEqual, less, lessEqual, greater, greaterEqual
}

/// The functions of the language, with their names as written and their arity.
enum Function: String, Sendable, CaseIterable {
    case not
    case selected
    case countSelected = "count-selected"
    case stringLength = "string-length"
    case regex
    case `if`
    case coalesce
    case `true`
    case `false`

    var arity: Int {
        switch self {
        case .true, .false: 0
        case .not, .countSelected, .stringLength: 1
        case .selected, .regex, .coalesce: 2
        case .if: 3
        }
    }
}
