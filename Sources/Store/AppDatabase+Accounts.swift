import Crypto
import CryptoExtras
import Foundation
import GRDB
import Model

/// The outcome of checking a PIN.
public enum PINCheck: Sendable, Equatable {
    case accepted(Identity)
    case wrong(remainingBeforeLock: Int?)
    case locked(secondsLeft: Int)
    case noPIN
}

extension AppDatabase {
    /// PBKDF2-SHA256 rounds: slow on purpose, so that a stolen database does not give PINs away.
    static let pinRounds = 210_000

    /// The person a role and id name: a teacher, a student or a guardian; any id for the coordinator.
    public func person(role: Role, id: String) throws -> Identity? {
        try read { db in try Self.person(role: role, id: id, db) }
    }

    static func person(role: Role, id: String, _ db: Database) throws -> Identity? {
        let table: String
        switch role {
        case .admin: return Identity(role: .admin, id: id, name: id)
        case .teacher: table = "teacher"
        case .student: table = "student"
        case .parent: table = "guardian"
        }
        guard let name = try String.fetchOne(db, sql: "SELECT name FROM \(table) WHERE id = ?", arguments: [id]) else {
            return nil
        }
        return Identity(role: role, id: id, name: name)
    }

    /// True when the person has a PIN, so that a login can say so before asking for one.
    public func hasPIN(role: Role, id: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM account_pin WHERE role = ? AND person_id = ?", arguments: [role.rawValue, id])
                ?? false
        }
    }

    /// Stores a new PIN for a person as a salted, deliberately slow hash.
    public func setPIN(role: Role, id: String, pin: String) throws {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = generator.next() }
        let hash = try Self.hash(pin: pin, salt: salt, rounds: Self.pinRounds)
        try write { db in
            guard try Self.person(role: role, id: id, db) != nil else { throw Self.noPerson(role: role, id: id) }
            try db.execute(
                sql: """
                    INSERT INTO account_pin(role, person_id, salt, hash, rounds, failures, locked_until) VALUES (?, ?,
                    ?, ?, ?, 0, NULL)
                    ON CONFLICT(role, person_id) DO UPDATE SET salt = excluded.salt, hash = excluded.hash, rounds =
                    excluded.rounds,
                        failures = 0, locked_until = NULL
                    """, arguments: [role.rawValue, id, Data(salt), Data(hash), Self.pinRounds])
        }
    }

    /// Checks a PIN. With `lockAfter`, that many wrong PINs in a row lock the account for `lockSeconds`.
    public func checkPIN(
        role: Role, id: String, pin: String, lockAfter: Int?, lockSeconds: Int = 60, now: Date = Date()
    ) throws -> PINCheck {
        try write { db in
            guard let identity = try Self.person(role: role, id: id, db) else {
                throw Self.noPerson(role: role, id: id)
            }
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT salt, hash, rounds, failures, locked_until FROM account_pin WHERE role = ? AND "
                        + "person_id = ?",
                    arguments: [role.rawValue, id])
            else { return .noPIN }
            if let until = row["locked_until"] as Double?, until > now.timeIntervalSince1970 {
                return .locked(secondsLeft: Int((until - now.timeIntervalSince1970).rounded(.up)))
            }
            let salt = [UInt8](row["salt"] as Data)
            let stored = [UInt8](row["hash"] as Data)
            let hash = try Self.hash(pin: pin, salt: salt, rounds: row["rounds"])
            if Self.constantTimeEqual(hash, stored) {
                try db.execute(
                    sql: "UPDATE account_pin SET failures = 0, locked_until = NULL WHERE role = ? AND person_id = ?",
                    arguments: [role.rawValue, id])
                return .accepted(identity)
            }
            let failures = (row["failures"] as Int) + 1
            if let lockAfter, failures >= lockAfter {
                try db.execute(
                    sql: "UPDATE account_pin SET failures = 0, locked_until = ? WHERE role = ? AND person_id = ?",
                    arguments: [now.timeIntervalSince1970 + Double(lockSeconds), role.rawValue, id])
                return .locked(secondsLeft: lockSeconds)
            }
            try db.execute(
                sql: "UPDATE account_pin SET failures = ? WHERE role = ? AND person_id = ?",
                arguments: [failures, role.rawValue, id])
            return .wrong(remainingBeforeLock: lockAfter.map { $0 - failures })
        }
    }

    static func hash(pin: String, salt: [UInt8], rounds: Int) throws -> [UInt8] {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Array(pin.utf8), salt: salt, using: .sha256, outputByteCount: 32, rounds: rounds)
        return key.withUnsafeBytes { Array($0) }
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    static func noPerson(role: Role, id: String) -> Refusal {
        Refusal(LocalizedText(zh: "没有\(role.name.text(.zh)) '\(id)'", en: "no \(role.name.text(.en)) '\(id)'"))
    }
}
