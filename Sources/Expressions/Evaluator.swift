/// Evaluates a parsed expression. Total: a type mismatch, a bad pattern or a division by zero
/// gives `.empty` or false, never a trap.
struct Evaluator {
    let lookup: (String) -> Value
    let dot: Value

    func evaluate(_ node: Node) -> Value {
        switch node {
        case .literal(let value):
            return value
        case .reference(let name):
            return lookup(name)
        case .dot:
            return dot
        case .negate(let operand):
            guard let n = evaluate(operand).numeric else { return .empty }
            return .number(-n)
        case .binary(let op, let left, let right):
            return Evaluator.apply(op, evaluate(left), evaluate(right))
        case .and(let left, let right):
            return .boolean(evaluate(left).isTruthy && evaluate(right).isTruthy)
        case .or(let left, let right):
            return .boolean(evaluate(left).isTruthy || evaluate(right).isTruthy)
        case .call(let function, let arguments):
            return call(function, arguments)
        case .match(let subject, let pattern):
            let value = evaluate(subject)
            return .boolean(!value.isEmpty && pattern.matches(value.text))
        }
    }

    private func call(_ function: Function, _ arguments: [Node]) -> Value {
        // The parser guarantees the arity; the guard keeps evaluation total all the same.
        guard arguments.count == function.arity else { return .empty }
        switch function {
        case .true:
            return .boolean(true)
        case .false:
            return .boolean(false)
        case .not:
            return .boolean(!evaluate(arguments[0]).isTruthy)
        case .selected:
            let wanted = evaluate(arguments[1])
            guard !wanted.isEmpty else { return .boolean(false) }
            let text = wanted.text
            return .boolean(evaluate(arguments[0]).selections.contains { Evaluator.same($0, text) })
        case .countSelected:
            return .number(Double(evaluate(arguments[0]).selections.count))
        case .stringLength:
            return .number(Double(evaluate(arguments[0]).text.count))
        case .regex:
            let subject = evaluate(arguments[0])
            let source = evaluate(arguments[1])
            guard !subject.isEmpty, !source.isEmpty, let pattern = Pattern(source.text) else { return .boolean(false) }
            return .boolean(pattern.matches(subject.text))
        case .if:
            return evaluate(arguments[0]).isTruthy ? evaluate(arguments[1]) : evaluate(arguments[2])
        case .coalesce:
            let first = evaluate(arguments[0])
            return first.isBlank ? evaluate(arguments[1]) : first
        }
    }

    // MARK: Operators

    static func apply(_ op: BinaryOperator, _ left: Value, _ right: Value) -> Value {
        switch op {
        case .add, .subtract, .multiply, .divide, .modulo:
            return arithmetic(op, left, right)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            // Any comparison with an unanswered value is false, `!=` included.
            guard !left.isEmpty, !right.isEmpty else { return .boolean(false) }
            return .boolean(compare(op, left, right))
        }
    }

    private static func arithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value) -> Value {
        guard let a = left.numeric, let b = right.numeric else { return .empty }
        let result: Double
        switch op {
        case .add: result = a + b
        case .subtract: result = a - b
        case .multiply: result = a * b
        case .divide: result = b == 0 ? .nan : a / b
        case .modulo: result = b == 0 ? .nan : a.truncatingRemainder(dividingBy: b)
        default: return .empty
        }
        return result.isFinite ? .number(result) : .empty
    }

    private static func compare(_ op: BinaryOperator, _ left: Value, _ right: Value) -> Bool {
        switch op {
        case .equal: return equal(left, right)
        case .notEqual: return !equal(left, right)
        default: break
        }
        let order: Int
        if let a = left.numeric, let b = right.numeric {
            guard !a.isNaN, !b.isNaN else { return false }
            order = a < b ? -1 : (a > b ? 1 : 0)
        } else if let a = left.plainText, let b = right.plainText {
            order = ordering(a, b)
        } else {
            return false
        }
        switch op {
        case .less: return order < 0
        case .lessEqual: return order <= 0
        case .greater: return order > 0
        default: return order >= 0
        }
    }

    /// `=` across types: numbers and numeric text numerically, a multi against a string when it holds
    /// exactly that one value, booleans by truthiness, text by Unicode scalars.
    static func equal(_ left: Value, _ right: Value) -> Bool {
        switch (left, right) {
        case (.boolean(let b), let other), (let other, .boolean(let b)):
            return b == other.isTruthy
        case (.multi(let a), .multi(let b)):
            return Set(a.map { Array($0.unicodeScalars) }) == Set(b.map { Array($0.unicodeScalars) })
        case (.multi(let values), let other), (let other, .multi(let values)):
            return values.count == 1 && equal(.string(values[0]), other)
        case (.number(let a), .number(let b)):
            return a == b
        case (.number(let a), .string(let s)), (.string(let s), .number(let a)):
            guard let b = Value.parseNumber(s) else { return false }
            return a == b
        case (.string(let a), .string(let b)):
            return same(a, b)
        default:
            return false
        }
    }

    /// Equality by Unicode scalars, not by canonical equivalence: what was stored is what matches.
    static func same(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.elementsEqual(b.unicodeScalars)
    }

    /// -1, 0 or 1 ordering two texts by their Unicode scalar values.
    static func ordering(_ a: String, _ b: String) -> Int {
        var left = a.unicodeScalars.makeIterator()
        var right = b.unicodeScalars.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?):
                if x.value != y.value { return x.value < y.value ? -1 : 1 }
            }
        }
    }
}

extension Value {
    /// The text to order by when a value is not a number: a string, or a multi with one value.
    fileprivate var plainText: String? {
        switch self {
        case .string(let s): s
        case .multi(let values) where values.count == 1: values[0]
        default: nil
        }
    }
}
