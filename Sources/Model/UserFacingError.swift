/// An error whose text is meant for the person at the shell, in both languages.
///
/// Every layer (store, declarations, commands) throws its own error types; those a user can cause
/// conform to this protocol so that the shell prints them the same way: `error: …`, then `hint: …`.
public protocol UserFacingError: Error {
    var message: LocalizedText { get }
    var hint: LocalizedText? { get }
}

extension UserFacingError {
    public var hint: LocalizedText? { nil }
}

/// A plain user-facing error, for the many refusals that need no type of their own.
public struct Refusal: UserFacingError, CustomStringConvertible, Equatable {
    public let message: LocalizedText
    public let hint: LocalizedText?

    public init(_ message: LocalizedText, hint: LocalizedText? = nil) {
        self.message = message
        self.hint = hint
    }

    public init(zh: String, en: String, hintZh: String? = nil, hintEn: String? = nil) {
        message = LocalizedText(zh: zh, en: en)
        if let hintZh, let hintEn { hint = LocalizedText(zh: hintZh, en: hintEn) } else { hint = nil }
    }

    public var description: String { message.text(.en) }
}

/// Several refusals found together (every failed check of a club, every ineligible choice): all are
/// printed, and nothing is changed.
public struct RefusalList: Error, Sendable {
    public let refusals: [Refusal]

    public init(_ refusals: [Refusal]) { self.refusals = refusals }

    /// Throws the refusals when there are any.
    public static func throwIfAny(_ refusals: [Refusal]) throws(RefusalList) {
        if !refusals.isEmpty { throw RefusalList(refusals) }
    }
}
