import Declarations
import Foundation
import Model

extension Session {
    /// Records in the database the school of the policy this session runs with, after a command
    /// that wrote succeeded, so that `report district` can name the file without the school's
    /// catalog. Best effort: a missing or broken policy records nothing and says nothing (the
    /// commands that need the policy report it), and the command's own work is already stored.
    func recordSchool() {
        let policy: Policy?
        if let loadedCatalog {
            policy = loadedCatalog.policy
        } else {
            let path = options.catalogPath + "/policy.yaml"
            let text = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
            policy = text.flatMap { CatalogLoader.loadPolicy(text: $0, path: path).value }
        }
        guard let policy, let database = try? database() else { return }
        try? database.recordSchool(policy.school)
    }
}
