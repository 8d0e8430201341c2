/// A fully parenthesised prefix form, `(+ 1 (* 2 3))`, that shows how an expression was grouped.
extension Node: CustomStringConvertible {
    var description: String {
        switch self {
        case .literal(.string(let s)): "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
        case .literal(let value): value.text
        case .reference(let name): "${\(name)}"
        case .dot: "."
        case .negate(let operand): "(- \(operand))"
        case .binary(let op, let left, let right): "(\(op.symbol) \(left) \(right))"
        case .and(let left, let right): "(and \(left) \(right))"
        case .or(let left, let right): "(or \(left) \(right))"
        case .call(let function, let arguments):
            "(" + ([function.rawValue] + arguments.map(\.description)).joined(separator: " ") + ")"
        case .match(let subject, let pattern): "(regex \(subject) /\(pattern.source)/)"
        }
    }
}

extension BinaryOperator {
    /// The operator as written.
    var symbol: String {
        switch self {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .divide: "div"
        case .modulo: "mod"
        case .equal: "="
        case .notEqual: "!="
        case .less: "<"
        case .lessEqual: "<="
        case .greater: ">"
        case .greaterEqual: ">="
        }
    }
}
